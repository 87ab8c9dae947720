package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automaton;
import org.junit.jupiter.api.Test;

/** One backward pass of the union finds exactly the positions where each rule's trigger accepts. */
class TriggerScanTest {

    private static final List<Pattern> RULES = List.of(
            Pattern.compile("(?<![\\d-])(?<v>\\d{3}-\\d{2}-\\d{4})(?![\\d-])"),
            Pattern.compile("(?<![\\d-])(?<v>\\d(?:[ -]?\\d){12,18})(?![\\d-])"),
            Pattern.compile("(?i)(?<![a-z])(?:password|passwd|pw)\\s*[:=]\\s*(?<v>\\S{4,64})"),
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}@[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*\\.[A-Za-z]{2,24}"),
            Pattern.compile("(?:19|20)\\d{2} ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日"),
            Pattern.compile("東京都[^\\s,、]{1,12}?(?:市|区)"),
            Pattern.compile("a*"));

    private static void assertExact(TriggerScan scan, String text) {
        TriggerScan.Starts starts = scan.scan(text);
        for (Pattern p : RULES) {
            Automaton t = RegexTrigger.of(p);
            long[] bits = starts.of(p);
            if (t == null) {
                assertNull(bits, p + " has no trigger and is not covered");
                continue;
            }
            for (int s = 0; s < text.length(); s++) {
                boolean set = bits.length > 0 && (bits[s >>> 6] & (1L << s)) != 0;
                assertEquals(RegexTrigger.mayMatchAt(p, text, s), set, p + " at " + s);
            }
        }
    }

    @Test
    void startsAreExactlyWhereTriggersAccept() {
        TriggerScan scan = new TriggerScan(RULES);
        assertEquals(RULES.size() - 1, scan.size());
        assertFalse(scan.covers(RULES.get(RULES.size() - 1)));
        for (int seed = 1; seed <= 5; seed++) {
            assertExact(scan, RegexTriggerTest.nearMisses(new Random(seed), 5_000));
        }
        assertExact(scan, "SSN 123-45-6789, card 4111 1111 1111 1111, PW: hunter22 mail a.b@c.de 2001年 2月 3日 東京都港区");
        assertExact(scan, "");
    }

    @Test
    void pooledRulesShareOneBitmapOfAllTheirStarts() {
        java.util.Set<Pattern> pooled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        pooled.add(RULES.get(0));
        pooled.add(RULES.get(2));
        TriggerScan scan = new TriggerScan(RULES, pooled);
        TriggerScan plain = new TriggerScan(RULES);
        for (int seed = 1; seed <= 3; seed++) {
            String text = RegexTriggerTest.nearMisses(new Random(seed), 3_000);
            TriggerScan.Starts s = scan.scan(text);
            TriggerScan.Starts p = plain.scan(text);
            List<Integer> union = new java.util.ArrayList<>(positions(p.of(RULES.get(0))));
            union.addAll(positions(p.of(RULES.get(2))));
            assertEquals(new java.util.TreeSet<>(union).stream().toList(), positions(s.of(RULES.get(0))));
            assertTrue(s.of(RULES.get(0)) == s.of(RULES.get(2)), "one array for both");
            for (int r : new int[] {1, 3, 4, 5}) {
                assertEquals(positions(p.of(RULES.get(r))), positions(s.of(RULES.get(r))), "rule " + r + " kept apart");
            }
        }
    }

    @Test
    void aFlushedCacheGivesTheSameStarts() {
        TriggerScan small = new TriggerScan(RULES, 3); // flushed every few chars
        for (int seed = 1; seed <= 3; seed++) {
            assertExact(small, RegexTriggerTest.nearMisses(new Random(seed), 3_000));
        }
    }

    @Test
    void charactersEveryStateTreatsAlikeAreOneClass() {
        // points at a, n, x, y and '{': six intervals; [n-w] and [y-z] lead everywhere to the same states, and
        // so do the characters below 'a' and above 'z': four classes
        List<Pattern> rules = List.of(Pattern.compile("[a-m]x"), Pattern.compile("[n-z]x"));
        TriggerScan scan = new TriggerScan(rules);
        assertEquals(4, scan.classes());
        TriggerScan.Starts starts = scan.scan("ax nx yx zx xx _x mx");
        assertEquals(List.of(0, 18), positions(starts.of(rules.get(0))));
        assertEquals(List.of(3, 6, 9, 12), positions(starts.of(rules.get(1))));
    }

