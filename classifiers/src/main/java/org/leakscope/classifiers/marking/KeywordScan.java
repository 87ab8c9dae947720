package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.TriggerScan;
import org.leakscope.classifiers.text.ScanText;

/**
 * The rule pack's keywords as rules of the classifier's union automaton ({@link TriggerScan}): every occurrence of
 * every keyword in the canonical form of the text ({@link RequiredLiterals#canonical}: case folded, whitespace
 * dropped) comes out of the one pass the PII rules use. Each keyword is a regex of its characters, each character
 * a class of every character that folds to it, with any run of dropped whitespace between two characters, so the
 * union's trigger of a keyword is exact: it begins where an occurrence begins, nowhere else.
 */
final class KeywordScan {

    /** Receives each occurrence: the keyword's index and the text positions of its first and last character. */
    interface Sink {
        void found(int keyword, int start, int end);
    }

    private static final String SKIPPED = skippedClass();

    private final List<String> keywords;
    private final List<Pattern> patterns = new ArrayList<>();
    private final Trie trie = new Trie();
    /**
     * The same union for a text read without the classifier's (a detector called on its own), built on first
     * such use: the classifier's union already holds these keywords, so a job never builds it twice.
     */
    private volatile TriggerScan own;

    KeywordScan(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
        for (String k : keywords) {
            if (k.isEmpty() || !k.equals(RequiredLiterals.canonical(k))) {
                throw new IllegalArgumentException("keyword must be canonical and non-empty: '" + k + "'");
            }
            patterns.add(regex(k));
            Trie node = trie;
            for (int j = 0; j < k.length(); j++) {
                node = node.add(k.charAt(j));
            }
            if (node.keyword >= 0) {
                throw new IllegalArgumentException("keyword given twice: '" + k + "'");
            }
            node.keyword = patterns.size() - 1;
        }
    }

    private TriggerScan own() {
        TriggerScan o = own;
        if (o == null) {
            synchronized (this) {
                if (own == null) {
                    Set<Pattern> all = Collections.newSetFromMap(new IdentityHashMap<>());
                    all.addAll(patterns);
                    own = new TriggerScan(patterns, all);
                }
                o = own;
            }
        }
        return o;
    }

    /** The keywords' regexes, for the classifier's union automaton. */
    List<Pattern> patterns() {
        return patterns;
    }

    /** Every occurrence of every keyword, in text order (keywords starting at one position: shorter first). */
    void scan(ScanText t, Sink sink) {
        TriggerScan.Starts mine = null;
        String text = t.text();
        long[] any = new long[(text.length() >> 6) + 1];
        long[] last = null;
        for (Pattern p : patterns) {
            long[] starts = t.triggerStarts(p);
            if (starts == null) {
                if (mine == null) {
                    mine = own().scan(text);
                }
                starts = mine.of(p);
            }
            if (starts != last) { // pooled starts: one bitmap for all
                or(any, starts);
                last = starts;
            }
        }
        report(text, any, sink);
    }

    /** As {@link #scan(ScanText, Sink)} over a plain text. */
    void scan(CharSequence text, Sink sink) {
        TriggerScan.Starts mine = own().scan(text);
        long[] any = new long[(text.length() >> 6) + 1];
        long[] last = null;
        for (Pattern p : patterns) {
            long[] starts = mine.of(p);
            if (starts != last) { // pooled: one bitmap for all
                or(any, starts);
                last = starts;
            }
        }
        report(text, any, sink);
    }

    private static void or(long[] into, long[] starts) {
        for (int w = 0; w < starts.length; w++) {
            into[w] |= starts[w];
        }
    }

