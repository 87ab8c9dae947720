package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** mongodump's BSON read as JSON Lines in Extended JSON, a document at a time. */
class BsonJsonReaderTest {

    /** A tiny BSON writer: elements as (type, name, value bytes). */
    private static byte[] doc(byte[]... elements) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] e : elements) {
            body.write(e);
        }
        body.write(0);
        return concat(le(body.size() + 4), body.toByteArray());
    }

    private static byte[] el(int type, String name, byte[] value) throws IOException {
        return concat(new byte[] {(byte) type}, (name + "\0").getBytes(StandardCharsets.UTF_8), value);
    }

    private static byte[] str(String s) throws IOException {
        byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_8);
        return concat(le(b.length), b);
    }

    private static byte[] le(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    private static byte[] le64(long v) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    }

    private static byte[] concat(byte[]... parts) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.write(p);
        }
        return o.toByteArray();
    }

    private static String read(byte[] bson) throws IOException {
        StringWriter w = new StringWriter();
        try (Reader r = new BsonJsonReader(new ByteArrayInputStream(bson))) {
            r.transferTo(w);
        }
        return w.toString();
    }

    @Test
    void documentsBecomeExtendedJsonLines() throws IOException {
        byte[] oid = new byte[12];
        oid[11] = 1;
        byte[] d1 = doc(el(0x07, "_id", oid), el(0x03, "name", doc(el(0x02, "first", str("佐藤")))),
                el(0x09, "dob", le64(482_112_000_000L)), el(0x04, "phones", doc(el(0x02, "0", str("+81 90-1234-5678")))),
                el(0x05, "avatar", concat(le(3), new byte[] {0, 1, 2, 3})), el(0x10, "age", le(38)), el(0x0A, "note", new byte[0]));
        byte[] d2 = doc(el(0x02, "email", str("a@example.org")), el(0x08, "active", new byte[] {1}));
        assertEquals("{\"_id\":{\"$oid\":\"000000000000000000000001\"},\"name\":{\"first\":\"佐藤\"},"
                + "\"dob\":{\"$date\":\"1985-04-12T00:00:00Z\"},\"phones\":[\"+81 90-1234-5678\"],\"avatar\":null,\"age\":38,"
                + "\"note\":null}\n{\"email\":\"a@example.org\",\"active\":true}\n", read(concat(d1, d2)));
        assertTrue(BsonJsonReader.looksLikeBson(d1, d1.length));
        assertFalse(BsonJsonReader.looksLikeBson("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), 100));
    }

    @Test
    void aTruncatedDumpKeepsTheDocumentsBeforeTheCut() throws IOException {
        byte[] d1 = doc(el(0x02, "email", str("a@example.org")));
        byte[] d2 = doc(el(0x02, "email", str("b@example.org")));
        byte[] cut = Arrays.copyOf(concat(d1, d2), d1.length + d2.length - 5);
        assertEquals("{\"email\":\"a@example.org\"}\n", read(cut));
        byte[] badLength = concat(d1, le(Integer.MAX_VALUE), new byte[8]);
        assertEquals("{\"email\":\"a@example.org\"}\n", read(badLength));
    }
}
