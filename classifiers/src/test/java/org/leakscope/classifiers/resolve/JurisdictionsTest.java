package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JurisdictionsTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void callingCodeShortcutAgreesWithTheParseForEveryCodeAndLength() {
        Random random = new Random(7);
        int shortcuts = 0;
        for (int cc : UTIL.getSupportedCallingCodes()) {
            for (int total = 7; total <= 15; total++) {
                int nsn = total - String.valueOf(cc).length();
                for (int sample = 0; sample < 4 && nsn >= 1; sample++) {
                    StringBuilder b = new StringBuilder("+").append(cc);
                    for (int i = 0; i < nsn; i++) {
                        b.append(i == 0 && sample == 0 ? 0 : random.nextInt(10)); // national prefix 0 too
                    }
                    String e164 = b.toString();
                    String fast = Jurisdictions.onlyRegionOfCallingCode(e164);
                    if (fast != null) {
                        shortcuts++;
                        assertEquals(Jurisdictions.parseRegion(e164), fast, e164);
                    }
                }
            }
        }
        assertTrue(shortcuts > 5000, "most calling codes have one region: " + shortcuts);
    }

    /**
     * Every region's example numbers of every type, and random valid numbers of the calling codes regions share,
     * written in E.164 as the phone detector writes them: taken apart directly, each gets the region the parse
     * gives.
     */
    @Test
    void directRegionAgreesWithTheParseOnEveryValidNumber() throws Exception {
        int compared = 0;
        for (String region : UTIL.getSupportedRegions()) {
            for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
                var example = UTIL.getExampleNumberForType(region, type);
                if (example != null) {
                    String e164 = UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164);
                    assertEquals(Jurisdictions.parsedRegion(e164), Jurisdictions.parseRegion(e164), e164);
                    compared++;
                }
            }
        }
        Random random = new Random(11);
        int valid = 0;
        for (int cc : new int[] {1, 7, 39, 44, 47, 61, 212, 262, 290, 358, 590, 599}) {
            for (int sample = 0; sample < 4_000; sample++) {
                StringBuilder b = new StringBuilder("+").append(cc);
                int digits = 6 + random.nextInt(6);
                for (int i = 0; i < digits; i++) {
                    b.append(random.nextInt(10));
                }
                var parsed = UTIL.parse(b.toString(), "ZZ");
                if (UTIL.isValidNumber(parsed)) {
                    String e164 = UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
                    assertEquals(Jurisdictions.parsedRegion(e164), Jurisdictions.parseRegion(e164), e164);
                    valid++;
                }
            }
        }
        assertTrue(compared > 1000 && valid > 2_000, compared + " examples, " + valid + " random valid numbers");
        assertEquals("CA", Jurisdictions.parseRegion("+16135550123"));
        assertEquals("US", Jurisdictions.parseRegion("+12025550123"));
        assertEquals("JE", Jurisdictions.parseRegion("+447797123456"));
        assertEquals("IT", Jurisdictions.parseRegion("+390612345678"), "Italian leading zero: parsed");
    }

    @Test
    void sharedAndNonGeographicCodesAndOddShapesAreLeftToTheParse() {
        assertNull(Jurisdictions.onlyRegionOfCallingCode("+15035550123"), "+1: US, CA, Caribbean");
        assertNull(Jurisdictions.onlyRegionOfCallingCode("+74951234567"), "+7: RU, KZ");
        assertNull(Jurisdictions.onlyRegionOfCallingCode("+447911123456"), "+44: GB, GG, IM, JE");
        assertNull(Jurisdictions.onlyRegionOfCallingCode("+80012345678"), "+800: non-geographic");
        assertNull(Jurisdictions.onlyRegionOfCallingCode("+81 90 1234 5678"), "not E.164");
        assertNull(Jurisdictions.onlyRegionOfCallingCode("+8190"), "too short");
        assertEquals("JP", Jurisdictions.onlyRegionOfCallingCode("+819012345678"));
        assertEquals("JP", Jurisdictions.ofPhone("+819012345678"));
        assertEquals("DE", Jurisdictions.ofPhone("+4930123456"));
        assertEquals("US", Jurisdictions.ofPhone("+15035550123"));
    }
    @org.junit.jupiter.api.Test
    void aUsAddressMayEndWithTheCountry() {
        assertEquals("US-WA", Jurisdictions.ofAddress("123 Pine St, Seattle, WA 98101, USA"));
        assertEquals("US-WA", Jurisdictions.ofAddress("123 Pine St, Seattle, WA 98101"));
        assertNull(Jurisdictions.ofAddress("123 Pine St, Seattle, WA 98101, Canada"));
    }

    @org.junit.jupiter.api.Test
    void anAddressShapeNamesItsCountry() {
        assertEquals("US-MI", Jurisdictions.ofAddress("9413 Juniper Ct, Unit 45, Ann Arbor MI 48118"), "no comma before the state");
        assertNull(Jurisdictions.ofAddress("12 Main Street, Springfield XX 12345"), "no such state");
        assertEquals("NL", Jurisdictions.ofAddress("Oudegracht 59b, 3511 AR Utrecht"));
        assertEquals("NL", Jurisdictions.ofAddress("Witte de Withstraat 34\n3012 BP Rotterdam"));
        assertEquals("DE", Jurisdictions.ofAddress("Hauptstraße 5, 10115 Berlin"));
        assertEquals("DE", Jurisdictions.ofAddress("Am Mühlbach 84, 83209 Prien"));
        assertEquals("AT", Jurisdictions.ofAddress("Mariahilfer Straße 45, A-1060 Wien"));
        assertEquals("CH", Jurisdictions.ofAddress("Bahnhofstrasse 12, CH-8001 Zürich"));
        assertEquals("FR", Jurisdictions.ofAddress("127a rue de la République\n69002 Lyon"));
        assertEquals("ES", Jurisdictions.ofAddress("Calle de Alcalá 112, 3o B, 28009 Madrid"));
        assertEquals("IT", Jurisdictions.ofAddress("Via Garibaldi, 12, 10122 Torino"));
        assertEquals("PT", Jurisdictions.ofAddress("Rua Augusta 27, 1100-048 Lisboa"));
        assertEquals("PL", Jurisdictions.ofAddress("ul. Marszałkowska 10/5, 00-590 Warszawa"));
        assertEquals("SE", Jurisdictions.ofAddress("Drottninggatan 5, 111 51 Stockholm"));
        assertEquals("IE", Jurisdictions.ofAddress("157 Grafton Street, D02 VF65 Dublin"));
        assertEquals("CA", Jurisdictions.ofAddress("45 Oak Avenue, Toronto, ON M5V 2T6"));
        assertEquals("AU", Jurisdictions.ofAddress("5 Collins Street, Melbourne VIC 3000"));
        assertEquals("GB", Jurisdictions.ofAddress("Flat 8, 123 George Street, Bath, BA1 2EH"));
        assertNull(Jurisdictions.ofAddress("Room 4, Building 7"));
    }
}
