package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

class MrzDetectorTest {

    private static final MrzDetector D = new MrzDetector();

    private static Map<String, String> found(String text) {
        List<Finding> f = D.detect(ScanText.unindexed(List.of(new TextUnit(text, 0, 1, false, null, 0, null, null))));
        return f.stream().collect(Collectors.toMap(Finding::type, Finding::value, (a, b) -> a + "|" + b));
    }

    @Test
    void checkDigitsFollowIcao9303() {
        // the specimen of Doc 9303 Part 4: L898902C3 -> 6, 740812 -> 2, 120415 -> 9
        assertEquals(6, MrzDetector.checkDigit("L898902C3"));
        assertEquals(2, MrzDetector.checkDigit("740812"));
        assertEquals(9, MrzDetector.checkDigit("120415"));
        assertEquals(1, MrzDetector.checkDigit("ZE184226B<<<<<"));
    }

    @Test
    void aUsPassportZoneGivesNumberBirthDateAndName() {
        Map<String, String> f = found("P<USAVASQUEZ<<GREGORY<<<<<<<<<<<<<<<<<<<<<<<\n5123456789USA7203039M3105146<<<<<<<<<<<<<<02");
        assertEquals("512345678", f.get("US_PASSPORT"));
        assertEquals("720303", f.get("DATE_OF_BIRTH"));
        assertEquals("GREGORY VASQUEZ", f.get("PERSON_NAME"));
        assertNull(f.get("JP_PASSPORT"));
    }

    @Test
    void aJapanesePassportZoneInALogLine() {
        Map<String, String> f = found("15:02:11 INFO mrz[0]=P<JPNISHIKAWA<<HIDEKI<<<<<<<<<<<<<<<<<<<<<<<\n"
                + "15:02:11 INFO mrz[1]=MZ87856948JPN6405076M2903149<<<<<<<<<<<<<<04");
        assertEquals("MZ8785694", f.get("JP_PASSPORT"));
        assertEquals("HIDEKI ISHIKAWA", f.get("PERSON_NAME"));
        assertEquals("640507", f.get("DATE_OF_BIRTH"));
    }

    @Test
    void aWrongCheckDigitOrTheSpecimenStateIsNoZone() {
        // the document number's check digit 9 changed to 8
        assertTrue(found("P<USAVASQUEZ<<GREGORY<<<<<<<<<<<<<<<<<<<<<<<\n5123456788USA7203039M3105146<<<<<<<<<<<<<<02").isEmpty());
        // the composite changed
        assertTrue(found("5123456789USA7203039M3105146<<<<<<<<<<<<<<03").isEmpty());
        // ICAO's specimen (Utopia)
        assertTrue(found("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10").isEmpty());
        // no filler at all: never searched
        assertTrue(found("order 5123456789USA7203039M3105146 shipped").isEmpty());
    }

    @Test
    void aSecondLineIsAWholeRunOfFortyFourZoneCharacters() {
        String zone = "5123456789USA7203039M3105146<<<<<<<<<<<<<<02";
        assertEquals("512345678", found("x<<y " + zone + ", next").get("US_PASSPORT"));
        // one zone character more on either side: a longer run is no second line
        assertTrue(found("<<" + zone + "\n").isEmpty());
        assertTrue(found("x<< A" + zone).isEmpty());
        assertTrue(found("x<< " + zone + "7").isEmpty());
        // runs of other lengths around it, and two zones in one text
        Map<String, String> two = found("<<<< " + zone + " AB12 " + zone.replace("USA", "XXX") + " " + zone);
        assertEquals("512345678|512345678", two.get("US_PASSPORT"));
    }

    @Test
    void anotherStatesPassportGivesNoPassportTypeButTheBirthDate() {
        // a German passport (D<<): no type code of the contract for its number
        Map<String, String> f = found("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\nC01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4");
        assertFalse(f.containsKey("US_PASSPORT"));
        assertFalse(f.containsKey("JP_PASSPORT"));
    }

    @Test
    void namesAndDatesOfTheZone() {
        assertEquals("ANNA MARIA ERIKSSON", MrzDetector.holderName("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"));
        assertNull(MrzDetector.holderName("<<<<<<<<<<<<"));
        assertTrue(MrzDetector.isBirthDate("720303"));
        assertTrue(MrzDetector.isBirthDate("010228"));
        assertFalse(MrzDetector.isBirthDate("721332"));
        assertFalse(MrzDetector.isBirthDate("720230"));
        // a leap day is a day in 1996 and 2096 alike; 29 February of year 00 exists in 2000 only, enough
        assertTrue(MrzDetector.isBirthDate("960229"));
        assertTrue(MrzDetector.isBirthDate("000229"));
        assertFalse(MrzDetector.isBirthDate("970229"));
    }
}
