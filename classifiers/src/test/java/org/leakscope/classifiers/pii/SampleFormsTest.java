package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleFormsTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    @Test
    void placeholderNamesAreComparedWithoutSpacesWidthOrCase() {
        SampleForms s = SampleForms.of(List.of("山田 太郎", "John Doe", "John Q. Public"));
        assertTrue(s.any());
        assertTrue(s.placeholderName("山田　太郎"));
        assertTrue(s.placeholderName("山田太郎"));
        assertTrue(s.placeholderName("JOHN DOE"));
        assertTrue(s.placeholderName("John Q Public"));
        assertFalse(s.placeholderName("山田 花子"));
        assertFalse(s.placeholderName("John Doering"));
        assertFalse(s.placeholderName(null));
        assertFalse(SampleForms.of(List.of()).any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "12345678", "1234 5678 9012", "TK1234567", "0000000", "000-000-0000", "0123456"})
    void placeholderNumbers(String value) {
        assertTrue(SampleForms.placeholderNumber(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234576", "12345", "4000012345", "2345678", "0421773", "TK2834917", "abc"})
    void realLookingNumbersAreNoPlaceholders(String value) {
        assertFalse(SampleForms.placeholderNumber(value), value);
    }

    @Test
    void theSampleWords() {
        assertTrue(SampleForms.sample("振込先口座届（記入例）"));
        assertTrue(SampleForms.sample("W-4 SAMPLE completed"));
        assertTrue(SampleForms.sample("Specimen passport"));
        assertFalse(SampleForms.sample("Samples of the product were shipped"));
        assertFalse(SampleForms.sample("振込先口座届"));
    }

    @Test
    void aFilledInSamplesPlaceholdersAreNoOnesData() {
        assertEquals(Set.of(), types("振込先口座届（記入例）", "氏名：山田　太郎", "口座番号：1234567"));
        // the same form filled in for real, and a sample's real-looking values, are someone's
        assertEquals(Set.of("PERSON_NAME", "BANK_ACCOUNT"), types("振込先口座届", "氏名：山田　太郎", "口座番号：1234567"));
        assertEquals(Set.of("PERSON_NAME", "BANK_ACCOUNT"), types("振込先口座届（記入例）", "氏名：村井　由香", "口座番号：4471093"));
    }

    private static Set<String> types(String... lines) {
        List<TextUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            units.add(TextUnit.line(i + 1, lines[i]));
        }
        return C.classify(units).findings().stream().map(Finding::type).collect(Collectors.toSet());
    }
}
