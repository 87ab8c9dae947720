package org.leakscope.classifiers.text;

import java.util.Locale;
import java.util.Set;

/**
 * OCR's digit-for-letter swaps in a field's label: a scanned form reads "D0B:", "Date 0f birth:", "Emp1oyer:",
 * "A11ergies:", where no label rule matched. In the words of a line that end at most {@link #REACH} characters before
 * a colon, a 0 or a 1 with a letter beside it, in a word of letters besides, reads as o / O and l: one character for
 * one, so every offset stays. A value after its label's colon is left alone (a password "passw0rd", an e-mail's
 * "j0hn@…", a postcode "SW1A"): the first word after a colon is never folded, even where another label follows.
 * Without a colon, on a form's header line, only the words of {@link #LABEL_WORDS} are read so.
 */
final class OcrLabels {

    private OcrLabels() {
    }

    /** How far before a colon a word is taken for a part of its label ("Date  0f birth:"). */
    static final int REACH = 24;

    static String fold(String s) {
        if (s.indexOf('0') < 0 && s.indexOf('1') < 0) {
            return s; // the cheap test first: most text has nothing to fold
        }
        boolean colon = s.indexOf(':') >= 0;
        char[] c = null;
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (!wordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean swap = false;
            boolean letter = false;
            boolean other = false;
            for (; i < n && (wordChar(s.charAt(i)) || Character.isLetterOrDigit(s.charAt(i))); i++) {
                char ch = s.charAt(i);
                swap |= ch == '0' || ch == '1';
                letter |= isAsciiLetter(ch);
                other |= !wordChar(ch);
            }
            if (!swap || !letter || other || i - start < 2 || !bounded(s, start, i) || colon && afterColon(s, start)) {
                continue;
            }
            char[] word = foldedWord(s, start, i);
            if (word == null || !(colon && beforeColon(s, i) || LABEL_WORDS.contains(new String(word).toLowerCase(Locale.ROOT)))) {
                continue;
            }
            c = c == null ? s.toCharArray() : c;
            System.arraycopy(word, 0, c, start, word.length);
        }
        return c == null ? s : new String(c);
    }

    /** The word s[start, end) with its 0s and 1s read as letters, or null where none is read so. */
    private static char[] foldedWord(String s, int start, int end) {
        char[] w = null;
        for (int k = start; k < end; ) {
            if (isAsciiLetter(s.charAt(k))) {
                k++;
                continue;
            }
            int run = k;
            boolean one = false;
            while (k < end && !isAsciiLetter(s.charAt(k))) {
                one |= s.charAt(k) == '1';
                k++;
            }
            char before = run > start ? s.charAt(run - 1) : 0;
            char after = k < end ? s.charAt(k) : 0;
            // a 1 only beside a small letter ("Socia1", "A11ergies"): beside capitals it is a code's ("SW1A")
            if (before == 0 && after == 0 || one && !Character.isLowerCase(before) && !Character.isLowerCase(after)) {
                continue;
            }
            boolean upper = (before == 0 || Character.isUpperCase(before)) && (after == 0 || Character.isUpperCase(after));
            w = w == null ? s.substring(start, end).toCharArray() : w;
            for (int r = run; r < k; r++) {
                w[r - start] = s.charAt(r) == '1' ? 'l' : upper ? 'O' : 'o';
            }
        }
        return w;
    }

    /**
     * The words of a scanned form's column headers, read wherever OCR wrote a 0 or a 1 into them: a header line has no
     * colon ("Last Name (Fami1y Name)   First Name (Given Name)   Middle Initia1", "Date of Birth (mm/dd/yyyy)  U.S.
     * Socia1 Security Number  Emai1 Address  Te1eph0ne Number"). Only these words: elsewhere a 0 or a 1 in a word
     * may be what was written ("Mode1 3", a user name "a1ice").
     */
    static final Set<String> LABEL_WORDS = Set.of("name", "family", "given", "first", "last", "middle", "initial",
            "other", "used", "birth", "date", "social", "security", "number", "email", "mail", "address", "telephone",
            "phone", "mobile", "code", "zip", "postal", "postcode", "city", "town", "state", "county", "street", "apt",
            "employee", "employer", "information", "eligibility", "verification", "attestation", "signature", "sex",
            "gender", "nationality", "citizen", "allergies", "allergy", "condition", "conditions", "diagnosis",
            "medical", "patient", "insurance", "policy", "account", "routing", "bank", "license", "licence", "passport",
            "holder", "occupation", "spouse", "dependent", "dependents", "relationship", "contact", "emergency",
            "title", "department", "salary");

    private static boolean wordChar(char ch) {
        return isAsciiLetter(ch) || ch == '0' || ch == '1';
    }

    private static boolean isAsciiLetter(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
    }

    /** A word among blanks and a label's punctuation, not part of an address, a path, a number or a code. */
    private static boolean bounded(String s, int start, int end) {
        return (start == 0 || " \t|(_[".indexOf(s.charAt(start - 1)) >= 0)
                && (end == s.length() || " \t:|)_]".indexOf(s.charAt(end)) >= 0 || s.startsWith("(s)", end));
    }

    /**
     * The word is the first after a colon on its line: a value, even where the next label follows it ("Password:
     * passw0rd   User: jdoe" keeps its password as written; the reports quote it).
     */
    private static boolean afterColon(String s, int start) {
        int k = start - 1;
        while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '_')) {
            k--;
        }
        return k >= 0 && (s.charAt(k) == ':' || s.charAt(k) == '\uFF1A');
    }

    /** A colon within {@link #REACH} characters after the word, on its line, with no digit before it. */
    private static boolean beforeColon(String s, int end) {
        for (int k = end; k < s.length() && k < end + REACH; k++) {
            char ch = s.charAt(k);
            if (ch == ':') {
                return true;
            }
            if (ch == '\n' || ch >= '2' && ch <= '9') {
                return false;
            }
        }
        return false;
    }
}
