package org.leakscope.classifiers.detect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order a stable sort by several keys gives, from one primitive sort: each element's non-negative int keys
 * and its position are packed into one long (most significant key first, the position last). Sorting hundreds of
 * thousands of findings through a chain of comparator lambdas cost more than the overlap check it feeds.
 */
public final class PackedOrder {

    private PackedOrder() {
    }

    /**
     * The positions {@code 0..n-1} ordered by {@code keys} (each of length n, values >= 0; the first key decides
     * first) and then by position; null when the keys and the position do not fit in 63 bits.
     */
    public static int[] of(int n, int[]... keys) {
        int positionBits = bits(Math.max(0, n - 1));
        int total = positionBits;
        int[] keyBits = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            int max = 0;
            for (int i = 0; i < n; i++) {
                if (keys[k][i] < 0) {
                    return null;
                }
                max = Math.max(max, keys[k][i]);
            }
            keyBits[k] = bits(max);
            total += keyBits[k];
        }
        if (total > 63) {
            return null;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long p = 0;
            for (int k = 0; k < keys.length; k++) {
                p = (p << keyBits[k]) | keys[k][i];
            }
            packed[i] = (p << positionBits) | i;
        }
        Arrays.sort(packed);
        long positionMask = (1L << positionBits) - 1;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) (packed[i] & positionMask);
        }
        return order;
    }

    /** Bits needed for values 0..max. */
    private static int bits(int max) {
        return 32 - Integer.numberOfLeadingZeros(max);
    }

    /** Each value's rank among the distinct values in {@link Double#compare} order, highest first (rank 0). */
    public static int[] ranksDescending(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int d = 0;
        for (double v : sorted) {
            if (d == 0 || Double.compare(sorted[d - 1], v) != 0) {
                sorted[d++] = v;
            }
        }
        double[] distinct = Arrays.copyOf(sorted, d);
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = distinct.length - 1 - Arrays.binarySearch(distinct, values[i]);
        }
        return ranks;
    }

    /** A key that puts the longest first: each length's distance below the longest (lengths are not negative). */
    public static int[] longestFirst(int[] lengths) {
        int max = 0;
        for (int len : lengths) {
            max = Math.max(max, len);
        }
        int[] shorter = new int[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            shorter[i] = max - lengths[i];
        }
        return shorter;
    }

    /** Each string's rank among the distinct strings in natural order (rank 0 first). */
    public static int[] ranks(List<String> values) {
        Map<String, Integer> rank = new HashMap<>();
        String last = null;
        for (String v : values) {
            if (v != last) { // findings come in runs of one detector: the same string, no lookup
                rank.putIfAbsent(v, 0);
                last = v;
            }
        }
        String[] distinct = rank.keySet().toArray(new String[0]);
        Arrays.sort(distinct);
        for (int r = 0; r < distinct.length; r++) {
            rank.put(distinct[r], r);
        }
        int[] ranks = new int[values.size()];
        last = null;
        int lastRank = 0;
        for (int i = 0; i < ranks.length; i++) {
            String v = values.get(i);
            if (v != last) {
                lastRank = rank.get(v);
                last = v;
            }
            ranks[i] = lastRank;
        }
        return ranks;
    }
}
