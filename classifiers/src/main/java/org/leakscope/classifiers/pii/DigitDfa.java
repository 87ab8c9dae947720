package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.MinimizationOperations;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;
import org.leakscope.classifiers.detect.RegexSyntax;

/**
 * A deterministic automaton over the ASCII digits as a table: one array read a digit, no allocation. What
 * {@link NationalShape} walks a run of digit groups with, instead of matching libphonenumber's regexes once
 * per run and per reading (a Matcher over the union of a country's number types cost more than the match).
 */
final class DigitDfa {

    /** Dead: no string going on from here is accepted. */
    static final int DEAD = -1;

    /** Effort Lucene may spend determinizing; libphonenumber's digit patterns need far less. */
    private static final int WORK_LIMIT = 1_000_000;

    /** {@code next[state * 10 + digit]}: the next state or DEAD. */
    private final int[] next;
    private final boolean[] accept;

    private DigitDfa(int[] next, boolean[] accept) {
        this.next = next;
        this.accept = accept;
    }

    /** The table of {@code a} (any automaton) over the chars '0'..'9'. */
    static DigitDfa of(Automaton a) {
        Automaton d = MinimizationOperations.minimize(
                Operations.intersection(a, Operations.repeat(digit())), WORK_LIMIT);
        int states = d.getNumStates();
        int[] next = new int[Math.max(1, states) * 10];
        Arrays.fill(next, DEAD);
        boolean[] accept = new boolean[Math.max(1, states)];
        Transition t = new Transition();
        for (int s = 0; s < states; s++) {
            accept[s] = d.isAccept(s);
            int n = d.initTransition(s, t);
            for (int k = 0; k < n; k++) {
                d.getNextTransition(t);
                for (int c = Math.max(t.min, '0'); c <= Math.min(t.max, '9'); c++) {
                    next[s * 10 + c - '0'] = t.dest;
                }
            }
        }
        return new DigitDfa(next, accept);
    }

    /** The state to start a walk in. */
    int start() {
        return 0;
    }

    /** The state after {@code digit} ('0'..'9') from {@code state} (not DEAD). */
    int step(int state, char digit) {
        return next[state * 10 + digit - '0'];
    }

    boolean accepts(int state) {
        return accept[state];
    }

    /** Whether the automaton accepts {@code digits} (ASCII digits) as a whole. */
    boolean accepts(CharSequence digits) {
        int state = start();
        for (int i = 0; i < digits.length() && state != DEAD; i++) {
            state = step(state, digits.charAt(i));
        }
        return state != DEAD && accepts(state);
    }

    /** One digit, '0'..'9'. */
    static Automaton digit() {
        return Automata.makeCharRange('0', '9');
    }

    /** Any digits after {@code a}'s strings. */
    static Automaton followedByAny(Automaton a) {
        return Operations.concatenate(List.of(a, Operations.repeat(digit())));
    }

    /**
     * The strings one of {@code regexes} matches as a whole (minimal, deterministic), or null when one has no
     * exact automaton ({@link #ofRegex}). Each is determinized alone: the union of a country's 250 number types
     * determinizes far faster so than as one pattern.
     */
    static Automaton anyOf(List<String> regexes) {
        List<Automaton> each = new ArrayList<>(regexes.size());
        for (String r : regexes) {
            Automaton a = ofRegex(r);
            if (a == null) {
                return null;
            }
            each.add(Operations.determinize(a, WORK_LIMIT));
        }
        return MinimizationOperations.minimize(Operations.union(each), WORK_LIMIT);
    }

    /**
     * The strings {@code regex} matches as a whole, or null when it is not written with digits, classes, groups,
     * alternatives and greedy or lazy repeats only: anything else (an anchor, a look-around, a possessive repeat,
     * an escape but \d) may not mean what its automaton would, and the caller keeps the regex.
     */
    static Automaton ofRegex(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean escapedDigit = c == '\\' && i + 1 < regex.length() && regex.charAt(i + 1) == 'd';
            boolean possessive = c == '+' && i > 0 && "?*+}".indexOf(regex.charAt(i - 1)) >= 0;
            if (escapedDigit) {
                i++;
            } else if (possessive || "0123456789[]()?:{},|*+-".indexOf(c) < 0) {
                return null;
            }
        }
        return build(RegexSyntax.parse(Pattern.compile(regex)));
    }

    private static Automaton build(RegexSyntax.Node n) {
        if (n instanceof RegexSyntax.Chars c) {
            if (c.supplementary()) {
                return null;
            }
            Automaton a = Automata.makeEmpty();
            for (int lo = c.chars().nextSetBit(0); lo >= 0; lo = c.chars().nextSetBit(lo + 1)) {
                int hi = c.chars().nextClearBit(lo) - 1;
                a = Operations.union(a, Automata.makeCharRange(lo, hi));
                lo = hi;
            }
            return a;
        }
        if (n instanceof RegexSyntax.Seq seq) {
            return all(seq.items(), true);
        }
        if (n instanceof RegexSyntax.Alt alt) {
            return all(alt.branches(), false);
        }
        if (n instanceof RegexSyntax.Repeat r) {
            Automaton a = build(r.node());
            return a == null ? null : r.max() < 0 ? Operations.repeat(a, r.min()) : Operations.repeat(a, r.min(), r.max());
        }
        if (n instanceof RegexSyntax.Empty) {
            return Automata.makeEmptyString(); // "()": the source check leaves no zero-width construct
        }
        return null;
    }

    private static Automaton all(List<RegexSyntax.Node> nodes, boolean concatenate) {
        Automaton[] parts = new Automaton[nodes.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = build(nodes.get(i));
            if (parts[i] == null) {
                return null;
            }
        }
        return concatenate ? Operations.concatenate(List.of(parts)) : Operations.union(List.of(parts));
    }
}
