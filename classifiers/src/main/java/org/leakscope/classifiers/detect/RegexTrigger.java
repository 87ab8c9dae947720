package org.leakscope.classifiers.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.util.automaton.Transition;

/**
 * A deterministic automaton (over UTF-16 chars) that accepts a prefix of every string a java.util.regex
 * {@link Pattern} can match: the regex's <em>trigger</em>. A match can only start where the trigger matches, so
 * a scan that finds every trigger start ({@link TriggerScan}) leaves the regex itself to confirm a few
 * positions. Read from the regex source and conservative by construction:
 * <ul>
 *   <li>look-arounds, {@code \b} and anchors are zero-width and dropped (the trigger may accept more, never less);
 *       lazy and possessive quantifiers become greedy ones (same or larger language);</li>
 *   <li>character classes, escapes and properties are not re-implemented: each atom is compiled on its own
 *       and tried on every BMP character, so its set is what java.util.regex accepts; a non-literal atom may
 *       also match a supplementary code point (two chars), which the trigger admits too;</li>
 *   <li>anything not understood (back references, comments mode, supplementary literals), and whatever
 *       follows a part too complex to determinize, ends the trigger there: a prefix of a match is still a
 *       prefix of a match.</li>
 * </ul>
 * {@link FirstChars} reads the same automaton's first transitions.
 */
public final class RegexTrigger {

    /** Effort Lucene may spend determinizing one trigger before it is cut shorter. */
    private static final int WORK_LIMIT = 20_000;
    /** A trigger with more states is cut shorter: the union scan stays small. */
    private static final int MAX_STATES = 400;
    /** Elements kept per sequence, tried from long to short until the trigger is small enough. */
    private static final int[] CUTS = {Integer.MAX_VALUE, 12, 6, 3, 2, 1};
    /**
     * A bounded repeat whose maximum exceeds its minimum by more is read as unbounded ({0,60} as *): more
     * strings, far fewer states, and the regex confirms the length anyway.
     */
    private static final int RELAX_WIDER_THAN = 8;

    private static final Map<String, BitSet> ATOMS = new ConcurrentHashMap<>();
    private static final Map<String, Automaton> CACHE = new ConcurrentHashMap<>();
    private static final Automaton NONE = Automata.makeEmpty();

    private RegexTrigger() {
    }

    /**
     * The trigger of {@code p}: deterministic, no dead states, not accepting the empty string; or null when
     * every position may start a match (the regex can match the empty string, or nothing is understood).
     */
    public static Automaton of(Pattern p) {
        if (CACHE.size() > 50_000) {
            CACHE.clear(); // patterns compiled per call elsewhere must not pile up
        }
        Automaton a = CACHE.computeIfAbsent(p.flags() + "\u0000" + p.pattern(), k -> compute(p));
        return a == NONE ? null : a;
    }

