package org.leakscope.classifiers.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;

/**
 * One union automaton of every regex rule's {@link RegexTrigger}, run once over an item's text: where each
 * rule can start a match. The text is read once, backwards, by the union of the reversed triggers with an
 * implicit leading {@code .*}; wherever a reversed trigger accepts, its rule's trigger begins, so that
 * position is a candidate start of the rule (the way IPED runs one dk.brics automaton of all its regexes,
 * here with the rule told apart at every accepting state). The rules' own regexes then only confirm those
 * positions ({@link CharIndex#forEachMatch(CharSequence, long[], Pattern, java.util.function.Consumer)}).
 *
 * <p>The union is determinized lazily, one state per set of rule states met in the text, as RE2 does; the
 * cache is per thread and is flushed when it is full: 10,000 to 30,000 states, as the heap allows
 * ({@link #cachedStates}). Built once per classifier.
 */
public final class TriggerScan {

    /**
     * The fewest states a thread's cache holds, whatever the heap: the rules' cost guards measure against it. One
     * kind of text (a roster, a mail folder, a probe set) needs 2,000-6,000; many kinds mixed, more. 11,000 since
     * round 23: the whole-classifier corpus alone built 9,972 of 10,000 with main's rules, and the rules for court,
     * police, tax, school and travel records take it to some 10,060 (about 1.3 MB more a thread at the floor; a heap of
     * 1 GB sizes the cache at 30,000 anyway).
     */
    static final int MIN_CACHED_STATES = 11_000;
    /**
     * The most (a cached target has 15 bits). The text files of all probe sets together, 862 files in turn, need
     * about 14,200 states: a cache of 10,000 built 30,000 a pass over them, flushing again and again, and the
     * scan ran at 10-14 MB/s instead of 34.
     */
    static final int MAX_CACHED_STATES = 30_000;
    private static final long[] NONE = new long[0];
    /**
     * A cached transition is a char (half the table of ints, more of it in the caches): the target state in the
     * low 15 bits, the top bit when the target is accepting (saves a lookup per char); all bits set: not known yet.
     */
    private static final int STATE = (1 << 15) - 1;
    private static final int ACCEPTING = 1 << 15;
    private static final char UNKNOWN = (char) 0xFFFF;

    private final Pattern[] rules;
    private final boolean[] pooled;
    private final Map<Pattern, Integer> ids = new IdentityHashMap<>();
    private final char[] classOf = new char[65536];
    private final int classes;
    /** Per state of every reversed trigger (one numbering across rules): next state by class, or -1. */
    private final int[] next;
    private final int[] owner;
    private final boolean[] accept;
    private final int[] initial;
    /** The states every reversed trigger reaches from its start on each class (the implicit {@code .*}). */
    private final int[][] fromInitial;
    private final ThreadLocal<Lazy> lazy = ThreadLocal.withInitial(Lazy::new);

    private final int maxCachedStates;

    /**
     * Builds the union of the triggers of {@code patterns}; a pattern without a trigger is left out. Each thread's
     * cache holds as many states as {@link #cachedStates} allows this JVM's heap.
     */
    public TriggerScan(List<Pattern> patterns) {
        this(patterns, Set.of(), -1);
    }

    /**
     * As {@link #TriggerScan(List)}; the starts of the patterns in {@code pooled} (by identity) are kept as one
     * bitmap, which {@link Starts#of} gives for each of them: a detector that asks only where any of its patterns
     * may start is spared a bitmap per pattern (and the OR of them).
     */
    public TriggerScan(List<Pattern> patterns, Set<Pattern> pooled) {
        this(patterns, pooled, -1);
    }

    /** @param maxCachedStates states a thread's cache holds before it is flushed; -1: sized by the heap */
    TriggerScan(List<Pattern> patterns, int maxCachedStates) {
        this(patterns, Set.of(), maxCachedStates);
    }

