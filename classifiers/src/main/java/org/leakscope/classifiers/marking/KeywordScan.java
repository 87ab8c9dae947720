package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.List;
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
        }
    }

    private TriggerScan own() {
        TriggerScan o = own;
        if (o == null) {
            synchronized (this) {
                if (own == null) {
                    own = new TriggerScan(patterns);
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

    /** Every occurrence of every keyword, keyword by keyword, each keyword's in text order. */
    void scan(ScanText t, Sink sink) {
        TriggerScan.Starts mine = null;
        String text = t.text();
        for (int k = 0; k < patterns.size(); k++) {
            long[] starts = t.triggerStarts(patterns.get(k));
            if (starts == null) {
                if (mine == null) {
                    mine = own().scan(text);
                }
                starts = mine.of(patterns.get(k));
            }
            report(text, k, starts, sink);
        }
    }

    /** As {@link #scan(ScanText, Sink)} over a plain text. */
    void scan(CharSequence text, Sink sink) {
        TriggerScan.Starts mine = own().scan(text);
        for (int k = 0; k < patterns.size(); k++) {
            report(text, k, mine.of(patterns.get(k)), sink);
        }
    }

    private void report(CharSequence text, int k, long[] starts, Sink sink) {
        String keyword = keywords.get(k);
        for (int w = 0; w < starts.length; w++) {
            for (long bits = starts[w]; bits != 0; bits &= bits - 1) {
                int s = (w << 6) + Long.numberOfTrailingZeros(bits);
                int end = end(text, s, keyword);
                if (end >= 0) {
                    sink.found(k, s, end);
                }
            }
        }
    }

    /**
     * The position of the keyword's last character in an occurrence starting at {@code start}, or -1 when none
     * starts there: a trigger may hold only a keyword's first letters (RegexTrigger), so what follows is checked
     * here, as the keyword's regex would ({@link #regex}: each character one that folds to it, blanks between).
     */
    private static int end(CharSequence text, int start, String keyword) {
        int i = start;
        for (int j = 0; j < keyword.length(); j++) {
            while (j > 0 && i < text.length() && RequiredLiterals.skipped(text.charAt(i))) {
                i++;
            }
            if (i >= text.length() || Folds.OF[text.charAt(i)] != keyword.charAt(j)) {
                return -1;
            }
            i++;
        }
        return i - 1;
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

        static {
            for (int c = 0; c < 65536; c++) {
                OF[c] = Character.isSurrogate((char) c) || RequiredLiterals.skipped((char) c)
                        ? '\uFFFF' : RequiredLiterals.fold((char) c);
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
