package org.leakscope.classifiers.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.MixedCorpus;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextNormalizer;
import org.leakscope.classifiers.text.TextUnit;

/**
 * The keyword pre-filter is an optimisation only: with it the rule pack must report exactly what it reports
 * when every rule is tried on every line and every pattern is run. The keywords are derived from the regexes
 * ({@link RequiredLiterals}); these tests hold the derivation to the rule pack's own examples and compare the
 * two paths over the examples, variants of them and generated items with markings laid in.
 */
class MarkingPrefilterTest {

    private static final MarkingDetector D = MarkingDetectorTest.D;
    private static final MarkingDetector PLAIN = D.withoutPrefilter();

    @Test
    void everyRuleAndBlockKeyHasKeywordsButTheRawRule() {
        Prefilter p = D.keywordFilter();
        for (int i = 0; i < D.rules().size(); i++) {
            MarkingRule r = D.rules().get(i);
            if (r.mode() == MarkingRule.Mode.RAW) {
                assertNull(p.keywordsOfLine(i), r.id()); // before NFKC: tried on each line by its first character
            } else {
                assertNotNull(p.keywordsOfLine(i), r.id() + " has no keyword: it would be tried on every line");
            }
        }
        for (int b = 0; b < D.blocks().size(); b++) {
            assertNotNull(p.keywordsOfLine(D.rules().size() + b), "block key " + D.blocks().get(b).name());
        }
    }

    @Test
    void everyMatchExampleHoldsOneOfEachOfItsRulesKeywordSets() {
        Prefilter p = D.keywordFilter();
        for (int i = 0; i < D.rules().size(); i++) {
            MarkingRule r = D.rules().get(i);
            List<Set<String>> clauses = p.clausesOfLine(i);
            if (clauses == null) {
                continue;
            }
            assertEquals(p.keywordsOfLine(i), clauses.get(0));
            for (String ex : r.examplesMatch()) {
                String seen = RequiredLiterals.canonical(TextNormalizer.normalize(ex));
                for (Set<String> ks : clauses) { // every set is required
                    assertTrue(ks.stream().anyMatch(seen::contains), r.id() + ": '" + ex + "' holds none of " + ks);
                }
            }
        }
    }

    @Test
    void itemPatternsWithKeywordsAreSkippedOnlyWhenNoneIsThere() {
        Prefilter p = D.keywordFilter();
        Prefilter.Item none = p.scan(ScanText.ofLines("plain text"), new int[] {0});
        assertTrue(none.may(Pattern.compile("x")), "an unregistered pattern: no claim");
        int withKeywords = 0;
        for (Pattern x : D.itemPatterns()) {
            Set<String> ks = p.keywordsOfItem(x);
            if (ks == null) {
                assertTrue(none.may(x), x.pattern());
                continue;
            }
            withKeywords++;
            assertFalse(none.may(x), x.pattern());
            // one keyword of each set: every set is required
            StringBuilder text = new StringBuilder("a");
            for (Set<String> set : p.clausesOfItem(x)) {
                text.append(' ').append(set.iterator().next());
                String k = set.iterator().next();
                if (p.clausesOfItem(x).size() > 1) {
                    assertFalse(p.scan(ScanText.ofLines("a " + k + " b"), new int[] {0}).may(x), x.pattern() + " with " + k
                            + " alone");
                }
            }
            assertTrue(p.scan(ScanText.ofLines(text + " b"), new int[] {0}).may(x), x.pattern() + " with " + text);
        }
        assertTrue(withKeywords > 40, "most context and defense patterns have keywords: " + withKeywords);
    }

    @Test
    void aLineIsACandidateOfARuleWithTwoSetsOnlyWhereBothStand() {
        Pattern itar = Pattern.compile("(?:This|These)\\s+[a-z]+[^\\n]{0,300}?\\bITAR\\b", Pattern.CASE_INSENSITIVE);
        assertEquals(2, RequiredLiterals.allOf(itar).size());
        String[] lines = {"This line only", "ITAR only", "These data are ITAR data", "this", "itar", "nothing"};
        // the same pattern read line by line (reach 0) and as a notice joined with the line after it (reach 1)
        Prefilter p = new Prefilter(List.of(itar, itar), new int[] {0, 1}, List.of());
        int[] starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
        Prefilter.Item item = p.scan(ScanText.ofLines(lines), starts);
        List<Integer> byLine = new ArrayList<>();
        List<Integer> joined = new ArrayList<>();
        item.lines().forEach((line, patterns) -> {
            if (patterns.get(0)) {
                byLine.add(line);
            }
            if (patterns.get(1)) {
                joined.add(line);
            }
        });
        assertEquals(List.of(2), byLine);          // "this" and "itar" on one line
        assertEquals(List.of(0, 1, 2, 3), joined); // or "this" on it and "itar" on the next ("itar" on 1, "these" on 2)
    }

