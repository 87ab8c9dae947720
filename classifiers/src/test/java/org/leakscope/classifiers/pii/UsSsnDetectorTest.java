package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

class UsSsnDetectorTest {

    private final UsSsnDetector d = new UsSsnDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SSN: 604-51-6563|604516563",
        "Employee 813-20-7364 on file|813207364",       // dashed form stands on its own
        "Social Security Number 532456789|532456789",    // undashed needs the label
        "SS# 532 45 6789|532456789",
        "tax id: 117-02-3157|117023157",
        "Enter     Lucinda     Wainwright     722 - 01 - 4920|722014920", // OCR's blanks around a form's dashes
        "Soc1al security number 534 - 12 - 0937|534120937"
    })
    void finds(String line, String value) {
        assertEquals(List.of(value), TestTexts.values(d, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SSN: 078-05-1120",                      // the Woolworth wallet card sample
        "666-57-0363 Power supply",             // invalid area
        "926-37-4046 Gasket",                   // 9xx area is ITIN space
        "000-12-3456",
        "123-00-4567",
        "Reference 123456789",                  // undashed without a label
        "routing 222176709, account 31114760",  // ABA routing number
        "U.S. Passport No. 196358361",          // labelled as passport
        "Part no. 123-45-6789",
        "SSN: 123-45-6789",                      // the placeholder of sample and training forms
        "Social security number: 111-11-1111",
        "SSN: 123-45-6789-01",                  // part of a longer number
        "Score 123 - 45 - 6789 - 10",             // spaced dashes in a longer run
        "666 - 57 - 0363"                         // an invalid area, spaced or not
    })
    void rejects(String line) {
        assertEquals(List.of(), TestTexts.values(d, line));
    }

    @Test
    void columnHeaderIsContextForCells() {
        ScanText t = new ScanText(List.of(TextUnit.cell(null, 2, "I", "SSN", "604516563"),
                TextUnit.cell(null, 2, "J", "Routing", "011000015")));
        List<Finding> f = d.detect(t).stream().filter(x -> x.confidence() >= 0.5).toList();
        assertEquals(1, f.size());
        assertEquals("604516563", f.get(0).value());
        assertEquals("***-**-6563", f.get(0).masked());
        assertEquals("row=2;col=I", f.get(0).location());
        assertEquals("#2", f.get(0).recordKey());
    }
}
