package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.RegexSyntax;

/**
 * The keywords of a regex, read from its source: a set of literals such that every match holds one of them,
 * as {@link KeywordAutomaton} sees text (case folded, whitespace dropped). "(?://)?SECRET" gives {secret};
 * "DIST(?:RIBUTION|\.)\s+STATEMENT" gives {distributionstatement, dist.statement}; a stamp of 秘, 省秘, 秘密
 * gives {秘}. The rule pack therefore needs no hand-written keyword list that could fall out of step with
 * its regexes: the keywords are derived from the very regex that is run.
 *
 * <p>Read from the regex's {@link RegexSyntax} tree, conservatively: a part not understood there guarantees
 * nothing, and a regex with no keyword gives {@code null}, meaning "always run the regex". Whitespace in the regex
 * (a space, {@code \s}, {@code [\s]*}) stands for nothing, because the scanner drops whitespace from the text:
 * that is what lets one keyword cover "TOP SECRET", "TOPSECRET" and letter-spaced "T O P  S E C R E T".
 */
final class RequiredLiterals {

    /** Above this many strings a piece's exact set is given up (an alternation of 30 words times 3 prefixes). */
    private static final int MAX_EXACT = 64;
    /**
     * Keywords are cut to this many characters: text holding a keyword holds its prefix, and 64 spellings of
     * "distribution is authorized to the Department of Defense ..." need not be 64 paths of the automaton.
     */
    static final int MAX_LENGTH = 20;
    /** A keyword set must be at least this selective: two ASCII letters or one CJK character (see weight). */
    static final int MIN_WEIGHT = 2;

    private RequiredLiterals() {
    }

    /** The keywords of {@code p} (folded, whitespace-free, none containing another), or null when none are known. */
    static Set<String> of(Pattern p) {
        RegexSyntax.Node tree = RegexSyntax.parse(p);
        if (tree instanceof RegexSyntax.Unknown) {
            return null;
        }
        Info root = info(tree);
        Set<String> best = better(root.any(), usable(root.exact()));
        if (best == null) {
            return null;
        }
        Set<String> cut = new TreeSet<>();
        best.forEach(k -> cut.add(k.length() > MAX_LENGTH ? k.substring(0, MAX_LENGTH) : k));
        best = minimal(cut);
        return weight(best) < MIN_WEIGHT ? null : best;
    }

    /** At most this many keyword sets are required together ({@link #allOf}). */
    static final int MAX_CLAUSES = 3;

