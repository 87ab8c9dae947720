package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a PDF's last kilobyte holds its end-of-file marker. A PDF cut off in transfer or copying parses leniently to
 * no pages: without the marker an item that gave no text is a broken file (CORRUPT), not a scan without text (NO_TEXT).
 */
final class PdfTail {

    /** Writers may put a little garbage or whitespace after %%EOF; the specification allows it within 1024 bytes. */
    private static final int TAIL = 1024;
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private PdfTail() {
    }

    /** True when {@code %%EOF} stands in the file's last 1024 bytes (or the file cannot be read: no claim then). */
    static boolean hasEof(Path pdf) {
        try (SeekableByteChannel ch = Files.newByteChannel(pdf)) {
            long size = ch.size();
            int n = (int) Math.min(TAIL, size);
            ByteBuffer buf = ByteBuffer.allocate(n);
            ch.position(size - n);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read the tail whole
            }
            byte[] b = buf.array();
            outer:
            for (int i = 0; i + EOF.length <= buf.position(); i++) {
                for (int k = 0; k < EOF.length; k++) {
                    if (b[i + k] != EOF[k]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
