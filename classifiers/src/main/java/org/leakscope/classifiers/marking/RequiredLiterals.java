package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The keywords of a regex, read from its source: a set of literals such that every match holds one of them,
 * as {@link KeywordAutomaton} sees text (case folded, whitespace dropped). "(?://)?SECRET" gives {secret};
 * "DIST(?:RIBUTION|\.)\s+STATEMENT" gives {distributionstatement, dist.statement}; a stamp of 秘, 省秘, 秘密
 * gives {秘}. The rule pack therefore needs no hand-written keyword list that could fall out of step with
 * its regexes: the keywords are derived from the very regex that is run.
 *
 * <p>Conservative: a construct not understood here (back references, comments mode, classes with
 * intersections) gives {@code null}, meaning "no keyword: always run the regex". Whitespace in the regex
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
        if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        try {
            Parser parser = new Parser(p.pattern());
            Info root = parser.alternation();
            if (parser.pos != parser.s.length()) {
                return null;
            }
            Set<String> best = better(root.any(), usable(root.exact()));
            if (best == null) {
                return null;
            }
            Set<String> cut = new TreeSet<>();
            best.forEach(k -> cut.add(k.length() > MAX_LENGTH ? k.substring(0, MAX_LENGTH) : k));
            best = minimal(cut);
            return weight(best) < MIN_WEIGHT ? null : best;
        } catch (Unsupported e) {
            return null;
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

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Recursive descent over java.util.regex syntax; throws Unsupported for anything it cannot vouch for. */
    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        Info alternation() {
            List<Info> branches = new ArrayList<>();
            while (true) {
                branches.add(sequence());
                if (pos < s.length() && s.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                break;
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            Set<String> any = new LinkedHashSet<>();
            for (Info b : branches) {
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
        Info sequence() {
            Set<String> run = Set.of("");
            boolean allExact = true;
            Set<String> best = null;
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                Info a = quantified();
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

        Info quantified() {
            Info a = atom();
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
                max = Integer.MAX_VALUE;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = Integer.MAX_VALUE;
                pos++;
            } else if (c == '{') {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = s.substring(pos + 1, close);
                try {
                    int comma = body.indexOf(',');
                    min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
                    max = comma < 0 ? min : body.substring(comma + 1).isBlank() ? Integer.MAX_VALUE
                            : Integer.parseInt(body.substring(comma + 1).strip());
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                return a;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same strings
            }
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

        Info atom() {
            char c = s.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '^':
                case '$':
                    pos++;
                    return Info.EMPTY;
                case '.':
                    pos++;
                    return Info.UNKNOWN;
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported();
                default:
                    if (Character.isSurrogate(c)) {
                        throw new Unsupported(); // case folding of supplementary letters: not vouched for
                    }
                    pos++;
                    return Info.literal(String.valueOf(c));
            }
        }

        Info group() {
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
                    // inline flags: case does not matter (the scanner folds), comments mode would
                    int k = pos + 1;
                    while (k < s.length() && s.charAt(k) != ')' && s.charAt(k) != ':') {
                        if ("iusdmU-".indexOf(s.charAt(k)) < 0) {
                            throw new Unsupported();
                        }
                        k++;
                    }
                    if (k >= s.length()) {
                        throw new Unsupported();
                    }
                    pos = k + 1;
                    if (s.charAt(k) == ')') {
                        return Info.EMPTY;
                    }
                }
            }
            Info inner = alternation();
            if (pos >= s.length() || s.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
            return zeroWidth ? Info.EMPTY : inner;
        }

        Info escape() {
            if (pos + 1 >= s.length()) {
                throw new Unsupported();
            }
            char e = s.charAt(pos + 1);
            pos += 2;
            switch (e) {
                case 'b', 'B', 'A', 'G', 'z', 'Z', 's', 't', 'n', 'r', 'f':
                    return Info.EMPTY; // zero width, or whitespace the scanner drops
                case 'Q': {
                    int end = s.indexOf("\\E", pos);
                    String quoted = end < 0 ? s.substring(pos) : s.substring(pos, end);
                    pos = end < 0 ? s.length() : end + 2;
                    for (int i = 0; i < quoted.length(); i++) {
                        if (Character.isSurrogate(quoted.charAt(i))) {
                            throw new Unsupported();
                        }
                    }
                    return Info.literal(quoted);
                }
                case 'u': {
                    char c = hex(4);
                    return Info.literal(String.valueOf(c));
                }
                case 'x': {
                    if (pos < s.length() && s.charAt(pos) == '{') {
                        throw new Unsupported();
                    }
                    return Info.literal(String.valueOf(hex(2)));
                }
                case 'p', 'P': {
                    if (pos < s.length() && s.charAt(pos) == '{') {
                        int close = s.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        pos = close + 1;
                    } else {
                        pos++;
                    }
                    return Info.UNKNOWN;
                }
                case 'd', 'D', 'w', 'W', 'S', 'h', 'H', 'v', 'V':
                    return Info.UNKNOWN;
                default:
                    if (Character.isLetterOrDigit(e)) {
                        throw new Unsupported(); // back references, \k, \R, \X, \N, \c, \0, \e, \a ...
                    }
                    return Info.literal(String.valueOf(e));
            }
        }

        char hex(int digits) {
            if (pos + digits > s.length()) {
                throw new Unsupported();
            }
            try {
                char c = (char) Integer.parseInt(s.substring(pos, pos + digits), 16);
                pos += digits;
                if (Character.isSurrogate(c)) {
                    throw new Unsupported();
                }
                return c;
            } catch (NumberFormatException ex) {
                throw new Unsupported();
            }
        }

        /**
         * A class of a few literal characters ([sz], [:：], [○〇◯], [\s-]) is an exact set (whitespace stands
         * for ""); anything larger, negated, nested or holding \d, \w, \p{..} is unknown.
         */
        Info charClass() {
            int start = pos;
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '^' || s.charAt(pos) == ']')) {
                skipClass(start);
                return Info.UNKNOWN;
            }
            Set<String> chars = new LinkedHashSet<>();
            boolean known = true;
            int prev = -1; // the last literal, for a range
            while (true) {
                if (pos >= s.length()) {
                    throw new Unsupported();
                }
                char c = s.charAt(pos);
                if (c == ']') {
                    pos++;
                    break;
                }
                if (c == '[' || s.startsWith("&&", pos)) {
                    skipClass(start);
                    return Info.UNKNOWN;
                }
                if (c == '-' && prev >= 0 && pos + 1 < s.length() && s.charAt(pos + 1) != ']') {
                    pos++;
                    int hi = classChar();
                    if (hi < 0 || hi - prev > 8) {
                        known = false;
                    } else {
                        for (int x = prev; x <= hi; x++) {
                            chars.add(canonical(String.valueOf((char) x)));
                        }
                    }
                    prev = -1;
                    continue;
                }
                int lit = classChar();
                if (lit == WHITESPACE) {
                    chars.add("");
                } else if (lit < 0) {
                    known = false;
                } else {
                    chars.add(canonical(String.valueOf((char) lit)));
                }
                prev = lit;
            }
            return known && chars.size() <= 8 ? new Info(chars, null) : Info.UNKNOWN;
        }

        private static final int WHITESPACE = -2;

        /** One member of a class: a literal character, WHITESPACE for \s, or -1 for an escape of many characters. */
        private int classChar() {
            char c = s.charAt(pos);
            if (c != '\\') {
                if (Character.isSurrogate(c)) {
                    throw new Unsupported();
                }
                pos++;
                return c;
            }
            if (pos + 1 >= s.length()) {
                throw new Unsupported();
            }
            char e = s.charAt(pos + 1);
            pos += 2;
            switch (e) {
                case 's', 't', 'n', 'r', 'f':
                    return WHITESPACE;
                case 'u':
                    return hex(4);
                case 'x':
                    return hex(2);
                case 'p', 'P':
                    if (pos < s.length() && s.charAt(pos) == '{') {
                        int close = s.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        pos = close + 1;
                    } else {
                        pos++;
                    }
                    return -1;
                default:
                    if (Character.isLetterOrDigit(e)) {
                        if ("dDwWShHvV".indexOf(e) >= 0) {
                            return -1;
                        }
                        throw new Unsupported(); // \Q, \0, \c, \e ... in a class: not vouched for
                    }
                    return e;
            }
        }

        private void skipClass(int start) {
            int depth = 0;
            int k = start;
            while (k < s.length()) {
                char c = s.charAt(k);
                if (c == '\\') {
                    k += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    if (k + 1 < s.length() && s.charAt(k + 1) == '^') {
                        k++;
                    }
                    if (k + 1 < s.length() && s.charAt(k + 1) == ']') {
                        k++; // a leading ']' is a literal
                    }
                } else if (c == ']') {
                    depth--;
                    if (depth == 0) {
                        pos = k + 1;
                        return;
                    }
                }
                k++;
            }
            throw new Unsupported();
        }
    }
}
