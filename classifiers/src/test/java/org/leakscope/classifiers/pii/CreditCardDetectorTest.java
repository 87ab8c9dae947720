package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

class CreditCardDetectorTest {

    private final CreditCardDetector d = new CreditCardDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Card: 5548-1061-2477-4558 exp 05/30|5548106124774558|************4558",
        "4111 1111 1111 1111|4111111111111111|************1111",
        "Amex 3782 822463 10005|378282246310005|***********0005",
        "JCB ３５３０１１１３３３３０００００|3530111333300000|************0000",
        // after kana or kanji with no blank: still a card (only Latin letters glue digits into a token)
        "カード番号4111111111111111|4111111111111111|************1111",
        "card=4111111111111111;exp=05/30|4111111111111111|************1111",
        // a magnetic track's format code glued before the number
        "%B4539148803436467^WHITAKER/HEATHER^2804101|4539148803436467|************6467"
    })
    void finds(String line, String value, String masked) {
        assertEquals(List.of(value), TestTexts.values(d, line));
        assertEquals(masked, TestTexts.reported(d, line).get(0).masked());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4111 1111 1111 1112",                  // Luhn fails
        "追跡番号 5086560464490689",            // tracking number, no issuer, Luhn fails
        "Order no. 3554017536875872",           // JCB-range look-alike failing Luhn
        "Tracking: 4111111111111111",           // Luhn-valid, but labelled as tracking
        "ISBN 978-4-87311-565-8",
        "411111111111",                         // too short
        // a Luhn-valid Visa-range run inside a key fingerprint or a hash: digits glued to letters are a token's
        "Accepted publickey for m.sasaki ssh2: ED25519 SHA256:af7ace68d4511060710201dd9dd5b568ce43b785349",
        "session=ab4111111111111111cd",
        "token 4111111111111111abcdef0123456789",
        // a German mobile written internationally: Luhn-valid, Visa's 4 first, but a plus before it
        "Dr Fitzpatrick phoned from +49-151-98844701 asking to move the payout"
    })
    void rejects(String line) {
        assertEquals(List.of(), TestTexts.values(d, line));
    }
}
