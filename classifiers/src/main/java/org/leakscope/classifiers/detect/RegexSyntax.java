package org.leakscope.classifiers.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A java.util.regex source read into a tree, for the analyses that need to know what a regex can match without
 * running it: its trigger automaton ({@link RegexTrigger}) and the keywords every match holds (the marking
 * pre-filter). Flags are resolved while reading: a node says which characters it matches, case variants
 * included. Read conservatively:
 * <ul>
 *   <li>look-arounds, {@code \b}, anchors and inline flags are zero-width ({@link Empty});</li>
 *   <li>lazy, possessive and atomic forms read as greedy ones (the same or a larger language);</li>
 *   <li>character classes, escapes and properties are not re-implemented: each atom is compiled on its own and
 *       tried on every BMP character, so its set is what java.util.regex accepts; an atom that may match a
 *       supplementary code point (two chars) says so;</li>
 *   <li>a construct not understood (back references, supplementary literals, odd classes) becomes
 *       {@link Unknown}: it matches something unknown, possibly nothing.</li>
 * </ul>
 */
public final class RegexSyntax {

    /** A piece of regex. */
    public sealed interface Node permits Alt, Seq, Repeat, Chars, Empty, Unknown {
    }

    /** One of the branches. */
    public record Alt(List<Node> branches) implements Node {
    }

    /** The items one after the other. */
    public record Seq(List<Node> items) implements Node {
    }

    /** {@code node} from {@code min} to {@code max} times; {@code max} -1: unbounded. */
    public record Repeat(Node node, int min, int max) implements Node {
    }

    /**
     * One char of {@code chars}; with {@code supplementary}, also a supplementary code point (a surrogate pair:
     * the set then holds every surrogate too).
     */
    public record Chars(BitSet chars, boolean supplementary) implements Node {
    }

    /**
     * Matches the empty string only: a look-around, an anchor, inline flags. {@code before}: what it demands of the
     * char before its position (a one-char look-behind, {@code ^}, {@code \A}, {@code \b}), or null.
     */
    public record Empty(Before before) implements Node {
    }

    /**
     * What a zero-width element demands of the char before it: one of {@code chars}, or no char at all (the text's
     * start) when {@code atStart}. A word boundary ({@code \b}) says {@code boundary}: its {@code chars} are those
     * that may stand before a word char (what follows it decides whether it applies).
     */
    public record Before(BitSet chars, boolean atStart, boolean boundary) {
    }

    /** Not understood: matches something unknown, possibly the empty string. */
    public record Unknown() implements Node {
    }

    private static final Node EMPTY = new Empty(null);
    /** Line terminators of multi-line {@code ^} (java.util.regex's, or only '\n' under UNIX_LINES). */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";
    private static final Node UNKNOWN = new Unknown();
    private static final Map<String, BitSet> ATOMS = new ConcurrentHashMap<>();
    /**
     * The chars that may stand before a word char at a {@code \b}: all but java.util.regex's word chars there
     * (letters, digits, '_'; a mark or a surrogate before may be either).
     */
    private static final BitSet NOT_WORD = new BitSet(65536);

    static {
        for (int c = 0; c < 65536; c++) {
            if (!Character.isLetterOrDigit(c) && c != '_') {
                NOT_WORD.set(c);
            }
        }
    }
    private static final Map<String, Node> CACHE = new ConcurrentHashMap<>();

    private RegexSyntax() {
    }

    /** The tree of {@code p}; {@link Unknown} as a whole when its syntax or flags are not understood. */
    public static Node parse(Pattern p) {
        if (CACHE.size() > 50_000) {
            CACHE.clear(); // patterns compiled per call elsewhere must not pile up
        }
        return CACHE.computeIfAbsent(p.flags() + "\u0000" + p.pattern(), k -> {
            if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
                return UNKNOWN;
            }
            try {
                Parser parser = new Parser(p.pattern(), p.flags());
                Node n = parser.alternation();
                return parser.pos == parser.s.length() ? n : UNKNOWN;
            } catch (Unsupported e) {
                return UNKNOWN;
            }
        });
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        final String s;
        int pos;
        int flags;

        Parser(String s, int flags) {
            this.s = s;
            this.flags = flags;
        }

        Node alternation() {
            List<Node> branches = new ArrayList<>();
            while (true) {
                branches.add(sequence());
                if (pos < s.length() && s.charAt(pos) == '|') {
                    pos++; // inline flags stay on across '|' until the group closes, as in java.util.regex
                    continue;
                }
                return branches.size() == 1 ? branches.get(0) : new Alt(List.copyOf(branches));
            }
        }

