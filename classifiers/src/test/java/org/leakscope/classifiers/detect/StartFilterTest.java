package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A start filter may only turn away starts where lookingAt() fails; it must turn away the ones it can tell. */
class StartFilterTest {

    private static final List<String> PATTERNS = List.of(
            "\\b\\d{1,6}[A-Z]? (?:[A-Z][a-z]+ ){1,3}(?:Street|Road)",
            "(?<v>\\b\\d{2,4} [A-Z][a-z]+)",
            "(?<![\\d-])(?<v>\\d{3}-\\d{2}-\\d{4})(?![\\d-])",
            "(?<=[:：] ?)\\d{4}",
            "(?<![\\p{L}\\p{N}])(?i:name|氏名)[:：]",
            "(?m)^[ \\t]*[A-Z][a-z]+,",
            "^Dear [A-Z]",
            "\\A\\d+",
            "(?:\\b\\d+|x\\d+)",
            "(?:(?<!a)b|c)d",
            "(?<!a)?b",
            "\\b(?:\\d|-)\\d",
            "(?:\\bé|\\d)\\d",
            "\\b\\p{L}{2}\\b",
            "(?<!\\S)@\\w+",
            "(?U)\\b\\w\\d",
            "(?d)(?m)^x",
            "(?<![A-Za-z0-9._%+-])[a-z]+@[a-z]+\\.(?:com|jp)");

    private static final String ALPHABET = "0123456789-- :：\n\r\u2028\tABCZabcxé\u0301Ωß_@.\uD835\uDC00名前氏";

    @Test
    void neverTurnsAwayAStartWhereLookingAtMatches() {
        Random random = new Random(7);
        for (String regex : PATTERNS) {
            Pattern p = Pattern.compile(regex);
            StartFilter filter = StartFilter.of(p);
            for (int round = 0; round < 300; round++) {
                String text = randomText(random, regex);
                Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int s = 0; s <= text.length(); s++) {
                    if (s < text.length() && Character.isLowSurrogate(text.charAt(s))) {
                        continue; // the scans never start inside a pair
                    }
                    m.region(s, text.length());
                    if (m.lookingAt()) {
                        String where = regex + " at " + s + " of " + text.replace("\n", "\\n");
                        assertTrue(s == text.length() || filter.admits(text, s), where);
                    }
                }
            }
        }
    }

    /** Random chars, with words of the pattern's own vocabulary often enough that it matches. */
    private static String randomText(Random random, String regex) {
        StringBuilder sb = new StringBuilder();
        String[] words = {"12 Main Road", "3053 Oak Street", "123-45-6789", "name: ", "Name：", "Dear Ann", "Smith,",
                "a@b.com", "x12", "bd", "cd", "ab", "éé", "@user", "\n  Ann,", "氏名：", "é1", "5d"};
        int n = 1 + random.nextInt(24);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(3) == 0) {
                sb.append(words[random.nextInt(words.length)]);
            } else {
                int k = random.nextInt(ALPHABET.length());
                char c = ALPHABET.charAt(k);
                sb.append(c);
                if (Character.isHighSurrogate(c)) {
                    sb.append(ALPHABET.charAt(k + 1));
                }
            }
        }
        return sb.toString();
    }

    @Test
    void turnsAwayStartsTheCharBeforeRulesOut() {
        StartFilter street = StartFilter.of(Pattern.compile("(?<v>\\b\\d{2,4} [A-Z][a-z]+)"));
        String text = "at 3053 Oak Avenue";
        assertTrue(street.admits(text, 3));
        assertFalse(street.admits(text, 4), "inside a number: \\b before a digit wants no word char before");
        StartFilter ssn = StartFilter.of(Pattern.compile("(?<![\\d-])(?<v>\\d{3}-\\d{2}-\\d{4})"));
        assertFalse(ssn.admits("x-123-45-6789", 2), "a '-' before");
        assertTrue(ssn.admits("123-45-6789", 0), "the text's start satisfies a negative look-behind");
        StartFilter lines = StartFilter.of(Pattern.compile("(?m)^[ \\t]*[A-Z][a-z]+,"));
        assertTrue(lines.admits("x\nAnn,", 2));
        assertFalse(lines.admits("x Ann,", 2), "multi-line ^ wants a line terminator before");
        StartFilter caret = StartFilter.of(Pattern.compile("^Dear [A-Z]"));
        assertFalse(caret.admits("\nDear Ann", 1), "^ without MULTILINE: the text's start only");
    }

    @Test
    void turnsAwayStartsTheRulesShapeRulesOut() {
        // the trigger of this rule may end after the number; the confirming automaton holds the street word
        StartFilter street = StartFilter.of(Pattern.compile("\\b\\d{1,6} (?:[A-Z][a-z]+ ){1,3}(?:Street|Road)"));
        assertTrue(street.admits("12 Main Street", 0));
        assertFalse(street.admits("5228 8574 2347", 0));
        assertFalse(street.admits("12 Main Stre", 0), "the text ends before the shape does");
    }

    @Test
    void anOptionalOrUnicodeBoundaryDemandsNothing() {
        assertTrue(StartFilter.of(Pattern.compile("(?<!a)?b")).admits("ab", 1));
        assertTrue(StartFilter.of(Pattern.compile("(?U)\\b\\w\\d")).admits("a\u0661\u0662", 1),
                "under UNICODE_CHARACTER_CLASS \\b's word chars differ: no guess");
        assertTrue(StartFilter.of(Pattern.compile("(?:(?<!a)b|c)d")).admits("acd", 1),
                "a branch without a look-behind lets any char stand before");
    }
}
