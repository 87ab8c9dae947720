package org.leakscope.classifiers.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.util.automaton.Transition;

/**
 * A deterministic automaton (over UTF-16 chars) that accepts a prefix of every string a java.util.regex
 * {@link Pattern} can match: the regex's <em>trigger</em>. A match can only start where the trigger matches, so
 * a scan that finds every trigger start ({@link TriggerScan}) leaves the regex itself to confirm a few
 * positions. Built from the regex's {@link RegexSyntax} tree, which already reads the source conservatively
 * (zero-width parts dropped, every atom's exact character set); here, what is not understood, and whatever
 * follows a part too complex to determinize, ends the trigger: a prefix of a match is still a prefix of a
 * match. {@link FirstChars} reads the first transitions of the same automaton.
 */
public final class RegexTrigger {

    /** Effort Lucene may spend determinizing one trigger before it is cut shorter. */
    private static final int WORK_LIMIT = 20_000;
    /** A trigger with more states is cut shorter: the union scan stays small. */
    private static final int MAX_STATES = 400;
    /**
     * A trigger with more transitions is cut shorter too: reversing and determinizing it for the union is
     * what a classifier's build spends its time on (a rule that ends in a name's \p{Lu}\p{Ll}+ behind thirty
     * label words: 9,000 transitions, half a second), while the labels alone find the same starts for the
     * regex to confirm.
     */
    private static final int MAX_TRANSITIONS = 3_000;
    /** Elements kept per sequence, tried from long to short until the trigger is small enough. */
    private static final int[] CUTS = {Integer.MAX_VALUE, 12, 6, 3, 2, 1};
    /**
     * A bounded repeat whose maximum exceeds its minimum by more is read as unbounded ({0,60} as *): more
     * strings, far fewer states, and the regex confirms the length anyway.
     */
    private static final int RELAX_WIDER_THAN = 8;

    private static final Map<String, Automaton> CACHE = new ConcurrentHashMap<>();
    private static final Map<Pattern, Automaton> BY_PATTERN = new ConcurrentHashMap<>();
    private static final Automaton NONE = Automata.makeEmpty();
    /** How a trigger may be shortened: not at all, after enough of a label only, or also before a run. */
    private static final int NOT = 0;
    private static final int LABELS_ONLY = 1;
    private static final int ALL = 2;
    /** Rules whose trigger is shortened only after enough of a label ({@link #keepWhole}), by flags and source. */
    private static final java.util.Set<String> WHOLE = ConcurrentHashMap.newKeySet();

    private RegexTrigger() {
    }

    /**
     * The trigger of {@code p}: deterministic, no dead states, not accepting the empty string; or null when
     * every position may start a match (the regex can match the empty string, or nothing is understood).
     */
    public static Automaton of(Pattern p) {
        Automaton a = BY_PATTERN.get(p); // Pattern has identity equality: a cheap lookup per call
        if (a == null) {
            if (BY_PATTERN.size() > 50_000 || CACHE.size() > 50_000) {
                BY_PATTERN.clear(); // patterns compiled per call elsewhere must not pile up
                CACHE.clear();
            }
            a = CACHE.computeIfAbsent(key(p), k -> {
                Automaton t = AutomatonStore.get("trigger " + storeKey(p), () -> {
                    Automaton c = compute(p);
                    return c == NONE ? null : c;
                });
                return t == null ? NONE : t;
            });
            BY_PATTERN.put(p, a);
        }
        return a == NONE ? null : a;
    }

    /**
     * Asks for a trigger of {@code p} not cut before its runs, only after {@link #ENOUGH} bits: for a marking keyword
     * ({@code c\s*o\s*n\s*f…}), whose first two letters alone would leave the marking scan a start to check at
     * every "co" of a text (the marking detector 37 -> 457 ms a megabyte). Call before the trigger is first built.
     */
    public static void keepWhole(Pattern p) {
        WHOLE.add(key(p));
    }

    private static String key(Pattern p) {
        return p.flags() + "\u0000" + p.pattern();
    }

    /** What {@link #of}'s trigger depends on, for {@link AutomatonStore}: the rule and whether it is kept whole. */
    static String storeKey(Pattern p) {
        return (WHOLE.contains(key(p)) ? "whole " : "cut ") + key(p);
    }