    /**
     * The characters a match of {@code p} can start with (a superset), or null when any position may start one:
     * the first transitions of the trigger, read from the automaton before it is determinized (cheap).
     */
    public static BitSet firstChars(Pattern p) {
        if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        Automaton a;
        try {
            a = Operations.removeDeadStates(new Parser(p.pattern(), p.flags(), Integer.MAX_VALUE).alternation().automaton());
        } catch (IllegalArgumentException | Unsupported e) {
            return null;
        }
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
        if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return NONE;
        }
        for (int cut : CUTS) {
            Automaton a;
            try {
                Parser parser = new Parser(p.pattern(), p.flags(), cut);
                a = parser.alternation().automaton();
                a = Operations.determinize(Operations.removeDeadStates(a), WORK_LIMIT);
            } catch (TooComplexToDeterminizeException | IllegalArgumentException | Unsupported e) {
                continue;
            }
            if (a.getNumStates() == 0 || a.isAccept(0)) {
                continue; // matches nothing we can tell, or the empty string: any position
            }
            if (a.getNumStates() <= MAX_STATES) {
                return a;
            }
        }
        return NONE;
    }

    /**
     * A piece of regex: what it matches (complete), or, once something was not understood or cut, what every
     * match of it starts with ({@code cut}: nothing after it may be appended).
     */
    private record Piece(Automaton automaton, boolean cut) {
        static Piece empty() {
            return new Piece(Automata.makeEmptyString(), false);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        final String s;
        final int maxElements;
        int pos;
        int flags;

        Parser(String s, int flags, int maxElements) {
            this.s = s;
            this.flags = flags;
            this.maxElements = maxElements;
        }

        Piece alternation() {
            List<Automaton> branches = new ArrayList<>();
            boolean cut = false;
            while (true) {
                Piece q = sequence();
                branches.add(q.automaton());
                cut |= q.cut();
                if (pos < s.length() && s.charAt(pos) == '|') {
                    pos++; // inline flags stay on across '|' until the group closes, as in java.util.regex
                    continue;
                }
                Automaton u = branches.size() == 1 ? branches.get(0) : Operations.union(branches);
                return new Piece(u, cut);
            }
        }

        /** A sequence up to '|' or ')'; once cut, the rest is skipped (still parsed, to find the group's end). */
        Piece sequence() {
            List<Automaton> parts = new ArrayList<>();
            boolean cut = false;
            int elements = 0;
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                if (cut) {
                    skipElement();
                    continue;
                }
                int before = pos;
                Piece a;
                try {
                    a = quantified();
                } catch (Unsupported e) {
                    pos = before;
                    skipElement();
                    cut = true;
                    continue;
                }
                if (a.automaton() != null) {
                    parts.add(a.automaton());
                    elements++;
                }
                cut = a.cut() || elements >= maxElements;
            }
            Automaton seq = parts.isEmpty() ? Automata.makeEmptyString()
                    : parts.size() == 1 ? parts.get(0) : Operations.concatenate(parts);
            return new Piece(seq, cut);
        }

        /** Skips one element (an atom and its quantifier) without building it. */
        void skipElement() {
            char c = s.charAt(pos);
            if (c == '(') {
                int depth = 0;
                while (pos < s.length()) {
                    char d = s.charAt(pos);
                    if (d == '\\') {
                        pos += 2;
                        continue;
                    }
                    if (d == '[') {
                        pos = classEnd(pos);
                        continue;
                    }
                    pos++;
                    if (d == '(') {
                        depth++;
                    } else if (d == ')' && --depth == 0) {
                        break;
                    }
                }
            } else if (c == '[') {
                pos = classEnd(pos);
            } else if (c == '\\') {
                if (s.startsWith("\\Q", pos)) {
                    int e = s.indexOf("\\E", pos + 2);
                    pos = e < 0 ? s.length() : e + 2;
                } else {
                    pos += 2;
                }
            } else {
                pos++;
            }
            skipQuantifier();
        }

        void skipQuantifier() {
            if (pos >= s.length()) {
                return;
            }
            char c = s.charAt(pos);
            if (c == '?' || c == '*' || c == '+') {
                pos++;
            } else if (c == '{' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
                int close = s.indexOf('}', pos);
                pos = close < 0 ? s.length() : close + 1;
            } else {
                return;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                pos++;
            }
        }

        /** An element; a null automaton for a zero-width one (look-around, anchor, inline flags). */
        Piece quantified() {
            Piece a = atom();
            if (pos >= s.length()) {
                return a;
            }
            char c = s.charAt(pos);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '*') {
                min = 0;
                max = -1;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = -1;
                pos++;
            } else if (c == '{' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = s.substring(pos + 1, close);
                int comma = body.indexOf(',');
                min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
                max = comma < 0 ? min : body.substring(comma + 1).isBlank() ? -1
                        : Integer.parseInt(body.substring(comma + 1).strip());
                pos = close + 1;
            } else {
                return a;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the greedy language holds theirs
            }
            if (a.automaton() == null) {
                return a; // a quantified zero-width element is still zero-width
            }
            if (a.cut()) {
                if (min == 0) {
                    throw new Unsupported(); // may be absent: what follows it is unknown, end before it
                }
                return a; // every match starts with one of its (cut) matches
            }
            if (max - min > RELAX_WIDER_THAN) {
                max = -1;
            }
            Automaton r = max < 0 ? Operations.repeat(a.automaton(), min) : Operations.repeat(a.automaton(), min, max);
            return new Piece(r, false);
        }

        Piece atom() {
            char c = s.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[': {
                    String cls = s.substring(pos, pos = classEnd(pos));
                    boolean supplementary = mayMatchSupplementary(cls);
                    return chars(evaluate(cls, supplementary), supplementary);
                }
                case '\\':
                    return escape();
                case '^':
                case '$':
                    pos++;
                    return new Piece(null, false);
                case '.':
                    pos++;
                    return chars(evaluate(".", true), true);
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported();
                default:
                    if (Character.isSurrogate(c)) {
                        throw new Unsupported();
                    }
                    pos++;
                    return chars(literal(c), false);
            }
        }

        Piece group() {
            int saved = flags;
            pos++;
            boolean zeroWidth = false;
            if (s.startsWith("?", pos)) {
                if (s.startsWith("?:", pos) || s.startsWith("?>", pos)) {
                    pos += 2;
                } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
                    pos += 2;
                    zeroWidth = true;
                } else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
                    pos += 3;
                    zeroWidth = true;
                } else if (s.startsWith("?<", pos)) {
                    int close = s.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    pos = close + 1;
                } else {
                    // inline flags: (?i) for the rest of the enclosing group, (?i:...) for this group
                    int k = pos + 1;
                    boolean on = true;
                    int f = flags;
                    while (k < s.length() && s.charAt(k) != ')' && s.charAt(k) != ':') {
                        char fl = s.charAt(k);
                        int bit = switch (fl) {
                            case 'i' -> Pattern.CASE_INSENSITIVE;
                            case 'u' -> Pattern.UNICODE_CASE;
                            case 'm' -> Pattern.MULTILINE;
                            case 's' -> Pattern.DOTALL;
                            case 'd' -> Pattern.UNIX_LINES;
                            case 'U' -> Pattern.UNICODE_CHARACTER_CLASS;
                            case '-' -> 0;
                            default -> throw new Unsupported();
                        };
                        if (fl == '-') {
                            on = false;
                        } else {
                            f = on ? f | bit : f & ~bit;
                        }
                        k++;
                    }
                    if (k >= s.length()) {
                        throw new Unsupported();
                    }
                    if (s.charAt(k) == ')') {
                        flags = f; // stays on for the rest of the enclosing group
                        pos = k + 1;
                        return new Piece(null, false);
                    }
                    flags = f;
                    pos = k + 1;
                }
            }
            Piece inner;
            try {
                inner = alternation();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw new Unsupported();
                }
            } finally {
                flags = saved; // also when this group is not understood: its flags never leak to siblings
            }
            pos++;
            return zeroWidth ? new Piece(null, false) : inner;
        }

        Piece escape() {
            if (pos + 1 >= s.length()) {
                throw new Unsupported();
            }
            char e = s.charAt(pos + 1);
            switch (e) {
                case 'b', 'B', 'A', 'G', 'z', 'Z' -> {
                    pos += 2;
                    return new Piece(null, false);
                }
                case 'Q' -> {
                    int end = s.indexOf("\\E", pos + 2);
                    String quoted = end < 0 ? s.substring(pos + 2) : s.substring(pos + 2, end);
                    pos = end < 0 ? s.length() : end + 2;
                    List<Automaton> parts = new ArrayList<>();
                    for (int i = 0; i < quoted.length(); i++) {
                        if (Character.isSurrogate(quoted.charAt(i))) {
                            throw new Unsupported();
                        }
                        parts.add(chars(literal(quoted.charAt(i)), false).automaton());
                    }
                    return new Piece(parts.isEmpty() ? Automata.makeEmptyString() : Operations.concatenate(parts), false);
                }
                case 'k', 'R', 'X' -> throw new Unsupported();
                default -> {
                    if (Character.isDigit(e) && e != '0') {
                        throw new Unsupported(); // back reference
                    }
                }
            }
            int end = pos + 2;
            if (e == 'p' || e == 'P' || e == 'x' || e == 'N') {
                if (end < s.length() && s.charAt(end) == '{') {
                    end = s.indexOf('}', end) + 1;
                    if (end <= 0) {
                        throw new Unsupported();
                    }
                } else if (e == 'x') {
                    end += 2;
                } else {
                    end += 1;
                }
            } else if (e == 'u') {
                end += 4;
                if (end <= s.length() && Character.isSurrogate((char) Integer.parseInt(s.substring(pos + 2, end), 16))) {
                    throw new Unsupported(); // half of a supplementary literal
                }
            } else if (e == 'c') {
                end += 1;
            } else if (e == '0') {
                while (end < s.length() && end < pos + 5 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                    end++;
                }
            }
            String atom = s.substring(pos, end);
            pos = end;
            boolean supplementary = mayMatchSupplementary(atom);
            return chars(evaluate(atom, supplementary), supplementary);
        }

        int classEnd(int start) {
            int depth = 0;
            int k = start;
            while (k < s.length()) {
                char c = s.charAt(k);
                if (c == '\\') {
                    if (k + 1 < s.length() && s.charAt(k + 1) == 'Q') {
                        throw new Unsupported();
                    }
                    k += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    if (k + 1 < s.length() && s.charAt(k + 1) == '^') {
                        k++;
                    }
                    if (k + 1 < s.length() && s.charAt(k + 1) == ']') {
                        throw new Unsupported(); // "[]..." : leave such classes alone
                    }
                } else if (c == ']') {
                    depth--;
                    if (depth == 0) {
                        return k + 1;
                    }
                }
                k++;
            }
            throw new Unsupported();
        }

        /** The characters one literal matches under the current flags (all its case variants). */
        BitSet literal(char c) {
            if ((flags & Pattern.CASE_INSENSITIVE) == 0) {
                BitSet b = new BitSet();
                b.set(c);
                return b;
            }
            BitSet b = new BitSet();
            b.set(c);
            if ((flags & Pattern.UNICODE_CASE) == 0) {
                if (c < 128 && Character.isLetter(c)) { // without UNICODE_CASE only US-ASCII letters fold
                    b.set(Character.toLowerCase(c));
                    b.set(Character.toUpperCase(c));
                }
                return b;
            }
            return CaseFolds.variants(c);
        }

        /**
         * False when the class or escape {@code atom} surely matches BMP characters only: no negation, no
         * property, no negated or Unicode-wide shorthand, no hex code point, no surrogate. Then neither it nor
         * the trigger needs the surrogates, which keeps the digit and letter triggers small.
         */
        boolean mayMatchSupplementary(String atom) {
            if (atom.startsWith("\\")) {
                char e = atom.charAt(1);
                if ("dwshv".indexOf(e) >= 0) {
                    return (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0;
                }
                return "DWSHVpPXNx".indexOf(e) >= 0; // \x{h...h} may name one; \x41 is a literal, counted in
            }
            if (atom.contains("^") || atom.contains("&&") || (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0) {
                return true;
            }
            for (int i = 0; i < atom.length(); i++) {
                char c = atom.charAt(i);
                if (Character.isSurrogate(c)) {
                    return true;
                }
                if (c == '\\' && i + 1 < atom.length()) {
                    if ("DWSHVpPXNx".indexOf(atom.charAt(i + 1)) >= 0) {
                        return true;
                    }
                    i++;
                }
            }
            return false;
        }

        /**
         * Every BMP character the single-character regex {@code atom} accepts under the current flags; with
         * {@code surrogates}, also every surrogate (the atom may match a supplementary code point).
         */
        BitSet evaluate(String atom, boolean surrogates) {
            int f = flags & (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL | Pattern.UNIX_LINES
                    | Pattern.UNICODE_CHARACTER_CLASS);
            return ATOMS.computeIfAbsent(f + "\u0000" + surrogates + "\u0000" + atom, k -> {
                Matcher m = Pattern.compile(atom, f).matcher("");
                BitSet b = new BitSet(65536);
                OneChar one = new OneChar();
                for (int c = 0; c < 65536; c++) {
                    if (Character.isSurrogate((char) c)) {
                        continue;
                    }
                    one.c = (char) c;
                    if (m.reset(one).matches()) {
                        b.set(c);
                    }
                }
                if (surrogates) {
                    b.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
                }
                return b;
            });
        }
    }

    /**
     * One char of {@code set}; with {@code supplementary}, also a surrogate pair (a class may match a
     * supplementary code point, which is two chars of the text).
     */
    private static Piece chars(BitSet set, boolean supplementary) {
        Automaton a = new Automaton();
        int s0 = a.createState();
        int s1 = a.createState();
        a.setAccept(s1, true);
        for (int lo = set.nextSetBit(0); lo >= 0; ) {
            int hi = set.nextClearBit(lo) - 1;
            a.addTransition(s0, s1, lo, Math.min(hi, 0xFFFF));
            lo = hi + 1 > 0xFFFF ? -1 : set.nextSetBit(hi + 1);
        }
        if (supplementary) {
            int mid = a.createState();
            a.addTransition(s0, mid, Character.MIN_HIGH_SURROGATE, Character.MAX_HIGH_SURROGATE);
            a.addTransition(mid, s1, Character.MIN_LOW_SURROGATE, Character.MAX_LOW_SURROGATE);
        }
        a.finishState();
        return new Piece(a, false);
    }

    /**
     * The case fold (lower case of upper case) of every BMP character: java.util.regex compares characters so
     * under CASE_INSENSITIVE | UNICODE_CASE. Built once; a literal's variants are then one array comparison
     * per character instead of one regex match.
     */
    private static final class CaseFolds {
        static final char[] FOLD = new char[65536];

        static {
            for (int c = 0; c < 65536; c++) {
                FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
            }
        }

        static final Map<Character, BitSet> VARIANTS = new ConcurrentHashMap<>();

        static BitSet variants(char c) {
            return VARIANTS.computeIfAbsent(c, CaseFolds::computeVariants);
        }

        private static BitSet computeVariants(char c) {
            BitSet b = new BitSet();
            char f = FOLD[c];
            for (int x = 0; x < 65536; x++) {
                if (FOLD[x] == f && !Character.isSurrogate((char) x)) {
                    b.set(x);
                }
            }
            b.set(c);
            return b;
        }
    }

    /** A reusable one-character CharSequence for trying an atom on every character. */
    private static final class OneChar implements CharSequence {
        char c;

        @Override
        public int length() {
            return 1;
        }

        @Override
        public char charAt(int index) {
            return c;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return start == end ? "" : String.valueOf(c);
        }

        @Override
        public String toString() {
            return String.valueOf(c);
        }
    }
}
