package org.leakscope.classifiers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "０９０－１２３４－５６７８|090-1234-5678",
        "03‐1234‐5678|03-1234-5678",
        "123−45−6789|123-45-6789",
        "2020–2021|2020-2021",
        "1ー2|1-2",
        "コーヒー|コーヒー",          // long vowel mark in katakana stays
        "山田　太郎|山田 太郎",        // ideographic space
        "ＡＢＣ１２３|ABC123",
        "㊙|秘",                    // why ㊙ detection must use raw text
        "a - b|a - b"               // dashes between non-digits stay
    })
    void normalizes(String in, String expected) {
        assertEquals(expected, TextNormalizer.normalize(in));
    }
}
