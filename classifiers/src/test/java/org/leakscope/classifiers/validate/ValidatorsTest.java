package org.leakscope.classifiers.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorsTest {

    @ParameterizedTest
    @CsvSource({
        "123456789018, true", "983205673214, true", "4652-8126-6333, true", "8268 4859 9196, true",
        "123456789019, false", "983205673215, false", "000000000000, false", "12345678901, false"
    })
    void myNumberCheckDigit(String n, boolean valid) {
        assertEquals(valid, MyNumberCheck.isValid(n));
    }

    @ParameterizedTest
    @CsvSource({
        "4111111111111111, VALID", "5555555555554444, VALID", "378282246310005, VALID", "3530111333300000, VALID",
        "6011111111111117, VALID", "4111111111111112, INVALID",   // Luhn fails
        "5086560464490689, INVALID", "1234567812345670, INVALID", // unknown issuer range, even if Luhn held
        "4444444444444448, INVALID", "4111111111111111, VALID"     // filler digits; the Visa test number is card-shaped
    })
    void cards(String n, Validation v) {
        assertEquals(v, CardIin.validate(n));
    }

    @ParameterizedTest
    @CsvSource({
        "604-51-6563, true", "123-45-6789, true", "078-05-1120, false", "219-09-9999, false", "000-12-3456, false",
        "666-57-0363, false", "926-37-4046, false", "123-00-4567, false", "123-45-0000, false", "111-11-1111, false"
    })
    void ssnRules(String n, boolean valid) {
        assertEquals(valid, SsnRules.isValid(n));
    }

    @ParameterizedTest
    @CsvSource({"912-70-1234, true", "900-50-1234, true", "912-93-1234, false", "123-70-1234, false"})
    void itinRules(String n, boolean valid) {
        assertEquals(valid, SsnRules.isItin(n));
    }

    @ParameterizedTest
    @CsvSource({"011000015, true", "021000021, true", "222176709, true", "123456789, false", "011000016, false"})
    void abaRouting(String n, boolean valid) {
        assertEquals(valid, AbaRouting.isValid(n));
    }

    @ParameterizedTest
    @CsvSource({
        "DE89 3704 0044 0532 0130 00, true", "GB82 WEST 1234 5698 7654 32, true", "FR1420041010050500013M02606, true",
        "DE89 3704 0044 0532 0130 01, false", "DE89 3704 0044 0532 0130, false", "XX89370400440532013000, false"
    })
    void iban(String n, boolean valid) {
        assertEquals(valid, Iban.isValid(n));
    }

    @ParameterizedTest
    @CsvSource({"79927398713, true", "79927398710, false", "'', false", "12a4, false"})
    void luhn(String n, boolean valid) {
        assertEquals(valid, Luhn.isValid(n));
    }
}