    /**
     * False when no match of {@code p} can start at {@code from} of {@code s} (its trigger accepts no prefix of
     * what stands there): a cheap rejection before {@code lookingAt()} or {@code matches()}.
     */
    public static boolean mayMatchAt(Pattern p, CharSequence s, int from) {
        return mayMatchAt(runOf(p), s, from);
    }

    /** As {@link #mayMatchAt(Pattern, CharSequence, int)}, with the trigger {@link #runOf} gave (null: any). */
    public static boolean mayMatchAt(RunAutomaton a, CharSequence s, int from) {
        if (a == null) {
            return true;
        }
        int state = 0;
        for (int i = from; i < s.length(); i++) {
            state = a.step(state, s.charAt(i));
            if (state < 0) {
                return false;
            }
            if (a.isAccept(state)) {
                return true;
            }
        }
        return false;
    }

    private static final Map<Pattern, Optional<RunAutomaton>> RUN_BY_PATTERN = new ConcurrentHashMap<>();

    /**
     * The trigger of {@code p} as a table per state and character class (a step is an array read, not a search),
     * or null when every position may start a match.
     */
    public static RunAutomaton runOf(Pattern p) {
        Optional<RunAutomaton> known = RUN_BY_PATTERN.get(p);
        if (known == null) {
            if (RUN_BY_PATTERN.size() > 50_000) {
                RUN_BY_PATTERN.clear(); // patterns compiled per call elsewhere must not pile up
            }
            Automaton a = of(p);
            known = Optional.ofNullable(a == null ? null : new CharacterRunAutomaton(a));
            RUN_BY_PATTERN.put(p, known);
        }
        return known.orElse(null);
    }

    /** A confirming automaton may be this large: it is one rule's, never part of the union. */
    private static final int CONFIRM_STATES = 2_000;
    private static final int CONFIRM_WORK = 5_000;

    /**
     * As much of {@code p}'s shape as an automaton of at most {@link #CONFIRM_STATES} states holds (not shortened as
     * its trigger is), or null when nothing more than its first chars is known: run forward from a trigger's
     * start, it turns away most starts the trigger lets through ("5228 8574 2347" for a street line that wants a
     * capital after the number) in a few steps ({@link StartFilter}).
     */
    static Automaton confirming(Pattern p) {
        return AutomatonStore.get("confirming " + key(p),
                () -> fitting(RegexSyntax.parse(p), NOT, CONFIRM_WORK, CONFIRM_STATES, Integer.MAX_VALUE));
    }

    /**
     * The characters a match of {@code p} can start with (a superset), or null when any position may start one:
     * the first transitions of the trigger, read from the automaton before it is determinized (cheap).
     */
    public static BitSet firstChars(Pattern p) {
        Automaton a = build(RegexSyntax.parse(p), Integer.MAX_VALUE, NOT).automaton();
        if (a == null) {
            return null;
        }
        a = Operations.removeDeadStates(a);
        if (a.getNumStates() == 0 || a.isAccept(0)) {
            return null;
        }
        BitSet chars = new BitSet(65536);
        Transition t = new Transition();
        int n = a.initTransition(0, t);
        for (int k = 0; k < n; k++) {
            a.getNextTransition(t);
            chars.set(t.min, t.max + 1);
        }
        return chars;
    }

    private static Automaton compute(Pattern p) {
        RegexSyntax.Node tree = RegexSyntax.parse(p);
        // shortened first (see #longRun, #ENOUGH); where that leaves no trigger (a shortened part was optional, at the
        // start), the rule's whole shape as before
        for (int shorten : WHOLE.contains(key(p)) ? new int[] {LABELS_ONLY, NOT} : new int[] {ALL, NOT}) {
            Automaton a = fitting(tree, shorten, WORK_LIMIT, MAX_STATES, MAX_TRANSITIONS);
            if (a != null) {
                return a;
            }
        }
        return NONE;
    }

