package org.leakscope.classifiers.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
    static final Map<String, Set<String>> STOP = Map.of(
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

    /** The longest stop word: a longer word never votes (lower-casing never shortens a word). */
    private static final int LONGEST_STOP = STOP.values().stream().flatMap(Set::stream).mapToInt(String::length).max().orElse(0);

    /**
     * Stop words per language among the {@link #WORD} matches of {@code text}, as {@code find()} over the text
     * gives them, without trying the regex at every position. A match is a run of letters and apostrophes, so
     * each maximal such run is searched on its own; a run of BMP letters alone is one match exactly when it has
     * at most 20 letters and neither neighbour is a letter, number, '+', '/', '=' or '_' (otherwise none of its
     * positions can start one). Runs with an apostrophe or a supplementary character go through the regex.
     */
    static Map<String, Integer> votes(String text) {
        Map<String, Integer> votes = new java.util.TreeMap<>();
        Matcher m = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean plain = true;
            while (i < n && wordChar(cp = text.codePointAt(i))) {
                plain &= cp != '\'' && cp <= 0xFFFF;
                i += Character.charCount(cp);
            }
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            char after = i < n ? text.charAt(i) : ' ';
            if (plain && !Character.isSurrogate(before) && !Character.isSurrogate(after)) {
                if (i - start <= Math.min(20, LONGEST_STOP) && !bounding(before) && !bounding(after)) {
                    count(text.substring(start, i), votes);
                }
                continue;
            }
            if (m == null) {
                m = WORD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(start, i);
            while (m.find()) {
                count(m.group(), votes);
            }
        }
        return votes;
    }

    private static boolean wordChar(int cp) {
        return cp == '\'' || (cp <= 0xFFFF ? (LETTER[cp >>> 6] & (1L << cp)) != 0 : Character.isLetter(cp));
    }

    /** A neighbour that the regex's look-behind and look-ahead reject: {@code [\\p{L}\\p{N}+/=_]}. */
    private static boolean bounding(char c) {
        if (c == '+' || c == '/' || c == '=' || c == '_' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static void count(String word, Map<String, Integer> votes) {
        if (word.length() > LONGEST_STOP) {
            return;
        }
        Integer langs = STOP_LANGS.get(word.toLowerCase(Locale.ROOT));
        if (langs != null) {
            for (int l = 0; l < LANGS.size(); l++) {
                if ((langs & (1 << l)) != 0) {
                    votes.merge(LANGS.get(l), 1, Integer::sum);
                }
            }
        }
    }

    /** The languages of {@link #STOP}, and per stop word the bits of the languages it is one of: one lookup a word. */
    private static final List<String> LANGS = STOP.keySet().stream().sorted().toList();
    private static final Map<String, Integer> STOP_LANGS = stopLangs();

    private static Map<String, Integer> stopLangs() {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int l = 0; l < LANGS.size(); l++) {
            int bit = 1 << l;
            STOP.get(LANGS.get(l)).forEach(w -> out.merge(w, bit, (a, b) -> a | b));
        }
        return Map.copyOf(out);
    }

    /** ISO 639-1 code, or null when the text gives too little to go on. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Tally tally = new Tally();
        tally.add(text);
        return tally.guess();
    }

    /** Per BMP char: a letter; a Han, Hiragana or Katakana letter. */
    private static final long[] LETTER = new long[1024];
    private static final long[] CJK = new long[1024];

    static {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (!Character.isSurrogate((char) c) && Character.isLetter(c)) {
                LETTER[c >>> 6] |= 1L << c;
                if (isCjk(c)) {
                    CJK[c >>> 6] |= 1L << c;
                }
            }
        }
    }

    private static boolean isCjk(int cp) {
        if (cp < FIRST_CJK) {
            return false; // UnicodeScript.of is a binary search over all script ranges
        }
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA;
    }

    /**
     * The counts a guess is made of, added up over the pieces of a text that is read in parts: the guess over
     * all pieces is the guess over their concatenation.
     */
    public static final class Tally {
        /** Stop words are counted in this many characters at most. */
        private static final int VOTED_CHARS = 200_000;
        /** The pieces of the first {@link #VOTED_CHARS} characters, in order. */
        private final List<String> toVote = new java.util.ArrayList<>(1);
        private long cjk;
        private long letters;
        private int voted;

        public void add(String text) {
            for (int i = 0; i < text.length(); ) {
                char c = text.charAt(i);
                if (!Character.isSurrogate(c)) {
                    // a table per BMP char: Character.isLetter and UnicodeScript.of (a binary search over all
                    // script ranges) for every char were a tenth of classifying Japanese text
                    i++;
                    if ((LETTER[c >>> 6] & (1L << c)) != 0) {
                        letters++;
                        if ((CJK[c >>> 6] & (1L << c)) != 0) {
                            cjk++;
                        }
                    }
                    continue;
                }
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    letters++;
                    if (isCjk(cp)) {
                        cjk++;
                    }
                }
            }
            if (voted < VOTED_CHARS) {
                // kept, not counted: a Japanese text is decided by its letters and never needs its stop words
                String part = text.length() > VOTED_CHARS - voted ? text.substring(0, VOTED_CHARS - voted) : text;
                toVote.add(part);
                voted += part.length();
            }
        }

        long letters() {
            return letters;
        }

        long cjk() {
            return cjk;
        }

        /** ISO 639-1 code, or null when the text gives too little to go on. */
        public String guess() {
            if (letters == 0) {
                return null;
            }
            // kanji alone could be Chinese; kana decides, but Japanese tables often have kanji only
            if ((double) cjk / letters >= JA_SHARE) {
                return "ja";
            }
            Map<String, Integer> votes = new java.util.TreeMap<>();
            for (String part : toVote) {
                votes(part).forEach((lang, n) -> votes.merge(lang, n, Integer::sum));
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
}
