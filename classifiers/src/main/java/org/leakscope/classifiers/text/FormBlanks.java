package org.leakscope.classifiers.text;

/**
 * The blanks of a printed form a hand filled in, as OCR reads them: "Name: __Ronald__Nwachukwu_____", "Email:
 * _r.n@example.org_". Underscores that touch what was written on them are blanks, read as spaces (one character for
 * one, so every offset stays): a run of two or more beside a letter or a digit, or one between a blank and a word.
 * An empty blank ("Name: ________", "(___) ___-____") stays as it is, and so does an underscore inside a word
 * ("first_last", "user_id").
 */
final class FormBlanks {

    private FormBlanks() {
    }

    static String fold(String s) {
        int at = s.indexOf('_');
        if (at < 0) {
            return s;
        }
        char[] c = null;
        int n = s.length();
        for (int i = at; i < n; ) {
            if (s.charAt(i) != '_') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && s.charAt(i) == '_') {
                i++;
            }
            boolean wordBefore = start > 0 && Character.isLetterOrDigit(s.charAt(start - 1));
            boolean wordAfter = i < n && Character.isLetterOrDigit(s.charAt(i));
            boolean blankBefore = start == 0 || Character.isWhitespace(s.charAt(start - 1)) || s.charAt(start - 1) == ':'
                    || s.charAt(start - 1) == '|';
            boolean blankAfter = i == n || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '|';
            boolean filled = i - start >= 2 ? wordBefore || wordAfter : blankBefore && wordAfter || wordBefore && blankAfter;
            if (filled) {
                c = c == null ? s.toCharArray() : c;
                for (int k = start; k < i; k++) {
                    c[k] = ' ';
                }
            }
        }
        return c == null ? s : new String(c);
    }
}
