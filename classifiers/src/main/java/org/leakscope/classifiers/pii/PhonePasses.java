package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cheap stage of {@link PhoneDetector}: which libphonenumber passes (one per configured region, "ZZ"
 * for numbers written with a plus) a digit span's window needs. A regional pass is needed only when some
 * run of the window's digit groups has the {@link NationalShape} of a national number of that region; most
 * digit spans (card numbers, dates, IP addresses, order and version numbers, a Japanese number in the US
 * pass) have none, and skipping their findNumbers calls was the detector's whole cost.
 *
 * <p>Why runs of whole groups: every candidate findNumbers parses starts where a digit group starts (its
 * pattern's match, or an inner match after white space) and takes whole groups; the national significant
 * number is such a run less leading prefix digits and less trailing extension groups.
 */
final class PhonePasses {

    /** The region findNumbers is given for numbers written with a plus only. */
    static final String INTERNATIONAL = "ZZ";

    /**
     * What may stand between a plus and the digits it leads ("+ 1"). Not a bracket: findNumbers finds the
     * national number in "+(03) 1234 5678" from the bracket on.
     */
    private static final String PLUS_LEAD = " \u3000";

    /**
     * libphonenumber's VALID_PUNCTUATION (package-private there): its matcher joins digit groups across at most
     * {@link #MAX_GAP} of these characters, so a number never spans any other character or a longer gap.
     */
    static final String PUNCTUATION = "-x\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF0E\uFF0F"
            + " \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D.[]/~\u2053\u223C\uFF5E";
    static final int MAX_GAP = 4;

    /**
     * libphonenumber's TIME_STAMPS and TIME_STAMPS_SUFFIX (private there): a candidate ending in a date and
     * hour that a ":mm" follows is dropped whole, inner numbers too. Log lines are full of them
     * ("2025-04-14 14:15" holds the valid-looking US run 202 504 1414).
     */
    private static final Pattern TIME_STAMP = Pattern.compile("[12]\\d{3}[-/]?[01]\\d[-/]?[0-3]\\d [0-2]\\d$");
    private static final Pattern MINUTES = Pattern.compile(":[0-5]\\d");

    /** The most digit blocks (and digits in one) libphonenumber's matcher takes into one candidate. */
    private static final int MAX_BLOCKS = 21;
    private static final int MAX_BLOCK_DIGITS = 20;

    private final List<String> regions;
    private final NationalShape[] shapes;

    /** {@code trunks[i]}: the prefix a national number of {@code regions[i]} must be written with, or "". */
    PhonePasses(List<String> regions, List<String> trunks) {
        this.regions = List.copyOf(regions);
        this.shapes = new NationalShape[regions.size()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = NationalShape.of(regions.get(i), trunks.get(i));
        }
    }

    NationalShape shape(int i) {
        return shapes[i];
    }

    /** The digit groups of {@code window}, to ask {@link #regions} about. */
    static Groups groups(String window) {
        return Groups.of(window);
    }

    /**
     * The configured regions, in order, whose findNumbers pass over the window may find a national number.
     * {@code international} are the window-relative [start, end) spans of what the "ZZ" pass found: the
     * regional pass finds the same number there first and goes on after it, so no national number starts or
     * ends within.
     */
    List<String> regions(Groups g, List<int[]> international) {
        boolean[] skip = g.covered(international);
        List<String> out = new ArrayList<>(1);
        for (int i = 0; i < shapes.length; i++) {
            if (g.anyRun(shapes[i], skip)) {
                out.add(regions.get(i));
            }
        }
        return out;
    }

    /**
     * A window's digits (as ASCII), where each of its digit groups starts and ends among them and in the
     * window, and whether the window holds a plus (then the "ZZ" pass is run).
     */
    record Groups(String digits, int[] start, int[] end, int[] at, int[] until, boolean[] plusLed,
                  boolean[] joined, boolean[] stamped, int count, boolean plus) {

        static Groups of(String window) {
            StringBuilder digits = new StringBuilder(window.length());
            int[] start = new int[window.length()];
            int[] end = new int[window.length()];
            int[] at = new int[window.length()];
            int[] until = new int[window.length()];
            boolean[] plusLed = new boolean[window.length()];
            boolean[] joined = new boolean[window.length()];
            int count = 0;
            boolean plus = false;
            for (int i = 0; i < window.length(); ) {
                char c = window.charAt(i);
                if (c == '+' || c == '\uFF0B') {
                    plus = true;
                }
                // libphonenumber reads the decimal digits of every script; NFKC has made most of them ASCII
                int d = Character.digit(c, 10);
                if (d < 0) {
                    i++;
                    continue;
                }
                start[count] = digits.length();
                at[count] = i;
                joined[count] = count > 0 && joins(window, until[count - 1], i);
                plusLed[count] = plusBefore(window, i);
                while (i < window.length() && (d = Character.digit(window.charAt(i), 10)) >= 0) {
                    digits.append((char) ('0' + d));
                    i++;
                }
                until[count] = i;
                end[count++] = digits.length();
            }
            boolean[] stamped = new boolean[count];
            for (int first = 0, last; first < count; first = last + 1) {
                last = first;
                boolean oneCandidate = end[first] - start[first] <= MAX_BLOCK_DIGITS;
                while (last + 1 < count && joined[last + 1]) {
                    last++;
                    oneCandidate &= end[last] - start[last] <= MAX_BLOCK_DIGITS;
                }
                if (oneCandidate && last - first < MAX_BLOCKS && timeStamp(window, at[first], until[last])) {
                    java.util.Arrays.fill(stamped, first, last + 1, true);
                }
            }
            return new Groups(digits.toString(), start, end, at, until, plusLed, joined, stamped, count, plus);
        }

        /**
         * True when findNumbers drops the chain of joined groups window[from, to) as a time stamp, given that
         * its matcher takes the chain as one candidate (not too many blocks, and no 'x': an extension or a
         * second number would cut it).
         */
        private static boolean timeStamp(String window, int from, int to) {
            String chain = window.substring(from, to);
            return chain.indexOf('x') < 0 && TIME_STAMP.matcher(chain).find()
                    && MINUTES.matcher(window).region(to, window.length()).lookingAt();
        }

        /** True when the characters between two digit groups let one number span both. */
        private static boolean joins(String window, int from, int to) {
            if (to - from > MAX_GAP) {
                return false;
            }
            for (int j = from; j < to; j++) {
                if (PUNCTUATION.indexOf(window.charAt(j)) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** A plus just before the group: the number is written internationally and the "ZZ" pass finds it. */
        private static boolean plusBefore(String window, int at) {
            for (int j = at - 1; j >= 0 && at - j <= 4; j--) {
                char c = window.charAt(j);
                if (c == '+' || c == '\uFF0B') {
                    return true;
                }
                if (PLUS_LEAD.indexOf(c) < 0) {
                    return false;
                }
            }
            return false;
        }

        /** Per group: true when it lies within one of the window-relative {@code spans}. */
        boolean[] covered(List<int[]> spans) {
            boolean[] in = new boolean[count];
            for (int[] s : spans) {
                for (int k = 0; k < count; k++) {
                    in[k] |= at[k] >= s[0] && until[k] <= s[1];
                }
            }
            return in;
        }

        /**
         * True when a run of whole groups may hold a national number of {@code shape}; a run neither starts
         * at a group led by a plus (that is an international number), nor holds a {@code skip}ped group, nor
         * spans a gap that is not {@link #joins punctuation}, nor lies in a time stamp.
         */
        boolean anyRun(NationalShape shape, boolean[] skip) {
            for (int a = 0; a < count; a++) {
                if (plusLed[a] || skip[a] || stamped[a]) {
                    continue;
                }
                int last = a;
                while (last + 1 < count && joined[last + 1] && !skip[last + 1]) {
                    last++;
                }
                if (shape.opensInternationally(digits.substring(start[a], end[last]))) {
                    return true;
                }
                for (int b = a; b <= last; b++) {
                    if (shape.admits(digits.substring(start[a], end[b]))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
