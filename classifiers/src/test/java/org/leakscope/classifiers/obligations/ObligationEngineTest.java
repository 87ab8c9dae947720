package org.leakscope.classifiers.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.resolve.Subject;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The shipped rules of config/obligations.yml, rule by rule: triggers, thresholds, validity, deadlines. */
class ObligationEngineTest {

    static final ObligationEngine ENGINE = ObligationRulesFileTest.ENGINE;
    static final LocalDate D = LocalDate.of(2024, 5, 1);

    private static ObligationResult run(List<Subject> people, LocalDate date, boolean malicious, String markings) {
        return ENGINE.assess(people, new IncidentFacts(date, malicious, People.set(markings)));
    }

    private static boolean has(ObligationResult r, String code) {
        return r.total(code).isPresent();
    }

    private static List<String> deadlines(ObligationResult r, String code) {
        return r.total(code).orElseThrow().deadlines();
    }

    // ---- APPI ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "APPI {0} persons, {1}, {2}, malicious={3}, {4} -> {5}")
    @CsvSource(delimiter = '|', value = {
        // four triggers
        "1|JP|PERSON_NAME;HEALTH_INFO|false|2024-05-01|true",       // 1 要配慮
        "1|JP|PERSON_NAME;CREDIT_CARD|false|2024-05-01|true",       // 2 財産的被害
        "1|JP|EMAIL_ADDRESS;CREDENTIAL|false|2024-05-01|true",      // 2 login + password
        "1|JP|PERSON_NAME;EMAIL_ADDRESS|true|2024-05-01|true",      // 3 不正の目的
        "1001|JP|PERSON_NAME;EMAIL_ADDRESS|false|2024-05-01|true",  // 4 > 1,000
        // non-triggers
        "1000|JP|PERSON_NAME;EMAIL_ADDRESS|false|2024-05-01|false", // exactly 1,000 is not "more than"
        "1|JP|PERSON_NAME;BANK_ACCOUNT|false|2024-05-01|false",     // account alone [K]
        "1|JP|PERSON_NAME;EMAIL_ADDRESS;PHONE_NUMBER|false|2024-05-01|false",
        "1|US-CA|PERSON_NAME;HEALTH_INFO|true|2024-05-01|false",    // not a JP person
        "1||PERSON_NAME;HEALTH_INFO|true|2024-05-01|false",         // jurisdiction unknown
        // validity: mandatory only from 2022-04-01
        "1|JP|PERSON_NAME;HEALTH_INFO|true|2022-03-31|false",
        "1|JP|PERSON_NAME;HEALTH_INFO|true|2022-04-01|true",
        "1001|JP|PERSON_NAME|false|2022-03-31|false",
        "1001|JP|PERSON_NAME|false|2022-04-01|true",
    })
    void appiTriggers(int n, String juris, String elements, boolean malicious, LocalDate date, boolean expect) {
        ObligationResult r = run(People.people(n, juris, elements), date, malicious, "");
        assertEquals(expect, has(r, "JP_APPI_PPC"), r.totals().toString());
        assertEquals(expect, r.codes("S00001").contains("JP_APPI_PPC"));
        if (expect) {
            assertEquals(n, r.total("JP_APPI_PPC").orElseThrow().subjects());
        }
    }

    @Test
    void appiCountsOnlyJapaneseResidentsForTheThousand() {
        List<Subject> people = new ArrayList<>(People.people("J", 1000, "JP", "PERSON_NAME;EMAIL_ADDRESS"));
        people.addAll(People.people("U", 50, "US-TX", "PERSON_NAME;EMAIL_ADDRESS"));
        assertFalse(has(run(people, D, false, ""), "JP_APPI_PPC"));
        people.add(People.person("J99999", Set.of("JP", "US-TX"), Set.of("PERSON_NAME")));
        ObligationResult r = run(people, D, false, "");
        assertEquals(1001, r.total("JP_APPI_PPC").orElseThrow().subjects());
        assertFalse(r.codes("U00001").contains("JP_APPI_PPC"));
    }

