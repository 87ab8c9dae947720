package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.MixedCorpus;
import org.leakscope.classifiers.marking.MarkingDetector;
import org.leakscope.classifiers.marking.MarkingRule;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.pii.LabelledValueDetector;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * The character index and the union automaton are optimisations only: every detector must report exactly the same findings
 * (type, value, mask, confidence, location, detector, offset) with it as with its own whole-text scans.
 */
class IndexedScanEquivalenceTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    private static void assertSame(List<TextUnit> item, String what) {
        ScanText plain = ScanText.unindexed(item);
        ScanText indexed = new ScanText(item);
        ScanText triggered = new ScanText(item, C.triggers());
        for (Detector d : C.registry().detectors()) {
            List<Finding> expected = d.detect(plain);
            assertEquals(expected, d.detect(indexed), what + ": detector " + d.id());
            assertEquals(expected, d.detect(triggered), what + ": detector " + d.id() + " through the union automaton");
        }
    }

    @Test
    void generatedMixedItemsGiveTheSameFindings() {
        for (long seed = 1; seed <= 6; seed++) {
            assertSame(new MixedCorpus(seed).mixedItem(48 * 1024), "mixed item, seed " + seed);
        }
    }

    @Test
    void generatedRostersGiveTheSameFindings() {
        for (long seed = 1; seed <= 3; seed++) {
            assertSame(new MixedCorpus(seed).rosterItem(24 * 1024), "roster, seed " + seed);
        }
    }

    @Test
    void generatedItemsHoldFindings() {
        // the comparison above means something only if the corpus yields findings of many kinds
        ScanText t = new ScanText(new MixedCorpus(1).mixedItem(48 * 1024));
        List<String> types = new ArrayList<>();
        for (Detector d : C.registry().detectors()) {
            d.detect(t).forEach(f -> types.add(f.type()));
        }
        for (String type : List.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PERSON_NAME", "POSTAL_ADDRESS",
                "US_SSN", "JP_MY_NUMBER", "DATE_OF_BIRTH", "IP_ADDRESS")) {
            assertFalse(types.stream().noneMatch(type::equals), "corpus has no " + type);
        }
    }

    @Test
    void ruleExamplesGiveTheSameFindings() {
        List<String> lines = new ArrayList<>();
        for (Detector d : C.registry().detectors()) {
            if (d instanceof MarkingDetector md) {
                for (MarkingRule r : md.rules()) {
                    lines.addAll(r.examplesMatch());
                    lines.addAll(r.examplesNoMatch());
                }
            } else if (d instanceof LabelledValueDetector l) {
                lines.addAll(l.examplesMatch());
                lines.addAll(l.examplesNoMatch());
            }
        }
        // each example alone (first line: an edge), and all of them as one item
        for (String line : lines) {
            assertSame(List.of(TextUnit.line(1, line)), "example " + line);
            assertSame(List.of(TextUnit.line(1, "Notes"), TextUnit.line(2, "x"), TextUnit.line(3, "y"),
                    TextUnit.line(4, "z"), TextUnit.line(5, "w"), TextUnit.line(6, "v"), TextUnit.line(7, "u"),
                    TextUnit.line(8, "t"), TextUnit.line(9, "s " + line + " r"), TextUnit.line(10, line),
                    TextUnit.line(11, "q"), TextUnit.line(12, "p"), TextUnit.line(13, "o"), TextUnit.line(14, "n")),
                    "example in the body " + line);
        }
        List<TextUnit> all = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            all.add(TextUnit.line(i + 1, lines.get(i)));
        }
        assertSame(all, "all examples");
    }
}
