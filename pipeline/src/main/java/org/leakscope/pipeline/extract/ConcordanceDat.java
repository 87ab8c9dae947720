package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A Concordance / Relativity load file (.dat): what an e-discovery production carries its metadata in (BEGBATES,
 * CUSTODIAN, FROM, TO …). Each field is qualified by þ (U+00FE) and parted from the next by DC4 (U+0014; some
 * vendors a comma or a bar), a newline inside a field is written as ® (U+00AE); the first line names the fields.
 * Tika reads it as one run of text (or, in Windows-1252, not at all: octet-stream), so its columns typed nothing;
 * read as a table, each cell has its field's name as its header.
 */
final class ConcordanceDat {

    private ConcordanceDat() {
    }

    static final char QUALIFIER = '\u00fe';
    static final char NEWLINE = '\u00ae';
    static final char DC4 = '\u0014';
    private static final int HEAD_BYTES = 8 * 1024;

    /** A load file's encoding and field separator. */
    record Format(Charset charset, int bom, char separator) {
    }

    /** The format of {@code file} when it starts as a load file does, else null. */
    static Format sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return null;
        }
        return sniff(head);
    }

    /**
     * A load file's first line: two or more fields, each þ-qualified, parted by one separator (DC4, comma, bar or
     * semicolon) and nothing else. UTF-8 (with or without its byte-order mark), UTF-16 with its mark, else
     * Windows-1252 (Concordance's own "ANSI" files).
     */
    static Format sniff(byte[] head) {
        Charset cs;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            cs = StandardCharsets.UTF_8;
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            cs = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            cs = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            cs = utf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        String text = new String(head, bom, head.length - bom, cs);
        int eol = text.indexOf('\n');
        if (eol < 0) {
            return null; // the header line must end within the head
        }
        String first = text.substring(0, eol).replaceAll("\r$", "");
        char sep = separator(first);
        return sep == 0 ? null : new Format(cs, bom, sep);
    }

    /** The separator of a header line þA þ?þB þ…, or 0 when the line is not one. */
    static char separator(String line) {
        if (line.length() < 7 || line.charAt(0) != QUALIFIER || line.charAt(line.length() - 1) != QUALIFIER) {
            return 0;
        }
        int close = line.indexOf(QUALIFIER, 1);
        if (close < 0 || close + 2 >= line.length()) {
            return 0;
        }
        char sep = line.charAt(close + 1);
        if (sep != DC4 && sep != ',' && sep != '|' && sep != ';') {
            return 0;
        }
        String[] fields = line.substring(1, line.length() - 1).split(QUALIFIER + "\\Q" + sep + "\\E" + QUALIFIER, -1);
        return fields.length >= 2 && Arrays.stream(fields).noneMatch(f -> f.isBlank() || f.indexOf(QUALIFIER) >= 0)
                ? sep : 0;
    }

    private static boolean utf8(byte[] head) {
        // the head may end inside a character: only its last three bytes are allowed to be cut
        int n = head.length;
        for (int cut = 0; cut <= Math.min(3, n); cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, n - cut));
                return true;
            } catch (CharacterCodingException e) {
                if (n < HEAD_BYTES) {
                    return false; // the whole file was read: nothing is cut
                }
            }
        }
        return false;
    }
}