    private TriggerScan(List<Pattern> patterns, Set<Pattern> pooled, int maxCachedStates) {
        if (maxCachedStates != -1 && (maxCachedStates < 1 || maxCachedStates >= STATE - 1)) {
            throw new IllegalArgumentException("cached states must be 1.." + (STATE - 2) + ": " + maxCachedStates);
        }
        List<Pattern> distinct = new ArrayList<>();
        Map<Pattern, Boolean> met = new IdentityHashMap<>();
        for (Pattern p : patterns) {
            if (met.put(p, Boolean.TRUE) == null) {
                distinct.add(p);
            }
        }
        // each trigger reversed and determinized on its own, in parallel: two rules of the default set take
        // half a second each, together most of a classifier's build
        Automaton[] each = new Automaton[distinct.size()];
        IntStream.range(0, each.length).parallel().forEach(i -> {
            Pattern p = distinct.get(i);
            Automaton t = RegexTrigger.of(p);
            each[i] = t == null ? null : AutomatonStore.get("reversed " + RegexTrigger.storeKey(p),
                    () -> Operations.removeDeadStates(
                            Operations.determinize(Operations.reverse(t), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT)));
        });
        List<Pattern> kept = new ArrayList<>();
        List<Automaton> reversed = new ArrayList<>();
        for (int i = 0; i < each.length; i++) {
            if (each[i] != null) {
                ids.put(distinct.get(i), kept.size());
                kept.add(distinct.get(i));
                reversed.add(each[i]);
            }
        }
        this.rules = kept.toArray(new Pattern[0]);
        this.pooled = new boolean[rules.length];
        for (int i = 0; i < rules.length; i++) {
            this.pooled[i] = pooled.contains(rules[i]);
        }
        // char classes: the points where any transition of any trigger starts or ends
        TreeSet<Integer> points = new TreeSet<>();
        points.add(0);
        Transition tr = new Transition();
        int total = 0;
        for (Automaton a : reversed) {
            total += a.getNumStates();
            for (int s = 0; s < a.getNumStates(); s++) {
                int n = a.initTransition(s, tr);
                for (int k = 0; k < n; k++) {
                    a.getNextTransition(tr);
                    points.add(tr.min);
                    if (tr.max < 0xFFFF) {
                        points.add(tr.max + 1);
                    }
                }
            }
        }
        int[] starts = points.stream().mapToInt(Integer::intValue).toArray();
        if (starts.length > Character.MAX_VALUE) {
            throw new IllegalStateException("too many character classes: " + starts.length);
        }
        int intervals = starts.length;
        // per trigger state its transitions as (first interval, last interval, target) triples
        int[][] moves = new int[total][];
        this.owner = new int[total];
        this.accept = new boolean[total];
        this.initial = new int[rules.length];
        int base = 0;
        for (int id = 0; id < reversed.size(); id++) {
            Automaton a = reversed.get(id);
            initial[id] = base;
            for (int s = 0; s < a.getNumStates(); s++) {
                owner[base + s] = id;
                accept[base + s] = a.isAccept(s);
                int n = a.initTransition(s, tr);
                int[] m = new int[3 * n];
                for (int k = 0; k < n; k++) {
                    a.getNextTransition(tr);
                    m[3 * k] = Arrays.binarySearch(starts, tr.min);
                    int last = Arrays.binarySearch(starts, tr.max + 1);
                    m[3 * k + 1] = (last >= 0 ? last : -last - 1) - 1;
                    m[3 * k + 2] = base + tr.dest;
                }
                moves[base + s] = m;
            }
            base += a.getNumStates();
        }
        // intervals that every trigger state treats alike are one class (2,280 intervals were 500 classes):
        // the lazy table has a row of classes per state, and its size decides what stays in the CPU caches
        int[] classOfInterval = sameColumns(moves, intervals);
        for (int ch = 0, k = 0; ch < 65536; ch++) {
            while (k + 1 < intervals && starts[k + 1] <= ch) {
                k++;
            }
            classOf[ch] = (char) classOfInterval[k];
        }
        this.classes = Arrays.stream(classOfInterval).max().orElse(-1) + 1;
        this.next = new int[total * classes];
        Arrays.fill(next, -1);
        for (int s = 0; s < total; s++) {
            int[] m = moves[s];
            for (int k = 0; k < m.length; k += 3) {
                for (int c = m[k]; c <= m[k + 1]; c++) {
                    next[s * classes + classOfInterval[c]] = m[k + 2];
                }
            }
        }
        this.fromInitial = new int[classes][];
        for (int c = 0; c < classes; c++) {
            int[] buf = new int[rules.length];
            int m = 0;
            for (int id = 0; id < rules.length; id++) {
                int d = next[initial[id] * classes + c];
                if (d >= 0) {
                    buf[m++] = d;
                }
            }
            fromInitial[c] = Arrays.copyOf(buf, m);
        }
        this.maxCachedStates = maxCachedStates == -1 ? cachedStates(Runtime.getRuntime().maxMemory(), classes)
                : maxCachedStates;
    }

