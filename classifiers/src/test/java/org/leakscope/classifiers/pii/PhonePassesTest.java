package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which findNumbers passes the cheap stage asks for, by the shape of a span's window. */
class PhonePassesTest {

    private final PhonePasses passes = new PhonePasses(List.of("JP", "US", "GB"), List.of("0", "", "0"));

    /** The passes asked for; a number written with a plus is taken as found whole by the "ZZ" pass. */
    private String asked(String window) {
        PhonePasses.Groups g = PhonePasses.groups(window);
        List<int[]> international = g.plusChains(window).isEmpty() ? List.of() : List.of(new int[] {0, window.length()});
        StringBuilder b = new StringBuilder();
        passes.regional(g, international).forEach(p -> b.append(p.region()).append(' '));
        if (g.plus() && !g.plusChains(window).isEmpty()) {
            b.append("ZZ");
        }
        return b.toString().trim();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "090-1234-5678|JP GB",         // JP mobile; 0 + 9xxxxxxxxx is also a GB premium-rate shape
        "09012345678|JP GB",           // without hyphens
        "03-3445-4104|JP",             // JP landline
        "052(483)5144|JP",             // area code in brackets
        "(03) 3445-4104|JP",
        "+81 3 1234 5678|ZZ",          // international: the ZZ pass only
        "(+81) 90-1234-5678|ZZ",
        "(206) 235-2343|US",           // NANP
        "1 (212) 555-0199|US",         // NANP trunk 1
        "+1 212 555 0199|ZZ",
        "020 7946 0958|JP GB",         // UK national; 0 + 2xxxxxxxxx is a JP shape too
        "+44 20 7946 0958|ZZ",
        "4111 1111 1111 1111|''",      // card numbers
        "4111111111111111|''",
        "2026-11-01|''",               // dates
        "2023/07/06|''",
        "198.51.100.54|''",            // an IP address
        "order 12345-67890|''",        // an order number: no trunk 0, not a NANP 10-digit shape
        "v1.2.3.4|''",                 // a version string
        "ref 9876 5432 1987|''",
        "2025-04-14 14:15:03|''",      // a log time stamp (findNumbers drops it whole)
        "12,090-1234|''",              // a comma breaks a number: 12 and 090-1234 are apart
    })
    void asksOnlyThePassesTheShapeAllows(String window, String expected) {
        assertEquals(expected, asked(window));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ABC09012345678|JP GB",        // glued to letters: findNumbers judges the letters, the shape is there
        "09012345678xyz|JP GB",
        "010 81 3 1234 5678|JP",       // JP international prefix: left to findNumbers
    })
    void leavesToFindNumbersWhatTheShapeCannotTell(String window, String expected) {
        assertEquals(expected, asked(window));
    }
}
