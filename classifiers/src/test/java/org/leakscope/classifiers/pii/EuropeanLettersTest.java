package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.TestTexts;

/**
 * German, French, Spanish, Italian, Dutch, Polish and Swedish letters and records (probe set 11): the name under a
 * closing of those languages, family-name particles, birth dates with local month names and day-first numbers, and
 * street + postal code addresses on one line or two.
 */
class EuropeanLettersTest {

    private static final LatinNameDetector NAMES = LatinNameDetector.fromConfig(ClassifierConfig.load(null));
    private static final DateOfBirthDetector DOB = new DateOfBirthDetector();
    private static final PostalAddressDetector ADDRESSES = new PostalAddressDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mit freundlichen Grüßen\\n\\nJürgen Müller|Jürgen Müller",
            "Cordialement,\\nHélène Dubois|Hélène Dubois",
            "Atentamente,\\n\\nMaría de la Cruz Fernández|María de la Cruz Fernández",
            "Cordiali saluti\\nChiara De Luca|Chiara De Luca",
            "Met vriendelijke groet,\\n\\nSanne van der Berg|Sanne van der Berg",
            "Z poważaniem\\nŁukasz Wójcik|Łukasz Wójcik",
            "Med vänliga hälsningar\\nÅsa Lindström|Åsa Lindström",
            // a closing and no name under it
            "Mit freundlichen Grüßen\\n\\nIhr Kundenservice|",
    })
    void nameUnderAClosing(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(NAMES, text.split("\\\\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "geboren am 12.03.1985 in Hannover|12.03.1985",
            "Madame Hélène Dubois, née le 4 août 1979 à Grenoble|4 août 1979",
            "nacido el 5 de junio de 1980 en Toledo|5 de junio de 1980",
            "nato a Napoli il 25/6/1980, residente|25/6/1980",
            "geboren op 28 maart 1985 te Utrecht|28 maart 1985",
            "urodzona 3 maja 1990 r. w Krakowie|3 maja 1990",
            "Födelsedatum: 1985-03-12|1985-03-12",
            "geboortedatum 25-01-1990|25-01-1990",
            // dates that are not birth dates: an invoice's, a register's, a NATO exercise's
            "Date de facture : 25/03/2024|",
            "Gründungsdatum: 12.03.1985|",
            "NATO exercise held 12 March 2024 at Brunssum|",
    })
    void birthDates(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(DOB, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lindenallee 7\\n50667 Köln|Lindenallee 7\\n50667 Köln",
            "12 rue de la Paix\\n75002 Paris|12 rue de la Paix\\n75002 Paris",
            // (the scan text is NFKC: º is o)
            "domicilio en Calle de Alcalá 112, 3º B, 28013 Madrid.|Calle de Alcalá 112, 3o B, 28013 Madrid",
            "Kerkstraat 12\\n1017 GC  AMSTERDAM|Kerkstraat 12\\n1017 GC  AMSTERDAM",
            "zamieszkały ul. Marszałkowska 10/5, 00-590 Warszawa|ul. Marszałkowska 10/5, 00-590 Warszawa",
            "Drottninggatan 5, 111 51 Stockholm|Drottninggatan 5, 111 51 Stockholm",
            "wonende Lange Voorhout 78, 2513 AA Den Haag, BSN|Lange Voorhout 78, 2513 AA Den Haag",
            "Am Mühlbach 84\\n20095 Hamburg|Am Mühlbach 84\\n20095 Hamburg",
            // a firm's seat, unless a residence word stands nearer
            "der Müller Maschinenbau GmbH, Goethestraße 20, 70173 Stuttgart|",
            "Colombo Arredamenti S.r.l., P.IVA 01234560157, con sede in Viale Monza 140, 20127 Milano|",
            "dont le siège social est situé 8 quai Saint-Antoine, 69002 Lyon|",
            "Sjöberg Konsult AB, org.nr 556677-8899, Kungsgatan 30, 111 35 Stockholm|",
            "Die Müller GmbH, vertreten durch Herrn Jürgen Müller, wohnhaft Hauptstraße 5, 10115 Berlin|Hauptstraße 5, 10115 Berlin",
            // a street list: names and postcode ranges, no building number
            "Kerkstraat, 1017 GA, Amsterdam|",
            "Storgatan är stängd 12 maj|",
    })
    void streetAndPostalCode(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.replace("\\n", "\n")),
                TestTexts.values(ADDRESSES, text.split("\\\\n")));
    }
}
