package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leakscope.classifiers.text.TextUnit;

/**
 * An iCalendar file (RFC 5545: an Outlook or Google invite, .ics) as lines a reader would see. Read as plain text
 * it hid its people: a long line is folded (CRLF and a blank or tab, often inside a name or an address:
 * {@code CN="Trevor Ca} / {@code  stellanos"}), and an attendee's name is a parameter of the property whose value
 * is the address ({@code ATTENDEE;ROLE=…;CN="Gallagher, Brent":mailto:brent@…}), written as no mail header would.
 * So the lines are unfolded, an ORGANIZER or ATTENDEE becomes {@code Organizer: "Gallagher, Brent"
 * <brent@…>} (the name bound to its address, as a From: line binds a display name), a text value's escapes
 * ({@code \n}, {@code \,}, {@code \;}) are undone with its line breaks as lines, and every other line stays as
 * written. Also for vCalendar 1.0, which folds the same way.
 */
final class CalendarText {

    private CalendarText() {
    }

    /** The calendar's lines, at most {@code maxChars} characters of them. */
    static List<TextUnit> read(Reader in, long maxChars) throws IOException {
        List<TextUnit> out = new ArrayList<>();
        long[] chars = {0};
        // a folded line: the break and the one blank or tab after it were inserted, the rest is content
        FoldedLines lines = new FoldedLines(in, " \t", maxChars);
        for (String logical = lines.next(); logical != null; logical = lines.next()) {
            if (!emit(logical, out, chars, maxChars)) {
                return out;
            }
        }
        return out;
    }

    /** Adds the lines of one content line; false once the text limit is reached. */
    private static boolean emit(String contentLine, List<TextUnit> out, long[] chars, long maxChars) {
        for (String line : render(contentLine)) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (chars[0] + text.length() > maxChars) {
                return false;
            }
            chars[0] += text.length();
            out.add(TextUnit.line(out.size() + 1, text));
        }
        return true;
    }

    /** One unfolded content line as the lines a reader sees. */
    static List<String> render(String contentLine) {
        int colon = valueColon(contentLine);
        if (colon < 0) {
            return List.of(contentLine);
        }
        String head = contentLine.substring(0, colon);
        String value = contentLine.substring(colon + 1);
        int semi = head.indexOf(';');
        String name = (semi < 0 ? head : head.substring(0, semi)).toUpperCase(Locale.ROOT);
        if (name.equals("ORGANIZER") || name.equals("ATTENDEE")) {
            String cn = parameter(head, "CN");
            String address = value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7).strip() : value.strip();
            String who = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + ": ";
            if (cn == null || cn.isBlank()) {
                return List.of(who + "<" + address + ">");
            }
            // "Surname, Given" is quoted as a mail header quotes it; a plain name is written as it is
            String display = cn.indexOf(',') >= 0 ? "\"" + cn.strip() + "\"" : cn.strip();
            return List.of(who + display + " <" + address + ">");
        }
        if (value.indexOf('\\') < 0) {
            return List.of(contentLine);
        }
        // a TEXT value: \n is a line break, \, \; \\ stand for themselves (RFC 5545 3.3.11)
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder(head).append(':');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                if (n == 'n' || n == 'N') {
                    lines.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(n);
                }
            } else {
                cur.append(c);
            }
        }
        lines.add(cur.toString());
        return lines;
    }

    /** The colon that ends a content line's name and parameters (a quoted parameter value may hold colons), or -1. */
    static int valueColon(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** The value of parameter {@code name} in a content line's head (name and parameters), unquoted; or null. */
    static String parameter(String head, String name) {
        int i = head.indexOf(';');
        while (i >= 0 && i < head.length()) {
            int eq = head.indexOf('=', i + 1);
            if (eq < 0) {
                return null;
            }
            String param = head.substring(i + 1, eq).strip();
            int end;
            String value;
            if (eq + 1 < head.length() && head.charAt(eq + 1) == '"') {
                int close = head.indexOf('"', eq + 2);
                close = close < 0 ? head.length() : close;
                value = head.substring(eq + 2, close);
                end = head.indexOf(';', close);
            } else {
                end = head.indexOf(';', eq + 1);
                value = head.substring(eq + 1, end < 0 ? head.length() : end);
            }
            if (param.equalsIgnoreCase(name)) {
                return value;
            }
            i = end;
        }
        return null;
    }
}