    /**
     * The automaton of {@code tree} at the longest {@link #CUTS cut} that determinizes within {@code work} and fits
     * the limits, or null: none does, or not even a first character is known. A cut that matches nothing we can tell
     * or the empty string (any position) is passed over.
     */
    private static Automaton fitting(RegexSyntax.Node tree, int shorten, int work, int maxStates, int maxTransitions) {
        for (int cut : CUTS) {
            Automaton a = build(tree, cut, shorten).automaton();
            if (a == null) {
                return null;
            }
            try {
                a = Operations.determinize(Operations.removeDeadStates(a), work);
            } catch (TooComplexToDeterminizeException e) {
                continue;
            }
            if (a.getNumStates() > 0 && !a.isAccept(0) && a.getNumStates() <= maxStates
                    && a.getNumTransitions() <= maxTransitions) {
                return a;
            }
        }
        return null;
    }

    /**
     * A piece of regex: what it matches (complete), or, once something was not understood or cut, what every
     * match of it starts with ({@code cut}: nothing after it may be appended). A null automaton: not even a
     * prefix is known (the piece may be absent or anything).
     */
    private record Piece(Automaton automaton, boolean cut) {
    }

    /**
     * The automaton of {@code n}, keeping at most {@code maxElements} elements of each sequence; {@code shorten}
     * ({@link #NOT}, {@link #LABELS_ONLY}, {@link #ALL}): also ending a sequence after enough of a label, or before
     * a run (see {@link #longRun}).
     */
    private static Piece build(RegexSyntax.Node n, int maxElements, int shorten) {
        if (n instanceof RegexSyntax.Empty) {
            return new Piece(Automata.makeEmptyString(), false);
        }
        if (n instanceof RegexSyntax.Chars c) {
            return new Piece(chars(c), false);
        }
        if (n instanceof RegexSyntax.Seq seq) {
            return sequence(seq.items(), maxElements, shorten);
        }
        if (n instanceof RegexSyntax.Alt alt) {
            List<Automaton> branches = new ArrayList<>();
            boolean cut = false;
            for (RegexSyntax.Node b : alt.branches()) {
                Piece q = build(b, maxElements, shorten);
                if (q.automaton() == null) {
                    return new Piece(null, true); // one branch unknown: the whole choice is
                }
                branches.add(q.automaton());
                cut |= q.cut();
            }
            return new Piece(Operations.union(branches), cut);
        }
        if (n instanceof RegexSyntax.Repeat r) {
            Piece a = build(r.node(), maxElements, shorten);
            if (a.cut()) {
                // absent (min 0) or unknown: what follows is unknown, end before it; else every match starts with it
                return r.min() == 0 || a.automaton() == null ? new Piece(null, true) : a;
            }
            int max = r.max() - r.min() > RELAX_WIDER_THAN ? -1 : r.max();
            return new Piece(max < 0 ? Operations.repeat(a.automaton(), r.min())
                    : Operations.repeat(a.automaton(), r.min(), max), false);
        }
        return new Piece(null, true); // Unknown
    }

    /** Items one after the other, up to the first that is cut (kept, if a prefix of it is known) or unknown. */
    private static Piece sequence(List<RegexSyntax.Node> items, int maxElements, int shorten) {
        List<Automaton> parts = new ArrayList<>();
        int elements = 0;
        for (RegexSyntax.Node item : items) {
            if (item instanceof RegexSyntax.Empty) {
                continue;
            }
            if (elements >= maxElements || shorten != NOT && elements > 0 && endsBefore(item, parts, shorten)) {
                return new Piece(concat(parts), true);
            }
            Piece a = build(item, maxElements, shorten);
            if (a.automaton() == null) {
                return new Piece(concat(parts), true); // end before it: the prefix so far is known
            }
            parts.add(a.automaton());
            elements++;
            if (a.cut()) {
                return new Piece(concat(parts), true);
            }
        }
        return new Piece(concat(parts), false);
    }

    /** True when a shortened trigger ends after {@code parts}, before {@code item}. */
    private static boolean endsBefore(RegexSyntax.Node item, List<Automaton> parts, int shorten) {
        if (shorten == ALL && (broadRun(item) || longRun(item) && selective(concat(parts), BEFORE_A_RUN))) {
            return true;
        }
        return !narrow(item) && selective(concat(parts), ENOUGH);
    }

