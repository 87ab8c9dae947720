package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PackedOrderTest {

    @Test
    void givesTheOrderOfAStableSortByTheKeys() {
        Random r = new Random(11);
        int n = 5000;
        double[] score = new double[n];
        int[] len = new int[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            score[i] = r.nextInt(8) / 8.0;
            len[i] = r.nextInt(40);
            ids.add("d" + r.nextInt(5));
        }
        int[] shorter = IntStream.of(len).map(l -> 40 - l).toArray();
        int[] order = PackedOrder.of(n, PackedOrder.ranksDescending(score), shorter, PackedOrder.ranks(ids));
        int[] expected = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> score[i]).reversed()
                        .thenComparing(i -> -len[i]).thenComparing(ids::get))
                .mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, order);
    }

    @Test
    void refusesKeysThatDoNotFitOrAreNegative() {
        int[] big = {Integer.MAX_VALUE, 1};
        assertNull(PackedOrder.of(2, big, big, big));
        assertArrayEquals(new int[] {1, 0}, PackedOrder.of(2, big, big)); // 31 + 31 + 1 bits fit
        assertNull(PackedOrder.of(2, new int[] {-1, 0}));
    }
}