    @Test
    void appiTriggeredPersonByPersonBelowTheThreshold() {
        List<Subject> people = new ArrayList<>(People.people("A", 3, "JP", "PERSON_NAME;HEALTH_INFO"));
        people.addAll(People.people("B", 2, "JP", "PERSON_NAME;EMAIL_ADDRESS"));
        ObligationResult r = run(people, D, false, "");
        assertEquals(3, r.total("JP_APPI_PPC").orElseThrow().subjects());
        assertTrue(r.codes("A00001").contains("JP_APPI_PPC"));
        assertTrue(r.codes("B00001").isEmpty());
        assertEquals(5, r.total("JP_APPI_PPC").orElseThrow().population());
    }

    @ParameterizedTest(name = "APPI malicious={0} on {1}: 速報 {2}, 確報 {3}")
    @CsvSource(delimiter = '|', value = {
        "true|2024-05-01|2024-05-04..2024-05-06|2024-06-30",
        "false|2024-05-01|2024-05-04..2024-05-06|2024-05-31",
        "true|2024-12-30|2025-01-02..2025-01-04|2025-02-28",
        "false|2024-02-28|2024-03-02..2024-03-04|2024-03-29",   // leap year
    })
    void appiDeadlines(boolean malicious, LocalDate date, String sokuho, String kakuho) {
        ObligationResult r = run(People.people(1, "JP", "PERSON_NAME;HEALTH_INFO"), date, malicious, "");
        ObligationTotal t = r.total("JP_APPI_PPC").orElseThrow();
        assertTrue(t.deadlines().contains("速報 (PPC) " + sokuho), t.deadlines().toString());
        assertTrue(t.deadlines().contains("確報 (PPC) " + kakuho), t.deadlines().toString());
        assertEquals(1, t.deadlines().stream().filter(s -> s.startsWith("確報")).count(), "one 確報 only");
        assertTrue(t.deadlines().stream().anyMatch(s -> s.startsWith("本人通知: 速やかに")));
        assertEquals(date.plusDays(3), t.deadline(), "earliest = 速報");
        assertTrue(t.recipient().contains("個人情報保護委員会"));
        assertTrue(t.basis().contains("26条"));
    }