    /** A class this wide (a negated class, \p{L}, .) selects nothing worth a state of the union scan. */
    private static final int BROAD = 1024;

    /**
     * True for a run of a broad class of open length ([^\n:]{2,35}, [^\n]{0,40}?, \p{L}+): read backwards it is
     * alive on nearly every character of a text, and the union scan keeps a set of states for each of its counts
     * beside every other rule's (the SWIFT party rule's [^\n:]{2,35} lines alone were a third of the union's 21,000
     * states on 1 MB of mixed text). A trigger ends before it; the regex confirms what follows.
     */
    private static boolean broadRun(RegexSyntax.Node item) {
        return item instanceof RegexSyntax.Repeat r && (r.max() < 0 || r.max() - r.min() > RELAX_WIDER_THAN)
                && r.node() instanceof RegexSyntax.Chars c && c.chars().cardinality() > BROAD;
    }

    /** A repeat that can take this many chars or more is a run: {@code [0-9A-Za-z_-]{35}}, {@code (?: ?[A-Z0-9]{4}){2,7}}. */
    private static final int LONG_RUN = 8;
    /** A transition over at most this many chars is literal-like: a letter in either case, a digit, '@'. */
    private static final int NARROW = 2;
    /**
     * What a transition over {@code w} chars says about a text, in bits: log2(128 / w), none for 128 or more (ASCII
     * text as the reference): a literal 7, a letter in either case 6, a digit 3.7, [A-Z] 2.3, [A-Za-z0-9] 1.
     */
    private static final double REFERENCE_CHARS = 128;
    /** A prefix of this many bits on every path ({@code AIza}, {@code ghp_}, {@code [A-Z]{2}\d{2}}, {@code x@y}): a run ends it. */
    private static final double BEFORE_A_RUN = 8;
    /**
     * A prefix of this many bits on every path ({@code driver}, {@code :50K:}, {@code name}) ends the trigger before
     * the next part that is more than one literal-like char (a label's separators and value, an SSN's last four
     * digits): those add states to the union for every rule and few rejections. Ending only before parts of 8 or
     * more chars was measured too: 70,940 states on 2 MB of the probe sets' text against 9,608.
     */
    private static final double ENOUGH = 24;

    /**
     * True for a long or open run of more than a literal ({@code [0-9A-Za-z_-]{35}} of an API key, an IBAN's groups):
     * read backwards, every run of such characters in a text holds one state per count, beside every other rule's
     * states, and the union's lazy DFA multiplies them (a megabyte of the probe sets' text built 22,000 states from
     * the first 34 rules alone). After a selective prefix the run adds no selectivity worth those states: the regex
     * confirms it.
     */
    private static boolean longRun(RegexSyntax.Node item) {
        return item instanceof RegexSyntax.Repeat r && maxLength(r) >= LONG_RUN && !narrow(r.node());
    }

    /** The most chars {@code n} can match (Integer.MAX_VALUE: open). */
    private static int maxLength(RegexSyntax.Node n) {
        if (n instanceof RegexSyntax.Chars c) {
            return c.supplementary() ? 2 : 1;
        }
        if (n instanceof RegexSyntax.Seq seq) {
            long sum = 0;
            for (RegexSyntax.Node item : seq.items()) {
                sum += maxLength(item);
            }
            return (int) Math.min(sum, Integer.MAX_VALUE);
        }
        if (n instanceof RegexSyntax.Alt alt) {
            int max = 0;
            for (RegexSyntax.Node b : alt.branches()) {
                max = Math.max(max, maxLength(b));
            }
            return max;
        }
        if (n instanceof RegexSyntax.Repeat r) {
            return r.max() < 0 ? Integer.MAX_VALUE
                    : (int) Math.min((long) r.max() * maxLength(r.node()), Integer.MAX_VALUE);
        }
        return n instanceof RegexSyntax.Empty ? 0 : Integer.MAX_VALUE;
    }

    /** One literal-like char ({@code e}, {@code (?i)e}). */
    private static boolean narrow(RegexSyntax.Node item) {
        return item instanceof RegexSyntax.Chars c && c.chars().cardinality() <= NARROW && !c.supplementary();
    }

