package org.leakscope.classifiers;

import java.util.Set;

/**
 * Rates an item from what it contains. The rule, first match wins:
 * <ol>
 *   <li>CRITICAL: a TOP SECRET- or SECRET-level marking of any system (US, NATO, UK, 特定秘密, 極秘, 秘,
 *       重要経済安保情報), or sensitive PII together with at least 10 subjects;</li>
 *   <li>HIGH: any other classified, CUI, export-control, distribution-statement or Japanese government
 *       marking, or any sensitive PII;</li>
 *   <li>MEDIUM: other PII with at least one subject, or at least 3 PII types;</li>
 *   <li>LOW: any other PII, or only CORP_CONFIDENTIAL / DEFENSE_RELATED;</li>
 *   <li>NONE otherwise.</li>
 * </ol>
 * Sensitive PII here (wider than subjects.csv {@code sensitive}) is anything whose leak enables fraud or
 * is special-category: card, SSN, ITIN, My Number, health, biometric, credential, bank account, IBAN.
 */
public final class RiskRater {

    static final Set<String> SECRET_LEVEL = Set.of("US_TOP_SECRET", "US_SECRET", "NATO_COSMIC_TOP_SECRET",
            "NATO_SECRET", "UK_TOP_SECRET", "UK_SECRET", "JP_TOKUTEI_HIMITSU", "JP_GOKUHI", "JP_HI",
            "JP_JUYO_KEIZAI_ANPO");
    static final Set<String> LOW_MARKINGS = Set.of("CORP_CONFIDENTIAL", "DEFENSE_RELATED");
    static final Set<String> SENSITIVE_PII = Set.of("CREDIT_CARD", "US_SSN", "US_ITIN", "JP_MY_NUMBER",
            "HEALTH_INFO", "BIOMETRIC", "CREDENTIAL", "BANK_ACCOUNT", "IBAN");

    private RiskRater() {
    }

    public static Risk rate(Set<String> piiTypes, Set<String> markings, int subjectCount) {
        Set<String> pii = piiTypes == null ? Set.of() : piiTypes;
        Set<String> marks = markings == null ? Set.of() : markings;
        boolean sensitive = pii.stream().anyMatch(SENSITIVE_PII::contains);
        if (marks.stream().anyMatch(SECRET_LEVEL::contains) || (sensitive && subjectCount >= 10)) {
            return Risk.CRITICAL;
        }
        if (marks.stream().anyMatch(m -> !LOW_MARKINGS.contains(m)) || sensitive) {
            return Risk.HIGH;
        }
        if (!pii.isEmpty() && (subjectCount >= 1 || pii.size() >= 3)) {
            return Risk.MEDIUM;
        }
        if (!pii.isEmpty() || !marks.isEmpty()) {
            return Risk.LOW;
        }
        return Risk.NONE;
    }
}
