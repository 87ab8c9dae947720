package org.leakscope.reports;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every report is written to {@code NAME.part} beside its final name and moved into place when complete, so a
 * killed or failed run never leaves a truncated file that looks finished (a restart simply rewrites it).
 */
final class ReportFiles {

    private ReportFiles() {
    }

    static Path partOf(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        return abs.resolveSibling(abs.getFileName() + ".part");
    }

    static void commit(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void discard(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // best effort: the .part file is rewritten by the next run anyway
        }
    }
}