    private static void assertSame(List<TextUnit> item, String what) {
        List<Finding> expected = PLAIN.detect(new ScanText(item));
        List<Finding> actual = D.detect(new ScanText(item));
        assertEquals(expected, actual, what);
    }

    /** The lines every rule, block and portion example gives, with the variants line forms undo. */
    private static List<String> exampleLines() {
        List<String> lines = new ArrayList<>();
        for (MarkingRule r : D.rules()) {
            lines.addAll(r.examplesMatch());
            lines.addAll(r.examplesNoMatch());
        }
        lines.addAll(D.portions().examplesMatch());
        lines.addAll(D.portions().examplesNoMatch());
        lines.addAll(List.of("Classified By: J. Smith, Director", "Derived From: DoD SCG 2021", "Declassify On: 20451231",
                "Controlled by: DoD CIO", "CUI Category: CTI", "Distribution/Dissemination Control: FEDCON", "POC: J. Doe",
                "指定者：防衛省", "保存期間：10年", "UK EYES ONLY", "Ministry of Defence", "DFARS 252.204-7012",
                "Contract FA8650-23-C-1234", "ミサイル 誘導弾 弾頭", "UNCLASSIFIED", "公開", "☐ SECRET", "□ 秘"));
        List<String> variants = new ArrayList<>();
        for (String l : lines) {
            variants.add(l);
            variants.add(l.toLowerCase(Locale.ROOT));
            variants.add(spaced(l));
            variants.add("【" + l + "】");
            variants.add("- " + l + " -");
            variants.add("Classification: " + l);
            variants.add("&C" + l + "&R&P");
            variants.add(l.length() > 2 ? l.substring(0, l.length() / 2) + "&C" + l.substring(l.length() / 2) : l);
            variants.add("☐ " + l);
            variants.add(l + "\tPage 3 of 10");
        }
        return variants;
    }

    private static String spaced(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(i > 0 ? " " : "").append(s.charAt(i) == ' ' ? " " : s.charAt(i));
        }
        return b.toString();
    }

    @Test
    void examplesAndTheirVariantsGiveTheSameFindings() {
        List<String> lines = exampleLines();
        for (String line : lines) {
            assertSame(List.of(TextUnit.line(1, line)), "alone: " + line);
            assertSame(List.of(TextUnit.pageLine(1, 1, "Report", true), TextUnit.pageLine(1, 2, "body text", false),
                    TextUnit.pageLine(1, 3, "more body", false), TextUnit.pageLine(1, 4, "s " + line + " r", false),
                    TextUnit.pageLine(1, 5, line, false), TextUnit.pageLine(1, 6, "x", false),
                    TextUnit.pageLine(1, 7, line, true)), "on a page: " + line);
        }
        List<TextUnit> all = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            all.add(TextUnit.line(i + 1, lines.get(i)));
        }
        assertSame(all, "all examples in one item");
    }

    /** A generated mixed item with example lines laid in as header/footer, body, wrapped, page-edge and cell units. */
    private static List<TextUnit> generated(long seed, List<String> lines) {
        Random rnd = new Random(seed);
        List<TextUnit> base = new MixedCorpus(seed).mixedItem(16 * 1024);
        List<TextUnit> item = new ArrayList<>();
        int page = 1;
        for (int i = 0; i < base.size(); i++) {
            String text = base.get(i).text();
            String marking = lines.get(rnd.nextInt(lines.size()));
            switch (rnd.nextInt(40)) {
                case 0 -> item.add(new TextUnit(marking, 0, i + 1, true, null, 0, null, null));
                case 1 -> item.add(TextUnit.line(i + 1, marking));
                case 2 -> {
                    int cut = marking.length() / 2; // a notice wrapped over the lines of one unit
                    item.add(TextUnit.line(i + 1, marking.substring(0, cut) + "\n" + marking.substring(cut) + "\n" + text));
                }
                case 3 -> item.add(TextUnit.pageLine(++page, 1, marking, true));
                case 4 -> item.add(TextUnit.cell("S" + seed, 1 + rnd.nextInt(4), String.valueOf((char) ('A' + rnd.nextInt(3))),
                        rnd.nextBoolean() ? null : "Classification", marking));
                default -> item.add(TextUnit.line(i + 1, text));
            }
        }
        return item;
    }

    @Test
    void generatedItemsWithMarkingsLaidInGiveTheSameFindings() {
        List<String> lines = exampleLines();
        Set<String> types = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 12; seed++) {
            List<TextUnit> item = generated(seed, lines);
            assertSame(item, "generated item, seed " + seed);
            D.detect(new ScanText(item)).forEach(f -> types.add(f.type()));
        }
        // the comparison means something only if the items give findings of many kinds
        assertTrue(types.size() >= 8, "too few kinds of markings: " + types);
    }
}
