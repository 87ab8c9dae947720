package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
     * One findNumbers pass a window needs: its region, the region's shape and the chains of groups that may
     * hold its numbers.
     */
    record Pass(String region, NationalShape shape, List<int[]> chains) {
    }

    /**
     * The configured regions, in order, whose findNumbers pass over the window may find a national number,
     * each with the chains ([first, last] group) where. {@code international} are the window-relative
     * [start, end) spans of what the "ZZ" pass found: the regional pass finds the same number there first and
     * goes on after it, so no national number starts or ends within.
     */
    List<Pass> regional(Groups g, List<int[]> international) {
        boolean[] skip = g.covered(international);
        List<Pass> out = new ArrayList<>(1);
        for (int i = 0; i < shapes.length; i++) {
            List<int[]> chains = g.chainsWithRun(shapes[i], skip);
            if (!chains.isEmpty()) {
                out.add(new Pass(regions.get(i), shapes[i], chains));
            }
        }
        return out;
    }

    /**
     * A window's digits (as ASCII), where each of its digit groups starts and ends among them and in the
     * window, and whether the window holds a plus (then the "ZZ" pass is run).
     */
    record Groups(String digits, int[] start, int[] end, int[] at, int[] until, boolean[] plusLed,
                  boolean[] joined, boolean[] stamped, int[] chainEnd, int count, boolean plus) {

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
            int[] chainEnd = new int[count];
            for (int first = 0, last; first < count; first = last + 1) {
                last = first;
                boolean oneCandidate = end[first] - start[first] <= MatcherRules.MAX_BLOCK_DIGITS;
                while (last + 1 < count && joined[last + 1]) {
                    last++;
                    oneCandidate &= end[last] - start[last] <= MatcherRules.MAX_BLOCK_DIGITS;
                }
                if (oneCandidate && last - first < MatcherRules.MAX_BLOCKS && timeStamp(window, at[first], until[last])) {
                    Arrays.fill(stamped, first, last + 1, true);
                }
                Arrays.fill(chainEnd, first, last + 1, last);
            }
            return new Groups(digits.toString(), start, end, at, until, plusLed, joined, stamped, chainEnd, count,
                    plus);
        }

        /**
         * True when findNumbers drops the chain of joined groups window[from, to) as a time stamp, given that
         * its matcher takes the chain as one candidate (not too many blocks, and no 'x': an extension or a
         * second number would cut it).
         */
        private static boolean timeStamp(String window, int from, int to) {
            // "... hh:" must end the chain: a colon after it, a space three before it
            if (to >= window.length() || window.charAt(to) != ':' || to - from < 11 || window.charAt(to - 3) != ' ') {
                return false;
            }
            String chain = window.substring(from, to);
            return chain.indexOf('x') < 0 && MatcherRules.TIME_STAMPS.matcher(chain).find()
                    && MatcherRules.TIME_STAMPS_SUFFIX.matcher(window).region(to, window.length()).lookingAt();
        }

        /** True when the characters between two digit groups let one number span both. */
        private static boolean joins(String window, int from, int to) {
            if (to - from > MatcherRules.MAX_GAP) {
                return false;
            }
            for (int j = from; j < to; j++) {
                if (MatcherRules.PUNCTUATION.indexOf(window.charAt(j)) < 0) {
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
         * The chains ([first, last] group) of joined groups with a plus in the brackets and punctuation just
         * before them: only these can hold a number for the "ZZ" pass, which takes nothing without a plus.
         */
        List<int[]> plusChains(String window) {
            List<int[]> out = new ArrayList<>(1);
            for (int first = 0; first < count; first = chainEnd[first] + 1) {
                int from = first == 0 ? 0 : until[first - 1];
                for (int j = at[first] - 1; j >= from; j--) {
                    char c = window.charAt(j);
                    if (c == '+' || c == '\uFF0B') {
                        out.add(new int[] {first, chainEnd[first]});
                        break;
                    }
                    if (MatcherRules.LEAD.indexOf(c) < 0 && MatcherRules.PUNCTUATION.indexOf(c) < 0) {
                        break;
                    }
                }
            }
            return out;
        }

        /**
         * The chains holding a run of whole groups that may be a national number of {@code shape}; a run
         * neither starts at a group led by a plus (that is an international number), nor holds a
         * {@code skip}ped group, nor spans a gap that is not {@link #joins punctuation}, nor lies in a time
         * stamp.
         */
        List<int[]> chainsWithRun(NationalShape shape, boolean[] skip) {
            List<int[]> out = new ArrayList<>(1);
            for (int a = 0; a < count; a++) {
                if (plusLed[a] || skip[a] || stamped[a]) {
                    continue;
                }
                int last = a;
                while (last + 1 < count && joined[last + 1] && !skip[last + 1]) {
                    last++;
                }
                if (run(shape, a, last)) {
                    int first = a;
                    while (first > 0 && joined[first]) {
                        first--;
                    }
                    out.add(new int[] {first, chainEnd[a]});
                    a = chainEnd[a];
                }
            }
            return out;
        }

        /**
         * Whether a run of groups within first..last other than the whole of it has the shape (runs that
         * start at a plus or in a time stamp too: this is asked where the whole chain is no number).
         */
        boolean admitsPart(NationalShape shape, int first, int last) {
            if (last > first && shape.admitsRun(digits, start[first], end, first, last - 1)) {
                return true;
            }
            for (int a = first + 1; a <= last; a++) {
                if (run(shape, a, last)) {
                    return true;
                }
            }
            return false;
        }

        private boolean run(NationalShape shape, int a, int last) {
            return shape.admitsRun(digits, start[a], end, a, last);
        }
    }
}