        Node sequence() {
            List<Node> items = new ArrayList<>();
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                int before = pos;
                int savedFlags = flags;
                try {
                    items.add(quantified());
                } catch (Unsupported e) {
                    pos = before;
                    flags = savedFlags;
                    skipElement();
                    items.add(UNKNOWN);
                }
            }
            return items.size() == 1 ? items.get(0) : new Seq(List.copyOf(items));
        }

        /** Skips one element (an atom and its quantifier) without reading it; throws when it cannot tell where it ends. */
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
                if (depth != 0) {
                    throw new Unsupported();
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
            quantifier();
        }

        /** Reads a quantifier: {min, max} (max -1: unbounded), or null when none follows. */
        int[] quantifier() {
            if (pos >= s.length()) {
                return null;
            }
            char c = s.charAt(pos);
            int[] q;
            if (c == '?') {
                q = new int[] {0, 1};
                pos++;
            } else if (c == '*') {
                q = new int[] {0, -1};
                pos++;
            } else if (c == '+') {
                q = new int[] {1, -1};
                pos++;
            } else if (c == '{' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = s.substring(pos + 1, close);
                int comma = body.indexOf(',');
                try {
                    int min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
                    int max = comma < 0 ? min : body.substring(comma + 1).isBlank() ? -1
                            : Integer.parseInt(body.substring(comma + 1).strip());
                    q = new int[] {min, max};
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                return null;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the greedy language holds theirs
            }
            return q;
        }

        Node quantified() {
            Node a = atom();
            int[] q = quantifier();
            if (q == null || a instanceof Empty) {
                // a quantified zero-width element is still zero-width; an optional one demands nothing
                return q != null && q[0] == 0 ? EMPTY : a;
            }
            return new Repeat(a, q[0], q[1]);
        }

        Node atom() {
            char c = s.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[': {
                    String cls = s.substring(pos, pos = classEnd(pos));
                    boolean supplementary = mayMatchSupplementary(cls);
                    return new Chars(evaluate(cls, supplementary), supplementary);
                }
                case '\\':
                    return escape();
                case '^': {
                    pos++;
                    BitSet before = new BitSet();
                    if ((flags & Pattern.MULTILINE) != 0) {
                        for (char t : ((flags & Pattern.UNIX_LINES) != 0 ? "\n" : LINE_TERMINATORS).toCharArray()) {
                            before.set(t);
                        }
                    }
                    return new Empty(new Before(before, true, false));
                }
                case '$':
                    pos++;
                    return EMPTY;
                case '.':
                    pos++;
                    return new Chars(evaluate(".", true), true);
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
                    return new Chars(literal(c), false);
            }
        }

        Node group() {
            int saved = flags;
            pos++;
            boolean zeroWidth = false;
            int behind = 0; // a look-behind: 1 positive, -1 negative
            if (s.startsWith("?", pos)) {
                if (s.startsWith("?:", pos) || s.startsWith("?>", pos)) {
                    pos += 2;
                } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
                    pos += 2;
                    zeroWidth = true;
                } else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
                    behind = s.charAt(pos + 2) == '=' ? 1 : -1;
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
                        return EMPTY;
                    }
                    flags = f;
                    pos = k + 1;
                }
            }
            Node inner;
            try {
                inner = alternation();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw new Unsupported();
                }
            } finally {
                flags = saved; // also when this group is not understood: its flags never leak to siblings
            }
            pos++;
            if (behind != 0 && inner instanceof Chars c) {
                // one char: what may stand before (a supplementary code point before is a surrogate: let it be)
                BitSet before = (BitSet) c.chars().clone();
                if (behind < 0) {
                    before.flip(0, 65536);
                    before.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
                }
                return new Empty(new Before(before, behind < 0, false));
            }
            return zeroWidth ? EMPTY : inner;
        }

        Node escape() {
            if (pos + 1 >= s.length()) {
                throw new Unsupported();
            }
            char e = s.charAt(pos + 1);
            switch (e) {
                case 'b' -> {
                    pos += 2;
                    return (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0 ? EMPTY
                            : new Empty(new Before(NOT_WORD, true, true));
                }
                case 'A' -> {
                    pos += 2;
                    return new Empty(new Before(new BitSet(), true, false));
                }
                case 'B', 'G', 'z', 'Z' -> {
                    pos += 2;
                    return EMPTY;
                }
                case 'Q' -> {
                    int end = s.indexOf("\\E", pos + 2);
                    String quoted = end < 0 ? s.substring(pos + 2) : s.substring(pos + 2, end);
                    pos = end < 0 ? s.length() : end + 2;
                    List<Node> chars = new ArrayList<>();
                    for (int i = 0; i < quoted.length(); i++) {
                        if (Character.isSurrogate(quoted.charAt(i))) {
                            throw new Unsupported();
                        }
                        chars.add(new Chars(literal(quoted.charAt(i)), false));
                    }
                    return chars.isEmpty() ? EMPTY : chars.size() == 1 ? chars.get(0) : new Seq(List.copyOf(chars));
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
                if (end > s.length()) {
                    throw new Unsupported();
                }
                try {
                    if (Character.isSurrogate((char) Integer.parseInt(s.substring(pos + 2, end), 16))) {
                        throw new Unsupported(); // half of a supplementary literal
                    }
                } catch (NumberFormatException ex) {
                    throw new Unsupported();
                }
            } else if (e == 'c') {
                end += 1;
            } else if (e == '0') {
                while (end < s.length() && end < pos + 5 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                    end++;
                }
            }
            if (end > s.length()) {
                throw new Unsupported();
            }
            String atom = s.substring(pos, end);
            pos = end;
            boolean supplementary = mayMatchSupplementary(atom);
            return new Chars(evaluate(atom, supplementary), supplementary);
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
            if ((flags & Pattern.UNICODE_CASE) == 0) {
                BitSet b = new BitSet();
                b.set(c);
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
         * a trigger needs the surrogates, which keeps the digit and letter triggers small.
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
                Pattern p = Pattern.compile(atom, f);
                BitSet b = acceptedByScan(p);
                if (b == null) {
                    b = acceptedOneByOne(p);
                }
                if (surrogates) {
                    b.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
                }
                return b;
            });
        }

    }

    /**
     * One {@code find()} pass over every BMP character: about ten times faster than a match per character,
     * and the same set as long as every match is one character long (a single-character atom cannot look
     * at its neighbours). Null when a match is longer or empty ({@code \R}, {@code \X}): then the caller
     * tries each character alone.
     */
    static BitSet acceptedByScan(Pattern p) {
        BitSet b = new BitSet(65536);
        Matcher m = p.matcher(BmpChars.ALL);
        while (m.find()) {
            if (m.end() != m.start() + 1) {
                return null;
            }
            b.set(BmpChars.ALL.charAt(m.start()));
        }
        return b;
    }

    /**
     * Checks every atom read so far against {@link #acceptedOneByOne}: what the tests run after building the
     * classifier of the default configuration, so every atom its rules use is covered. Returns the atoms whose
     * sets differ (none).
     */
    static List<String> atomsReadDifferently() {
        List<String> wrong = new ArrayList<>();
        ATOMS.forEach((key, set) -> {
            String[] parts = key.split("\u0000", 3);
            BitSet expected = acceptedOneByOne(Pattern.compile(parts[2], Integer.parseInt(parts[0])));
            if (Boolean.parseBoolean(parts[1])) {
                expected.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
            }
            if (!expected.equals(set)) {
                wrong.add(parts[2] + " (flags " + parts[0] + ")");
            }
        });
        return wrong;
    }

    static int atomsRead() {
        return ATOMS.size();
    }

    static BitSet acceptedOneByOne(Pattern p) {
        Matcher m = p.matcher("");
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
        return b;
    }

    /**
     * The case fold (lower case of upper case) of every BMP character: java.util.regex compares characters so
     * under CASE_INSENSITIVE | UNICODE_CASE. Built once; a literal's variants are then one array comparison
     * per character instead of one regex match.
     */
    private static final class CaseFolds {
        static final char[] FOLD = new char[65536];
        static final Map<Character, BitSet> VARIANTS = new ConcurrentHashMap<>();

        static {
            for (int c = 0; c < 65536; c++) {
                FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
            }
        }

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

    /** Every BMP character but the surrogates, in order: the text an atom is scanned over. */
    private static final class BmpChars {
        static final String ALL;

        static {
            StringBuilder sb = new StringBuilder(65536 - 2048);
            for (int c = 0; c < 65536; c++) {
                if (!Character.isSurrogate((char) c)) {
                    sb.append((char) c);
                }
            }
            ALL = sb.toString();
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
