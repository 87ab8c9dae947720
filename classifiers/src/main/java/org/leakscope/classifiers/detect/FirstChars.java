package org.leakscope.classifiers.detect;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a regex can start with (a superset), read from the regex source. A match can
 * only start at a position holding one of them, so a scan need only try those positions ({@link CharIndex}).
 * Conservative: any construct not understood here (back references, comments mode, a possibly empty match,
 * supplementary literals) gives {@code null}, which means "any position" and keeps the plain scan.
 *
 * <p>Character classes, escapes and properties are not re-implemented: each is compiled on its own and
 * tried on every BMP character, so the set is exactly what java.util.regex accepts. Any non-literal atom
 * also admits every surrogate, since it may match a supplementary code point.
 */
public final class FirstChars {

    private static final Map<String, BitSet> ATOMS = new ConcurrentHashMap<>();
    private static final Map<String, FirstChars> CACHE = new ConcurrentHashMap<>();

    private final BitSet chars;

    private FirstChars(BitSet chars) {
        this.chars = chars;
    }

    public boolean contains(char c) {
        return chars.get(c);
    }

    BitSet chars() {
        return chars;
    }

    private static final Map<Pattern, FirstChars> BY_PATTERN = new ConcurrentHashMap<>();

    /** The first-character set of {@code p}, or null when any position may start a match. */
    public static FirstChars of(Pattern p) {
        FirstChars known = BY_PATTERN.get(p); // Pattern has identity equality: a cheap lookup per call
        if (known == null) {
            if (BY_PATTERN.size() > 50_000) {
                BY_PATTERN.clear(); // patterns compiled per call elsewhere must not pile up
            }
            known = compute(p);
            BY_PATTERN.put(p, known);
        }
        return known == NONE ? null : known;
    }

