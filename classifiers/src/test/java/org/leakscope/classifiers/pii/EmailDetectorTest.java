package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

class EmailDetectorTest {

    private final EmailDetector d = new EmailDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Contact: Taro.Yamada@Example.co.jp|taro.yamada@example.co.jp",
        "メール：ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ|hanako@example.jp",
        "<k.nakajima@towa-aero.example.co.jp>|k.nakajima@towa-aero.example.co.jp",
        "a+tag@sub.example.org, next|a+tag@sub.example.org"
    })
    void finds(String line, String value) {
        assertEquals(List.of(value), TestTexts.values(d, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Message-ID: <b5d751610ed458ab8501@towa-aero.example.co.jp>",
        "no at sign here",
        "user@localhost",
        "@example.com"
    })
    void ignores(String line) {
        assertEquals(List.of(), TestTexts.values(d, line));
    }

    @org.junit.jupiter.api.Test
    void masks() {
        assertEquals("t***@example.com", TestTexts.reported(d, "taro@example.com").get(0).masked());
    }
}
