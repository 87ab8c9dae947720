package org.leakscope.classifiers.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.resolve.Subject;

/**
 * Runs every {@code examples:} entry of config/obligations.yml against its own rule alone, so a compliance
 * officer who adds or edits a rule adds its test cases next to it.
 */
class ObligationRulesFileTest {

    static final ObligationEngine ENGINE = ObligationEngine.fromConfig(ClassifierConfig.load(null));

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (ObligationRule r : ENGINE.rules()) {
            int i = 0;
            for (Map<String, Object> ex : r.examples()) {
                out.add(Arguments.of(r.id() + " #" + (++i), r, ex));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String name, ObligationRule rule, Map<String, Object> ex) {
        LocalDate date = ex.containsKey("date") ? ObligationRule.date(ex.get("date"), name)
                : rule.validFrom() != null ? rule.validFrom()
                : rule.validTo() != null ? rule.validTo() : LocalDate.of(2025, 6, 1);
        boolean malicious = !ex.containsKey("malicious") || Boolean.TRUE.equals(ex.get("malicious"));
        Set<String> markings = new HashSet<>(ClassifierConfig.stringList(ex.get("markings"), name));
        int n = ex.containsKey("persons") ? ((Number) ex.get("persons")).intValue() : 0;
        String juris = ex.containsKey("jurisdiction") ? String.valueOf(ex.get("jurisdiction")) : "";
        List<Subject> people = People.people(n, juris,
                String.join(";", ClassifierConfig.stringList(ex.get("elements"), name)));
        ObligationResult res = ENGINE.only(rule.id()).assess(people, new IncidentFacts(date, malicious, markings));
        boolean expect = Boolean.TRUE.equals(ex.get("expect"));
        String code = rule.code().replace(ObligationRule.STATE, juris.startsWith("US-") ? juris.substring(3) : "");
        assertEquals(expect, res.total(code).isPresent(), name + ": " + ex + " -> " + res.totals());
        if (rule.scope() == ObligationRule.Scope.PERSON) {
            for (Subject s : people) {
                assertEquals(expect, res.codes(s.subjectId()).contains(code), name + " " + s.subjectId());
            }
            if (expect) {
                assertEquals(n, res.total(code).orElseThrow().subjects(), name);
            }
        } else if (expect) {
            assertEquals(0, res.total(code).orElseThrow().subjects(), name);
        }
    }

    @Test
    void everyRuleHasATriggerAndANonTriggerExampleOrAValidityNeighbour() {
        for (ObligationRule r : ENGINE.rules()) {
            assertFalse(r.examples().isEmpty(), r.id() + " has no examples");
            assertTrue(r.examples().stream().anyMatch(e -> Boolean.TRUE.equals(e.get("expect"))),
                    r.id() + " has no triggering example");
        }
        // each regime (code) has at least one non-trigger case somewhere
        Set<String> codesWithNo = new HashSet<>();
        for (ObligationRule r : ENGINE.rules()) {
            if (r.examples().stream().anyMatch(e -> Boolean.FALSE.equals(e.get("expect")))) {
                codesWithNo.add(r.code());
            }
        }
        for (ObligationRule r : ENGINE.rules()) {
            assertTrue(codesWithNo.contains(r.code()), r.code() + " has no non-trigger example");
        }
    }

    @Test
    void codesAreThoseOfTheOutputContract() {
        Set<String> contract = Set.of("JP_APPI_PPC", "JP_MY_NUMBER_PPC", "GDPR_ART33", "GDPR_ART34", "US_HIPAA",
                "US_DFARS_7012", "JP_MOD_SECURITY");
        for (ObligationRule r : ENGINE.rules()) {
            assertTrue(contract.contains(r.code()) || r.code().startsWith("US_STATE_"), r.id() + ": " + r.code());
            assertFalse(r.basis().isBlank(), r.id());
            assertTrue(r.source() != null && !r.source().isBlank(), r.id() + " cites no source");
        }
    }

    @Test
    void versionsOfOneRegimeDoNotOverlap() {
        List<ObligationRule> rules = ENGINE.rules();
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                ObligationRule a = rules.get(i);
                ObligationRule b = rules.get(j);
                if (!a.code().equals(b.code())) {
                    continue;
                }
                LocalDate aFrom = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
                LocalDate aTo = a.validTo() == null ? LocalDate.MAX : a.validTo();
                LocalDate bFrom = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
                LocalDate bTo = b.validTo() == null ? LocalDate.MAX : b.validTo();
                if (aTo.isBefore(bFrom) || bTo.isBefore(aFrom)) {
                    continue;
                }
                // one US_STATE_{state} code is many regimes: rules for different states may run side by side
                for (String where : JURISDICTIONS) {
                    assertFalse(a.coversJurisdiction(where) && b.coversJurisdiction(where),
                            a.id() + " overlaps " + b.id() + " in " + where);
                }
            }
        }
    }

    /** Every US state, DC, a US person of no known state, and the countries the rules name. */
    private static final List<String> JURISDICTIONS = List.of("US", "US-AL", "US-AK", "US-AZ", "US-AR", "US-CA",
            "US-CO", "US-CT", "US-DE", "US-DC", "US-FL", "US-GA", "US-HI", "US-ID", "US-IL", "US-IN", "US-IA", "US-KS",
            "US-KY", "US-LA", "US-ME", "US-MD", "US-MA", "US-MI", "US-MN", "US-MS", "US-MO", "US-MT", "US-NE", "US-NV",
            "US-NH", "US-NJ", "US-NM", "US-NY", "US-NC", "US-ND", "US-OH", "US-OK", "US-OR", "US-PA", "US-RI", "US-SC",
            "US-SD", "US-TN", "US-TX", "US-UT", "US-VT", "US-VA", "US-WA", "US-WV", "US-WI", "US-WY", "JP", "DE", "FR",
            "GB", "NO", "CN", "");

    @Test
    void everyStateFallsUnderOneStateRuleAtATime() {
        for (LocalDate day : List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 9, 30), LocalDate.of(2022, 10, 1),
                LocalDate.of(2026, 11, 1))) {
            for (String j : JURISDICTIONS) {
                if (!j.startsWith("US-")) {
                    continue;
                }
                long rules = ENGINE.rules().stream()
                        .filter(r -> r.code().startsWith("US_STATE_") && r.validOn(day) && r.coversJurisdiction(j)).count();
                assertEquals(1, rules, j + " on " + day);
            }
        }
    }

    @Test
    void requiredRegimesArePresent() {
        Set<String> codes = new HashSet<>();
        ENGINE.rules().forEach(r -> codes.add(r.code()));
        for (String c : List.of("JP_APPI_PPC", "JP_MY_NUMBER_PPC", "GDPR_ART33", "GDPR_ART34", "US_STATE_CA",
                "US_STATE_NY", "US_STATE_TX", "US_STATE_MA", "US_STATE_FL", "US_STATE_WA", "US_STATE_{state}",
                "US_HIPAA", "US_DFARS_7012", "JP_MOD_SECURITY")) {
            assertTrue(codes.contains(c), c);
        }
    }
}
