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

    public ContextWords(List<String> words) {
        List<Pattern> p = new ArrayList<>();
        List<String> h = new ArrayList<>();
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            int sp = lw.indexOf(' ');
            h.add(sp < 0 ? lw : lw.substring(0, sp));
            boolean latin = lw.chars().allMatch(c -> c < 0x3000);
            String q = Pattern.quote(lw).replace(" ", "\\E[\\s_\\-.]*\\Q");
            p.add(Pattern.compile(latin ? "(?<![a-z0-9])" + q + "(?![a-z0-9])" : q));
        }
        this.patterns = List.copyOf(p);
        this.heads = List.copyOf(h);
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
        for (int i = 0; i < patterns.size(); i++) {
            if (lowerText.indexOf(heads.get(i)) < 0) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(lowerText);
            while (m.find()) {
                int d = m.end() <= hitPos ? hitPos - m.end() : Math.max(0, m.start() - hitPos);
                if (best < 0 || d < best) {
                    best = d;
                }
            }
        }
        return best;
    }
}
