package org.leakscope.classifiers.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap main-language guess: Japanese when kana/kanji are a real share of the letters (Japanese
 * business text mixes in Latin names, e-mails and codes), else a stop-word vote among en/de/fr/es.
 */
public final class LanguageGuesser {

    private static final double JA_SHARE = 0.2;
    private static final int MIN_VOTES = 2;
    /** No code point below U+2E80 (CJK Radicals Supplement) is Han, Hiragana or Katakana (checked over all of Unicode). */
    static final int FIRST_CJK = 0x2E80;
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}+/=_])[\\p{L}']{1,20}(?![\\p{L}\\p{N}+/=_])");
    private static final Map<String, Set<String>> STOP = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "for", "with", "this", "that", "are", "be",
                    "on", "will", "please", "your", "by"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine",
                    "für", "auf", "sie", "wir", "bitte"),
            "fr", Set.of("le", "la", "les", "et", "est", "des", "une", "pour", "dans", "pas", "que", "vous",
                    "nous", "du", "au", "sur"),
            "es", Set.of("el", "los", "las", "y", "es", "que", "una", "por", "para", "con", "del", "se", "su",
                    "al", "lo", "como"));

    private LanguageGuesser() {
    }

    /** ISO 639-1 code, or null when the text gives too little to go on. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int cjk = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            if (cp < FIRST_CJK) {
                continue; // UnicodeScript.of is a binary search over all script ranges, for every Latin letter
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA) {
                cjk++;
            }
        }
        if (letters == 0) {
            return null;
        }
        // kanji alone could be Chinese; kana decides, but Japanese tables often have kanji only
        if ((double) cjk / letters >= JA_SHARE) {
            return "ja";
        }
        Map<String, Integer> votes = new java.util.TreeMap<>();
        var m = WORD.matcher(text.length() > 200_000 ? text.substring(0, 200_000) : text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            for (var e : STOP.entrySet()) {
                if (e.getValue().contains(w)) {
                    votes.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestVotes = 0;
        for (var e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        if (bestVotes >= MIN_VOTES) {
            return best;
        }
        // tables of names and numbers have no stop words; Latin-only text of some length is most likely
        // English in this domain, a guess the report marks as such
        return letters >= 40 && cjk == 0 ? "en" : null;
    }
}