    /**
     * States a thread's cache may hold: about 1/24 of the heap at a state's size (a row of {@code classes} chars
     * and its set, ~300 bytes), between {@link #MIN_CACHED_STATES} and {@link #MAX_CACHED_STATES}. With the
     * default rules (512 classes) a 1 GB heap gets the most, some 40 MB a thread if the text needs them all, and a
     * 256 MB heap the fewest. The table grows as states are made: one kind of text takes a few MB.
     */
    static int cachedStates(long maxHeapBytes, int classes) {
        long perState = 2L * classes + 300;
        return (int) Math.max(MIN_CACHED_STATES, Math.min(MAX_CACHED_STATES, maxHeapBytes / 24 / perState));
    }

    /** How many states a thread's cache holds before it is flushed. */
    int maxCachedStates() {
        return maxCachedStates;
    }

    /**
     * Numbers the intervals by their column (the target of every trigger state on the interval), equal columns
     * alike. A column is told by two 64-bit sums of a hash of each (state, target) pair, added over each
     * transition's range of intervals with a difference array: linear in the transitions, where comparing the
     * columns themselves took a second (states × intervals). Two different columns share both sums with a chance
     * of about 2^-128 per pair.
     */
    static int[] sameColumns(int[][] moves, int intervals) {
        long[] first = new long[intervals + 1];
        long[] second = new long[intervals + 1];
        for (int s = 0; s < moves.length; s++) {
            int[] m = moves[s];
            for (int k = 0; k < m.length; k += 3) {
                long pair = ((long) s << 32) | (m[k + 2] & 0xFFFFFFFFL);
                long a = mix(pair ^ 0x5DEECE66DL);
                long b = mix(pair + 0x9E3779B97F4A7C15L);
                first[m[k]] += a;
                first[m[k + 1] + 1] -= a;
                second[m[k]] += b;
                second[m[k + 1] + 1] -= b;
            }
        }
        int[] classOf = new int[intervals];
        Map<Key, Integer> columns = new HashMap<>();
        long a = 0;
        long b = 0;
        for (int c = 0; c < intervals; c++) {
            a += first[c];
            b += second[c];
            Key k = new Key(new int[] {(int) (a >>> 32), (int) a, (int) (b >>> 32), (int) b});
            classOf[c] = columns.computeIfAbsent(k, x -> columns.size());
        }
        return classOf;
    }

    // splitmix64's finalizer: a 64-bit hash of a (state, target) pair
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True when {@code p} is one of the scanned rules (it has a trigger). */
    public boolean covers(Pattern p) {
        return ids.containsKey(p);
    }

    /** How many character classes the scan tells apart (characters every trigger state treats alike are one). */
    int classes() {
        return classes;
    }

    /** How many states this thread has built, flushed ones included: past the cache's size, it thrashes. */
    int statesBuilt() {
        return lazy.get().built;
    }

    /** How many rules the union holds. */
    public int size() {
        return rules.length;
    }

    /** Candidate starts of every covered rule in {@code text}, found in one backward pass. */
    public Starts scan(CharSequence text) {
        Lazy dfa = lazy.get();
        int n = text.length();
        long[][] bits = new long[rules.length][];
        long[] pool = null;
        int cur = dfa.empty();
        char[] trans = dfa.trans;
        for (int p = n - 1; p >= 0; p--) {
            int c = classOf[text.charAt(p)];
            int to = trans[cur * classes + c];
            if (to == UNKNOWN) {
                to = dfa.step(cur, c);
                trans = dfa.trans; // grown or flushed
            }
            cur = to & STATE;
            if (to != cur) { // some trigger begins here
                for (int id : dfa.accepting[cur]) {
                    long[] b = pooled[id] ? pool : bits[id];
                    if (b == null) {
                        b = new long[(n + 64) >>> 6];
                        if (pooled[id]) {
                            pool = b;
                        } else {
                            bits[id] = b;
                        }
                    }
                    b[p >>> 6] |= 1L << p;
                }
            }
        }
        return new Starts(bits, pool);
    }

