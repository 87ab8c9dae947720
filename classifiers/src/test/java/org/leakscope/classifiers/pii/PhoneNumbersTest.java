package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    private static final PhoneNumberUtil DEFAULT = PhoneNumberUtil.getInstance();

    @Test
    void theRememberingInstanceIsInUse() {
        // a libphonenumber upgrade that drops the constructor falls back silently: this test says so
        assertNotSame(DEFAULT, PhoneNumbers.util());
    }

    private static List<String> found(PhoneNumberUtil u, String text, String region) {
        List<String> out = new ArrayList<>();
        for (PhoneNumberMatch m : u.findNumbers(text, region, Leniency.VALID, Long.MAX_VALUE)) {
            out.add(m.start() + ":" + m.end() + ":" + m.rawString() + ":" + u.format(m.number(), PhoneNumberFormat.E164)
                    + ":" + u.getRegionCodeForNumber(m.number()) + ":" + u.getNumberType(m.number()));
        }
        return out;
    }

    @Test
    void findsWhatTheDefaultInstanceFinds() {
        List<String> texts = List.of("TEL 03-3445-4104, 携帯 090-1234-5678", "(206) 235-2343 / 1-800-555-0199 ext. 12",
                "+44 20 7946 0958", "+1 441 295 1234 (Bermuda), +1 416 555 0199", "+800 1234 5678", "+882 3456 78",
                "0120-444-444", "1760-396298", "4111 1111 1111 1111", "252.204-7012", "+49 30 901820",
                "011 44 20 7946 0958", "010-81-3-1234-5678", "+7 495 123-45-67", "+61 2 9876 5432");
        for (String t : texts) {
            for (String region : List.of("JP", "US", "GB", "DE", "ZZ")) {
                assertEquals(found(DEFAULT, t, region), found(PhoneNumbers.util(), t, region), t + " in " + region);
            }
        }
    }
}
