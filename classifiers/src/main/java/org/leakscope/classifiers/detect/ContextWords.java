package org.leakscope.classifiers.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label words near a hit. Latin words match as whole words ("dob" must not match "adobe"); Japanese
 * words match anywhere (there are no spaces to bound them). {@link #distance} is how far the closest
 * label stands from the hit, so two competing label lists can be compared.
 */
public final class ContextWords {

    public static final ContextWords NONE = new ContextWords(List.of());
    private final List<Pattern> patterns;
    // the part of each word before its first space: a window without it cannot hold the word, and
    // String.indexOf answers that far faster than the word's regex
    private final List<String> heads;
    // per word: whether it is one word (no space: the regex is a literal, found with indexOf) and Latin (it must
    // stand alone: no [a-z0-9] on either side)
    private final boolean[] single;
    private final boolean[] latin;
    // per word: its head's first two characters hashed (see bigram), or -1 for a one-character head. A head can only
    // stand in a window where its first two characters stand side by side, so with a long list (a phone's labels in
    // a dozen languages) one pass over the window rules out most words before any indexOf
    private final int[] headBigram;
    private static final int PREFILTER_WORDS = 8;

    public ContextWords(List<String> words) {
        List<Pattern> p = new ArrayList<>();
        List<String> h = new ArrayList<>();
        this.single = new boolean[words.size()];
        this.latin = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String lw = words.get(i).toLowerCase(Locale.ROOT);
            int sp = lw.indexOf(' ');
            h.add(sp < 0 ? lw : lw.substring(0, sp));
            latin[i] = isLatin(lw);
            single[i] = sp < 0 && !lw.isEmpty();
            String q = Pattern.quote(lw).replace(" ", "\\E[\\s_\\-.]*\\Q");
            p.add(Pattern.compile(latin[i] ? "(?<![a-z0-9])" + q + "(?![a-z0-9])" : q));
        }
        this.patterns = List.copyOf(p);
        this.heads = List.copyOf(h);
        this.headBigram = new int[words.size()];
        for (int i = 0; i < heads.size(); i++) {
            String head = heads.get(i);
            headBigram[i] = head.length() < 2 ? -1 : bigram(head.charAt(0), head.charAt(1));
        }
        // the words by their head's bigram: the distinct bigrams sorted, each with its words, and a bit per bigram
        java.util.TreeMap<Integer, List<Integer>> by = new java.util.TreeMap<>();
        List<Integer> oneChar = new ArrayList<>();
        this.headBits = new long[(1 << 12) / 64];
        for (int i = 0; i < headBigram.length; i++) {
            int b = headBigram[i];
            if (b < 0) {
                oneChar.add(i);
            } else {
                by.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
                headBits[b >>> 6] |= 1L << b;
            }
        }
        this.bigramKeys = by.keySet().stream().mapToInt(Integer::intValue).toArray();
        this.wordsOfBigram = by.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.oneCharHeads = oneChar.stream().mapToInt(Integer::intValue).toArray();
    }

    // a long list looked up the other way round: the words whose head starts with each bigram of the window, so a hit
    // asks only the words that can stand near it (a phone's labels in a dozen languages are some 300 words)
    private final long[] headBits;
    private final int[] bigramKeys;
    private final int[][] wordsOfBigram;
    private final int[] oneCharHeads;

    /** Two adjacent characters hashed to one of 4,096 bits. */
    static int bigram(char a, char b) {
        return ((a * 0x9E3779B1) ^ (b * 0x85EBCA6B)) >>> 20;
    }

    private static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x3000) {
                return false;
            }
        }
        return true;
    }

    public static ContextWords of(String... words) {
        return new ContextWords(List.of(words));
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** True when any word occurs in the (lower-cased) text. */
    public boolean foundIn(String lowerText) {
        return distance(lowerText, 0) >= 0;
    }

    /**
     * Distance in chars from {@code hitPos} (the position of the hit inside {@code lowerText}) to the
     * nearest word, or -1 when none occurs.
     */
    public int distance(String lowerText, int hitPos) {
        int best = -1;
        if (patterns.size() < PREFILTER_WORDS) {
            for (int i = 0; i < patterns.size(); i++) {
                best = distance(i, lowerText, hitPos, best);
            }
            return best;
        }
        // the nearest of all words' matches does not depend on the order the words are asked in
        long[] seen = new long[(1 << 12) / 64];
        for (int c = 1; c < lowerText.length(); c++) {
            int b = bigram(lowerText.charAt(c - 1), lowerText.charAt(c));
            if ((seen[b >>> 6] & (1L << b)) != 0) {
                continue;
            }
            seen[b >>> 6] |= 1L << b;
            if ((headBits[b >>> 6] & (1L << b)) != 0) {
                for (int i : wordsOfBigram[java.util.Arrays.binarySearch(bigramKeys, b)]) {
                    best = distance(i, lowerText, hitPos, best);
                }
            }
        }
        for (int i : oneCharHeads) {
            best = distance(i, lowerText, hitPos, best);
        }
        return best;
    }

    /** {@code best}, or word {@code i}'s nearest match when that is nearer. */
    private int distance(int i, String lowerText, int hitPos, int best) {
        int at = lowerText.indexOf(heads.get(i));
        if (at < 0) {
            return best;
        }
        if (single[i]) {
            return nearest(lowerText, heads.get(i), latin[i], at, hitPos, best);
        }
        Matcher m = patterns.get(i).matcher(lowerText);
        while (m.find()) {
            best = nearer(best, m.start(), m.end(), hitPos);
        }
        return best;
    }

    /**
     * The word's matches as find() gives them (leftmost first, each search going on after the last match): its
     * occurrences from {@code at} on, a Latin word only where no [a-z0-9] stands before or after it.
     */
    private static int nearest(String text, String word, boolean latin, int at, int hitPos, int best) {
        for (int i = at; i >= 0; ) {
            int end = i + word.length();
            if (!latin || (!alnum(text, i - 1) && !alnum(text, end))) {
                best = nearer(best, i, end, hitPos);
                i = text.indexOf(word, end);
            } else {
                i = text.indexOf(word, i + 1);
            }
        }
        return best;
    }

    private static boolean alnum(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static int nearer(int best, int start, int end, int hitPos) {
        int d = end <= hitPos ? hitPos - end : Math.max(0, start - hitPos);
        return best < 0 || d < best ? d : best;
    }
}
