package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automaton;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.MixedCorpus;
import org.leakscope.classifiers.text.ScanText;

/** A trigger must accept a prefix of every match (soundness); it should reject what the regex surely cannot start. */
class RegexTriggerTest {

    private static boolean starts(String regex, String text) {
        return RegexTrigger.mayMatchAt(Pattern.compile(regex), text, 0);
    }

    @Test
    void aClassIsFilledOverSmallGapsOnlyOutsideLatinKanaAndFullWidth() {
        java.util.BitSet letters = RegexSyntax.acceptedByScan(Pattern.compile("\\p{L}"));
        java.util.BitSet coarse = RegexTrigger.coarse(letters);
        // never less than the class
        java.util.BitSet lost = (java.util.BitSet) letters.clone();
        lost.andNot(coarse);
        assertTrue(lost.isEmpty(), "lost " + lost);
        // Greek: the final-sigma gap U+03A2 and the tonos marks between capitals are filled
        assertTrue(coarse.get(0x03A2) && !letters.get(0x03A2));
        // exact where the rules tell characters apart: digits and punctuation of Latin, CJK brackets, kana marks
        for (char c : "0 9,.-@「」『』、。・゛〒".toCharArray()) {
            assertFalse(coarse.get(c), "filled " + c);
        }
        assertTrue(coarse.cardinality() < letters.cardinality() + 20_000);
        int ranges = 0;
        for (int lo = coarse.nextSetBit(0); lo >= 0; lo = coarse.nextSetBit(coarse.nextClearBit(lo))) {
            ranges++;
        }
        assertTrue(ranges < 200, ranges + " ranges"); // \p{L} alone is over 600
    }

    @Test
    void wholeShapesOfIdentifiers() {
        String ssn = "(?<![\\d-])(?<v>\\d{3}-\\d{2}-\\d{4})(?![\\d-])";
        assertTrue(starts(ssn, "123-45-6789"));
        assertFalse(starts(ssn, "123-456-789"), "the trigger holds the whole shape, not just a digit");
        assertFalse(starts(ssn, "12-345-6789"));
        assertTrue(starts("\\d(?:[ -]?\\d){12,18}", "4111 1111 1111 1111"));
        assertFalse(starts("\\d(?:[ -]?\\d){12,18}", "4111 1111 111"));
    }

    @Test
    void flagsQuotesAndZeroWidthParts() {
        assertTrue(starts("(?i)secret", "SeCrEt"));
        assertFalse(starts("secret", "SECRET"));
        assertTrue(starts("(?i:ab)c", "ABc"));
        assertFalse(starts("(?i:ab)c", "ABC"));
        assertTrue(starts("x(?=y)\\bz", "xz"), "look-arounds and \\b are dropped: more, never less");
        assertTrue(starts("\\Qa.b\\E", "a.b"));
        assertFalse(starts("\\Qa.b\\E", "axb"));
        assertTrue(starts("a{2,}+b", "aaab"), "possessive read as greedy");
        assertTrue(RegexTrigger.of(Pattern.compile("PW", Pattern.CASE_INSENSITIVE)).step(0, 'p') >= 0);
    }

    @Test
    void classesMayMatchSupplementaryCodePoints() {
        assertTrue(starts(".x", "\uD83D\uDE00x"), "'.' matches one code point, two chars");
        assertTrue(starts("\\p{IsHan}+様", "\uD840\uDC0B様"));
        assertTrue(starts("[^a]b", "\uD83D\uDE00b"));
        assertFalse(starts("a", "\uD83D\uDE00"));
    }

    @Test
    void unknownPartsCutTheTrigger() {
        assertTrue(starts("(a)\\1b", "ax"), "a back reference ends the trigger after the group");
        assertNull(RegexTrigger.of(Pattern.compile("a*")), "a possibly empty match: any position");
        assertNull(RegexTrigger.of(Pattern.compile("(?=x)")));
        assertNull(RegexTrigger.of(Pattern.compile("a # b", Pattern.COMMENTS)));
        // too big to determinize whole: cut shorter, still sound
        Pattern bigRegex = Pattern.compile("[a-z][^\\n]{0,60}?\\d[^\\n]{0,40}?x");
        assertNotNull(RegexTrigger.of(bigRegex));
        assertTrue(RegexTrigger.mayMatchAt(bigRegex, "q" + "z".repeat(50) + "7" + "y".repeat(30) + "x", 0));
    }

