package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

class MyNumberDetectorTest {

    private final MyNumberDetector d = new MyNumberDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "マイナンバー：123456789018|123456789018",
        "個人番号 9832-0567-3214|983205673214",
        "My Number: 4652 8126 6333|465281266333",
        "個人番号：７３９８　３７４０　１１３０|739837401130"
    })
    void findsLabelledValidNumbers(String line, String value) {
        assertEquals(List.of(value), TestTexts.values(d, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "マイナンバー：123456789019",   // check digit wrong
        "123456789018",                // valid, but no label: at most low confidence
        "管理番号 200436320839"
    })
    void rejects(String line) {
        assertEquals(List.of(), TestTexts.values(d, line));
    }

    @Test
    void unlabelledValidNumberStaysBelowThreshold() {
        List<Finding> all = d.detect(ScanText.ofLines("番号 123456789018"));
        assertEquals(1, all.size());
        assertTrue(all.get(0).confidence() < TestTexts.THRESHOLD);
    }

    @Test
    void labelUpTo300CharsBeforeCounts() {
        String filler = "あ".repeat(200);
        assertEquals(List.of("123456789018"), TestTexts.values(d, "個人番号の提出", filler, "123456789018"));
        assertEquals(List.of(), TestTexts.values(d, "個人番号の提出", "あ".repeat(400), "123456789018"));
    }

    @Test
    void columnHeaderIsTheLabel() {
        ScanText t = new ScanText(List.of(TextUnit.cell("台帳", 3, "D", "個人番号（マイナンバー）", "8268 4859 9196")));
        List<Finding> f = d.detect(t).stream().filter(x -> x.confidence() >= 0.5).toList();
        assertEquals(1, f.size());
        assertEquals("********9196", f.get(0).masked());
        assertEquals("sheet=台帳;row=3;col=D", f.get(0).location());
    }
}
