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
    @ValueSource(strings = {"記入例", "氏名（記入例）", "見本です", "SAMPLE", "This is a sample.", "Specimen signature", "(sample)",
            "samples", "exsample", "Sampler", "specimens", "見る本", "", "a sample_form", "x\nsample"})
    void aSampleFormIsFoundAsItsRegexFindsIt(String text) {
        assertEquals(SampleForms.SAMPLE_FORM.matcher(text).find(), SampleForms.sample(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "12345678", "1234 5678 9012", "TK1234567", "0000000", "000-000-0000", "0123456",
            // fields each filled with its own placeholder (a 保険証 見本's 記号 and 番号)
            "記号 12345678 番号 1234", "12345678・1234", "記号 1234 番号 12", "記号 0000 番号 00",
            // the North American lines kept for fiction (555-0100 … 555-0199): a voter registration sample's phone
            "(503) 555-0100", "503-555-0199", "+1 212 555 0142", "1-415-555-0123"})
    void placeholderNumbers(String value) {
        assertTrue(SampleForms.placeholderNumber(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234576", "12345", "4000012345", "2345678", "0421773", "TK2834917", "abc",
            // one field a placeholder, the other not; short runs only; a single short run
            "記号 12345678 番号 4471", "記号 123 番号 12", "記号 1234", "19974757・1868",
            // 555 outside the fiction lines, a fiction line without its area code, a 555 area code
            "(503) 555-0200", "(503) 555-1234", "555-0100", "(555) 010-0123"})
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

    @Test
    void aSamplesOtherNumbersOfAPlaceholdersKindAreTheSamples() {
        // a 保険証 見本 prints a real insurer number beside its placeholder 記号・番号: neither is a member's
        assertEquals(Set.of(), types("健康保険　被保険者証（見本）", "記号　12345678　番号　1234　（枝番）00",
                "保険者番号　01130012"));
        // the same card as a copy of someone's: the 記号・番号 and the insurer number are the member's
        assertEquals(Set.of("JP_HEALTH_INSURANCE"), types("健康保険　被保険者証", "記号　40718825　番号　317　（枝番）00",
                "保険者番号　01130012"));
        // in a sample, a kind with no placeholder keeps its values (the real-looking account of a 記入例)
        assertEquals(Set.of("BANK_ACCOUNT"), types("振込先口座届（記入例）", "口座番号：4471093", "マイナンバー：1234 5678 9012"));
    }

    private static Set<String> types(String... lines) {
        List<TextUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            units.add(TextUnit.line(i + 1, lines[i]));
        }
        return C.classify(units).findings().stream().map(Finding::type).collect(Collectors.toSet());
    }
}
