package org.leakscope.pipeline.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.leakscope.classifiers.text.TextUnit;

/**
 * The messages between the job and its parser process: plain length-prefixed fields, no Java
 * serialization (nothing from a hostile file can become an object on the job's side).
 */
final class WireCodec {

    static final byte REQUEST = 'R';
    static final byte STARTED = 'S';
    static final byte ITEM = 'I';
    static final byte END = 'E';

    /** Strings longer than this are refused: a corrupted stream must not allocate gigabytes. */
    private static final int MAX_STRING_BYTES = 512 * 1024 * 1024;

    private WireCodec() {
    }

    static void writeRequest(DataOutputStream out, String file, String path) throws IOException {
        out.writeByte(REQUEST);
        writeString(out, file);
        writeString(out, path);
        out.flush();
    }

    static void writeItem(DataOutputStream out, ExtractedItem it) throws IOException {
        out.writeByte(ITEM);
        // its weight first: the job waits for room for it before it decodes it
        out.writeLong(weight(it));
        writeString(out, it.docId());
        writeString(out, it.parentDocId());
        writeString(out, it.path());
        out.writeInt(it.depth());
        writeString(out, it.sha256());
        writeString(out, it.mediaType());
        out.writeLong(it.sizeBytes());
        writeString(out, it.status().name());
        writeString(out, it.statusDetail());
        out.writeBoolean(it.textTruncated());
        out.writeBoolean(it.more());
        out.writeInt(it.units().size());
        for (TextUnit u : it.units()) {
            writeString(out, u.text());
            out.writeInt(u.page());
            out.writeInt(u.line());
            out.writeBoolean(u.headerFooter());
            writeString(out, u.sheet());
            out.writeInt(u.row());
            writeString(out, u.column());
            writeString(out, u.columnHeader());
            writeString(out, u.rowLinks());
        }
    }

    /**
     * What an item costs the job's heap while it waits: its characters plus {@link CsvUnits#CELL_CHARS} a unit (a
     * unit's record, strings and place beyond its text), the measure the parts are cut by.
     */
    static long weight(ExtractedItem it) {
        long n = 0;
        for (TextUnit u : it.units()) {
            n += u.text().length() + CsvUnits.CELL_CHARS;
        }
        return n;
    }

    /** The weight {@link #writeItem} wrote before the item, read after its ITEM byte. */
    static long readWeight(DataInputStream in) throws IOException {
        long w = in.readLong();
        if (w < 0) {
            throw new IOException("bad item weight " + w);
        }
        return w;
    }

    static ExtractedItem readItem(DataInputStream in) throws IOException {
        String docId = readString(in);
        String parent = readString(in);
        String path = readString(in);
        int depth = in.readInt();
        String sha = readString(in);
        String type = readString(in);
        long size = in.readLong();
        ExtractionStatus status = ExtractionStatus.valueOf(readString(in));
        String detail = readString(in);
        boolean truncated = in.readBoolean();
        boolean more = in.readBoolean();
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad unit count " + n);
        }
        List<TextUnit> units = new ArrayList<>(Math.min(n, 1 << 16));
        // a roster's cells repeat a few sheet names, column letters and headers: one String each, not one a cell
        java.util.Map<String, String> same = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            String text = readString(in);
            int page = in.readInt();
            int line = in.readInt();
            boolean headerFooter = in.readBoolean();
            String sheet = shared(readString(in), same);
            int row = in.readInt();
            String column = shared(readString(in), same);
            String header = shared(readString(in), same);
            String links = readString(in);
            units.add(new TextUnit(text, page, line, headerFooter, sheet, row, column, header, links));
        }
        return new ExtractedItem(docId, parent, path, depth, sha, type, size, status, detail, truncated, units, more);
    }

    private static String shared(String s, java.util.Map<String, String> same) {
        return s == null ? null : same.computeIfAbsent(s, k -> k);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > MAX_STRING_BYTES) {
            throw new IOException("bad string length " + n);
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("stream ended inside a string");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
