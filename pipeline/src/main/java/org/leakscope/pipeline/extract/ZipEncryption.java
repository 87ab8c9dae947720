package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Tika skips the encrypted entries of a ZIP without a word; a breach assessment must say which parts of
 * an archive could not be read.
 */
final class ZipEncryption {

    /** The encrypted entries of an archive and how many file entries it has. */
    record Result(List<String> encryptedNames, int fileEntries) {
        boolean all() {
            return !encryptedNames.isEmpty() && encryptedNames.size() == fileEntries;
        }

        String detail() {
            return "password-protected ZIP: " + encryptedNames.size() + " of " + fileEntries + " entries encrypted";
        }
    }

    private ZipEncryption() {
    }

    /** The encrypted entries, or null when there are none or the zip cannot be opened (Tika then says why). */
    static Result check(Path zip) {
        try (ZipFile zf = ZipFile.builder().setPath(zip).get()) {
            List<String> encrypted = new ArrayList<>();
            int total = 0;
            for (Enumeration<ZipArchiveEntry> e = zf.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                total++;
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    encrypted.add(entry.getName());
                }
            }
            return encrypted.isEmpty() ? null : new Result(Collections.unmodifiableList(encrypted), total);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
