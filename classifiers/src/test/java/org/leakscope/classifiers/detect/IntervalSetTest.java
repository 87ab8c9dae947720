package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalSetTest {

    @Test
    void rejectsOverlapsOnBothSidesAndAcceptsNeighbours() {
        IntervalSet s = new IntervalSet();
        assertTrue(s.addIfFree(10, 20));
        assertFalse(s.addIfFree(15, 25));   // overlaps the end
        assertFalse(s.addIfFree(5, 11));    // overlaps the start
        assertFalse(s.addIfFree(12, 13));   // inside
        assertFalse(s.addIfFree(0, 100));   // around
        assertTrue(s.addIfFree(20, 30));    // touching is not overlapping
        assertTrue(s.addIfFree(0, 10));
        assertFalse(s.addIfFree(10, 10));   // empty spans still occupy their position
    }

    @Test
    void agreesWithAPairwiseCheckAcrossWordBoundaries() {
        java.util.Random r = new java.util.Random(7);
        IntervalSet s = new IntervalSet();
        java.util.List<int[]> kept = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int start = r.nextInt(5000);
            int end = start + r.nextInt(i % 10 == 0 ? 300 : 12);
            int e = Math.max(end, start + 1);
            boolean free = kept.stream().noneMatch(k -> k[0] < e && start < k[1]);
            org.junit.jupiter.api.Assertions.assertEquals(free, s.addIfFree(start, end), start + ".." + end);
            if (free) {
                kept.add(new int[] {start, e});
            }
        }
        assertTrue(kept.size() > 100);
    }

    @Test
    void locationFallsBackToOffsetWithoutLayout() {
        var t = new org.leakscope.classifiers.text.ScanText(java.util.List.of(
                new org.leakscope.classifiers.text.TextUnit("x a@example.com", 0, 0, false, null, 0, null, null)));
        var f = new org.leakscope.classifiers.pii.EmailDetector().detect(t);
        org.junit.jupiter.api.Assertions.assertEquals("offset=2", f.get(0).location());
    }
}
