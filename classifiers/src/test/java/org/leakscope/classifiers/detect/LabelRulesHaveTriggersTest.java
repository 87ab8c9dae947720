package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;

/**
 * Every regex rule of the configured detectors has a trigger ({@link RegexTrigger}): a rule without one is run by
 * find() at every position of every text. Two label rules written with an optional word at the start of an
 * alternative ("(?:our )?new tenant") lost theirs and took a third of the classifier's time on mixed text; nothing
 * else said so, as their findings were right.
 */
class LabelRulesHaveTriggersTest {

    @Test
    void everyConfiguredRuleHasATrigger() {
        Classifier c = new Classifier(ClassifierConfig.load(null));
        List<String> without = new ArrayList<>();
        for (Detector d : c.registry().detectors()) {
            if (d instanceof PatternDetector pd) {
                for (Pattern p : pd.patterns()) {
                    if (RegexTrigger.of(p) == null) {
                        without.add(d.id());
                    }
                }
            }
        }
        assertEquals(List.of(), without, "rules without a trigger (an optional part at the start of a label?)");
    }
}