    /**
     * Keyword sets every match holds one of each of, the most selective first (the first is {@link #of}'s): a
     * notice of the form "This document ... ITAR" holds "this" or another opening word and one of the regulation's
     * names, and text is a candidate only where both stand. An empty list when none is known.
     */
    static List<Set<String>> allOf(Pattern p) {
        Set<String> best = of(p);
        if (best == null) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>();
        out.add(best);
        List<Set<String>> more = new ArrayList<>();
        for (Set<String> c : clauses(RegexSyntax.parse(p))) {
            Set<String> k = finished(c);
            // a further set pays for its keywords' occurrences in every text: it is kept when more selective than two
            // letters and sharing with the first only long words (a set both hold "this" of selects nothing more)
            if (k != null && weight(k) > MIN_WEIGHT && !k.containsAll(best) && inNone(k, best, SHARED_WEIGHT)
                    && !more.contains(k)) {
                more.add(k);
            }
        }
        more.sort(SELECTIVE_FIRST);
        for (Set<String> k : more) {
            if (out.size() < MAX_CLAUSES) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Whether every keyword of {@code b} that holds a keyword of {@code a} weighs {@code shared} or more: text holding
     * such a keyword of b holds one of a's too, so a second set a selects nothing more where b's keyword is common
     * ("this" in both; "ear" inside the rare "subjecttotheear" is harmless).
     */
    private static boolean inNone(Set<String> a, Set<String> b, int shared) {
        for (String x : b) {
            if (weight(Set.of(x)) < shared && a.stream().anyMatch(x::contains)) {
                return false;
            }
        }
        return true;
    }

    /** A keyword two required sets may both hold (or one inside the other's): long enough to be rare in text. */
    private static final int SHARED_WEIGHT = 7;

    private static final Comparator<Set<String>> SELECTIVE_FIRST =
            Comparator.<Set<String>>comparingInt(RequiredLiterals::weight).reversed().thenComparingInt(Set::size);

    /** A raw keyword set cut to {@link #MAX_LENGTH} and made minimal, or null when it is not selective enough. */
    private static Set<String> finished(Set<String> raw) {
        Set<String> cut = new TreeSet<>();
        raw.forEach(k -> cut.add(k.length() > MAX_LENGTH ? k.substring(0, MAX_LENGTH) : k));
        Set<String> m = minimal(cut);
        return m == null || weight(m) < MIN_WEIGHT ? null : m;
    }

    /**
     * Keyword sets each of which every match of {@code n} holds one of (unfinished). A sequence holds what each of
     * its pieces holds; an alternation holds the union of one set of each branch (each match is one branch's, so it
     * holds one of that branch's sets): of the best sets, and of sets that select something more than those.
     */
    private static List<Set<String>> clauses(RegexSyntax.Node n) {
        List<Set<String>> out = new ArrayList<>();
        if (n instanceof RegexSyntax.Unknown || n instanceof RegexSyntax.Empty) {
            return out;
        }
        Set<String> whole = info(n).required();
        if (whole != null) {
            out.add(whole);
        }
        if (n instanceof RegexSyntax.Seq seq) {
            // each run of exact pieces multiplied out (as sequence() does), and what the other pieces require
            Set<String> run = Set.of("");
            for (RegexSyntax.Node item : seq.items()) {
                Info a = info(item);
                Set<String> joined = a.exact() == null ? null : cross(run, a.exact());
                if (joined != null) {
                    run = joined;
                    continue;
                }
                addUsable(out, run);
                addUsable(out, a.exact());
                run = a.exact() != null && a.exact().size() <= MAX_EXACT ? a.exact() : Set.of("");
                out.addAll(clauses(item));
            }
            addUsable(out, run);
        } else if (n instanceof RegexSyntax.Repeat r && r.min() >= 1) {
            out.addAll(clauses(r.node()));
        } else if (n instanceof RegexSyntax.Alt alt) {
            List<List<Set<String>>> perBranch = new ArrayList<>();
            for (RegexSyntax.Node b : alt.branches()) {
                List<Set<String>> cs = new ArrayList<>();
                for (Set<String> c : clauses(b)) {
                    Set<String> k = finished(c);
                    if (k != null && !cs.contains(k)) {
                        cs.add(k);
                    }
                }
                if (cs.isEmpty()) {
                    return out; // a branch guarantees nothing: so does the alternation, beyond its whole set
                }
                cs.sort(SELECTIVE_FIRST);
                perBranch.add(cs);
            }
            // the best set of each branch (the whole's), then of each branch the best set whose keywords no common
            // keyword of that union holds: a second set that repeats the first's "this" would select nothing more
            Set<String> first = new TreeSet<>();
            perBranch.forEach(cs -> first.addAll(cs.get(0)));
            Set<String> second = new TreeSet<>();
            for (List<Set<String>> cs : perBranch) {
                second.addAll(cs.stream().filter(c -> inNone(c, first, Integer.MAX_VALUE)).findFirst()
                        .or(() -> cs.stream().skip(1).filter(c -> inNone(c, first, SHARED_WEIGHT)).findFirst())
                        .orElse(cs.get(0)));
            }
            out.add(first);
            out.add(second);
        }
        return out;
    }

    private static void addUsable(List<Set<String>> out, Set<String> exact) {
        Set<String> u = usable(exact);
        if (u != null) {
            out.add(u);
        }
    }

    /** What text {@code c} stands for to the scanner: lower(upper(c)), as java.util.regex folds under UNICODE_CASE. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whitespace the scanner drops (everything \s matches, and more: dropping more only adds candidates). */
    static boolean skipped(char c) {
        return c == 0 || c == '\u0085' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code s} folded, whitespace dropped. */
    static String canonical(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!skipped(c)) {
                b.append(fold(c));
            }
        }
        return b.toString();
    }