    /**
     * Walks the keywords' trie from each position where a trigger says one may begin: a keyword's trigger may
     * hold only its first letters, and many keywords share them ("this", "these", "the data"), so one walk per
     * position replaces one check per keyword. Every occurrence begins at one of its own trigger's starts.
     */
    private void report(CharSequence text, long[] starts, Sink sink) {
        for (int w = 0; w < starts.length; w++) {
            for (long bits = starts[w]; bits != 0; bits &= bits - 1) {
                int s = (w << 6) + Long.numberOfTrailingZeros(bits);
                Trie node = trie;
                int i = s;
                for (int depth = 0; ; depth++) {
                    while (depth > 0 && i < text.length() && Folds.SKIPPED[text.charAt(i)]) {
                        i++;
                    }
                    if (i >= text.length() || (node = node.next(Folds.OF[text.charAt(i)])) == null) {
                        break;
                    }
                    if (node.keyword >= 0) {
                        sink.found(node.keyword, s, i);
                    }
                    i++;
                }
            }
        }
    }

    /** The keywords as a trie of their (folded, whitespace-free) characters. */
    private static final class Trie {
        char[] chars = new char[0];
        Trie[] kids = new Trie[0];
        int keyword = -1;

        Trie next(char c) {
            int at = java.util.Arrays.binarySearch(chars, c);
            return at < 0 ? null : kids[at];
        }

        Trie add(char c) {
            int at = java.util.Arrays.binarySearch(chars, c);
            if (at >= 0) {
                return kids[at];
            }
            at = -at - 1;
            char[] cs = new char[chars.length + 1];
            Trie[] ks = new Trie[kids.length + 1];
            System.arraycopy(chars, 0, cs, 0, at);
            System.arraycopy(kids, 0, ks, 0, at);
            cs[at] = c;
            ks[at] = new Trie();
            System.arraycopy(chars, at, cs, at + 1, chars.length - at);
            System.arraycopy(kids, at, ks, at + 1, kids.length - at);
            chars = cs;
            kids = ks;
            return ks[at];
        }
    }

    /** A keyword's regex: each character a class of what folds to it, dropped whitespace between them. */
    static Pattern regex(String keyword) {
        StringBuilder re = new StringBuilder();
        for (int j = 0; j < keyword.length(); j++) {
            if (j > 0) {
                re.append(SKIPPED).append('*');
            }
            re.append(FOLDS_TO.computeIfAbsent(keyword.charAt(j), KeywordScan::foldingTo));
        }
        Pattern p = Pattern.compile(re.toString());
        org.leakscope.classifiers.detect.RegexTrigger.keepWhole(p);
        return p;
    }

    private static final java.util.Map<Character, String> FOLDS_TO = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Every BMP character's fold, {@code \uFFFF} for surrogates and skipped whitespace: one pass, not one per
     * keyword character (a marking pack's kanji made that most of the marking detector's build).
     */
    private static final class Folds {
        static final char[] OF = new char[65536];
        /** {@link RequiredLiterals#skipped} of every BMP character (Character.isSpaceChar asks for its type). */
        static final boolean[] SKIPPED = new boolean[65536];

        static {
            for (int c = 0; c < 65536; c++) {
                SKIPPED[c] = RequiredLiterals.skipped((char) c);
                OF[c] = Character.isSurrogate((char) c) || SKIPPED[c] ? '\uFFFF' : RequiredLiterals.fold((char) c);
            }
        }
    }

    /** A class of every character that folds to {@code k}. */
    private static String foldingTo(char k) {
        StringBuilder re = new StringBuilder("[");
        char[] folds = Folds.OF;
        for (int c = 0; c < 65536; c++) {
            if (folds[c] == k && k != '\uFFFF') {
                re.append(String.format("\\u%04x", c));
            }
        }
        return re.append(']').toString();
    }

    private static String skippedClass() {
        StringBuilder re = new StringBuilder("[");
        for (int c = 0; c < 65536; c++) {
            if (!Character.isSurrogate((char) c) && RequiredLiterals.skipped((char) c)) {
                re.append(String.format("\\u%04x", c));
            }
        }
        return re.append(']').toString();
    }
}
