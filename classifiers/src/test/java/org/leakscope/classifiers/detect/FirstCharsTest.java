package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {

    private static FirstChars fc(String regex) {
        return FirstChars.of(Pattern.compile(regex));
    }

    @Test
    void literalsClassesAndLookBehinds() {
        FirstChars f = fc("(?<![\\d-])(?<v>\\d{3}-\\d{2})");
        assertTrue(f.contains('7'));
        assertFalse(f.contains('-'));
        assertFalse(f.contains('a'));
        assertTrue(fc("(?:foo|bar)x").contains('b'));
        assertFalse(fc("(?:foo|bar)x").contains('x'));
    }

    @Test
    void aWordListsFirstCharacters() {
        FirstChars f = FirstChars.ofWords(List.of("九段", "名人", "女流名人"));
        assertTrue(f.contains('九'));
        assertTrue(f.contains('女'));
        assertFalse(f.contains('段'), "only a word's first character");
        assertFalse(f.contains('人'));
        assertFalse(FirstChars.ofWords(List.of()).contains('九'));
    }

    @Test
    void optionalPartsLetTheNextPartStart() {
        FirstChars f = fc("(?:〒 ?\\d{3})?東京");
        assertTrue(f.contains('〒'));
        assertTrue(f.contains('東'));
        assertFalse(f.contains(' '));
        assertTrue(fc("a*b").contains('b'));
        assertTrue(fc("a{0,2}b").contains('b'));
        assertFalse(fc("a{1,2}b").contains('b'));
    }

    @Test
    void caseInsensitivityAddsTheOtherCase() {
        assertTrue(fc("(?i)dob").contains('D'));
        assertTrue(fc("(?i:x)|y").contains('X'));
        assertFalse(fc("(?i:x)|y").contains('Y'));
        assertTrue(fc("a(?i)|b").contains('a'));
        assertTrue(FirstChars.of(Pattern.compile("pw", Pattern.CASE_INSENSITIVE)).contains('P'));
    }

    @Test
    void emptyMatchesAndUnknownConstructsMeanAnyPosition() {
        assertNull(fc("a*"));
        assertNull(fc("(?=x)"));
        assertNull(FirstChars.of(Pattern.compile("a # c", Pattern.COMMENTS)));
    }

    @Test
    void anUnknownConstructEndsTheTriggerButKeepsWhatStandsBefore() {
        // a back reference is not understood: a match still starts with the group before it
        assertTrue(fc("(a)\\1").contains('a'));
        assertFalse(fc("(a)\\1").contains('b'));
        // an optional part that is not understood: what follows it is unknown, so any position
        assertNull(fc("(?<n>q)?(?:x\\k<n>)?y"));
    }

    @Test
    void nonLiteralAtomsAdmitSurrogates() {
        assertTrue(fc("\\p{IsHan}").contains('\uD840'));
        assertTrue(fc(".").contains('\uDC00'));
        assertFalse(fc("a").contains('\uD840'));
    }

    /** The indexed match loop reports what find() reports, on random text full of near misses. */
    @Test
    void indexedMatchesEqualFindOnRandomText() {
        List<String> regexes = List.of("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])", "\\b[A-Z][a-z]+ [A-Z][a-z]+\\b",
                "(?m)^\\s*(?i:secret|top secret)\\s*$", "(?<![A-Za-z])(?i:pw|password)\\s*[:=]\\s*(?<v>\\S{4,})",
                "[A-Za-z0-9._]+@[a-z]+\\.[a-z]{2,3}", "(?:秘|極秘)(?![\\p{IsHan}])", "\\d[ -]?\\d[ -]?\\d");
        Random rnd = new Random(3);
        String alphabet = "0123456789--  \n\tAaBbSsEeCcRrTtPpWw:=@._秘極社外";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = 50 + rnd.nextInt(400);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                if (rnd.nextInt(40) == 0) {
                    b.append(List.of("123-45-6789", "Jane Doe", "\nSECRET\n", "pw: hunter22", "a.b@ex.com", "極秘").get(rnd.nextInt(6)));
                }
            }
            String text = b.toString();
            CharIndex index = new CharIndex(text);
            for (String r : regexes) {
                Pattern p = Pattern.compile(r);
                List<String> expected = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) {
                    expected.add(m.start() + ":" + m.group());
                }
                List<String> actual = new ArrayList<>();
                CharIndex.forEachMatch(text, index, p, x -> actual.add(x.start() + ":" + x.group()));
                assertEquals(expected, actual, r + " on " + text);
            }
        }
    }
    private static boolean anchored(String regex, int flags) {
        return FirstChars.startAnchored(Pattern.compile(regex, flags));
    }

    @Test
    void startAnchoredOnlyWhenEveryBranchBeginsWithACaret() {
        assertTrue(anchored("^a|^b", 0));
        assertTrue(anchored("^(a|b)", 0));
        assertTrue(anchored("^\\W{0,3}CUI\\s+Categor(?:y|ies)", Pattern.CASE_INSENSITIVE));
        assertTrue(anchored("^[|]x", 0));
        assertTrue(anchored("^\\|x", 0));
        assertTrue(anchored("^a\\Q|b\\E", 0));
        assertFalse(anchored("^a|b", 0));
        assertFalse(anchored("(^a)", 0)); // conservative: the caret stands in a group
        assertFalse(anchored("a", 0));
        assertFalse(anchored("a^", 0));
        assertFalse(anchored("^a", Pattern.MULTILINE));
        assertFalse(anchored("(?m)^a", 0));
        assertFalse(anchored("^a(?m)|^b", 0)); // the second caret would match after any line break
        assertFalse(anchored("^a", Pattern.COMMENTS));
    }

    @Test
    void findOfAnAnchoredPatternIsFind() {
        List<String> regexes = List.of("^a|^b", "^\\W{0,3}dist(?:ribution|\\.)\\s+statement\\s*([b-f])", "^\\s*(?:\\[x\\]|\\(x\\))",
                "^(?:ab|a)c?", "^x*y", "^a|b");
        Random r = new Random(5);
        String alphabet = "ab xy()[]-.\n\tDISTRIBUTION STATEMENT Cc";
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            for (int k = 0; k < 2000; k++) {
                StringBuilder b = new StringBuilder();
                int n = r.nextInt(12);
                for (int i = 0; i < n; i++) {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                if (k % 3 == 0) {
                    b.insert(0, k % 2 == 0 ? " distribution statement c" : "[x] ");
                }
                String s = b.toString();
                assertEquals(p.matcher(s).find(), FirstChars.find(p, s), regex + " on '" + s + "'");
            }
        }
    }
}