    /**
     * What one piece of regex can match. {@code exact}: every string it can match (canonical), or null when
     * unknown or too many; {@code any}: a set one of which every match holds, or null.
     */
    private record Info(Set<String> exact, Set<String> any) {
        static final Info UNKNOWN = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), null);

        static Info literal(String s) {
            return new Info(Set.of(canonical(s)), null);
        }

        /** The best set this piece guarantees on its own. */
        Set<String> required() {
            return better(any, usable(exact));
        }
    }

    /** An exact set is a keyword set only when it cannot match the empty string. */
    private static Set<String> usable(Set<String> exact) {
        return exact == null || exact.isEmpty() || exact.contains("") ? null : exact;
    }

    /** The more selective of two keyword sets (either may be null). */
    private static Set<String> better(Set<String> a, Set<String> b) {
        a = minimal(a);
        b = minimal(b);
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int wa = weight(a);
        int wb = weight(b);
        return wa != wb ? (wa > wb ? a : b) : (a.size() <= b.size() ? a : b);
    }

    /** Drops a keyword that holds another: text holding the longer one holds the shorter one too. */
    private static Set<String> minimal(Set<String> s) {
        if (s == null || s.isEmpty() || s.contains("")) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        for (String k : s) {
            boolean redundant = false;
            for (String o : s) {
                if (!o.equals(k) && k.contains(o)) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                out.add(k);
            }
        }
        return out;
    }

    /** How selective a keyword set is: its weakest keyword, ASCII characters 1 each, others (CJK) 2. */
    static int weight(Set<String> keywords) {
        int min = Integer.MAX_VALUE;
        for (String k : keywords) {
            int w = 0;
            for (int i = 0; i < k.length(); i++) {
                w += k.charAt(i) < 0x80 ? 1 : 2;
            }
            min = Math.min(min, w);
        }
        return min;
    }

    private static Set<String> cross(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_EXACT) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    /** What a piece of the regex tree guarantees. */
    private static Info info(RegexSyntax.Node n) {
        if (n instanceof RegexSyntax.Empty) {
            return Info.EMPTY;
        }
        if (n instanceof RegexSyntax.Chars c) {
            return chars(c);
        }
        if (n instanceof RegexSyntax.Seq seq) {
            return sequence(seq.items());
        }
        if (n instanceof RegexSyntax.Alt alt) {
            return alternation(alt.branches());
        }
        if (n instanceof RegexSyntax.Repeat r) {
            return repeat(info(r.node()), r.min(), r.max() < 0 ? Integer.MAX_VALUE : r.max());
        }
        return Info.UNKNOWN;
    }

    /**
     * A set of a few characters (a literal and its case variants, [sz], [:：], [○〇◯], \s) is an exact set of
     * canonical strings (whitespace stands for ""); anything larger, or what may match two chars, is unknown.
     */
    private static Info chars(RegexSyntax.Chars c) {
        if (c.supplementary() || c.chars().cardinality() > 64) {
            return Info.UNKNOWN;
        }
        Set<String> out = new LinkedHashSet<>();
        for (int x = c.chars().nextSetBit(0); x >= 0; x = c.chars().nextSetBit(x + 1)) {
            out.add(canonical(String.valueOf((char) x)));
        }
        return out.size() <= 8 ? new Info(out, null) : Info.UNKNOWN;
    }

    private static Info alternation(List<RegexSyntax.Node> branches) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> any = new LinkedHashSet<>();
        for (RegexSyntax.Node node : branches) {
            Info b = info(node);
            if (exact != null) {
                if (b.exact() == null) {
                    exact = null;
                } else {
                    exact.addAll(b.exact());
                    if (exact.size() > MAX_EXACT) {
                        exact = null;
                    }
                }
            }
            Set<String> r = b.required();
            if (any != null) {
                if (r == null) {
                    any = null;
                } else {
                    any.addAll(r);
                }
            }
        }
        return new Info(exact, any);
    }

    /** A concatenation: runs of exact pieces are multiplied out; the best run or piece is the keyword set. */
    private static Info sequence(List<RegexSyntax.Node> items) {
        Set<String> run = Set.of("");
        boolean allExact = true;
        Set<String> best = null;
        for (RegexSyntax.Node item : items) {
            Info a = info(item);
            best = better(best, a.any());
            Set<String> joined = a.exact() == null ? null : cross(run, a.exact());
            if (joined != null) {
                run = joined;
                continue;
            }
            allExact = false;
            best = better(best, usable(run));
            best = better(best, usable(a.exact()));
            run = a.exact() != null && a.exact().size() <= MAX_EXACT ? a.exact() : Set.of("");
        }
        best = better(best, usable(run));
        return new Info(allExact ? run : null, best);
    }

    private static Info repeat(Info a, int min, int max) {
        if (min == 1 && max == 1) {
            return a;
        }
        if (min == 0) {
            // may be absent: no keyword of its own; "x?" keeps a small exact set with the empty string
            if (max == 1 && a.exact() != null) {
                Set<String> e = new LinkedHashSet<>(a.exact());
                e.add("");
                return new Info(e, null);
            }
            return a.exact() != null && a.exact().equals(Set.of("")) ? Info.EMPTY : Info.UNKNOWN;
        }
        // at least once: whatever one occurrence guarantees still holds
        return new Info(a.exact() != null && a.exact().equals(Set.of("")) ? Set.of("") : null, a.required());
    }
}
