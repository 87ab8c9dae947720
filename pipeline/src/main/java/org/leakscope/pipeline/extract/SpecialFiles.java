package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Entries of an input that are not regular files: symbolic links, named pipes, devices and sockets. They are
 * listed with what they are and never read (a link may lead anywhere on the machine, a pipe blocks its reader,
 * a device never ends). Kinds after POSIX {@code st_mode}; media types as file(1) prints them ({@code inode/...}).
 */
final class SpecialFiles {

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;

    private SpecialFiles() {
    }

    /** What the entry is and that it was not read, or null for a regular file (or a folder, or one that is gone). */
    static String describe(Path file) {
        BasicFileAttributes a = attributes(file);
        if (a == null || a.isRegularFile() || a.isDirectory()) {
            return null; // a file that cannot be read is recorded as such when it is read
        }
        if (a.isSymbolicLink()) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException | UnsupportedOperationException e) {
                target = "?";
            }
            return "symbolic link to " + target + "; not followed";
        }
        return switch (mode(file) & S_IFMT) {
            case S_IFIFO -> "named pipe (FIFO); not read";
            case S_IFCHR -> "character device; not read";
            case S_IFBLK -> "block device; not read";
            case S_IFSOCK -> "socket; not read";
            default -> "special file, not a regular file; not read";
        };
    }

    /** The entry's media type, as file(1) names these: inode/symlink, inode/fifo ... */
    static String mediaType(Path file) {
        if (Files.isSymbolicLink(file)) {
            return "inode/symlink";
        }
        return switch (mode(file) & S_IFMT) {
            case S_IFIFO -> "inode/fifo";
            case S_IFCHR -> "inode/chardevice";
            case S_IFBLK -> "inode/blockdevice";
            case S_IFSOCK -> "inode/socket";
            default -> "application/octet-stream";
        };
    }

    /** The entry's own attributes (one stat, links not followed), or null when it cannot be read. */
    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static int mode(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 0;
        }
    }
}
