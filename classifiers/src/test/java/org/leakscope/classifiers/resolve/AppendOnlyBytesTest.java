package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever is appended reads back the same from anywhere, in memory and in a file with any buffer size. */
class AppendOnlyBytesTest {

    @Test
    void piecesReadBackFromAnywhereWhateverTheBuffer(@TempDir Path dir) throws IOException {
        for (int buffer : new int[] {1, 5, 64, 4096}) {
            for (AppendOnlyBytes bytes : List.of(AppendOnlyBytes.inMemory(), AppendOnlyBytes.inFolder(dir, "t-", buffer))) {
                Random random = new Random(buffer);
                List<byte[]> pieces = new ArrayList<>();
                List<Long> at = new ArrayList<>();
                long total = 0;
                for (int i = 0; i < 2_000; i++) {
                    // now and then a piece longer than the buffer or a memory page
                    byte[] piece = new byte[random.nextInt(50) == 0 ? 70_000 : random.nextInt(40)];
                    random.nextBytes(piece);
                    assertEquals(total, bytes.append(piece, 0, piece.length));
                    total += piece.length;
                    pieces.add(piece);
                    at.add(total - piece.length);
                    // a piece read right after it was written: still in the write buffer, or partly
                    int back = random.nextInt(pieces.size());
                    assertArrayEquals(pieces.get(back), read(bytes, at.get(back), pieces.get(back).length));
                }
                assertEquals(total, bytes.size());
                for (int i = 0; i < pieces.size(); i++) {
                    assertArrayEquals(pieces.get(i), read(bytes, at.get(i), pieces.get(i).length), "piece " + i);
                }
                // a span over several pieces
                byte[] joined = new byte[0];
                for (int i = 10; i < 20; i++) {
                    int had = joined.length;
                    joined = Arrays.copyOf(joined, had + pieces.get(i).length);
                    System.arraycopy(pieces.get(i), 0, joined, had, pieces.get(i).length);
                }
                assertArrayEquals(joined, read(bytes, at.get(10), joined.length));
                long end = total;
                assertThrows(IndexOutOfBoundsException.class, () -> read(bytes, end - 1, 2));
                bytes.close();
            }
            assertEquals(0, Files.list(dir).count(), "the file is deleted on close");
        }
    }

    private static byte[] read(AppendOnlyBytes bytes, long pos, int len) {
        byte[] out = new byte[len + 2];
        bytes.read(pos, out, 1, len);
        return Arrays.copyOfRange(out, 1, len + 1);
    }
}
