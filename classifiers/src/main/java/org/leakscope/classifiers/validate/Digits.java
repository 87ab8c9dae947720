package org.leakscope.classifiers.validate;

/** Helpers shared by check-digit validators. */
public final class Digits {

    private Digits() {
    }

    /** The ASCII digits of {@code s}, dropping separators. */
    public static String only(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when all digits are the same (0000…, 1111…): test and filler values, never real IDs. */
    public static boolean allSame(String digits) {
        return !digits.isEmpty() && digits.chars().allMatch(c -> c == digits.charAt(0));
    }
}
