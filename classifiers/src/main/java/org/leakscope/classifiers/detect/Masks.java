package org.leakscope.classifiers.detect;

/** Masking per the output contract: enough to recognise a value you already know, not to learn it. */
public final class Masks {

    private Masks() {
    }

    /** Every letter/digit but the last {@code keep} becomes '*'; separators stay. */
    public static String keepLast(String v, int keep) {
        int alnum = 0;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isLetterOrDigit(v.charAt(i))) {
                alnum++;
            }
        }
        StringBuilder sb = new StringBuilder(v.length());
        int seen = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                seen++;
                sb.append(seen > alnum - keep ? c : '*');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code taro@example.com} → {@code t***@example.com}. */
    public static String email(String v) {
        int at = v.indexOf('@');
        if (at <= 0) {
            return keepLast(v, 0);
        }
        return v.charAt(0) + "***" + v.substring(at);
    }

    /** {@code 123-45-6789} → {@code ***-**-6789}. */
    public static String ssn(String digits) {
        return "***-**-" + digits.substring(Math.max(0, digits.length() - 4));
    }

    /** Each word keeps its first character: {@code Jane Doe} → {@code J*** D**}. */
    public static String name(String v) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                sb.appendCodePoint(cp);
                start = true;
            } else if (start) {
                sb.appendCodePoint(cp);
                start = false;
            } else {
                sb.append('*');
            }
        }
        return sb.toString();
    }

    /** Keeps a short prefix (prefecture / city) and hides the rest. */
    public static String prefix(String v, int keep) {
        int n = v.codePointCount(0, v.length());
        if (n <= keep) {
            return "*".repeat(Math.max(1, n));
        }
        return v.substring(0, v.offsetByCodePoints(0, keep)) + "***";
    }

    /** All digits become '*' (dates of birth). */
    public static String digits(String v) {
        char[] out = v.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= '0' && out[i] <= '9') { // \d of java.util.regex
                out[i] = '*';
            }
        }
        return new String(out);
    }
}
