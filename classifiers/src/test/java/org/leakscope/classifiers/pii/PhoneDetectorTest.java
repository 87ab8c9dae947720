package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

class PhoneDetectorTest {

    private final PhoneDetector d = new PhoneDetector(List.of("JP", "US"));
    /** Every number libphonenumber finds, service numbers too (the default): what the pre-checks must keep. */
    private final PhoneDetector all = d;
    /** Service numbers left out, as classify.phone-service-types can ask. */
    private final PhoneDetector personal = new PhoneDetector(List.of("JP", "US"), PhoneDetector.SERVICE_TYPES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "携帯：０９０－１２３４－５６７８|+819012345678",
        "TEL: 03-3445-4104|+81334454104",
        "電話 052(483)5144|+81524835144",
        "Mobile: 512-319-8632|+15123198632",
        "(206) 235-2343|+12062352343",
        "Call +44 20 7946 0958 today|+442079460958",
        "Tel. +49 30 901820|+4930901820",
        "+81-3-1234-5678|+81312345678"
    })
    void findsAsE164(String line, String e164) {
        assertEquals(List.of(e164), TestTexts.values(d, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "基礎年金番号：1760-396298",        // a JP number only once a trunk 0 is assumed
        "SSN 604-51-6563",
        "DFARS 252.204-7012 applies",
        "198.51.100.54 - user",
        "出荷日 2023/07/06",
        "個人番号：7398 3740 1130",
        "tracking 5086560464490689"
    })
    void ignoresLookAlikes(String line) {
        assertEquals(List.of(), TestTexts.values(d, line));
    }

    /** A filled-in sample form's placeholder numbers are no one's; the same number elsewhere is read as written. */
    @Test
    void sampleFormPlaceholders() {
        assertEquals(List.of(), TestTexts.values(d, "保険金請求書【記入例】\n電話番号 03-1234-5678\n携帯 090-0000-0000"));
        assertEquals(List.of(), TestTexts.values(d, "Specimen (completed form)\nTel 06-1234-5678"));
        assertEquals(List.of("+81312345678"), TestTexts.values(d, "電話番号 03-1234-5678"));
        // a sample form's real-looking number (a firm's own line) is kept
        assertEquals(List.of("+81355551234"), TestTexts.values(d, "記入例\nお問い合わせ 03-5555-1234"));
    }

    @Test
    void shortestNationalNumbersComeFromTheMetadata() {
        assertEquals(8, NationalShape.of("JP", "0").minLength());
        // +1 is shared by 25 NANP regions and +44 by GB, GG, IM and JE: the shortest of them all, which is
        // below the 10 digits of a US number (some region's metadata lists 7)
        assertEquals(true, NationalShape.of("US", "").minLength() <= 10);
        assertEquals(true, NationalShape.of("GB", "0").minLength() <= 7);
    }

    // the pre-checks (digit count, trunk 0) must not lose a number libphonenumber would find
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tel 212-555-0199 x123|+12125550199",         // exactly 10 digits, extension after
        "1 (212) 555-0199|+12125550199",             // NANP trunk 1
        "電話 0120-444-444|+81120444444",             // JP toll free, 9-digit national number
        "TEL ０３－３４４５－４１０４|+81334454104",    // full-width digits and dashes
        "tel: 03 3445 4104 / 090 1234 5678|+81334454104,+819012345678",
        "(+81) 90-1234-5678|+819012345678",          // plus inside parentheses
        "+1 212 555 0199|+12125550199"
    })
    void preChecksKeepEveryNumber(String line, String e164s) {
        assertEquals(List.of(e164s.split(",")), TestTexts.values(all, line));
    }

    // an organisation's service numbers are no one's personal data; the person's own number beside one stays
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "お問い合わせ：フリーダイヤル 0120-444-444（平日9時〜17時）|",
        "ナビダイヤル 0570-064-123|",
        "Customer service: 1-800-555-0199|",
        "Call toll-free (888) 555-0123 or +1 877 555 0100|",
        "Premium line (900) 555-0123|",
        "Freephone 0800 123 4567|",
        "代表 0120-123-456 / 担当 山田 090-1234-5678|+819012345678",
        "Helpdesk 1-800-555-0199, my cell 512-319-8632|+15123198632"
    })
    void serviceNumbersAreNotReported(String line, String e164s) {
        List<String> expected = e164s == null ? List.of() : List.of(e164s.split(","));
        assertEquals(expected, TestTexts.values(personal, line));
    }

    // dialled with the international prefix 00 for the plus (as generated corpora and European writers do)
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Call me at 001-404-460-9266 tomorrow.|+14044609266",
        "Phone: 001-212-227-8011x123|+12122278011",
        "Tel 0044 20 7946 0958|+442079460958",
        "TEL 0081-3-1234-5678|+81312345678"
    })
    void internationalPrefixInPlaceOfThePlus(String line, String e164) {
        assertEquals(List.of(e164), TestTexts.values(d, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ref 0014044609266",                // no group of its own: a reference number as often as a phone
        "FY2000-1404-460-9266",             // 00 inside a longer number
        "Claim number: 2024830728",         // bare digits need a phone label; a claim number is none
        "Order 4044609266 shipped"
    })
    void bareDigitsAndInnerZerosAreNoPhones(String line) {
        assertEquals(List.of(), TestTexts.values(d, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Phone: 2024830728|+12024830728",
        "携帯 09012345678|+819012345678"
    })
    void bareDigitsWithAPhoneLabel(String line, String e164) {
        assertEquals(List.of(e164), TestTexts.values(d, line.replace("\\n", "\n")));
    }

    // numbers libphonenumber calls invalid, written as US numbers are, count under a phone label (generated corpora
    // and test data are full of them); without a label they do not
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Phone: 123-456-7890|+11234567890",
        "Tel: 555-123-4567|+15551234567",
        "Call me at (555) 555-1234.|+15555551234",
        "mobile 1-012-345-6789 x12|+10123456789",
        "Order 555-123-4567 shipped|",
        "Ref 123.456.7890|",
        "Phone: 123-45-6789|"
    })
    void usShapedNumbersUnderAPhoneLabel(String line, String e164) {
        assertEquals(e164 == null ? List.of() : List.of(e164), TestTexts.values(d, line));
    }

    @Test
    void aBritishAreaCodeInBracketsIsBritish() {
        assertEquals(List.of("+442089059941"),
                TestTexts.values(d, "Tel. (020) 8905 9941, 12 Park Lane, Bristol BS1 5TR, United Kingdom"));
        // the Japanese write brackets around the area code with hyphens, or around the middle group
        assertEquals(List.of("+81312345678"), TestTexts.values(d, "電話 (03)1234-5678"));
        // a UK mobile written 07xxx-xxxxxx; a Japanese mobile is 3-4-4
        assertEquals(List.of("+447946967315"), TestTexts.values(d, "118 High Street, Oxford OX1 4AP",
                "cthornton79@example.com | 07946-967315"));
        assertEquals(List.of("+819012345678"), TestTexts.values(d, "携帯 090-1234-5678"));
    }

    @Test
    void serviceNumbersAreFoundByDefault() {
        assertEquals(List.of("+81120444444"), TestTexts.values(all, "フリーダイヤル 0120-444-444"));
        assertEquals(List.of("+18005550199"), TestTexts.values(all, "Customer service: 1-800-555-0199"));
        // a mobile and a fixed line are never service numbers
        assertEquals(false, PhoneDetector.isServiceNumber("+819012345678", PhoneDetector.SERVICE_TYPES));
        assertEquals(true, PhoneDetector.isServiceNumber("+81570064123", PhoneDetector.SERVICE_TYPES));
        assertEquals(false, PhoneDetector.isServiceNumber("not a number", PhoneDetector.SERVICE_TYPES));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tel 555-0199",            // 7 digits: a US local number, not valid alone
        "内線 3344-5566",          // 8 digits, no trunk 0
        "ref 9876 5432 1987",      // no 0 at all
    })
    void windowsThatCannotHoldANumber(String line) {
        assertEquals(List.of(), TestTexts.values(d, line));
    }

    @Test
    void masksAllButLastFour() {
        assertEquals("+********5678", TestTexts.reported(d, "090-1234-5678").get(0).masked());
    }
}
