package org.leakscope.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The logical lines of a text whose long lines are folded, as iCalendar (RFC 5545) and LDIF (RFC 2849) fold them: a
 * line that starts with one of the continuation characters goes on the line before it, less that character. A
 * logical line is kept to {@code maxChars} characters (the rest of a hostile endless line is read and dropped).
 */
final class FoldedLines {

    private final BufferedReader in;
    private final String continuation;
    private final long maxChars;
    private String pending;

    FoldedLines(Reader in, String continuation, long maxChars) {
        this.in = new BufferedReader(in);
        this.continuation = continuation;
        this.maxChars = maxChars;
    }

    /** The next logical line, or null at the end. */
    String next() throws IOException {
        String first = pending != null ? pending : in.readLine();
        pending = null;
        if (first == null) {
            return null;
        }
        StringBuilder line = null;
        String l;
        while ((l = in.readLine()) != null) {
            if (l.isEmpty() || continuation.indexOf(l.charAt(0)) < 0) {
                pending = l;
                break;
            }
            if (line == null) {
                line = new StringBuilder(first);
            }
            if (line.length() < maxChars) {
                line.append(l, 1, l.length());
            }
        }
        return line == null ? first : line.toString();
    }
}
