package org.leakscope.classifiers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "本計画書は、第2次試作における設計、製造及び試験の実施要領を定めるものである。|ja",
        "氏名,生年月日,住所 山田 太郎 john@example.com 1984-01-01|ja",
        "Please find below the agreed actions on the sizing of the antenna and the test time.|en",
        "Bitte überweisen Sie den Betrag auf das Konto, das wir Ihnen mitgeteilt haben, und nicht auf ein anderes.|de",
        "Nous vous prions de bien vouloir nous retourner le mandat signé pour le paiement des factures.|fr",
        "Por favor envíe el formulario firmado para que podamos procesar el pago de la factura.|es"
    })
    void guesses(String text, String lang) {
        assertEquals(lang, LanguageGuesser.guess(text));
    }

    @ParameterizedTest
    @CsvSource({"'12345 67890'", "''", "'ok'"})
    void unknownWhenTooLittle(String text) {
        assertNull(LanguageGuesser.guess(text));
    }
}
