package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which digit spans the GB search is asked about at all (the rest cannot hold a UK number as the British write it). */
class GbNationalNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tel: 020 7946 0958|true",
            "Mob 07700 900123|true",
            "Childline 0800 1111|true",
            "UK office: +44 20 7946 0958|true",
            "(0161) 496 0732|true",
            "携帯 090-6452-4864|false",      // hyphens: never British writing
            "(415) 555-7462|false",         // not 0-led
            "Ref 0123 45|false",            // too few digits for any GB number
            "date 03/14/1987 and 02134|false",
            "TEL 03.1234.5678|false"})
    void spansWorthTheGbSearch(String text, boolean expected) {
        Matcher m = PhoneDetector.DIGIT_SPAN.matcher(text);
        boolean any = false;
        while (m.find()) {
            any |= GbNationalNumbers.mayHold(text, m.start(), m.end());
        }
        assertEquals(expected, any, text);
    }
}