    private static final Map<Pattern, Boolean> ANCHORED = new ConcurrentHashMap<>();
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]*[mxX]");

    /**
     * True when every top-level alternative of {@code p} begins with {@code ^} and {@code ^} means the start of
     * the input (no MULTILINE): a match can then only start at the start, so {@code find()} tries the first
     * position and then fails at every other one, and {@code lookingAt()} gives the same answer and the same
     * match at once. Conservative: anything unusual (comments mode, inline m/x flags, odd classes) gives false.
     */
    public static boolean startAnchored(Pattern p) {
        Boolean known = ANCHORED.get(p);
        if (known == null) {
            if (ANCHORED.size() > 50_000) {
                ANCHORED.clear();
            }
            known = computeStartAnchored(p);
            ANCHORED.put(p, known);
        }
        return known;
    }

    private static boolean computeStartAnchored(Pattern p) {
        if ((p.flags() & (Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return false;
        }
        String s = p.pattern();
        if (s.contains("[]") || s.contains("[^]") || INLINE_FLAGS.matcher(s).find()) {
            return false;
        }
        boolean branchStart = true;
        int depth = 0;
        int classDepth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (branchStart && c != '^') {
                return false;
            }
            branchStart = false;
            if (c == '\\') {
                if (i + 1 < s.length() && s.charAt(i + 1) == 'Q') {
                    int e = s.indexOf("\\E", i + 2);
                    if (e < 0) {
                        return false;
                    }
                    i = e + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth > 0) {
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branchStart = true;
            }
        }
        return !branchStart && depth == 0 && classDepth == 0;
    }

    /** {@code p.matcher(s).find()}, without the regex when no character of {@code s} can start a match. */
    public static boolean find(Pattern p, CharSequence s) {
        if (startAnchored(p)) {
            return mayMatchAt0(p, s) && p.matcher(s).lookingAt();
        }
        return mayFind(p, s) && p.matcher(s).find();
    }

    /** False when {@code p.matcher(s).find()} surely fails: no character of {@code s} can start a match. */
    public static boolean mayFind(Pattern p, CharSequence s) {
        FirstChars fc = of(p);
        if (fc == null) {
            return true;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            if (fc.chars.get(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** False when {@code p.matcher(s).matches()} (or lookingAt()) surely fails: its first character cannot start a match. */
    public static boolean mayMatchAt0(Pattern p, CharSequence s) {
        FirstChars fc = of(p);
        return fc == null || (s.length() > 0 && fc.chars.get(s.charAt(0)));
    }

    private static FirstChars compute(Pattern p) {
        String key = p.flags() + "\u0000" + p.pattern();
        FirstChars cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        FirstChars fc;
        try {
            Parser parser = new Parser(p.pattern(), p.flags());
            Set r = parser.alternation();
            fc = parser.pos != parser.s.length() || r.nullable ? null : new FirstChars(r.chars);
        } catch (Unsupported e) {
            fc = null;
        }
        CACHE.put(key, fc == null ? NONE : fc);
        return fc == null ? NONE : fc;
    }

    private static final FirstChars NONE = new FirstChars(new BitSet());

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** First characters of a piece of regex, and whether it can match the empty string. */
    private record Set(BitSet chars, boolean nullable) {
    }

    private static final class Parser {
        final String s;
        int pos;
        int flags;

        Parser(String s, int flags) {
            this.s = s;
            this.flags = flags;
            if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
                throw new Unsupported();
            }
        }

        Set alternation() {
            BitSet chars = new BitSet();
            boolean nullable = false;
            while (true) {
                Set q = sequence();
                chars.or(q.chars);
                nullable |= q.nullable;
                if (pos < s.length() && s.charAt(pos) == '|') {
                    pos++; // inline flags stay on across '|' until the group closes, as in java.util.regex
                    continue;
                }
                return new Set(chars, nullable);
            }
        }

        Set sequence() {
            BitSet chars = new BitSet();
            boolean nullable = true;
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                Set a = quantified();
                if (nullable) {
                    chars.or(a.chars);
                    nullable = a.nullable;
                }
            }
            return new Set(chars, nullable);
        }

        Set quantified() {
            Set a = atom();
            if (pos >= s.length()) {
                return a;
            }
            char c = s.charAt(pos);
            boolean optional;
            if (c == '?' || c == '*') {
                pos++;
                optional = true;
            } else if (c == '+') {
                pos++;
                optional = false;
            } else if (c == '{' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = s.substring(pos + 1, close);
                String min = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                optional = Integer.parseInt(min.strip()) == 0;
                pos = close + 1;
            } else {
                return a;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                pos++; // lazy or possessive: same characters
            }
            return optional ? new Set(a.chars, true) : a;
        }

        Set atom() {
            char c = s.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return new Set(evaluate(s.substring(pos, pos = classEnd(pos))), false);
                case '\\':
                    return escape();
                case '^':
                case '$':
                    pos++;
                    return new Set(new BitSet(), true);
                case '.':
                    pos++;
                    return new Set(evaluate("."), false);
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
                    return new Set(literal(c), false);
            }
        }

        Set group() {
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
                    if ((f & Pattern.COMMENTS) != 0) {
                        throw new Unsupported();
                    }
                    if (s.charAt(k) == ')') {
                        flags = f; // stays on for the rest of the enclosing group
                        pos = k + 1;
                        return new Set(new BitSet(), true);
                    }
                    flags = f;
                    pos = k + 1;
                }
            }
            Set inner = alternation();
            if (pos >= s.length() || s.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
            flags = saved;
            return zeroWidth ? new Set(new BitSet(), true) : inner;
        }

        Set escape() {
            if (pos + 1 >= s.length()) {
                throw new Unsupported();
            }
            char e = s.charAt(pos + 1);
            switch (e) {
                case 'b', 'B', 'A', 'G', 'z', 'Z' -> {
                    pos += 2;
                    return new Set(new BitSet(), true);
                }
                case 'Q' -> {
                    int end = s.indexOf("\\E", pos + 2);
                    String quoted = end < 0 ? s.substring(pos + 2) : s.substring(pos + 2, end);
                    pos = end < 0 ? s.length() : end + 2;
                    if (quoted.isEmpty()) {
                        return new Set(new BitSet(), true);
                    }
                    if (Character.isSurrogate(quoted.charAt(0))) {
                        throw new Unsupported();
                    }
                    return new Set(literal(quoted.charAt(0)), false);
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
            } else if (e == 'c') {
                end += 1;
            } else if (e == '0') {
                while (end < s.length() && end < pos + 5 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                    end++;
                }
            }
            String atom = s.substring(pos, end);
            pos = end;
            return new Set(evaluate(atom), false);
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
                        throw new Unsupported(); // "[]..." : leave such classes to the plain scan
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
            return evaluate(Pattern.quote(String.valueOf(c)));
        }

        /** Every BMP character the single-character regex {@code atom} accepts under the current flags. */
        BitSet evaluate(String atom) {
            int f = flags & (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL | Pattern.UNIX_LINES
                    | Pattern.UNICODE_CHARACTER_CLASS);
            return ATOMS.computeIfAbsent(f + "\u0000" + atom, k -> {
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
                if (!atom.startsWith("\\Q")) {
                    b.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
                }
                return b;
            });
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
