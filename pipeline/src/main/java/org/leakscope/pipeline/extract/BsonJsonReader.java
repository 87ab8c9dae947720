package org.leakscope.pipeline.extract;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A BSON file (mongodump's {@code collection.bson}: documents one after another) read as JSON Lines in MongoDB's
 * Extended JSON ({@code {"$oid": …}}, {@code {"$date": …}}), one document a line, so that {@link JsonUnits} reads
 * each document as a record. Converted a document at a time as the reader is read: a dump of any size in bounded
 * memory. Binary values (BinData, Decimal128) say nothing of a person and are written as null; a document whose
 * length runs past the file, or nesting past {@link #MAX_DEPTH}, ends the reading (a truncated dump keeps what came
 * before it).
 */
final class BsonJsonReader extends Reader {

    /** The BSON specification's largest document is 16 MB; older servers' dumps stay well below this. */
    static final int MAX_DOCUMENT = 64 << 20;
    static final int MAX_DEPTH = 100;
    private static final JsonFactory JSON = new JsonFactory();

    private final DataInputStream in;
    private String current = "";
    private int pos;
    private boolean ended;

    BsonJsonReader(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /** Whether the bytes start as a BSON document: a plausible length, then an element type and a name. */
    static boolean looksLikeBson(byte[] head, long fileSize) {
        if (head.length < 7) {
            return false;
        }
        int len = ByteBuffer.wrap(head, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int type = head[4] & 0xff;
        return len >= 5 && len <= fileSize && len <= MAX_DOCUMENT
                && (type >= 0x01 && type <= 0x13 || type == 0x7f || type == 0xff);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        while (pos >= current.length()) {
            if (ended || !next()) {
                ended = true;
                return -1;
            }
        }
        int n = Math.min(len, current.length() - pos);
        current.getChars(pos, pos + n, buf, off);
        pos += n;
        return n;
    }

    /** Converts the next document; false at the end of the file or of what can be read. */
    private boolean next() throws IOException {
        byte[] lenBytes = new byte[4];
        try {
            in.readFully(lenBytes);
        } catch (EOFException e) {
            return false;
        }
        int len = ByteBuffer.wrap(lenBytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (len < 5 || len > MAX_DOCUMENT) {
            return false;
        }
        byte[] doc = new byte[len];
        System.arraycopy(lenBytes, 0, doc, 0, 4);
        try {
            in.readFully(doc, 4, len - 4);
        } catch (EOFException e) {
            return false;
        }
        StringWriter w = new StringWriter(len * 2);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            ByteBuffer b = ByteBuffer.wrap(doc).order(ByteOrder.LITTLE_ENDIAN);
            document(b, g, false, 0);
        } catch (RuntimeException e) {
            return false; // a malformed document: what came before stands
        }
        current = w + "\n";
        pos = 0;
        return true;
    }

    private static void document(ByteBuffer b, JsonGenerator g, boolean array, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("nested too deep");
        }
        int start = b.position();
        int len = b.getInt();
        int end = start + len;
        if (len < 5 || end > b.limit()) {
            throw new IllegalStateException("bad length");
        }
        if (array) {
            g.writeStartArray();
        } else {
            g.writeStartObject();
        }
        while (b.position() < end - 1) {
            int type = b.get() & 0xff;
            String name = cstring(b);
            if (!array) {
                g.writeFieldName(name);
            }
            value(b, g, type, depth);
        }
        b.position(end);
        if (array) {
            g.writeEndArray();
        } else {
            g.writeEndObject();
        }
    }

    private static void value(ByteBuffer b, JsonGenerator g, int type, int depth) throws IOException {
        switch (type) {
            case 0x01 -> g.writeNumber(b.getDouble());
            case 0x02, 0x0D, 0x0E -> g.writeString(string(b));
            case 0x03 -> document(b, g, false, depth + 1);
            case 0x04 -> document(b, g, true, depth + 1);
            case 0x05 -> {
                int n = b.getInt();
                b.position(b.position() + 1 + n);
                g.writeNull();
            }
            case 0x06, 0x0A, 0x7F, 0xFF -> g.writeNull();
            case 0x07 -> {
                byte[] id = new byte[12];
                b.get(id);
                g.writeStartObject();
                g.writeStringField("$oid", HexFormat.of().formatHex(id));
                g.writeEndObject();
            }
            case 0x08 -> g.writeBoolean(b.get() != 0);
            case 0x09 -> {
                g.writeStartObject();
                g.writeStringField("$date", Instant.ofEpochMilli(b.getLong()).toString());
                g.writeEndObject();
            }
            case 0x0B -> {
                g.writeString("/" + cstring(b) + "/" + cstring(b));
            }
            case 0x0C -> {
                g.writeString(string(b));
                b.position(b.position() + 12);
            }
            case 0x0F -> {
                int start = b.position();
                int n = b.getInt();
                g.writeString(string(b));
                b.position(start + n);
            }
            case 0x10 -> g.writeNumber(b.getInt());
            case 0x11, 0x12 -> g.writeNumber(b.getLong());
            case 0x13 -> {
                b.position(b.position() + 16);
                g.writeNull();
            }
            default -> throw new IllegalStateException("unknown BSON type " + type);
        }
    }

    private static String cstring(ByteBuffer b) {
        int start = b.position();
        while (b.get() != 0) {
            // up to the NUL
        }
        return new String(b.array(), start, b.position() - start - 1, StandardCharsets.UTF_8);
    }

    private static String string(ByteBuffer b) {
        int n = b.getInt();
        if (n < 1 || n > b.remaining()) {
            throw new IllegalStateException("bad string length");
        }
        String s = new String(b.array(), b.position(), n - 1, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