    /** The result of one scan: per rule, a bitmap of the positions where a match may start. */
    public final class Starts {
        private final long[][] bits;
        private final long[] pool;

        private Starts(long[][] bits, long[] pool) {
            this.bits = bits;
            this.pool = pool;
        }

        /**
         * Bitmap of candidate starts of {@code p} (empty: none), or null when {@code p} is not covered. For a pooled
         * pattern, the one bitmap of every pooled pattern's starts (the same array for each of them).
         */
        public long[] of(Pattern p) {
            Integer id = ids.get(p);
            if (id == null) {
                return null;
            }
            long[] b = pooled[id] ? pool : bits[id];
            return b == null ? NONE : b;
        }
    }

    /** The lazily determinized union: states are sets of trigger states, interned. */
    private final class Lazy {
        char[] trans = new char[0];
        int[][] accepting = new int[0][];
        final List<int[]> sets = new ArrayList<>();
        final Map<Key, Integer> byKey = new HashMap<>();
        int[] buf = new int[64];
        int built;

        int empty() {
            return intern(new int[0]);
        }

        int intern(int[] set) {
            Key k = new Key(set);
            Integer known = byKey.get(k);
            if (known != null) {
                return known;
            }
            int id = sets.size();
            built++;
            sets.add(set);
            byKey.put(k, id);
            if ((id + 1) * classes > trans.length) {
                // doubled, but never past the cache's size (plus the empty set, interned again after a flush)
                int grown = Math.max(id + 1, Math.min(Math.max(16, (id + 1) * 2), maxCachedStates + 1));
                int old = trans.length;
                trans = Arrays.copyOf(trans, grown * classes);
                Arrays.fill(trans, old, trans.length, UNKNOWN);
                accepting = Arrays.copyOf(accepting, grown);
            }
            accepting[id] = acceptingRules(set);
            return id;
        }

        int[] acceptingRules(int[] set) {
            int[] out = null;
            int m = 0;
            for (int s : set) {
                if (accept[s]) {
                    if (out == null) {
                        out = new int[set.length];
                    }
                    int o = owner[s];
                    boolean seen = false;
                    for (int i = 0; i < m; i++) {
                        seen |= out[i] == o;
                    }
                    if (!seen) {
                        out[m++] = o;
                    }
                }
            }
            return out == null ? null : Arrays.copyOf(out, m);
        }

        /** The state after {@code from} on class {@code c}, with {@link #ACCEPTING} when a trigger begins there. */
        int step(int from, int c) {
            int[] set = sets.get(from);
            int[] init = fromInitial[c];
            if (buf.length < set.length + init.length) {
                buf = new int[(set.length + init.length) * 2];
            }
            int m = 0;
            for (int s : set) {
                int d = next[s * classes + c];
                if (d >= 0) {
                    buf[m++] = d;
                }
            }
            System.arraycopy(init, 0, buf, m, init.length);
            m += init.length;
            Arrays.sort(buf, 0, m);
            int u = 0;
            for (int i = 0; i < m; i++) {
                if (u == 0 || buf[u - 1] != buf[i]) {
                    buf[u++] = buf[i];
                }
            }
            int[] to = Arrays.copyOf(buf, u);
            if (sets.size() >= maxCachedStates) {
                // flush; the current set is re-entered as the first state of the new cache
                sets.clear();
                byKey.clear();
                Arrays.fill(trans, UNKNOWN);
                int id = intern(to);
                return accepting[id] == null ? id : id | ACCEPTING;
            }
            int id = intern(to);
            int encoded = accepting[id] == null ? id : id | ACCEPTING;
            trans[from * classes + c] = (char) encoded;
            return encoded;
        }
    }

    /** An int array as a map key: a set of trigger states, or a class's targets from every state. */
    private record Key(int[] set) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(set, k.set);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(set);
        }
    }
}
