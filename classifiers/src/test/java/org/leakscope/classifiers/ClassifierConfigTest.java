package org.leakscope.classifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.text.TextUnit;

class ClassifierConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsComeFromTheClasspath() {
        ClassifierConfig c = ClassifierConfig.load(null);
        assertEquals(0.5, c.reportThreshold());
        assertEquals("US_TOP_SECRET", c.markingSeverity().get(0));
        assertEquals("DEFENSE_RELATED", c.markingSeverity().get(c.markingSeverity().size() - 1));
        assertTrue(c.raw().containsKey("extract"));
    }

    @Test
    void userFileOverridesKeyByKey() throws Exception {
        Path f = Files.writeString(dir.resolve("my.yml"), "classify:\n  report-threshold: 0.7\n");
        ClassifierConfig c = ClassifierConfig.load(f);
        assertEquals(0.7, c.reportThreshold());
        // siblings of the overridden key keep their defaults
        assertEquals("markings/markings.yml", c.path("classify", "rule-packs", "markings"));
        assertEquals(((Map<?, ?>) ClassifierConfig.load(null).raw().get("extract")), c.raw().get("extract"));
    }

    @Test
    void badYamlNamesTheFile() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.yml"), "classify: [unclosed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassifierConfig.load(f));
        assertTrue(e.getMessage().contains("bad.yml"), e.getMessage());
    }

    @Test
    void aBareYamlBooleanInAWordListIsAnErrorNotTheWordFalse() {
        // "not_name_words: [number, no]" would hold "false", not "no"
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassifierConfig.stringList(List.of("number", Boolean.FALSE), "names.yml: key not_name_words"));
        assertTrue(e.getMessage().contains("not_name_words") && e.getMessage().contains("quote"), e.getMessage());
        assertEquals(List.of("number", "no"), ClassifierConfig.stringList(List.of("number", "no"), "k"));
    }

    @Test
    void everyWordListOfTheBundledPacksLoads() {
        // the bundled packs hold no bare no / on / yes where a word is meant (the classifier reads them all)
        new Classifier(ClassifierConfig.load(null));
    }

    @Test
    void badValueNamesFileAndKey() throws Exception {
        Path f = Files.writeString(dir.resolve("t.yml"), "classify:\n  report-threshold: 7\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassifierConfig.load(f));
        assertTrue(e.getMessage().contains("t.yml") && e.getMessage().contains("classify.report-threshold"),
                e.getMessage());
    }

    @Test
    void rulePackBesideTheUserFileWins() throws Exception {
        Files.createDirectories(dir.resolve("markings"));
        Files.writeString(dir.resolve("markings/markings.yml"), """
                rules:
                  - id: only-rule
                    code: CORP_CONFIDENTIAL
                    mode: line
                    regex: 'HOUSE SECRET'
                    score: 0.9
                """);
        Path f = Files.writeString(dir.resolve("c.yml"), "classify: {}\n");
        Classifier c = new Classifier(ClassifierConfig.load(f));
        assertEquals(Set.of("CORP_CONFIDENTIAL"),
                c.classify(java.util.List.of(org.leakscope.classifiers.text.TextUnit.line(1, "HOUSE SECRET"))).markings());
        assertTrue(c.classify(java.util.List.of(org.leakscope.classifiers.text.TextUnit.line(1, "SECRET"))).markings()
                .isEmpty());
    }

    @Test
    void badRuleNamesFileEntryAndKey() throws Exception {
        Files.createDirectories(dir.resolve("markings"));
        Files.writeString(dir.resolve("markings/markings.yml"), """
                rules:
                  - id: broken
                    code: US_SECRET
                    mode: line
                    regex: '(unclosed'
                    score: 0.9
                """);
        Path f = Files.writeString(dir.resolve("c.yml"), "classify: {}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Classifier(ClassifierConfig.load(f)));
        assertTrue(e.getMessage().contains("markings.yml") && e.getMessage().contains("broken")
                && e.getMessage().contains("regex"), e.getMessage());
    }

    @Test
    void disabledDetectorIsNotRun() throws Exception {
        Path f = Files.writeString(dir.resolve("d.yml"), "classify:\n  disabled-detectors: [email]\n");
        Classifier c = new Classifier(ClassifierConfig.load(f));
        assertTrue(c.classify(java.util.List.of(org.leakscope.classifiers.text.TextUnit.line(1, "a@example.com")))
                .findings().isEmpty());
    }

    @Test
    void unknownDetectorOrRegionIsRejected() throws Exception {
        Path f = Files.writeString(dir.resolve("u.yml"), "classify:\n  disabled-detectors: [emial]\n");
        assertThrows(IllegalArgumentException.class, () -> new Classifier(ClassifierConfig.load(f)));
        Path g = Files.writeString(dir.resolve("r.yml"), "classify:\n  phone-regions: [XX]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Classifier(ClassifierConfig.load(g)));
        assertTrue(e.getMessage().contains("classify.phone-regions"), e.getMessage());
        Path h = Files.writeString(dir.resolve("t.yml"), "classify:\n  phone-service-types: [TOLLFREE]\n");
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> new Classifier(ClassifierConfig.load(h)));
        assertTrue(t.getMessage().contains("classify.phone-service-types") && t.getMessage().contains("TOLLFREE"),
                t.getMessage());
    }

    @Test
    void organisationContactsAreLeftOutWhenTheConfigurationSaysWhich() throws Exception {
        List<TextUnit> text = List.of(TextUnit.line(1, "Customer service: 1-800-555-0199, support@example.com"));
        assertEquals(List.of("EMAIL_ADDRESS", "PHONE_NUMBER"), new Classifier(ClassifierConfig.load(null))
                .classify(text).findings().stream().map(x -> x.type()).sorted().toList());
        Path f = Files.writeString(dir.resolve("s.yml"),
                "classify:\n  phone-service-types: [TOLL_FREE]\n  email-role-names: [Support]\n");
        assertTrue(new Classifier(ClassifierConfig.load(f)).classify(text).findings().isEmpty());
    }
}
