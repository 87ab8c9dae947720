package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Tika skips the encrypted entries of a ZIP without a word; a breach assessment must say that the
 * archive could not be read.
 */
final class ZipEncryption {

    private ZipEncryption() {
    }

    /** A one-line reason when any entry is encrypted, else null (also null when the zip cannot be opened). */
    static String check(Path zip) {
        try (ZipFile zf = ZipFile.builder().setPath(zip).get()) {
            int encrypted = 0;
            int total = 0;
            for (Enumeration<ZipArchiveEntry> e = zf.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                total++;
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    encrypted++;
                }
            }
            return encrypted == 0 ? null : "password-protected ZIP: " + encrypted + " of " + total + " entries encrypted";
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
