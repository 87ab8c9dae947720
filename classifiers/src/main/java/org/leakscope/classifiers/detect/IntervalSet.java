package org.leakscope.classifiers.detect;

import java.util.Arrays;

/**
 * Non-overlapping [start, end) spans of one text, for "best hit wins" overlap removal: a bitmap of the taken
 * positions, so a check costs one word per 64 characters of the span. (A roster with 100,000 findings made the
 * naive pairwise check quadratic; a tree of boxed spans cost a tenth of classify() on PII-dense text.)
 */
public final class IntervalSet {

    private long[] taken = new long[16];

    /**
     * Adds the span unless it overlaps one already present; returns whether it was added. An empty span
     * occupies its start position. Positions are offsets into a text: never negative.
     */
    public boolean addIfFree(int start, int end) {
        if (start < 0) {
            throw new IllegalArgumentException("negative start " + start);
        }
        int e = Math.max(end, start + 1);
        if (anyTaken(start, e)) {
            return false;
        }
        take(start, e);
        return true;
    }

    private boolean anyTaken(int from, int to) {
        int last = (to - 1) >>> 6;
        for (int w = from >>> 6; w <= last && w < taken.length; w++) {
            if ((taken[w] & mask(w, from, to)) != 0) {
                return true;
            }
        }
        return false;
    }

    private void take(int from, int to) {
        int last = (to - 1) >>> 6;
        if (last >= taken.length) {
            taken = Arrays.copyOf(taken, Math.max(last + 1, taken.length * 2));
        }
        for (int w = from >>> 6; w <= last; w++) {
            taken[w] |= mask(w, from, to);
        }
    }

    /** The bits of word {@code w} that lie in [from, to). */
    private static long mask(int w, int from, int to) {
        long m = -1L;
        if (w == from >>> 6) {
            m &= -1L << from;
        }
        if (w == (to - 1) >>> 6) {
            m &= -1L >>> (63 - ((to - 1) & 63));
        }
        return m;
    }
}
