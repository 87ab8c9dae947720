package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContextWordsTest {

    /** Long enough for the bigram pre-filter (a one-character word and a spaced one among them). */
    private static final List<String> WORDS = List.of("tel", "ph", "date of birth", "電話", "aa", "e-mail", "dob", "〒",
            "phone no");

    /** The distance as each word's regex find() loop gave it before one-word labels were found with indexOf. */
    private static int distanceByRegex(String lowerText, int hitPos) {
        int best = -1;
        for (String w : WORDS) {
            boolean latin = w.chars().allMatch(c -> c < 0x3000);
            String q = Pattern.quote(w).replace(" ", "\\E[\\s_\\-.]*\\Q");
            Matcher m = Pattern.compile(latin ? "(?<![a-z0-9])" + q + "(?![a-z0-9])" : q).matcher(lowerText);
            while (m.find()) {
                int d = m.end() <= hitPos ? hitPos - m.end() : Math.max(0, m.start() - hitPos);
                best = best < 0 || d < best ? d : best;
            }
        }
        return best;
    }

    @Test
    void distanceAsTheRegexesGiveIt() {
        String[] pieces = {"tel", "tel", "ph", "aa", "a", "電話", "電", "話", "date", " of ", "birth", "-", "e-mail", "mail",
            "dob", "x", "1", " ", "_", ".", "\n", "é", "\u0000", "😀", "〒", "phone", "no", "one"};
        ContextWords words = new ContextWords(WORDS);
        Random r = new Random(3);
        int found = 0;
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            int hitPos = r.nextInt(text.length() + 1);
            int expected = distanceByRegex(text, hitPos);
            assertEquals(expected, words.distance(text, hitPos), text + " @" + hitPos);
            found += expected >= 0 ? 1 : 0;
        }
        assertTrue(found > 2000, "texts with a word: " + found);
    }

    @Test
    void latinWordsStandAloneJapaneseWordsNeedNot() {
        ContextWords words = ContextWords.of("Tel", "電話");
        assertEquals(-1, words.distance("hotel 123", 6));
        assertEquals(2, words.distance("tel: 123", 5));
        assertEquals(1, words.distance("お電話番号", 0));   // inside a word
    }
}
