package org.leakscope.reports;

import java.util.Set;

/**
 * What the regulator items need to know about a PII type code: whether it is APPI 要配慮 (special care) data,
 * data whose misuse can cause financial loss (APPI 規則7条2号), GDPR Art. 9 special-category data, or a
 * national identifier. The obligations themselves are decided by config/obligations.yml; these sets only
 * flag elements in the report's lists and pick the hints of GDPR Art. 33(3)(c).
 */
final class DataElements {

    /** 要配慮個人情報 among the codes (病歴, 診療 ...). Biometric data is an identifier under APPI, not 要配慮. */
    static final Set<String> JP_SPECIAL_CARE = Set.of("HEALTH_INFO");
    /** APPI 規則7条2号: possible financial loss if misused (cards, accounts, credentials). */
    static final Set<String> FINANCIAL_HARM = Set.of("CREDIT_CARD", "BANK_ACCOUNT", "IBAN", "CREDENTIAL");
    /** 特定個人情報 (My Number Act). */
    static final Set<String> MY_NUMBER = Set.of("JP_MY_NUMBER");
    /** GDPR Art. 9 special categories among the codes. */
    static final Set<String> GDPR_SPECIAL = Set.of("HEALTH_INFO", "BIOMETRIC");
    /** National and official identifiers: identity-theft risk. */
    static final Set<String> NATIONAL_IDS = Set.of("US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVERS_LICENSE",
            "JP_MY_NUMBER", "JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE",
            "UK_NINO");
    /** Contact data: phishing and spam risk. */
    static final Set<String> CONTACT = Set.of("EMAIL_ADDRESS", "PHONE_NUMBER", "POSTAL_ADDRESS");

    /** EU 27 + EEA + UK, as the group EEA_UK of config/obligations.yml: the report groups persons by it. */
    static final Set<String> EEA_UK = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO", "GB");

    private DataElements() {
    }
}