    @Test
    void intervalsShareAClassExactlyWhenEveryStateTreatsThemAlike() {
        // the sums of hashes against the columns themselves, on random transition tables: few targets and
        // wide overlapping ranges, so that many columns are equal and many differ in one state only
        for (int seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed);
            int intervals = 1 + r.nextInt(40);
            int[][] moves = new int[1 + r.nextInt(30)][];
            for (int s = 0; s < moves.length; s++) {
                int n = r.nextInt(4);
                moves[s] = new int[3 * n];
                int from = 0;
                int k = 0;
                for (; k < n && from < intervals; k++) { // disjoint ranges, as in a DFA
                    int lo = from + r.nextInt(intervals - from);
                    int hi = lo + r.nextInt(intervals - lo);
                    moves[s][3 * k] = lo;
                    moves[s][3 * k + 1] = hi;
                    moves[s][3 * k + 2] = r.nextInt(3);
                    from = hi + 1;
                }
                moves[s] = java.util.Arrays.copyOf(moves[s], 3 * k);
            }
            int[] classOf = TriggerScan.sameColumns(moves, intervals);
            for (int c = 0; c < intervals; c++) {
                for (int d = 0; d < intervals; d++) {
                    assertEquals(java.util.Arrays.equals(column(moves, c), column(moves, d)), classOf[c] == classOf[d],
                            "seed " + seed + ", intervals " + c + " and " + d);
                }
            }
        }
    }

    // an interval's column the slow way: every state's target on it (-1: none)
    private static int[] column(int[][] moves, int interval) {
        int[] column = new int[moves.length];
        for (int s = 0; s < moves.length; s++) {
            column[s] = -1;
            for (int k = 0; k < moves[s].length; k += 3) {
                if (moves[s][k] <= interval && interval <= moves[s][k + 1]) {
                    column[s] = moves[s][k + 2];
                }
            }
        }
        return column;
    }

    @Test
    void theCacheBoundMustFitATransition() {
        assertThrows(IllegalArgumentException.class, () -> new TriggerScan(RULES, 0));
        assertThrows(IllegalArgumentException.class, () -> new TriggerScan(RULES, 1 << 15));
        assertThrows(IllegalArgumentException.class, () -> new TriggerScan(RULES, -2));
    }

    @Test
    void theCacheIsSizedByTheHeapWithinItsBounds() {
        // 512 classes: a state ~1.3 KB; 1/24 of the heap
        assertEquals(TriggerScan.MIN_CACHED_STATES, TriggerScan.cachedStates(256L << 20, 512));
        assertEquals(16_895, TriggerScan.cachedStates(512L << 20, 512));
        assertEquals(TriggerScan.MAX_CACHED_STATES, TriggerScan.cachedStates(1L << 30, 512));
        assertEquals(TriggerScan.MAX_CACHED_STATES, TriggerScan.cachedStates(64L << 30, 512));
        assertEquals(TriggerScan.MIN_CACHED_STATES, TriggerScan.cachedStates(0, 512));
        // the bound fits a cached transition's 15 bits, the empty set interned again after a flush included
        assertTrue(TriggerScan.MAX_CACHED_STATES + 1 < (1 << 15) - 1);
        int heapSized = new TriggerScan(RULES).maxCachedStates();
        assertTrue(heapSized >= TriggerScan.MIN_CACHED_STATES && heapSized <= TriggerScan.MAX_CACHED_STATES,
                String.valueOf(heapSized));
    }

    private static List<Integer> positions(long[] bits) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < bits.length * 64; i++) {
            if ((bits[i >>> 6] & (1L << i)) != 0) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void aRuleWithoutMatchesHasAnEmptyBitmap() {
        TriggerScan scan = new TriggerScan(RULES);
        long[] none = scan.scan("nothing to see").of(RULES.get(0));
        assertEquals(0, none.length);
        assertTrue(scan.covers(RULES.get(0)));
    }
}
