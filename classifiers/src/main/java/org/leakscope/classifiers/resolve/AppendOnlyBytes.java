package org.leakscope.classifiers.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes appended one piece after the other and read back anywhere by position: a temporary file with a write
 * buffer and a read window of a fixed size (what the heap holds, whatever the size of the file), or, without a
 * folder, pages in memory. The file is deleted on {@link #close}.
 */
final class AppendOnlyBytes implements AutoCloseable {

    /** Write buffer and read window of a file: sequential reads are served a window at a time. */
    static final int BUFFER = 1 << 16;
    private static final int PAGE = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final byte[] writeBuffer;
    private int buffered;
    private long flushed;
    private final byte[] window;
    private long windowStart;
    private int windowLength;
    // in memory: pages of PAGE bytes
    private final List<byte[]> pages;
    private long size;

    private AppendOnlyBytes(Path file, int bufferBytes) {
        this.file = file;
        this.pages = file == null ? new ArrayList<>() : null;
        this.writeBuffer = file == null ? null : new byte[bufferBytes];
        this.window = file == null ? null : new byte[bufferBytes];
        try {
            this.channel = file == null ? null : FileChannel.open(file, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    static AppendOnlyBytes inMemory() {
        return new AppendOnlyBytes(null, 0);
    }

    /** A new file in {@code dir} (made when needed), with a write buffer and a read window of {@code bufferBytes}. */
    static AppendOnlyBytes inFolder(Path dir, String prefix, int bufferBytes) {
        try {
            Files.createDirectories(dir);
            return new AppendOnlyBytes(Files.createTempFile(dir, prefix, ".bin"), Math.max(1, bufferBytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** How many bytes were appended. */
    long size() {
        return size;
    }

    /** Appends {@code len} bytes of {@code b} from {@code off}; returns where they start. */
    long append(byte[] b, int off, int len) {
        long at = size;
        if (file == null) {
            for (int done = 0; done < len; ) {
                int page = (int) (size / PAGE);
                int in = (int) (size % PAGE);
                if (page == pages.size()) {
                    pages.add(new byte[PAGE]);
                }
                int n = Math.min(len - done, PAGE - in);
                System.arraycopy(b, off + done, pages.get(page), in, n);
                done += n;
                size += n;
            }
            return at;
        }
        if (len > writeBuffer.length - buffered) {
            flush();
        }
        if (len > writeBuffer.length) {
            write(ByteBuffer.wrap(b, off, len));
        } else {
            System.arraycopy(b, off, writeBuffer, buffered, len);
            buffered += len;
        }
        size += len;
        return at;
    }

    /** Reads {@code len} bytes from position {@code pos} into {@code dst} from {@code off}. */
    void read(long pos, byte[] dst, int off, int len) {
        if (pos < 0 || pos + len > size) {
            throw new IndexOutOfBoundsException("bytes " + pos + "+" + len + " of " + size);
        }
        if (file == null) {
            for (int done = 0; done < len; ) {
                long at = pos + done;
                int in = (int) (at % PAGE);
                int n = Math.min(len - done, PAGE - in);
                System.arraycopy(pages.get((int) (at / PAGE)), in, dst, off + done, n);
                done += n;
            }
            return;
        }
        // the part already in the file, then the part still in the write buffer
        int fromFile = (int) Math.max(0, Math.min(len, flushed - pos));
        if (fromFile > 0) {
            readFile(pos, dst, off, fromFile);
        }
        if (fromFile < len) {
            System.arraycopy(writeBuffer, (int) (pos + fromFile - flushed), dst, off + fromFile, len - fromFile);
        }
    }

    private void readFile(long pos, byte[] dst, int off, int len) {
        if (len > window.length) {
            readFully(ByteBuffer.wrap(dst, off, len), pos);
            return;
        }
        if (pos < windowStart || pos + len > windowStart + windowLength) {
            windowStart = pos;
            windowLength = (int) Math.min(window.length, flushed - pos);
            readFully(ByteBuffer.wrap(window, 0, windowLength), pos);
        }
        System.arraycopy(window, (int) (pos - windowStart), dst, off, len);
    }

    private void readFully(ByteBuffer into, long pos) {
        try {
            while (into.hasRemaining()) {
                int n = channel.read(into, pos);
                if (n < 0) {
                    throw new IOException("the file ends early");
                }
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void flush() {
        if (buffered > 0) {
            write(ByteBuffer.wrap(writeBuffer, 0, buffered));
            buffered = 0;
        }
    }

    private void write(ByteBuffer from) {
        try {
            while (from.hasRemaining()) {
                flushed += channel.write(from, flushed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Lets go of the bytes; deletes the file. */
    @Override
    public void close() {
        if (file == null) {
            pages.clear();
            return;
        }
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }
}
