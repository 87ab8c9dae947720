package org.leakscope.classifiers.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
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
 * cache is per thread and is flushed when it grows past 10,000 states. Built once per classifier.
 */
public final class TriggerScan {

    private static final int MAX_CACHED_STATES = 10_000;
    private static final long[] NONE = new long[0];
    /** A transition's target state; the bit above it says the target is accepting (saves a lookup per char). */
    private static final int STATE = (1 << 30) - 1;
    private static final int ACCEPTING = 1 << 30;

    private final Pattern[] rules;
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

    /** Builds the union of the triggers of {@code patterns}; a pattern without a trigger is left out. */
    public TriggerScan(List<Pattern> patterns) {
        this(patterns, MAX_CACHED_STATES);
    }

    TriggerScan(List<Pattern> patterns, int maxCachedStates) {
        this.maxCachedStates = maxCachedStates;
        List<Pattern> kept = new ArrayList<>();
        List<Automaton> reversed = new ArrayList<>();
        for (Pattern p : patterns) {
            if (ids.containsKey(p)) {
                continue;
            }
            Automaton t = RegexTrigger.of(p);
            if (t == null) {
                continue;
            }
            Automaton r = Operations.determinize(Operations.reverse(t), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
            ids.put(p, kept.size());
            kept.add(p);
            reversed.add(Operations.removeDeadStates(r));
        }
        this.rules = kept.toArray(new Pattern[0]);
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
        for (int c = 0, k = 0; c < 65536; c++) {
            while (k + 1 < starts.length && starts[k + 1] <= c) {
                k++;
            }
            classOf[c] = (char) k;
        }
        this.classes = starts.length;
        this.next = new int[total * classes];
        this.owner = new int[total];
        this.accept = new boolean[total];
        this.initial = new int[rules.length];
        Arrays.fill(next, -1);
        int base = 0;
        for (int id = 0; id < reversed.size(); id++) {
            Automaton a = reversed.get(id);
            initial[id] = base;
            for (int s = 0; s < a.getNumStates(); s++) {
                owner[base + s] = id;
                accept[base + s] = a.isAccept(s);
                int n = a.initTransition(s, tr);
                for (int k = 0; k < n; k++) {
                    a.getNextTransition(tr);
                    for (int c = classOf[tr.min]; c < classes && starts[c] <= tr.max; c++) {
                        next[(base + s) * classes + c] = base + tr.dest;
                    }
                }
            }
            base += a.getNumStates();
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
    }

    /** True when {@code p} is one of the scanned rules (it has a trigger). */
    public boolean covers(Pattern p) {
        return ids.containsKey(p);
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
        int cur = dfa.empty();
        int[] trans = dfa.trans;
        for (int p = n - 1; p >= 0; p--) {
            int c = classOf[text.charAt(p)];
            int to = trans[cur * classes + c];
            if (to < 0) {
                to = dfa.step(cur, c);
                trans = dfa.trans; // grown or flushed
            }
            cur = to & STATE;
            if (to != cur) { // some trigger begins here
                for (int id : dfa.accepting[cur]) {
                    long[] b = bits[id];
                    if (b == null) {
                        b = bits[id] = new long[(n + 64) >>> 6];
                    }
                    b[p >>> 6] |= 1L << p;
                }
            }
        }
        return new Starts(bits);
    }

    /** The result of one scan: per rule, a bitmap of the positions where a match may start. */
    public final class Starts {
        private final long[][] bits;

        private Starts(long[][] bits) {
            this.bits = bits;
        }

        /** Bitmap of candidate starts of {@code p} (empty: none), or null when {@code p} is not covered. */
        public long[] of(Pattern p) {
            Integer id = ids.get(p);
            if (id == null) {
                return null;
            }
            long[] b = bits[id];
            return b == null ? NONE : b;
        }
    }

    /** The lazily determinized union: states are sets of trigger states, interned. */
    private final class Lazy {
        int[] trans = new int[0];
        int[][] accepting = new int[0][];
        final List<int[]> sets = new ArrayList<>();
        final Map<Key, Integer> byKey = new HashMap<>();
        int[] buf = new int[64];

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
            sets.add(set);
            byKey.put(k, id);
            if ((id + 1) * classes > trans.length) {
                int grown = Math.max(16, (id + 1) * 2);
                int old = trans.length;
                trans = Arrays.copyOf(trans, grown * classes);
                Arrays.fill(trans, old, trans.length, -1);
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
                Arrays.fill(trans, -1);
                int id = intern(to);
                return accepting[id] == null ? id : id | ACCEPTING;
            }
            int id = intern(to);
            int encoded = accepting[id] == null ? id : id | ACCEPTING;
            trans[from * classes + c] = encoded;
            return encoded;
        }
    }

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
