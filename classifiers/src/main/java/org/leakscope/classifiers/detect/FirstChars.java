package org.leakscope.classifiers.detect;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The characters a match of a regex can start with (a superset): the first transitions of its
 * {@link RegexTrigger} automaton. A match can only start at a position holding one of them, so a scan need only try
 * those positions ({@link CharIndex}). {@code null} (a possibly empty match, nothing understood) means "any
 * position" and keeps the plain scan.
 */
public final class FirstChars {


    private final BitSet chars;

    private FirstChars(BitSet chars) {
        this.chars = chars;
    }

    public boolean contains(char c) {
        return chars.get(c);
    }

    /** What any of {@code sets} admits, or null when one of them admits any position. */
    public static FirstChars union(java.util.Collection<FirstChars> sets) {
        BitSet all = new BitSet(1 << 16);
        for (FirstChars f : sets) {
            if (f == null) {
                return null;
            }
            all.or(f.chars);
        }
        return new FirstChars(all);
    }

    /** The first characters of {@code words}: a word list's lookup at a position returns at once where none starts. */
    public static FirstChars ofWords(java.util.Collection<String> words) {
        BitSet first = new BitSet(1 << 16);
        words.forEach(w -> first.set(w.charAt(0)));
        return new FirstChars(first);
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

    /**
     * {@code p.matcher(s).find()}, without the regex when no position of {@code s} can start a match: none holds a
     * first character that its {@link StartFilter} admits (asked of every line of a text, most of them say no).
     */
    public static boolean find(Pattern p, CharSequence s) {
        if (startAnchored(p)) {
            return mayMatchAt0(p, s) && p.matcher(s).lookingAt();
        }
        FirstChars fc = of(p);
        if (fc == null) {
            return p.matcher(s).find();
        }
        StartFilter filter = StartFilter.of(p);
        for (int i = 0, n = s.length(); i < n; i++) {
            if (fc.chars.get(s.charAt(i)) && filter.admits(s, i)) {
                return p.matcher(s).find();
            }
        }
        return false;
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
        BitSet chars = RegexTrigger.firstChars(p);
        return chars == null ? NONE : new FirstChars(chars);
    }

    private static final FirstChars NONE = new FirstChars(new BitSet());
}
