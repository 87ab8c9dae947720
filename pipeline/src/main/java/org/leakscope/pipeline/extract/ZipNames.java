package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Entry names of a ZIP written without the UTF-8 flag (Japanese Windows writes them in MS932) decoded
 * with one charset for the whole archive: guessing name by name, as Tika does, garbles short names.
 */
final class ZipNames {

    private static final List<Charset> CANDIDATES = List.of(StandardCharsets.UTF_8, InputPaths.MS932,
            Charset.forName("IBM437"));

    private ZipNames() {
    }

    /**
     * File entry names in the order they stand in the archive (the order Tika reads them), or null when
     * every name is ASCII or flagged UTF-8 (nothing to repair) or the archive cannot be read.
     */
    static List<String> decode(Path zip) {
        try (ZipFile zf = ZipFile.builder().setPath(zip).setCharset(StandardCharsets.ISO_8859_1).get()) {
            List<byte[]> raw = new ArrayList<>();
            boolean needed = false;
            for (Enumeration<ZipArchiveEntry> e = zf.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] name = entry.getRawName();
                raw.add(name);
                if (!entry.getGeneralPurposeBit().usesUTF8ForNames() && !ascii(name)) {
                    needed = true;
                }
            }
            if (!needed) {
                return null;
            }
            for (Charset cs : CANDIDATES) {
                List<String> names = decodeAll(raw, cs);
                if (names != null) {
                    return names;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> decodeAll(List<byte[]> raw, Charset cs) {
        List<String> out = new ArrayList<>(raw.size());
        for (byte[] b : raw) {
            String name = InputPaths.strict(b, cs);
            if (name == null) {
                return null;
            }
            out.add(name);
        }
        return out;
    }

    private static boolean ascii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }
}