    @Test
    void mayMatchAtRejectsOnlyWhatCannotMatch() {
        Pattern header = Pattern.compile(".*(fingerprint|指紋|face ?print).*");
        assertTrue(RegexTrigger.mayMatchAt(header, "left fingerprint scan", 0));
        assertTrue(RegexTrigger.mayMatchAt(header, "指紋", 0));
        assertFalse(RegexTrigger.mayMatchAt(header, "山田 太郎", 0));
        Pattern ssn = Pattern.compile("\\d{3}-\\d{2}-\\d{4}");
        assertTrue(RegexTrigger.mayMatchAt(ssn, "x123-45-6789", 1));
        assertFalse(RegexTrigger.mayMatchAt(ssn, "x123-45-6789", 0));
        assertFalse(RegexTrigger.mayMatchAt(ssn, "123-45", 0), "the text ends before the trigger accepts");
        assertTrue(RegexTrigger.mayMatchAt(Pattern.compile("a*"), "zzz", 0), "no trigger: no claim");
    }

    /** Every match of every rule of the default classifier begins where its trigger accepts. */
    @Test
    void everyRuleTriggerAcceptsEveryMatchOfItsRule() {
        Classifier c = new Classifier(ClassifierConfig.load(null));
        List<Pattern> patterns = new ArrayList<>();
        for (Detector d : c.registry().detectors()) {
            if (d instanceof ScanRules sr) {
                patterns.addAll(sr.patterns());
            }
        }
        List<String> texts = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            texts.add(new ScanText(new MixedCorpus(seed).mixedItem(32 * 1024)).text());
            texts.add(new ScanText(new MixedCorpus(seed).rosterItem(16 * 1024)).text());
        }
        texts.add(nearMisses(new Random(7), 40_000));
        List<String> examples = new ArrayList<>();
        for (Detector d : c.registry().detectors()) {
            if (d instanceof org.leakscope.classifiers.pii.LabelledValueDetector l) {
                examples.addAll(l.examplesMatch());
                examples.addAll(l.examplesNoMatch());
            }
        }
        texts.add(String.join("\n", examples));
        int matches = 0;
        int covered = 0;
        for (Pattern p : patterns) {
            Automaton t = RegexTrigger.of(p);
            if (t == null) {
                continue;
            }
            covered++;
            for (String text : texts) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    matches++;
                    assertTrue(RegexTrigger.mayMatchAt(p, text, m.start()), p + " matched \"" + m.group() + "\" at " + m.start());
                }
            }
        }
        assertTrue(covered >= patterns.size() - 2, covered + " of " + patterns.size() + " rules have a trigger");
        assertTrue(matches > 2_000, "the texts hold matches: " + matches);
        for (Pattern p : patterns) {
            Automaton t = RegexTrigger.of(p);
            if (t != null) {
                // what the union's build reverses and determinizes for each rule stays small
                assertTrue(t.getNumStates() <= 400 && t.getNumTransitions() <= 3_000,
                        p + ": " + t.getNumStates() + " states, " + t.getNumTransitions() + " transitions");
            }
        }
    }

    /** A name rule behind many label words: its trigger stops before the name's letters, or fits the budget. */
    @Test
    void aLongLabelListBeforeANameIsCutBeforeTheName() {
        String labels = "name|full name|customer|employee|cardholder|applicant|patient|account holder|payee|owner|author"
                + "|contact|requester|attn|dear";
        Pattern p = Pattern.compile("(?i:(?:" + labels + "))(?:[ \t]*[:：][ \t]*|[ \t]+)"
                + "(?<v>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\.)?(?: (?:Mc|Mac|O')?\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)?|\\p{Lu}{2,}))");
        Automaton t = RegexTrigger.of(p);
        assertTrue(t.getNumTransitions() <= 3_000, t.getNumTransitions() + " transitions");
        assertTrue(RegexTrigger.mayMatchAt(p, "Customer: Ana Łukasiewicz", 0));
        assertTrue(RegexTrigger.mayMatchAt(p, "Dear Émile Zola", 0));
        assertFalse(RegexTrigger.mayMatchAt(p, "Custom: Ana Lee", 0), "the labels stay in the trigger");
    }

    /**
     * A trigger ends before a run after a selective prefix, and after enough of a label before its separators and
     * value: the union scan then holds few states on any text (LabelRulesHaveTriggersTest), the regex confirms.
     */
    @Test
    void aSelectivePrefixEndsTheTriggerBeforeARunOrAValue() {
        Pattern key = Pattern.compile("(?<![A-Za-z0-9_-])(?<v>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])");
        assertTrue(RegexTrigger.mayMatchAt(key, "AIza!", 0), "the 35 characters are the regex's to confirm");
        assertFalse(RegexTrigger.mayMatchAt(key, "AIz!", 0));
        Pattern card = Pattern.compile("\\d(?:[ -]?\\d){12,18}");
        assertFalse(RegexTrigger.mayMatchAt(card, "4111 1111 111", 0), "a digit is no selective prefix: the shape stays");
        Pattern label = Pattern.compile("(?i:driver's license)(?:[ \t]*[:：#][ \t]*|[ \t]+)(?<v>[A-Z0-9]{5,12})");
        assertTrue(RegexTrigger.mayMatchAt(label, "Driver's license was renewed", 0), "the label alone");
        assertFalse(RegexTrigger.mayMatchAt(label, "Driver's licence", 0), "the whole label");
        Pattern optionalFirst = Pattern.compile("(?:[A-Z][a-z]+ (?:de|van) (?:van )?)?[A-Z][a-z]+straat \\d{1,4}");
        assertNotNull(RegexTrigger.of(optionalFirst), "shortened inside an optional start: the whole shape instead");
        assertTrue(RegexTrigger.selective(org.apache.lucene.util.automaton.Automata.makeString("AIza"), 24));
        assertFalse(RegexTrigger.selective(org.apache.lucene.util.automaton.Automata.makeCharRange('0', '9'), 8));
    }

    /** Latin Extended alternates capital and small letters: filled there, a case class is a few ranges. */
    @Test
    void caseClassesAreFewRangesOutsideLatin1() {
        java.util.BitSet upper = RegexSyntax.acceptedByScan(Pattern.compile("\\p{Lu}"));
        java.util.BitSet coarse = RegexTrigger.coarse(upper);
        assertTrue(coarse.get('\u0100') && coarse.get('\u0101'), "Ā and ā in one range");
        assertFalse(coarse.get('a'), "ASCII stays exact");
        assertFalse(coarse.get('\u00E9'), "Latin-1 stays exact: é is no capital");
        int ranges = 0;
        for (int lo = coarse.nextSetBit(0); lo >= 0; lo = coarse.nextSetBit(coarse.nextClearBit(lo))) {
            ranges++;
        }
        assertTrue(ranges < 60, ranges + " ranges"); // exact, \p{Lu} is over 600
    }

    /** Digits, separators, letters, kana and labels in random runs: many near misses of every rule. */
    static String nearMisses(Random r, int length) {
        String[] pieces = {"0", "1", "7", "9", "-", " ", "  ", ".", "/", "@", ":", "\n", "a", "Z", "x", "st", "Ave", "年",
            "月", "日", "東京都", "市", "〒", "password: ", "SSN ", "Tel ", "+81 ", "AKIA", "ghp_", "-----BEGIN ", "Name: ",
            "氏名 ", "routing ", "acct ", "Jan ", "19", "20", "\uD83D\uDE00", "例", "様", "ab.cd@ef.gh", "\t"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