    /** True when every string {@code a} accepts says at least {@code bits} about a text (see {@link #REFERENCE_CHARS}). */
    static boolean selective(Automaton a, double bits) {
        // Dijkstra over the states, a transition weighing what it says
        int n = a.getNumStates();
        if (n == 0) {
            return false;
        }
        double[] cost = new double[n];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        java.util.PriorityQueue<double[]> queue = new java.util.PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
        cost[0] = 0;
        queue.add(new double[] {0, 0});
        Transition t = new Transition();
        while (!queue.isEmpty()) {
            double[] head = queue.poll();
            int s = (int) head[1];
            if (head[0] > cost[s]) {
                continue;
            }
            if (a.isAccept(s)) {
                return cost[s] >= bits; // the first accepting state taken is the cheapest
            }
            int k = a.initTransition(s, t);
            for (int i = 0; i < k; i++) {
                a.getNextTransition(t);
                double c = cost[s] + Math.max(0, Math.log(REFERENCE_CHARS / (t.max - t.min + 1)) / Math.log(2));
                if (c < cost[t.dest]) {
                    cost[t.dest] = c;
                    queue.add(new double[] {c, t.dest});
                }
            }
        }
        return false;
    }

    private static Automaton concat(List<Automaton> parts) {
        return parts.isEmpty() ? Automata.makeEmptyString() : parts.size() == 1 ? parts.get(0) : Operations.concatenate(parts);
    }

    /** One char of the set; with supplementary, also a surrogate pair (a supplementary code point is two chars). */
    private static Automaton chars(RegexSyntax.Chars c) {
        BitSet set = coarse(c.chars());
        Automaton a = new Automaton();
        int s0 = a.createState();
        int s1 = a.createState();
        a.setAccept(s1, true);
        for (int lo = set.nextSetBit(0); lo >= 0; ) {
            int hi = set.nextClearBit(lo) - 1;
            a.addTransition(s0, s1, lo, Math.min(hi, 0xFFFF));
            lo = hi + 1 > 0xFFFF ? -1 : set.nextSetBit(hi + 1);
        }
        if (c.supplementary()) {
            int mid = a.createState();
            a.addTransition(s0, mid, Character.MIN_HIGH_SURROGATE, Character.MAX_HIGH_SURROGATE);
            a.addTransition(mid, s1, Character.MIN_LOW_SURROGATE, Character.MAX_LOW_SURROGATE);
        }
        a.finishState();
        return a;
    }

    /** Gaps of at most this many characters inside a class are filled where {@link #exactAt} is false. */
    private static final int GAP = 64;

    /**
     * {@code exact} with its small gaps filled outside the scripts our rules tell apart: a trigger only has to
     * accept every start of its regex, and a Unicode-wide class (\p{L}, [^\p{L}\p{N}]) is hundreds of ranges
     * across rare scripts, each a transition of every state it stands in. Filled, the English name-label rule's
     * reverse determinizes in 0.17 s instead of 0.64 s; the regex still confirms every start.
     */
    static BitSet coarse(BitSet exact) {
        BitSet b = (BitSet) exact.clone();
        int end = -1; // end (exclusive) of the range before
        for (int lo = b.nextSetBit(0); lo >= 0 && lo <= 0xFFFF; lo = b.nextSetBit(end)) {
            if (end >= 0 && lo - end <= GAP && !exactAt(end) && !exactAt(lo - 1)) {
                b.set(end, lo);
            }
            end = b.nextClearBit(lo);
        }
        return b;
    }

    /**
     * Characters kept exact: ASCII and Latin-1, CJK punctuation and kana, the half- and full-width forms.
     * Elsewhere (Latin Extended, other scripts, symbols, kanji, Hangul) a class's small gaps are filled: Latin
     * Extended-A and -B alternate capital and small letter, so \p{Lu} or \p{Ll} kept exact there is over a
     * hundred ranges, each a transition of every state it stands in (the English name-label rule's reverse
     * took 2.9 s to determinize with them, most of a classifier's build).
     */
    static boolean exactAt(int c) {
        return c < 0x0100 || (c >= 0x3000 && c < 0x3100) || c >= 0xFF00;
    }
}
