package org.leakscope.pipeline.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leakscope.classifiers.text.TextUnit;

/**
 * A vCard file (.vcf: a phone's or Outlook's contact export) as lines a reader sees. vCard 2.1 and many 3.0 exports
 * write every non-ASCII value as {@code N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E4=BD=90=E8=97=A4;...}, so a
 * Japanese name or address read as text is a run of hex escapes, and a long value goes on after a soft line break
 * ({@code =} at a line's end). Such a value is decoded in its CHARSET (UTF-8 when none is given), the two
 * parameters are dropped, and the line is then read as {@link CalendarText} reads a content line (folded lines
 * joined, {@code \,} {@code \;} {@code \n} undone).
 */
final class VcardText {

    private VcardText() {
    }

    static List<TextUnit> read(Reader in, long maxChars) throws IOException {
        List<TextUnit> out = new ArrayList<>();
        long chars = 0;
        FoldedLines lines = new FoldedLines(in, " \t", maxChars);
        for (String logical = lines.next(); logical != null; logical = lines.next()) {
            int colon = CalendarText.valueColon(logical);
            String head = colon < 0 ? "" : logical.substring(0, colon);
            String enc = colon < 0 ? null : CalendarText.parameter(head, "ENCODING");
            boolean qp = enc != null && enc.equalsIgnoreCase("QUOTED-PRINTABLE")
                    || head.toUpperCase(Locale.ROOT).contains(";QUOTED-PRINTABLE");
            if (qp) {
                StringBuilder value = new StringBuilder(logical.substring(colon + 1));
                // a soft line break: the value goes on on the next line
                while (value.length() > 0 && value.charAt(value.length() - 1) == '=') {
                    String next = lines.next();
                    if (next == null) {
                        break;
                    }
                    value.setLength(value.length() - 1);
                    value.append(next.stripLeading());
                }
                logical = dropParams(head) + ":" + decode(value.toString(), CalendarText.parameter(head, "CHARSET"));
            }
            for (String line : CalendarText.render(logical)) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (chars + text.length() > maxChars) {
                    return out;
                }
                chars += text.length();
                out.add(TextUnit.line(out.size() + 1, text));
            }
        }
        return out;
    }

    /** The head without ENCODING and CHARSET (and vCard 2.1's bare QUOTED-PRINTABLE), which no longer hold. */
    private static String dropParams(String head) {
        StringBuilder sb = new StringBuilder();
        for (String p : head.split(";")) {
            String u = p.toUpperCase(Locale.ROOT);
            if (!sb.isEmpty() && (u.startsWith("ENCODING=") || u.startsWith("CHARSET=") || u.equals("QUOTED-PRINTABLE"))) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    static String decode(String qp, String charset) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < qp.length(); i++) {
            char c = qp.charAt(i);
            if (c == '=' && i + 2 < qp.length()
                    && Character.digit(qp.charAt(i + 1), 16) >= 0 && Character.digit(qp.charAt(i + 2), 16) >= 0) {
                b.write(Character.digit(qp.charAt(i + 1), 16) * 16 + Character.digit(qp.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                b.write(raw, 0, raw.length);
            }
        }
        Charset cs = StandardCharsets.UTF_8;
        try {
            if (charset != null && !charset.isBlank()) {
                cs = Charset.forName(charset.strip());
            }
        } catch (RuntimeException e) {
            // an unknown charset name: UTF-8, the usual one
        }
        return new String(b.toByteArray(), cs);
    }
}
