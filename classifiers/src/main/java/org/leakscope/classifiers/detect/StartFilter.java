package org.leakscope.classifiers.detect;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.RunAutomaton;

/**
 * What can be told cheaply of whether a match of a regex starts at a position, before {@code lookingAt()} is asked
 * (each ask resets the matcher and fails on most starts a trigger lets through):
 * <ul>
 *   <li>the char before: what the look-behind, {@code \b} or {@code ^} every match opens with says of it. A
 *       trigger cannot say it (its automaton starts at the match): {@code \b\d{1,6} [A-Z]} had a start at every
 *       digit of "3053 Oak Avenue". Only zero-width elements every match begins with count
 *       ({@code (?<v>\b\d…)}, {@code (?<![\d-])(?<v>\d…)}, {@code (?m)^[ \t]*…}, each branch of a choice): a
 *       one-char look-behind, a {@code \b} before chars that are all word chars; a surrogate or a mark before a
 *       start never rules it out;</li>
 *   <li>the chars from the start on: {@link RegexTrigger#confirming} (the rule's shape, not shortened as its
 *       trigger is) run forward until it accepts or fails.</li>
 * </ul>
 */
public final class StartFilter {

    private static final Map<Pattern, StartFilter> BY_PATTERN = new ConcurrentHashMap<>();
    private static final StartFilter ANY = new StartFilter(null, true, null);

    private final BitSet before;
    private final boolean atStart;
    private final RunAutomaton confirm;

    private StartFilter(BitSet before, boolean atStart, RunAutomaton confirm) {
        this.before = before;
        this.atStart = atStart;
        this.confirm = confirm;
    }

    /** The filter of {@code p} (one that admits every start when nothing is known). */
    public static StartFilter of(Pattern p) {
        StartFilter known = BY_PATTERN.get(p); // Pattern has identity equality: a cheap lookup per call
        if (known == null) {
            if (BY_PATTERN.size() > 50_000) {
                BY_PATTERN.clear(); // patterns compiled per call elsewhere must not pile up
            }
            RegexSyntax.Before b = lead(RegexSyntax.parse(p));
            // a char set that lets every char and the start through says nothing
            boolean none = b == null || b.atStart() && b.chars().cardinality() == 65536;
            Automaton a = RegexTrigger.confirming(p);
            RunAutomaton confirm = a == null ? null : new CharacterRunAutomaton(a);
            known = none && confirm == null ? ANY : new StartFilter(none ? null : b.chars(), none || b.atStart(), confirm);
            BY_PATTERN.put(p, known);
        }
        return known;
    }

    /** False when no match can start at {@code start} of {@code text}. */
    public boolean admits(CharSequence text, int start) {
        if (before != null && !(start == 0 ? atStart : before.get(text.charAt(start - 1)))) {
            return false;
        }
        return confirm == null || RegexTrigger.mayMatchAt(confirm, text, start);
    }

    /** {@code p.matcher(s).matches()}, without the regex when no match of {@code p} can start at 0 of {@code s}. */
    public static boolean matches(Pattern p, String s) {
        return of(p).admits(s, 0) && p.matcher(s).matches();
    }

    /** What every match of {@code n} demands of the char before it; null: nothing known. */
    static RegexSyntax.Before lead(RegexSyntax.Node n) {
        if (n instanceof RegexSyntax.Seq seq) {
            RegexSyntax.Before acc = null;
            for (int i = 0; i < seq.items().size(); i++) {
                RegexSyntax.Node item = seq.items().get(i);
                if (!(item instanceof RegexSyntax.Empty e)) {
                    return and(acc, lead(item));
                }
                RegexSyntax.Before b = e.before();
                if (b != null && b.boundary()) {
                    // \b before word chars only: no word char before; else it says nothing here
                    BitSet next = firstChars(seq.items().subList(i + 1, seq.items().size()));
                    b = next != null && !next.isEmpty() && !next.intersects(b.chars())
                            ? new RegexSyntax.Before(b.chars(), true, false) : null;
                }
                acc = and(acc, b);
            }
            return acc;
        }
        if (n instanceof RegexSyntax.Alt alt) {
            BitSet chars = new BitSet(65536);
            boolean atStart = false;
            for (RegexSyntax.Node branch : alt.branches()) {
                RegexSyntax.Before b = lead(branch);
                if (b == null) {
                    return null;
                }
                chars.or(b.chars());
                atStart |= b.atStart();
            }
            return new RegexSyntax.Before(chars, atStart, false);
        }
        if (n instanceof RegexSyntax.Repeat r) {
            return r.min() == 0 ? null : lead(r.node());
        }
        if (n instanceof RegexSyntax.Empty e) {
            return e.before() == null || e.before().boundary() ? null : e.before();
        }
        return null;
    }

    private static RegexSyntax.Before and(RegexSyntax.Before a, RegexSyntax.Before b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        BitSet chars = (BitSet) a.chars().clone();
        chars.and(b.chars());
        return new RegexSyntax.Before(chars, a.atStart() && b.atStart(), false);
    }

    /** The chars a match of {@code items} (one after the other) can start with; null: not known. */
    private static BitSet firstChars(java.util.List<RegexSyntax.Node> items) {
        for (RegexSyntax.Node item : items) {
            if (!(item instanceof RegexSyntax.Empty)) {
                return firstChars(item);
            }
        }
        return null;
    }

    private static BitSet firstChars(RegexSyntax.Node n) {
        if (n instanceof RegexSyntax.Chars c) {
            return c.chars();
        }
        if (n instanceof RegexSyntax.Repeat r) {
            return r.min() == 0 ? null : firstChars(r.node());
        }
        if (n instanceof RegexSyntax.Seq seq) {
            return firstChars(seq.items());
        }
        if (n instanceof RegexSyntax.Alt alt) {
            BitSet all = new BitSet(65536);
            for (RegexSyntax.Node branch : alt.branches()) {
                BitSet b = firstChars(branch);
                if (b == null) {
                    return null;
                }
                all.or(b);
            }
            return all;
        }
        return null;
    }
}
