package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

/** Names in capitals after form and card labels, and the words and firms that are no name (names.yml). */
class CapsAndNotNamesTest {

    private static final LatinNameDetector D = new LatinNameDetector(List.of("John", "Maria", "Mary", "Taro", "Robert"),
            List.of("Bill", "Grant", "Morgan", "Maple"), List.of("Chen"),
            List.of("name", "name on card", "cardholder", "account holder", "insured", "employee"),
            List.of("payment", "application", "drive", "controls"), List.of("Morgan Stanley"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Cardholder: JOHN A SMITH|JOHN A SMITH",
        "NAME ON CARD: MARIA L GONZALEZ|MARIA L GONZALEZ",
        "name on card:MARIA GONZALEZ|MARIA GONZALEZ",
        "Name on card: MR JOHN SMITH|JOHN SMITH",
        "Name: TANAKA TARO|TANAKA TARO",
        "Name: O'CONNOR, MARY|O'CONNOR, MARY",
        "Employee ROBERT CHEN (r.chen@example.com)|ROBERT CHEN",
        "Card 4111 — cardholder JOHN SMITH, exp 08/27|JOHN SMITH",
        // no label, or a label word inside a longer word
        "JOHN A SMITH|",
        "Surname: JOHN SMITH|",
        // no given name of the lists; an organisation or not-a-name word
        "Name: ANNUAL REPORT|",
        "Cardholder: CORPORATE ACCOUNT|",
        "Name: BILL PAYMENT|",
        "Name: GRANT APPLICATION|",
        // a long-tail given name (Bill, Grant) only before an initial: it is a word as often
        "Name: BILL SMITH|",
        "Name: BILL J SMITH|BILL J SMITH",
        // three words written family name first: only a first given name counts
        "Name: TANAKA TARO HANAKO|",
        // one word, or a name that runs on into lower case
        "Name: JOHN|",
        "Name: JOHN SMITHson|",
    })
    void capitalsAfterALabel(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(D, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Contact: Morgan Stanley|",
        "Approved by: Johnson Controls|",
        "Dear customer, your parcel to 1180 Maple Drive has shipped.|",
        "Contact: Morgan Freeman|Morgan Freeman",
        "Prepared by: Maple Smith|Maple Smith",
    })
    void notNames(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(D, text));
    }

    @Test
    void formLabelsAreContextForLongTailNames() {
        // Maple is a long-tail given name: alone it needs context, and a card or form label gives it
        assertEquals(List.of(), TestTexts.values(D, "Maple Smith arrived."));
        assertEquals(List.of("Maple Smith"), TestTexts.values(D, "Insured: Maple Smith, policy 4471"));
        assertEquals(List.of("Maple Smith"), TestTexts.values(D, "Employee Maple Smith joined."));
    }

    @Test
    void notNamesFoldCaseAndSplitOnPunctuation() {
        NotNames n = NotNames.of(List.of(" Drive ", "HOTEL"), List.of("Morgan  Stanley"));
        assertTrue(n.rejects("Maple DRIVE"));
        assertTrue(n.rejects("Park Avenue Hotel."));
        assertTrue(n.rejects("Morgan Stanley"));
        assertFalse(n.rejects("Morgan Stanleyson"));
        assertFalse(n.rejects("Drivers Smith"));
        assertFalse(n.rejects(null));
        assertFalse(NotNames.NONE.rejects("Maple Drive"));
    }

    @Test
    void notNameEndingsRejectStreetsWrittenOntoANamesWord() {
        NotNames n = NotNames.of(List.of(), List.of(), List.of("Straat", " straße "));
        assertTrue(n.rejects("Anne Frankstraat"));
        assertTrue(n.rejects("Van Baerlestraat"));
        assertTrue(n.rejects("Johann Goethestraße"));
        assertFalse(n.rejects("Anne Frank"));
        assertFalse(n.rejects("Straatman Jansen"));
    }
}
