package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leakscope.classifiers.resolve.Rows.row;
import static org.leakscope.classifiers.resolve.Rows.named;
import static org.leakscope.classifiers.resolve.Rows.text;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

class SubjectResolverTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    @Test
    void rowsSharingAnEmailMerge() {
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", "中島 恵子"), row("D1", 2, "EMAIL_ADDRESS", "k.nakajima@example.jp"),
                row("D2", 5, "EMAIL_ADDRESS", "K.Nakajima@Example.jp"), row("D2", 5, "CREDIT_CARD", "4111111111111111"),
                row("D2", 5, "PHONE_NUMBER", "+819012345678")));
        assertEquals(1, s.size());
        Subject k = s.get(0);
        assertEquals("S000001", k.subjectId());
        assertEquals("中島 恵子", k.name());
        assertEquals(Set.of("k.nakajima@example.jp"), k.emails());
        assertEquals(Set.of("D1", "D2"), k.docIds());
        assertEquals(Set.of("CREDIT_CARD", "EMAIL_ADDRESS", "PERSON_NAME", "PHONE_NUMBER"), k.dataElements());
        assertTrue(k.sensitive());
        assertEquals(Set.of("JP"), k.jurisdictions());
    }

    @Test
    void aNumberIssuedToResidentsPlacesAPersonNothingElsePlaces() {
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", "坂本 麻衣"), row("D1", 2, "JP_HEALTH_INSURANCE", "06139874 12-345"),
                row("D1", 3, "PERSON_NAME", "Omar Thibodeaux"), row("D1", 3, "US_SSN", "604516563"),
                row("D1", 4, "PERSON_NAME", "Ann Lee"), row("D1", 4, "US_SSN", "604516564"),
                row("D1", 4, "POSTAL_ADDRESS", "6747 Oak Ave, Austin, TX 78722"),
                row("D1", 5, "PERSON_NAME", "Ben Ito"), row("D1", 5, "US_PASSPORT", "561234567")));
        assertEquals(Set.of("JP"), named(s, "坂本 麻衣").jurisdictions());
        assertEquals(Set.of("US"), named(s, "Omar Thibodeaux").jurisdictions(), "a US person whose state is unknown");
        assertEquals(Set.of("US-TX"), named(s, "Ann Lee").jurisdictions(), "the address says more");
        assertEquals(Set.of(), named(s, "Ben Ito").jurisdictions(), "a passport says a nationality, not a home");
    }

    @Test
    void rowsWithDifferentEmailsStayApart() {
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "EMAIL_ADDRESS", "a@example.com"), row("D1", 2, "PERSON_NAME", "Ann Lee"),
                row("D1", 3, "EMAIL_ADDRESS", "b@example.com"), row("D1", 3, "PERSON_NAME", "Bob Lee")));
        assertEquals(2, s.size());
        assertEquals(List.of("Ann Lee", "Bob Lee"), s.stream().map(Subject::name).toList());
        assertFalse(s.get(0).sensitive());
    }

    @Test
    void deterministicWhateverTheInputOrder() {
        List<DocFinding> in = new ArrayList<>(List.of(
                row("D1", 2, "EMAIL_ADDRESS", "a@example.com"), row("D1", 3, "EMAIL_ADDRESS", "b@example.com"),
                row("D2", 7, "PHONE_NUMBER", "+15123198632"), row("D2", 7, "POSTAL_ADDRESS", "6747 Oak Ave, Austin, TX 78722"),
                row("D3", 4, "EMAIL_ADDRESS", "b@example.com"), row("D3", 4, "PHONE_NUMBER", "+15123198632"),
                text("D4", 10, "US_SSN", "604516563"), text("D4", 30, "PERSON_NAME", "Noah Jackson")));
        List<Subject> first = r.resolve(in);
        for (long seed = 1; seed <= 5; seed++) {
            List<DocFinding> shuffled = new ArrayList<>(in);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(first, r.resolve(shuffled));
        }
        assertEquals(3, first.size());
        // b@ and the Austin phone are one person through D3
        Subject b = first.stream().filter(x -> x.emails().contains("b@example.com")).findFirst().orElseThrow();
        assertEquals(Set.of("D1", "D2", "D3"), b.docIds());
        assertEquals(Set.of("US-TX"), b.jurisdictions());
        assertEquals(List.of("S000001", "S000002", "S000003"), first.stream().map(Subject::subjectId).toList());
    }

    @Test
    void severalContactsOnOneLineAreSeveralPeople() {
        // "To: a@…, b@…, c@…, Ann Lee": a block holds one e-mail, so each e-mail starts the next person
        List<Subject> s = r.resolve(List.of(
                text("M", 1, "EMAIL_ADDRESS", "a@example.com"), text("M", 2, "EMAIL_ADDRESS", "b@example.com"),
                text("M", 3, "EMAIL_ADDRESS", "c@example.com")));
        assertEquals(3, s.size());
        assertEquals(2, r.resolve(List.of(text("N", 1, "EMAIL_ADDRESS", "a@example.com"),
                text("N", 2, "EMAIL_ADDRESS", "a2@example.com"))).size());
    }

    @Test
    void aFullNameIsAPersonDataWithoutANameOrContactIsNot() {
        List<Subject> ann = r.resolve(List.of(row("D", 2, "PERSON_NAME", "Ann Lee"),
                row("D", 2, "DATE_OF_BIRTH", "1990-01-01")));
        assertEquals(1, ann.size(), "a name and a birth date are a person's data (GDPR, APPI)");
        assertEquals("Ann Lee", ann.get(0).name());
        assertEquals(Set.of("DATE_OF_BIRTH", "PERSON_NAME"), ann.get(0).dataElements());
        assertTrue(r.resolve(List.of(row("D", 2, "DATE_OF_BIRTH", "1990-01-01"), row("D", 2, "IP_ADDRESS", "10.0.0.1")))
                .isEmpty(), "no name, no contact, no identifier: nobody to notify");
        assertTrue(r.resolve(List.of(row("D", 2, "PERSON_NAME", "Lee"))).isEmpty(), "a single word is no full name");
        List<Subject> s = r.resolve(List.of(row("D", 2, "PERSON_NAME", "中島 恵子"), row("D", 2, "JP_MY_NUMBER", "123456789018")));
        assertEquals(1, s.size());
        assertNull(s.get(0).postalAddress());
    }

    @Test
    void mentionsOfOneNameWithoutContactAreOnePersonUnlessIdentifiersConflict() {
        List<Subject> s = r.resolve(List.of(row("A", 2, "PERSON_NAME", "Maria Carter"),
                text("B", 10, "PERSON_NAME", "Maria Carter"), text("C", 10, "PERSON_NAME", "Carter, Maria")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("A", "B", "C"), s.get(0).docIds());
        List<Subject> two = r.resolve(List.of(row("A", 2, "PERSON_NAME", "Maria Carter"), row("A", 2, "US_SSN", "219-45-6789"),
                row("B", 3, "PERSON_NAME", "Maria Carter"), row("B", 3, "US_SSN", "536-22-1234")));
        assertEquals(2, two.size(), "one name, two SSNs: two people");
    }

    @Test
    void nameOnlySubjectsCanBeSwitchedOff(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path cfg = dir.resolve("leakscope.yml");
        java.nio.file.Files.writeString(cfg, "classify:\n  resolve:\n    name-only-subjects: false\n");
        SubjectResolver strict = new SubjectResolver(ClassifierConfig.load(cfg));
        assertTrue(strict.resolve(List.of(row("D", 2, "PERSON_NAME", "Ann Lee"), row("D", 2, "DATE_OF_BIRTH", "1990-01-01")))
                .isEmpty());
        java.nio.file.Files.writeString(cfg, "classify:\n  resolve:\n    name-only-subjects: yes please\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SubjectResolver(ClassifierConfig.load(cfg)));
        assertTrue(e.getMessage().contains("name-only-subjects"), e.getMessage());
    }

    @Test
    void nameAndBirthDateLinkRecordsAcrossFormats() {
        List<Subject> s = r.resolve(List.of(
                row("名簿", 2, "PERSON_NAME", "中島　恵子"), row("名簿", 2, "DATE_OF_BIRTH", "1984年8月1日"),
                row("名簿", 2, "EMAIL_ADDRESS", "k@example.jp"),
                row("台帳", 3, "PERSON_NAME", "中島 恵子"), row("台帳", 3, "DATE_OF_BIRTH", "1984/08/01"),
                row("台帳", 3, "JP_MY_NUMBER", "123456789018")));
        assertEquals(1, s.size());
        assertEquals(Set.of("名簿", "台帳"), s.get(0).docIds());
    }

    @Test
    void markingsAreIgnored() {
        assertTrue(r.resolve(List.of(new DocFinding("D", new Finding(Category.MARKING, "US_SECRET", "SECRET", "SECRET",
                0.9, "line=1", "m", null, 0)))).isEmpty());
    }
}