    // ---- My Number ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "My Number {0} persons, malicious={1}, {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "100|false|2024-05-01|false",
        "101|false|2024-05-01|true",
        "1|true|2024-05-01|true",
        "1|false|2024-05-01|false",
        "101|false|2022-03-31|true",   // old rule (2016-) had the same threshold [K]
        "100|false|2022-03-31|false",
        "101|false|2015-12-31|false",
    })
    void myNumber(int n, boolean malicious, LocalDate date, boolean expect) {
        // JP_MY_NUMBER without a JP jurisdiction still counts: the number is Japanese by nature
        List<Subject> people = People.people(n, "", "PERSON_NAME;JP_MY_NUMBER");
        people.add(People.person("X", Set.of("JP"), Set.of("PERSON_NAME", "EMAIL_ADDRESS")));
        ObligationResult r = run(people, date, malicious, "");
        assertEquals(expect, has(r, "JP_MY_NUMBER_PPC"), r.totals().toString());
        assertFalse(r.codes("X").contains("JP_MY_NUMBER_PPC"), "no number, no My Number obligation");
        if (expect) {
            assertEquals(n, r.total("JP_MY_NUMBER_PPC").orElseThrow().subjects());
        }
    }

    @Test
    void myNumberDeadlinesFollowTheValidRuleVersion() {
        List<Subject> p = People.people(1, "JP", "JP_MY_NUMBER");
        ObligationTotal now = run(p, D, true, "").total("JP_MY_NUMBER_PPC").orElseThrow();
        assertTrue(now.deadlines().contains("確報 (PPC) 2024-06-30"), now.deadlines().toString());
        ObligationTotal old = run(p, LocalDate.of(2020, 1, 20), true, "").total("JP_MY_NUMBER_PPC").orElseThrow();
        assertNull(old.deadline(), "直ちに: no computed date");
        assertEquals(List.of("jp-my-number-2016"), old.ruleIds());
    }

    // ---- GDPR ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "GDPR {0} {1} on {2}: art33={3} art34={4}")
    @CsvSource(delimiter = '|', value = {
        "DE|PERSON_NAME;EMAIL_ADDRESS|2024-05-01|true|false",
        "FR|PERSON_NAME;HEALTH_INFO|2024-05-01|true|true",
        "GB|PERSON_NAME;UK_NINO|2024-05-01|true|true",
        "NO|PERSON_NAME;IBAN|2024-05-01|true|true",
        "IT|PERSON_NAME;CREDENTIAL;EMAIL_ADDRESS|2024-05-01|true|true",
        "JP|PERSON_NAME;HEALTH_INFO|2024-05-01|false|false",
        "US-CA|PERSON_NAME;HEALTH_INFO|2024-05-01|false|false",
        "CH|PERSON_NAME;HEALTH_INFO|2024-05-01|false|false",    // Switzerland: own law (revFADP), not GDPR
        "DE|PERSON_NAME;HEALTH_INFO|2018-05-24|false|false",
        "DE|PERSON_NAME;HEALTH_INFO|2018-05-25|true|true",
    })
    void gdpr(String juris, String elements, LocalDate date, boolean art33, boolean art34) {
        ObligationResult r = run(People.people(1, juris, elements), date, true, "");
        assertEquals(art33, has(r, "GDPR_ART33"));
        assertEquals(art34, has(r, "GDPR_ART34"));
    }

    @ParameterizedTest(name = "72 h from {0} is {1}")
    @CsvSource({"2024-05-01,2024-05-04", "2024-02-27,2024-03-01", "2023-02-27,2023-03-02", "2024-12-30,2025-01-02"})
    void seventyTwoHours(LocalDate date, LocalDate due) {
        ObligationResult r = run(People.people(1, "DE", "PERSON_NAME"), date, true, "US_CUI");
        assertEquals(due, r.total("GDPR_ART33").orElseThrow().deadline());
        assertEquals(due, r.total("US_DFARS_7012").orElseThrow().deadline());
        assertTrue(r.total("GDPR_ART33").orElseThrow().deadlines().contains("supervisory authority " + due));
        assertNull(run(People.people(1, "DE", "PERSON_NAME;HEALTH_INFO"), date, true, "")
                .total("GDPR_ART34").orElseThrow().deadline(), "Art. 34: without undue delay, no date");
    }

    // ---- US states ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "US-CA|PERSON_NAME;US_SSN|US_STATE_CA",
        "US-CA|PERSON_NAME;HEALTH_INFO|US_STATE_CA",
        "US-CA|EMAIL_ADDRESS;CREDENTIAL|US_STATE_CA",
        "US-CA|PERSON_NAME;EMAIL_ADDRESS;PHONE_NUMBER;DATE_OF_BIRTH|",
        "US-CA|US_SSN|",                                  // no name
        "US-NY|PERSON_NAME;BIOMETRIC|US_STATE_NY",
        "US-TX|PERSON_NAME;HEALTH_INFO|US_STATE_TX",
        "US-TX|EMAIL_ADDRESS;CREDENTIAL|",
        "US-MA|PERSON_NAME;CREDIT_CARD|US_STATE_MA",
        "US-MA|PERSON_NAME;US_PASSPORT|",
        "US-FL|PERSON_NAME;US_PASSPORT|US_STATE_FL",
        "US-WA|PERSON_NAME;DATE_OF_BIRTH|US_STATE_WA",
        "US-OH|PERSON_NAME;US_DRIVERS_LICENSE|US_STATE_OH",
        "US-VA|PERSON_NAME;BANK_ACCOUNT|US_STATE_VA",
        "US-OH|PERSON_NAME;HEALTH_INFO|",                 // generic core has no medical element
        "US|PERSON_NAME;US_SSN|",                         // state unknown: no state code (the contract's XX is a state)
        "JP|PERSON_NAME;US_SSN|",
        "CA|PERSON_NAME;US_SSN|",                         // CA = Canada, not California
    })
    void stateDefinitions(String juris, String elements, String expected) {
        ObligationResult r = run(People.people(1, juris, elements), D, false, "");
        List<String> states = r.codes("S00001").stream().filter(c -> c.startsWith("US_STATE_")).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), states);
    }

    @Test
    void statesAreCountedSeparately() {
        List<Subject> people = new ArrayList<>(People.people("O", 3, "US-OH", "PERSON_NAME;US_SSN"));
        people.addAll(People.people("V", 2, "US-VA", "PERSON_NAME;US_SSN"));
        people.add(People.person("B", Set.of("US-OH", "US-VA"), Set.of("PERSON_NAME", "US_SSN")));
        ObligationResult r = run(people, D, true, "");
        assertEquals(4, r.total("US_STATE_OH").orElseThrow().subjects());
        assertEquals(3, r.total("US_STATE_VA").orElseThrow().subjects());
        assertEquals(Set.of("US_STATE_OH", "US_STATE_VA"), r.codes("B"));
    }

    @ParameterizedTest(name = "{0}: {1} residents -> regulator step {2}")
    @CsvSource(delimiter = '|', value = {
        "US-TX|249|false|AG",
        "US-TX|250|true|AG",
        "US-CA|500|false|AG",
        "US-CA|501|true|AG",
        "US-FL|499|false|AG",
        "US-FL|500|true|AG",
        "US-WA|500|false|AG",
        "US-WA|501|true|AG",
        "US-NY|5000|false|consumer reporting agencies",
        "US-NY|5001|true|consumer reporting agencies",
        "US-TX|10000|false|consumer reporting agencies",
        "US-TX|10001|true|consumer reporting agencies",
    })
    void stateRegulatorThresholds(String state, int n, boolean expect, String label) {
        ObligationResult r = run(People.people(n, state, "PERSON_NAME;US_SSN"), LocalDate.of(2026, 2, 1), false, "");
        String code = "US_STATE_" + state.substring(3);
        ObligationTotal t = r.total(code).orElseThrow();
        assertEquals(n, t.subjects());
        assertEquals(expect, t.deadlines().stream().anyMatch(s -> s.startsWith(label + " ") || s.startsWith(label + ":")),
                t.deadlines().toString());
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // California SB 446: 30 days from 2026-01-01; AG within 15 days of notifying individuals
        "US-CA|2025-12-31|individuals: in the most expedient time possible and without unreasonable delay [K]",
        "US-CA|2026-01-01|individuals 2026-01-31",
        "US-CA|2026-01-01|AG 2026-02-15",
        // New York: 30 days from 2024-12-21
        "US-NY|2024-12-20|individuals: in the most expedient time possible and without unreasonable delay [K]",
        "US-NY|2024-12-21|individuals 2025-01-20",
        // Texas: AG within 30 days from 2023-09-01 (60 before)
        "US-TX|2023-08-31|AG 2023-10-30",
        "US-TX|2023-09-01|AG 2023-10-01",
        "US-TX|2023-09-01|individuals 2023-10-31",
        // Washington: 30 days from 2020-03-01 (45 before)
        "US-WA|2020-02-29|individuals 2020-04-14",
        "US-WA|2020-03-01|individuals 2020-03-31",
        "US-FL|2024-05-01|individuals 2024-05-31",
        "US-MA|2024-05-01|regulators: as soon as practicable and without unreasonable delay",
    })
    void stateDeadlinesByVersion(String state, LocalDate date, String expected) {
        ObligationResult r = run(People.people(600, state, "PERSON_NAME;US_SSN"), date, false, "");
        assertTrue(deadlines(r, "US_STATE_" + state.substring(3)).contains(expected),
                deadlines(r, "US_STATE_" + state.substring(3)).toString());
    }

    @ParameterizedTest(name = "NY health information on {0} -> {1}")
    @CsvSource({"2025-03-20,false", "2025-03-21,true"})
    void newYorkMedicalFrom20250321(LocalDate date, boolean expect) {
        assertEquals(expect, has(run(People.people(1, "US-NY", "PERSON_NAME;HEALTH_INFO"), date, false, ""),
                "US_STATE_NY"));
    }

    // ---- HIPAA --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "HIPAA {0} persons in {1}: HHS now={2}, annual log={3}, media={4}")
    @CsvSource(delimiter = '|', value = {
        "1|US-TX|false|true|false",
        "499|US-TX|false|true|false",
        "500|US-TX|true|false|false",
        "501|US-TX|true|false|true",
        "500|US|true|false|false",
    })
    void hipaaThresholds(int n, String juris, boolean hhs, boolean log, boolean media) {
        ObligationTotal t = run(People.people(n, juris, "PERSON_NAME;HEALTH_INFO"), D, true, "")
                .total("US_HIPAA").orElseThrow();
        assertEquals(n, t.subjects());
        assertTrue(t.deadlines().contains("individuals 2024-06-30"), t.deadlines().toString());
        assertEquals(hhs, t.deadlines().contains("HHS 2024-06-30"), t.deadlines().toString());
        assertEquals(log, t.deadlines().contains("HHS annual log 2025-03-01"), t.deadlines().toString());
        assertEquals(media, t.deadlines().contains("media 2024-06-30"), t.deadlines().toString());
    }

    @Test
    void hipaaMediaCountsOneStateAtATime() {
        List<Subject> people = new ArrayList<>(People.people("T", 300, "US-TX", "PERSON_NAME;HEALTH_INFO"));
        people.addAll(People.people("C", 300, "US-CA", "PERSON_NAME;HEALTH_INFO"));
        ObligationTotal t = run(people, D, true, "").total("US_HIPAA").orElseThrow();
        assertEquals(600, t.subjects());
        assertTrue(t.deadlines().contains("HHS 2024-06-30"));
        assertFalse(t.deadlines().stream().anyMatch(s -> s.startsWith("media")), "no state has more than 500");
    }

    @ParameterizedTest(name = "HIPAA annual log for an incident on {0} is due {1}")
    @CsvSource({"2023-05-01,2024-02-29", "2024-05-01,2025-03-01", "2024-12-31,2025-03-01"})
    void hipaaAnnualLog(LocalDate date, LocalDate due) {
        ObligationTotal t = run(People.people(1, "US-OH", "HEALTH_INFO"), date, true, "").total("US_HIPAA")
                .orElseThrow();
        assertTrue(t.deadlines().contains("HHS annual log " + due), t.deadlines().toString());
    }

    // ---- incident-level defense rules ---------------------------------------------------------------------

    @ParameterizedTest(name = "markings {0}: DFARS={1}, MoD={2}")
    @CsvSource(delimiter = '|', value = {
        "US_CUI|true|false",
        "US_DISTRIBUTION_B|true|false",
        "US_DISTRIBUTION_F|true|false",
        "EXPORT_ITAR|true|false",
        "EXPORT_EAR|true|false",
        "JP_CHUI|false|true",
        "JP_HI|false|true",
        "JP_GOKUHI|false|true",
        "JP_TOKUTEI_HIMITSU|false|true",
        "US_SECRET|false|false",            // classified: DCSA, not 7012 (counsel)
        "CORP_CONFIDENTIAL;DEFENSE_RELATED|false|false",
        "|false|false",
        "US_CUI;JP_CHUI|true|true",
    })
    void defenseRules(String markings, boolean dfars, boolean mod) {
        List<Subject> people = People.people(2, "JP", "PERSON_NAME;EMAIL_ADDRESS");
        ObligationResult r = run(people, D, false, markings);
        assertEquals(dfars, has(r, "US_DFARS_7012"));
        assertEquals(mod, has(r, "JP_MOD_SECURITY"));
        r.totals().stream().filter(t -> t.code().equals("US_DFARS_7012") || t.code().equals("JP_MOD_SECURITY"))
                .forEach(t -> assertEquals(0, t.subjects(), t.code()));
        assertFalse(r.codes("S00001").contains("US_DFARS_7012"));
        assertFalse(r.codes("S00001").contains("JP_MOD_SECURITY"));
    }

    @Test
    void incidentRulesApplyWithoutAnyPerson() {
        ObligationResult r = run(List.of(), D, true, "US_DISTRIBUTION_C;JP_CHUI");
        assertEquals(List.of("US_DFARS_7012", "JP_MOD_SECURITY"), r.totals().stream().map(ObligationTotal::code).toList());
        ObligationTotal dfars = r.total("US_DFARS_7012").orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 4), dfars.deadline());
        assertTrue(dfars.recipient().contains("dibnet.dod.mil"));
        assertEquals(D, r.total("JP_MOD_SECURITY").orElseThrow().deadline(), "直ちに: the incident date");
    }

    // ---- the result as a whole ----------------------------------------------------------------------------

    @Test
    void mitsubishiLikeIncident() {
        // 2019-06-28 awareness: before APPI's mandatory reporting; MoD 注意 material leaked
        List<Subject> people = People.people(8122, "JP", "PERSON_NAME;EMAIL_ADDRESS;PHONE_NUMBER");
        ObligationResult then = run(people, LocalDate.of(2019, 6, 28), true, "JP_CHUI;DEFENSE_RELATED");
        assertEquals(List.of("JP_MOD_SECURITY"), then.totals().stream().map(ObligationTotal::code).toList());
        assertTrue(then.codes("S00001").isEmpty());
        // the same facts today: APPI for everyone (malicious, and more than 1,000)
        ObligationResult now = run(people, D, true, "JP_CHUI");
        assertEquals(8122, now.total("JP_APPI_PPC").orElseThrow().subjects());
        assertEquals(8122, now.codesBySubjectId().size());
        assertEquals(Set.of("JP_APPI_PPC"), now.codes("S08122"));
    }

    @Test
    void everySubjectHasAnEntryAndObligationsForNotices() {
        List<Subject> people = new ArrayList<>(People.people("A", 1, "DE", "PERSON_NAME;HEALTH_INFO"));
        people.addAll(People.people("B", 1, "", "EMAIL_ADDRESS"));
        ObligationResult r = run(people, D, true, "");
        assertEquals(Set.of("A00001", "B00001"), r.codesBySubjectId().keySet());
        assertEquals(Set.of("GDPR_ART33", "GDPR_ART34"), r.codes("A00001"));
        assertTrue(r.codes("B00001").isEmpty());
        List<Obligation> notices = r.forSubject("A00001");
        assertEquals(2, notices.size());
        assertEquals("GDPR_ART33", notices.get(0).code());
        assertEquals(LocalDate.of(2024, 5, 4), notices.get(0).deadline());
        assertTrue(notices.get(0).regime().contains("Art. 33"));
    }

    @Test
    void nullIncidentDateMeansToday() {
        ObligationResult r = ENGINE.assess(People.people(1, "DE", "PERSON_NAME"), new IncidentFacts(null, true, null));
        assertEquals(LocalDate.now().plusDays(3), r.total("GDPR_ART33").orElseThrow().deadline());
    }

    // ---- people read pass by pass ------------------------------------------------------------------------

    /** A mixed population: thresholds per state, per-jurisdiction counts, sensitive data, people in two states. */
    private static List<Subject> mixed() {
        List<Subject> people = new ArrayList<>(People.people("C", 501, "US-CA", "PERSON_NAME;US_SSN"));
        people.addAll(People.people("J", 1001, "JP", "PERSON_NAME;EMAIL_ADDRESS"));
        people.addAll(People.people("H", 3, "JP", "PERSON_NAME;HEALTH_INFO"));
        people.addAll(People.people("D", 2, "DE", "PERSON_NAME"));
        people.add(People.person("B", Set.of("US-OH", "US-VA"), Set.of("PERSON_NAME", "US_SSN")));
        people.addAll(People.people("N", 2, "", "PERSON_NAME"));
        return people;
    }

    @Test
    void theSourceIsReadTwiceAndEachPersonDecidedInItsOrderAsInMemory() {
        List<Subject> people = mixed();
        IncidentFacts facts = new IncidentFacts(D, false, Set.of("JP_CHUI"));
        int[] opened = {0};
        List<String> order = new ArrayList<>();
        Map<String, Set<String>> codes = new java.util.HashMap<>();
        List<ObligationTotal> totals = ENGINE.assess(() -> {
            opened[0]++;
            return people.stream();
        }, facts, (s, c) -> {
            order.add(s.subjectId());
            codes.put(s.subjectId(), c);
        });
        assertEquals(2, opened[0]);
        assertEquals(people.stream().map(Subject::subjectId).toList(), order);
        ObligationResult inMemory = ENGINE.assess(people, facts);
        assertEquals(inMemory.totals(), totals);
        assertEquals(inMemory.codesBySubjectId(), codes);
        // the counts decided: over 1,000 JP persons, over 500 Californians (regulator step), both states of B
        assertEquals(1004, inMemory.total("JP_APPI_PPC").orElseThrow().subjects());
        assertTrue(deadlines(inMemory, "US_STATE_CA").stream().anyMatch(d -> d.startsWith("AG ") || d.startsWith("AG:")),
                deadlines(inMemory, "US_STATE_CA").toString());
        assertEquals(Set.of("US_STATE_OH", "US_STATE_VA"), inMemory.codes("B"));
        assertTrue(inMemory.codes("N00001").isEmpty());
    }

    @Test
    void theRulesReadOnlyIdJurisdictionsElementsAndSensitive() {
        List<Subject> people = mixed();
        List<Subject> stripped = people.stream().map(s -> new Subject(s.subjectId(), null, null, null, null,
                s.jurisdictions(), s.dataElements(), s.sensitive(), null, null)).toList();
        IncidentFacts facts = IncidentFacts.of(D);
        Map<String, Set<String>> codes = new java.util.HashMap<>();
        List<ObligationTotal> totals = ENGINE.assess(stripped::stream, facts, (s, c) -> codes.put(s.subjectId(), c));
        ObligationResult full = ENGINE.assess(people, facts);
        assertEquals(full.totals(), totals);
        assertEquals(full.codesBySubjectId(), codes);
    }

    @Test
    void withoutPersonRulesThePeopleAreReadOnce() {
        ObligationEngine incidentOnly = ENGINE.rules().stream()
                .filter(r -> r.scope() == ObligationRule.Scope.INCIDENT).findFirst()
                .map(r -> ENGINE.only(r.id())).orElseThrow();
        int[] opened = {0};
        List<String> decided = new ArrayList<>();
        incidentOnly.assess(() -> {
            opened[0]++;
            return People.people(3, "JP", "PERSON_NAME").stream();
        }, IncidentFacts.of(D), (s, c) -> {
            assertTrue(c.isEmpty());
            decided.add(s.subjectId());
        });
        assertEquals(1, opened[0]);
        assertEquals(List.of("S00001", "S00002", "S00003"), decided);
    }

    @Test
    void peopleWhoChangeBetweenThePassesAreAnError() {
        List<List<Subject>> passes = new ArrayList<>(List.of(People.people(3, "JP", "PERSON_NAME"),
                People.people(4, "JP", "PERSON_NAME")));
        assertThrows(IllegalStateException.class, () -> ENGINE.assess(() -> passes.remove(0).stream(),
                IncidentFacts.of(D), (s, c) -> { }));
        List<List<Subject>> moved = new ArrayList<>(List.of(People.people(1, "DE", "PERSON_NAME"),
                People.people(1, "JP", "PERSON_NAME;HEALTH_INFO")));
        assertThrows(IllegalStateException.class, () -> ENGINE.assess(() -> moved.remove(0).stream(),
                IncidentFacts.of(D), (s, c) -> { }));
    }

    @Test
    void aPersonUnderTwoVersionsOfARuleIsCountedOnce() {
        String two = MINIMAL.formatted("2024-01-01", "{always: true}")
                + MINIMAL.formatted("2023-01-01", "{persons_over: 1}").replace("rules:\n", "").replace("id: t", "id: t2");
        ObligationEngine e = ObligationEngine.fromYaml(yaml(two), "x");
        ObligationResult r = e.assess(People.people(2, "JP", "PERSON_NAME"), IncidentFacts.of(D));
        ObligationTotal t = r.total("TEST_X").orElseThrow();
        assertEquals(2, t.subjects());
        assertEquals(List.of("t", "t2"), t.ruleIds());
        assertEquals(Set.of("TEST_X"), r.codes("S00002"));
    }

    // ---- rule-file syntax ---------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    private static final String MINIMAL = """
            rules:
              - id: t
                code: TEST_X
                regime: test
                valid_from: %s
                scope: person
                jurisdictions: [JP]
                trigger: %s
                steps:
                  - {label: s, to: r, days: 1}
                basis: b
            """;

    @ParameterizedTest(name = "rejects {0}")
    @CsvSource(delimiter = '|', value = {
        "April 2022|{always: true}|valid_from",
        "2024-01-01|{elements_some: [X]}|unknown condition key",
        "2024-01-01|{elements_any: ['@NOPE']}|unknown group",
        "2024-01-01|{persons_over: -1}|whole number",
        "2024-01-01|{any: []}|non-empty list",
        "2024-01-01|{markings_any: [NO]}|quote codes",
    })
    void rejectsBadRules(String from, String trigger, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObligationEngine.fromYaml(yaml(MINIMAL.formatted(from, trigger)), "test.yml"));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains("test.yml"), e.getMessage());
    }

    @Test
    void rejectsUnknownRuleKeyAndTwoDeadlineKinds() {
        String bad = MINIMAL.formatted("2024-01-01", "{always: true}").replace("basis: b", "basis: b\n    treshold: 3");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ObligationEngine.fromYaml(yaml(bad), "x"))
                .getMessage().contains("(t)"));
        String two = MINIMAL.formatted("2024-01-01", "{always: true}").replace("days: 1}", "days: 1, text: soon}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ObligationEngine.fromYaml(yaml(two), "x"))
                .getMessage().contains("exactly one"));
    }

    @Test
    void quotedAndBareDatesAreTheSame() {
        ObligationEngine bare = ObligationEngine.fromYaml(yaml(MINIMAL.formatted("2024-01-01", "{always: true}")), "x");
        ObligationEngine quoted = ObligationEngine.fromYaml(yaml(MINIMAL.formatted("'2024-01-01'", "{always: true}")), "x");
        assertEquals(LocalDate.of(2024, 1, 1), bare.rules().get(0).validFrom());
        assertEquals(LocalDate.of(2024, 1, 1), quoted.rules().get(0).validFrom());
    }

    @Test
    void aUserRuleFileBesideTheConfigReplacesTheDefault(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("leakscope.yml"), "classify:\n  rule-packs:\n    obligations: my-rules.yml\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("my-rules.yml"), MINIMAL.formatted("2024-01-01", "{malicious: true}"),
                StandardCharsets.UTF_8);
        ObligationEngine e = ObligationEngine.fromConfig(ClassifierConfig.load(dir.resolve("leakscope.yml")));
        assertEquals(List.of("t"), e.rules().stream().map(ObligationRule::id).toList());
        ObligationResult r = e.assess(People.people(1, "JP", "PERSON_NAME"), IncidentFacts.of(D));
        assertEquals(LocalDate.of(2024, 5, 2), r.total("TEST_X").orElseThrow().deadline());
        assertTrue(e.assess(People.people(1, "JP", "PERSON_NAME"), new IncidentFacts(D, false, Set.of()))
                .totals().isEmpty());
    }
}
