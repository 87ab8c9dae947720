package org.leakscope.pipeline.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/**
 * An item's findings stored as a few binary blocks instead of a row each, the way Lucene keeps stored fields:
 * findings are only ever read item by item and in their order, and a row per finding made the work database
 * the biggest cost of a PII-dense run (hundreds of thousands of keyed inserts, then reads). Within a block,
 * a string seen before (type, detector, a repeated location) is written as its number.
 *
 * <p>Block format: a version byte, the number of findings (4 bytes), then per finding: category ordinal,
 * type, value, masked, confidence (8 bytes), location, detector, record key, offset. Numbers are variable-length
 * (7 bits a byte, as Lucene's VInt; the offset zig-zag encoded); a string is {@code 0} (null), {@code 1}
 * followed by the UTF-8 length and bytes of a new string, or {@code k + 2} for the k-th string of the block.
 */
public final class FindingBlocks {

    /** Findings per block: rows of tens of kilobytes, whatever the size of the item. */
    public static final int FINDINGS_PER_BLOCK = 512;

    private static final byte VERSION = 1;
    private static final int NULL = 0;
    private static final int NEW = 1;
    private static final int FIRST_REF = 2;
    private static final Category[] CATEGORIES = Category.values();

    private FindingBlocks() {
    }

    /** The findings cut into blocks of at most {@link #FINDINGS_PER_BLOCK}, in order. */
    public static List<byte[]> encode(List<Finding> findings) {
        List<byte[]> blocks = new ArrayList<>();
        for (int from = 0; from < findings.size(); from += FINDINGS_PER_BLOCK) {
            blocks.add(encodeBlock(findings.subList(from, Math.min(findings.size(), from + FINDINGS_PER_BLOCK))));
        }
        return blocks;
    }

    private static byte[] encodeBlock(List<Finding> findings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * findings.size());
        DataOutputStream out = new DataOutputStream(bytes);
        Map<String, Integer> seen = new HashMap<>();
        try {
            out.writeByte(VERSION);
            out.writeInt(findings.size());
            for (Finding f : findings) {
                out.writeByte(f.category().ordinal());
                writeString(out, f.type(), seen);
                writeString(out, f.value(), seen);
                writeString(out, f.masked(), seen);
                out.writeDouble(f.confidence());
                writeString(out, f.location(), seen);
                writeString(out, f.detector(), seen);
                writeString(out, f.recordKey(), seen);
                writeVInt(out, (f.offset() << 1) ^ (f.offset() >> 31));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** How many findings a block holds, without reading them. */
    public static int count(byte[] block) {
        return ((block[1] & 0xff) << 24) | ((block[2] & 0xff) << 16) | ((block[3] & 0xff) << 8) | (block[4] & 0xff);
    }

    /** Every finding of one block, in order. */
    public static void decode(byte[] block, Consumer<Finding> out) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(block));
        List<String> strings = new ArrayList<>();
        try {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("findings stored by another version of leakscope (block format "
                        + version + "); run the job again with a new work folder");
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                Category category = CATEGORIES[in.readByte()];
                String type = readString(in, strings);
                String value = readString(in, strings);
                String masked = readString(in, strings);
                double confidence = in.readDouble();
                String location = readString(in, strings);
                String detector = readString(in, strings);
                String recordKey = readString(in, strings);
                int zigzag = readVInt(in);
                out.accept(new Finding(category, type, value, masked, confidence, location, detector, recordKey,
                        (zigzag >>> 1) ^ -(zigzag & 1)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("a findings block of the work database is damaged: " + e.getMessage(), e);
        }
    }

    private static void writeString(DataOutputStream out, String s, Map<String, Integer> seen) throws IOException {
        if (s == null) {
            writeVInt(out, NULL);
            return;
        }
        Integer known = seen.putIfAbsent(s, seen.size());
        if (known != null) {
            writeVInt(out, FIRST_REF + known);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVInt(out, NEW);
        writeVInt(out, b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in, List<String> strings) throws IOException {
        int ref = readVInt(in);
        if (ref == NULL) {
            return null;
        }
        if (ref >= FIRST_REF) {
            return strings.get(ref - FIRST_REF);
        }
        String s = new String(in.readNBytes(readVInt(in)), StandardCharsets.UTF_8);
        strings.add(s);
        return s;
    }

    private static void writeVInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = in.readByte();
            v |= (b & 0x7f) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new IOException("bad variable-length number");
    }
}
