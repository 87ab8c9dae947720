package org.leakscope.classifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskRaterTest {

    private static Set<String> set(String s) {
        return s == null ? Set.of() : Arrays.stream(s.split(";")).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "||0|NONE",
        "|CORP_CONFIDENTIAL|0|LOW",
        "|DEFENSE_RELATED|0|LOW",
        "EMAIL_ADDRESS||0|LOW",
        "EMAIL_ADDRESS;PERSON_NAME||1|MEDIUM",
        "EMAIL_ADDRESS;PERSON_NAME;PHONE_NUMBER||0|MEDIUM",
        "|JP_CHUI|0|HIGH",
        "|US_CUI|0|HIGH",
        "|US_DISTRIBUTION_C|0|HIGH",
        "CREDIT_CARD||1|HIGH",
        "US_SSN||9|HIGH",
        "US_SSN||10|CRITICAL",
        "JP_MY_NUMBER;PERSON_NAME||25|CRITICAL",
        "|US_SECRET|0|CRITICAL",
        "|JP_HI|0|CRITICAL",
        "EMAIL_ADDRESS|NATO_COSMIC_TOP_SECRET;CORP_CONFIDENTIAL|1|CRITICAL"
    })
    void rates(String pii, String markings, int subjects, Risk risk) {
        assertEquals(risk, RiskRater.rate(set(pii), set(markings), subjects));
    }
}
