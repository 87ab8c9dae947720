package org.leakscope.classifiers.detect;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each character stands in one item's text, built in one pass (a counting sort of the positions by
 * character, over the item's distinct characters only) and shared by every detector of the item. A regex whose {@link FirstChars} are known is then
 * tried only at positions holding one of them: the union of their position lists, which for digits,
 * '@', label words or marking stamps is a small part of the text.
 *
 * <p>{@link #forEachMatch} gives exactly the matches {@code Matcher.find()} gives over the whole text: a
 * match can only start at such a position, each start is tried with {@code lookingAt} on a region that
 * runs to the end of the text with transparent, non-anchoring bounds (look-arounds, {@code \b} and
 * {@code ^} see the whole text), and the next try starts where the last match ended, as find() does.
 */
public final class CharIndex {

    /** Above this share of the text, trying every position with find() is cheaper than the candidate list. */
    private static final int DENSE_DIVISOR = 4;

    private final CharSequence text;
    private final char[] present;  // the distinct characters of the text, ascending
    private final int[] from;      // positions of present[k] are pos[from[k] .. from[k + 1])
    private final int[] pos;

    /** Per thread, a count per character, left all zero after each use: no 256 KiB array per item. */
    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[65536]);

    public CharIndex(CharSequence text) {
        this.text = text;
        int n = text.length();
        int[] count = COUNTS.get();
        char[] distinct = new char[Math.min(n, 65536)];
        int d = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (count[c]++ == 0) {
                distinct[d++] = c;
            }
        }
        this.present = Arrays.copyOf(distinct, d);
        Arrays.sort(present);
        this.from = new int[d + 1];
        for (int k = 0; k < d; k++) {
            from[k + 1] = from[k] + count[present[k]];
            count[present[k]] = from[k]; // now the next free slot of present[k]
        }
        this.pos = new int[n];
        for (int i = 0; i < n; i++) {
            pos[count[text.charAt(i)]++] = i;
        }
        for (int k = 0; k < d; k++) {
            count[present[k]] = 0;
        }
    }

    /** How often {@code c} occurs. */
    public int count(char c) {
        int k = Arrays.binarySearch(present, c);
        return k < 0 ? 0 : from[k + 1] - from[k];
    }

    /** Positions of {@code c}, ascending, into a fresh array. */
    public int[] positions(char c) {
        int k = Arrays.binarySearch(present, c);
        return k < 0 ? new int[0] : Arrays.copyOfRange(pos, from[k], from[k + 1]);
    }

    /**
     * Bitmap (one bit per text position) of the positions holding one of {@code fc}, or null when they are
     * too many to be worth it (the caller then scans every position).
     */
    public long[] starts(FirstChars fc) {
        if (fc == null) {
            return null;
        }
        int total = 0;
        for (int k = 0; k < present.length; k++) {
            if (fc.contains(present[k])) {
                total += from[k + 1] - from[k];
            }
        }
        if (total > text.length() / DENSE_DIVISOR) {
            return null;
        }
        long[] bits = new long[(text.length() + 64) >>> 6];
        for (int k = 0; k < present.length; k++) {
            if (fc.contains(present[k])) {
                for (int q = from[k]; q < from[k + 1]; q++) {
                    int p = pos[q];
                    bits[p >>> 6] |= 1L << p;
                }
            }
        }
        return bits;
    }

    /** A character every match holds, at most {@code reach} characters after the match's start. */
    public record Anchor(char c, int reach) {
    }

    /** Starts within reach before an anchor character, intersected with {@code starts} when not null. */
    public long[] before(Anchor a, long[] starts) {
        long[] bits = new long[(text.length() + 64) >>> 6];
        int slot = Arrays.binarySearch(present, a.c());
        for (int k = slot < 0 ? 0 : from[slot]; slot >= 0 && k < from[slot + 1]; k++) {
            for (int p = Math.max(0, pos[k] - a.reach()); p <= pos[k]; p++) {
                bits[p >>> 6] |= 1L << p;
            }
        }
        if (starts != null) {
            for (int w = 0; w < bits.length; w++) {
                bits[w] &= starts[w];
            }
        }
        return bits;
    }

    /** The next set bit at or after {@code from}, or -1. */
    static int next(long[] bits, int from) {
        int w = from >>> 6;
        if (w >= bits.length) {
            return -1;
        }
        long word = bits[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == bits.length) {
                return -1;
            }
            word = bits[w];
        }
    }

    /**
     * Every match of {@code p} in the text, in order, as {@code p.matcher(text)} with repeated find()
     * reports them. {@code index} may be null (no index: the plain find loop).
     */
    public static void forEachMatch(CharSequence text, CharIndex index, Pattern p, Consumer<Matcher> onMatch) {
        forEachMatch(text, index, p, null, onMatch);
    }

    /**
     * As {@link #forEachMatch(CharSequence, CharIndex, Pattern, Consumer)}, for a regex whose every match holds
     * the {@code anchor} character at most {@code anchor.reach()} characters after its start (an e-mail
     * address's '@'): only starts that close before an anchor are tried.
     */
    public static void forEachMatch(CharSequence text, CharIndex index, Pattern p, Anchor anchor,
                                    Consumer<Matcher> onMatch) {
        long[] starts = index == null ? null : index.starts(FirstChars.of(p));
        if (index != null && anchor != null) {
            starts = index.before(anchor, starts);
        }
        forEachMatch(text, starts, p, onMatch);
    }

    /**
     * As {@link #forEachMatch(CharSequence, CharIndex, Pattern, Consumer)}, trying only the positions set in
     * {@code starts} (null: the plain find loop), which must hold every position where a match can start.
     */
    public static void forEachMatch(CharSequence text, long[] starts, Pattern p, Consumer<Matcher> onMatch) {
        Matcher m = p.matcher(text);
        if (starts == null) {
            while (m.find()) {
                onMatch.accept(m);
            }
            return;
        }
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        StartFilter filter = StartFilter.of(p);
        int n = text.length();
        int from = 0;
        for (int s = next(starts, 0); s >= 0; s = next(starts, Math.max(s + 1, from))) {
            if (s < from || !filter.admits(text, s)) {
                continue;
            }
            m.region(s, n);
            if (m.lookingAt()) {
                onMatch.accept(m);
                from = m.end() == s ? s + 1 : m.end();
            }
        }
    }

    /** The first match of {@code p} (what one find() reports), or null. */
    public static java.util.regex.MatchResult first(CharSequence text, CharIndex index, Pattern p) {
        long[] starts = index == null ? null : index.starts(FirstChars.of(p));
        Matcher m = p.matcher(text);
        if (starts == null) {
            return m.find() ? m.toMatchResult() : null;
        }
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        StartFilter filter = StartFilter.of(p);
        int n = text.length();
        for (int s = next(starts, 0); s >= 0; s = next(starts, s + 1)) {
            if (!filter.admits(text, s)) {
                continue;
            }
            m.region(s, n);
            if (m.lookingAt()) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    /** True when {@code p} finds a match anywhere in the text. */
    public static boolean found(CharSequence text, CharIndex index, Pattern p) {
        return first(text, index, p) != null;
    }
}
