package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * The record layouts of probe set 28 (consumer-service businesses) that a detector of their own reads: a PNR's special
 * service requests ({@link PnrSsrDetector}), a dcmdump header ({@link DicomDumpDetector}), a JAHIS お薬手帳 export
 * ({@link JahisDetector}) and a carrier's E.164 digit columns ({@link InternationalNumberColumns}), each with the
 * look-alikes it must leave alone.
 */
class ConsumerRecordsTest {

    private static List<Finding> lines(Detector d, String... lines) {
        List<TextUnit> units = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            units.add(TextUnit.line(i + 1, lines[i]));
        }
        return d.detect(ScanText.unindexed(units));
    }

    private static Map<String, String> byType(List<Finding> found) {
        return found.stream().collect(Collectors.toMap(Finding::type, Finding::value, (a, b) -> a + "|" + b));
    }

    // ------------------------------------------------------------------ PNR

    private static final PnrSsrDetector PNR = new PnrSsrDetector();

    @Test
    void docsGivesThePassportOfItsIssuingStateTheBirthDateAndTheName() {
        Map<String, String> f = byType(lines(PNR, "  9 SSR DOCS SJ HK1 P/USA/Z85264013/USA/07MAY83/M/03DEC28/OKAFOR/CALEB/P1"));
        assertEquals("Z85264013", f.get("US_PASSPORT"));
        assertEquals("07MAY83", f.get("DATE_OF_BIRTH"));
        assertEquals("CALEB OKAFOR", f.get("PERSON_NAME"));
        f = byType(lines(PNR, "3DOCS/P/JPN/TR3199530/JPN/23OCT92/M/22AUG33/MAEDA/KEN"));
        assertEquals("TR3199530", f.get("JP_PASSPORT"));
        // another state's passport has no code, a US-shaped number of GBR included; a Japanese-shaped one of USA too
        f = byType(lines(PNR, "SSR DOCS BA HK1 P/GBR/767312857/GBR/01NOV88/M/03DEC31/TIERNEY/GEORGE"));
        assertNull(f.get("US_PASSPORT"));
        assertEquals("GEORGE TIERNEY", f.get("PERSON_NAME"));
        assertNull(byType(lines(PNR, "SSR DOCS UA HK1 P/USA/TR3199530/USA/23OCT92/M/22AUG33/MAEDA/KEN")).get("JP_PASSPORT"));
        // an identity card (I) is no passport
        assertNull(byType(lines(PNR, "SSR DOCS UA HK1 I/USA/512345678/USA/23OCT92/M/22AUG33/MAEDA/KEN")).get("US_PASSPORT"));
    }

    @Test
    void theIataSampleAndOtherElementsNameNoOne() {
        assertTrue(lines(PNR, "SSR DOCS YY HK1 P/USA/123456789/USA/12JUL82/M/15JAN30/SMITH/JOHN/P1").isEmpty());
        assertTrue(lines(PNR, "  14 FA PAX 618-4460186103/ETSJ/JPY259000/28OCT26/TYOSJ08AA/8131 2345/P1",
                "  15 SSR FQTV SJ HK1 SJ410279544/P1", "  16 SSR DOCO SJ HK1 /K/123456789///US/P1").isEmpty());
        assertFalse(PnrSsrDetector.isBirthDate("31FEB82"));
        assertFalse(PnrSsrDetector.isBirthDate("12XYZ82"));
        assertTrue(PnrSsrDetector.isBirthDate("12JUL1982"));
        assertTrue(PnrSsrDetector.isBirthDate("29FEB00")); // 2000 was a leap year
        assertFalse(PnrSsrDetector.isBirthDate("29FEB1900"));
        assertFalse(PnrSsrDetector.isBirthDate("29FEB27"));
    }

    @Test
    void contactRequestsAreDecoded() {
        Map<String, String> f = byType(lines(PNR, "  10 SSR CTCE SJ HK1/TAMIKA.VASQUEZ//EXAMPLE.COM/P2",
                "  11 SSR CTCM SJ HK1/14049032384/P2"));
        assertEquals("tamika.vasquez@example.com", f.get("EMAIL_ADDRESS"));
        assertEquals("+14049032384", f.get("PHONE_NUMBER"));
        assertEquals("mary_ann@mail-box.example.org", PnrSsrDetector.ctceAddress("MARY..ANN", "MAIL./BOX.EXAMPLE.ORG"));
        assertNull(PnrSsrDetector.ctceAddress("X", "NODOT"));
        // a number that is no valid one with its country code
        assertTrue(lines(PNR, "SSR CTCM SJ HK1/1999999999/P1").isEmpty());
    }

    @Test
    void eachElementOfAPnrDisplayIsItsPassengersRecord() {
        List<Finding> f = lines(PNR, "RP/TYOSJ08AA/TYOSJ08AA            AA/SU  28OCT26/0412Z   EEARBM",
                "  1.OKAFOR/CALEBMR   2.VASQUEZ/TAMIKAMRS",
                "  5 APM +1 425-849-2750/P1",
                "  6 APE CALEB.OKAFOR@MAIL.EXAMPLE.NET/P1",
                "  8 SSR DOCS SJ HK1 P/USA/Z85264013/USA/07MAY83/M/03DEC28/OKAFOR/CALEB/P1",
                "  10 SSR CTCE SJ HK1/TAMIKA.VASQUEZ//EXAMPLE.COM/P2",
                "  11 SSR CTCM SJ HK1/14049032384/P2",
                "  12 SSR DOCS SJ HK1 P/USA/544291786/USA/08SEP99/F/13APR27/VASQUEZ/TAMIKA/P2");
        Map<String, String> keyOf = f.stream().collect(Collectors.toMap(Finding::value, x -> String.valueOf(x.recordKey())));
        String caleb = keyOf.get("CALEB OKAFOR");
        String tamika = keyOf.get("TAMIKA VASQUEZ");
        assertNotEquals(caleb, tamika);
        assertEquals(caleb, keyOf.get("+14258492750"));
        assertEquals(caleb, keyOf.get("caleb.okafor@mail.example.net"));
        assertEquals(tamika, keyOf.get("tamika.vasquez@example.com"));
        assertEquals(tamika, keyOf.get("+14049032384"));
        assertEquals(tamika, keyOf.get("544291786"));
        // no PNR display (no name element): a DOCS line in a mail stays running text
        assertNull(lines(PNR, "Please check: SSR DOCS SJ HK1 P/USA/544291786/USA/08SEP99/F/13APR27/VASQUEZ/TAMIKA/P2").get(0).recordKey());
    }

    // ------------------------------------------------------------------ DICOM

    private static final DicomDumpDetector DICOM = new DicomDumpDetector();

    @Test
    void aDcmdumpHeaderGivesThePatientsData() {
        Map<String, String> f = byType(lines(DICOM,
                "(0008,0090) PN [RIVERA^ANA^^DR]                       #  14, 1 ReferringPhysicianName",
                "(0008,1030) LO [CT CHEST W CONTRAST]                     #  18, 1 StudyDescription",
                "(0010,0010) PN [WHITAKER^YOLANDA]                      #  16, 1 PatientName",
                "(0010,0020) LO [7720829]                              #   8, 1 PatientID",
                "(0010,0030) DA [19720304]                               #   8, 1 PatientBirthDate",
                "(0010,1040) LO [4410 Elm Street^Boston^MA^02118]    #  30, 1 PatientAddress",
                "(0010,2154) SH [6174938822]                            #  10, 1 PatientTelephoneNumbers",
                "(0010,21b0) LT [R/O pulmonary embolism]    #  22, 1 AdditionalPatientHistory"));
        assertEquals("WHITAKER YOLANDA", f.get("PERSON_NAME")); // the referring physician is no patient
        assertEquals("19720304", f.get("DATE_OF_BIRTH"));
        assertEquals("4410 Elm Street, Boston, MA, 02118", f.get("POSTAL_ADDRESS"));
        assertEquals("+16174938822", f.get("PHONE_NUMBER"));
        assertEquals("R/O pulmonary embolism", f.get("HEALTH_INFO")); // not the study's description
        assertEquals(5, f.size());
    }

    @Test
    void aJapanesePatientNameIsItsIdeographicGroup() {
        assertEquals("岡田 陽子", DicomDumpDetector.personName("OKADA^Yoko=岡田^陽子=オカダ^ヨウコ"));
        assertEquals("DOE JANE", DicomDumpDetector.personName("DOE^JANE^^^"));
        assertEquals("SMITH JOHN Q", DicomDumpDetector.personName("SMITH^JOHN^Q^DR^MD"));
        Map<String, String> f = byType(lines(DICOM, "(0008,0005) CS [ISO_IR 100\\ISO 2022 IR 87]  #  26, 2 SpecificCharacterSet",
                "(0010,0010) PN [OKADA^Yoko=岡田^陽子=オカダ^ヨウコ]   #  24, 1 PatientName",
                "(0010,2154) SH [080-3183-4676]                            #  13, 1 PatientTelephoneNumbers"));
        assertEquals("+818031834676", f.get("PHONE_NUMBER"));
    }

    @Test
    void aDeidentifiedHeaderNamesNoOne() {
        assertTrue(lines(DICOM, "(0010,0010) PN [ANONYMIZED]                            #  10, 1 PatientName",
                "(0010,0030) DA (no value available)                    #   0, 0 PatientBirthDate").isEmpty());
        assertTrue(lines(DICOM, "(0010,0010) PN [DOE^JANE]                            #   8, 1 PatientName",
                "(0010,21b0) LT [Chest pain]    #  10, 1 AdditionalPatientHistory",
                "(0012,0062) CS [YES]                                   #   4, 1 PatientIdentityRemoved").isEmpty());
        // a bracketed value in other text (a log line) is no element
        assertTrue(lines(DICOM, "PatientName [DOE^JANE] # see ticket 8, 1 PatientName").isEmpty());
        assertNull(DicomDumpDetector.date("19721304"));
    }

    // ------------------------------------------------------------------ JAHIS

    private static final JahisDetector JAHIS = new JahisDetector();

    @Test
    void aJahisExportGivesThePatientAndWhatWasDispensed() {
        List<Finding> f = lines(JAHIS, "JAHISTC08,1",
                "1,佐々木　秀樹,1,19580117,4600003,愛知県名古屋市中区錦5-4-16 錦ハイツ419,080-5240-7697,,A,,ササキ　ヒデキ",
                "2,1,卵アレルギー,1", "5,20260912,1", "11,あおぞら薬局,13,4,1234567,〒150-0043 東京都渋谷区道玄坂2-10-7,03-3461-0088,1",
                "15,安藤 美穂,1", "201,1,アムロジピンOD錠5mg「トーワ」,1,錠,2,2171022F1ZZZ,1", "301,1,1日1回朝食後,28,日分,1,1");
        Map<String, String> m = byType(f);
        assertEquals("佐々木 秀樹", m.get("PERSON_NAME"));
        assertEquals("19580117", m.get("DATE_OF_BIRTH"));
        assertEquals("愛知県名古屋市中区錦5-4-16 錦ハイツ419", m.get("POSTAL_ADDRESS")); // not the pharmacy's
        assertEquals("+818052407697", m.get("PHONE_NUMBER"));
        assertEquals("卵アレルギー|アムロジピンOD錠5mg「トーワ」", m.get("HEALTH_INFO"));
    }

    @Test
    void recordsWithoutTheJahisHeadAreNone() {
        assertTrue(lines(JAHIS, "1,佐々木　秀樹,1,19580117,4600003,愛知県名古屋市中区錦5-4-16,080-5240-7697",
                "201,1,アムロジピンOD錠5mg").isEmpty());
        assertTrue(lines(JAHIS, "電子版お薬手帳のデータは JAHISTC08 形式で出力されます。", "201,1,薬品名称,用量").isEmpty());
    }

    // ------------------------------------------------------------------ E.164 digit columns

    private static final InternationalNumberColumns E164 = new InternationalNumberColumns(
            java.util.regex.Pattern.compile("(calling|called)( party)? ?(number|no\\.?)|msisdn"));

    private static List<Finding> row(Detector d, String[] headers, String... cells) {
        List<TextUnit> units = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            units.add(TextUnit.cell(null, 2, String.valueOf((char) ('A' + c)), headers[c], cells[c]));
        }
        return d.detect(ScanText.unindexed(units));
    }

    @Test
    void callingAndCalledNumbersAreE164DigitsUnderTheirHeaders() {
        String[] h = {"CALLING_NUMBER", "CALLED_NUMBER", "IMSI", "IMEI"};
        List<Finding> f = row(E164, h, "818057647421", "14049032384", "440105149831747", "352099001761481");
        assertEquals(List.of("+818057647421", "+14049032384"), f.stream().map(Finding::value).toList());
        // a short code, a number no country gives, and the same digits under another header
        assertTrue(row(E164, h, "611", "999123456789", "818057647421", "818057647421").isEmpty());
        assertEquals("+447403461392", InternationalNumberColumns.e164("00447403461392"));
        assertNull(InternationalNumberColumns.e164("12345678"));
    }
}
