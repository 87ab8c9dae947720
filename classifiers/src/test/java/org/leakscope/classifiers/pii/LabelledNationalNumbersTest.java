package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.PatternDetector.Hit;

class LabelledNationalNumbersTest {

    private static LabelledNationalNumbers numbers() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("JP", List.of("Japan", "Tokyo"));
        words.put("DE", List.of("Germany", "Berlin", "München", "ドイツ"));
        words.put("FR", List.of("France", "Paris"));
        words.put("NL", List.of("Amsterdam"));
        words.put("AU", List.of("Sydney", "New South Wales"));
        return new LabelledNationalNumbers(words).without(List.of("JP", "US"));
    }

    @Test
    void anItemPointsToACountryByItsWordsCodesDomainsAndIbans() {
        LabelledNationalNumbers n = numbers();
        assertEquals(Set.of("DE"), n.pointedTo("Büro in MÜNCHEN"));
        assertEquals(Set.of("AU"), n.pointedTo("our New South Wales office"));
        assertEquals(Set.of(), n.pointedTo("Parisian cafe, Berliner Weisse"), "words are matched whole");
        assertEquals(Set.of(), n.pointedTo("a new wales"), "a phrase's words in order");
        assertEquals(Set.of("FR"), n.pointedTo("Siège : +33 1 42 68 53 00"));
        assertEquals(Set.of("DE"), n.pointedTo("max@firma.de"));
        assertEquals(Set.of("DE"), n.pointedTo("MAX@FIRMA.DE"), "a domain in capitals");
        assertEquals(Set.of("AU"), n.pointedTo("OUR NEW SOUTH WALES OFFICE"), "a phrase in capitals");
        assertEquals(Set.of("DE"), n.pointedTo("本社は東京ですがドイツ支社の電話は"), "a word inside a long run of kana and kanji");
        assertEquals(Set.of("AU"), n.pointedTo("see https://shop.com.au/help"));
        assertEquals(Set.of("NL"), n.pointedTo("IBAN NL91 ABNA 0417 1643 00"));
        assertEquals(Set.of("JP"), n.pointedTo("Tokyo"), "a configured region's words still point to it");
        assertEquals(Set.of("DE"), n.pointedTo("ドイツ支社の電話"), "a word in kana anywhere: Japanese writes no spaces");
    }

    @Test
    void japanIsPointedAwayFromOnlyByAReadRegionAndNotByJapanItself() {
        LabelledNationalNumbers n = numbers();
        assertTrue(n.pointsAwayFrom(Set.of("FR"), "JP"));
        assertFalse(n.pointsAwayFrom(Set.of("FR", "JP"), "JP"));
        assertFalse(n.pointsAwayFrom(Set.of("GB"), "JP"), "GB is not read here");
    }

    /** Reads the one span of digits and blanks in {@code text}. */
    private static Hit read(LabelledNationalNumbers n, String text, Set<String> pointed) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d ./]*\\d").matcher(text);
        m.find();
        return n.read(text, m.start(), m.end(), Math.max(0, m.start() - 3), Math.min(text.length(), m.end() + 3),
                () -> pointed, 0.3);
    }

    @Test
    void theCountryIsThePointedOneElseTheOneGroupedAsWritten() {
        LabelledNationalNumbers n = numbers();
        Hit fr = read(n, "Tél : 06 12 34 56 78.", Set.of());
        assertEquals("+33612345678", fr.raw());
        assertEquals("FR", fr.rule());
        assertEquals(6, fr.start());
        assertEquals(20, fr.end());
        // NL and AU both write 0412 345 678: the one that reads it as a mobile (AU; a Dutch landline)
        assertEquals("+61412345678", read(n, " 0412 345 678 ", Set.of()).raw());
        // a Frankfurt landline not grouped as Germany writes it, a mobile of no region read here: none
        assertNull(read(n, " 069 12345 678 ", Set.of()));
        assertEquals("+61412345678", read(n, " 0412 345 678 ", Set.of("AU")).raw());
        // the pointer decides over the grouping (Germany reads it too, as 04123 45678); one to a region not read here
        // decides nothing
        assertEquals("+49412345678", read(n, " 0412 345 678 ", Set.of("DE")).raw());
        assertEquals("+61412345678", read(n, " 0412 345 678 ", Set.of("JP")).raw());
        assertNull(read(n, " 12345 ", Set.of("DE")));
    }

    @Test
    void aSpanOfTwoNumbersIsSearchedAsFindNumbersDoes() {
        Hit de = read(numbers(), "Tel: 030 12345678 / 0171 2345678 ", Set.of("DE"));
        assertEquals("+493012345678", de.raw());
        assertEquals(5, de.start());
    }

    @Test
    void groupsAreTheDigitRuns() {
        assertEquals("3-4-4", LabelledNationalNumbers.groups("(090) 1234-5678"));
        assertEquals("", LabelledNationalNumbers.groups("none"));
    }

    @Test
    void anUnknownRegionInThePackIsAnError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("pii"));
        Files.writeString(dir.resolve("pii/phone-hints.yml"), "regions:\n  XX: [Nowhere]\n");
        Path config = Files.writeString(dir.resolve("leakscope.yml"), "classify:\n  phone-regions: [JP, US]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelledNationalNumbers.fromConfig(ClassifierConfig.load(config)));
        assertTrue(e.getMessage().contains("unknown region XX"), e.getMessage());
    }
}
