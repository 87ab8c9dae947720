package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.withEmail;
import static org.leakscope.classifiers.resolve.Rows.named;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/** The record rules of the resolver: mail headers, blocks, conflict splits, name-only linking. */
class TextBlocksTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    /** A running-text finding on line {@code line}; offsets grow with the line so reading order is clear. */
    private static DocFinding at(String doc, int line, String type, String value) {
        return at(doc, "line=" + line, line * 100, type, value);
    }

    private static DocFinding at(String doc, String location, int offset, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, location, "t", null, offset));
    }

    private static DocFinding row(String doc, int row, int col, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, "row=" + row + ";col=" + col, "t",
                "#" + row, row * 100 + col));
    }

    /** A finding in a table cell at {@code location}, of row 3's record, at {@code offset}. */
    private static DocFinding cell(String doc, String location, int offset, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, location, "t", "Memo#3", offset));
    }


    /** From: Ann Lee <ann@…> / To: Bob Roe <bob@…> / Subject / greeting / body / signature of Ann. */
    private static List<DocFinding> mail() {
        return new ArrayList<>(List.of(
                at("M", 1, "PERSON_NAME", "Ann Lee"), at("M", "line=1", 110, "EMAIL_ADDRESS", "ann@example.com"),
                at("M", 2, "PERSON_NAME", "Bob Roe"), at("M", "line=2", 210, "EMAIL_ADDRESS", "bob@example.com"),
                at("M", 4, "PERSON_NAME", "Bob Roe"),
                at("M", 12, "PERSON_NAME", "Ann Lee"),
                at("M", 14, "PHONE_NUMBER", "+819012345678"),
                at("M", 15, "EMAIL_ADDRESS", "ann@example.com")));
    }

    @Test
    void senderAndRecipientAreNotMerged() {
        List<Subject> s = r.resolve(mail());
        assertEquals(2, s.size());
        Subject ann = withEmail(s, "ann@example.com");
        Subject bob = withEmail(s, "bob@example.com");
        assertEquals("Ann Lee", ann.name());
        assertEquals("Bob Roe", bob.name());
        assertEquals(Set.of("ann@example.com"), ann.emails());
        assertEquals(Set.of("bob@example.com"), bob.emails());
        assertTrue(bob.phones().isEmpty());
    }

    @Test
    void headerLinesWithoutNamesStaySeparateAndDoNotTakeBodyPhone() {
        // From: a@ / To: b@ / (body) Call me: +81… on line 4 - within the block gap of line 2, but the header is sealed
        List<Subject> s = r.resolve(List.of(at("M", 1, "EMAIL_ADDRESS", "a@example.com"),
                at("M", 2, "EMAIL_ADDRESS", "b@example.com"), at("M", 4, "PHONE_NUMBER", "+819012345678")));
        assertEquals(3, s.size());
        assertTrue(withEmail(s, "b@example.com").phones().isEmpty());
    }

    @Test
    void oneEmailLineAtTheTopIsAFormNotAHeader() {
        // E-mail: / Name: / Phone: - one person
        List<Subject> s = r.resolve(List.of(at("F", 1, "EMAIL_ADDRESS", "a@example.com"),
                at("F", 2, "PERSON_NAME", "Ann Lee"), at("F", 3, "PHONE_NUMBER", "+819012345678")));
        assertEquals(1, s.size());
        assertEquals("Ann Lee", s.get(0).name());
        assertEquals(Set.of("+819012345678"), s.get(0).phones());
    }

    @Test
    void signatureBlockBindsNamePhoneAndEmail() {
        List<DocFinding> in = mail();
        // a row elsewhere knows only the phone: it reaches Ann through the signature block (name + phone + e-mail)
        in.add(row("D2", 3, 1, "PHONE_NUMBER", "+819012345678"));
        in.add(row("D2", 3, 2, "US_SSN", "604516563"));
        List<Subject> s = r.resolve(in);
        assertEquals(2, s.size());
        Subject ann = withEmail(s, "ann@example.com");
        assertEquals("Ann Lee", ann.name());
        assertEquals(Set.of("+819012345678"), ann.phones());
        assertEquals(Set.of("M", "D2"), ann.docIds());
        assertTrue(ann.dataElements().contains("US_SSN"));
        // without the name in the block the phone still binds to the e-mail two lines below
        List<Subject> noName = r.resolve(List.of(at("S", 20, "PHONE_NUMBER", "+819012345678"),
                at("S", 22, "EMAIL_ADDRESS", "x@example.com")));
        assertEquals(1, noName.size());
    }

    @Test
    void aNameBeforeItsEmailOnTheNextLineGoesWithThatEmail() {
        // Attendees: "Lucas Lefèvre (lucas@…)" (name not detected) / "Andrew Chen (andrew@…)"
        List<Subject> s = r.resolve(List.of(
                at("M", "page=1;line=7", 700, "EMAIL_ADDRESS", "lucas@example.com"),
                at("M", "page=1;line=8", 800, "PERSON_NAME", "Andrew Chen"),
                at("M", "page=1;line=8", 815, "EMAIL_ADDRESS", "andrew@example.com")));
        assertEquals(2, s.size(), s.toString());
        assertEquals("Andrew Chen", withEmail(s, "andrew@example.com").name());
        assertNull(withEmail(s, "lucas@example.com").name(), "Andrew Chen is not lucas@'s name");
    }

    @Test
    void aClinicianNamedAfterTheHealthDataOnItsLineDoesNotTakeIt() {
        // "PATIENT: HAWTHORNE Bronwyn   MRN: …" / "DOB: …" / "HPI: … h/o COPD, … Seen by Dr. Owen Pritchard."
        List<Subject> s = r.resolve(List.of(
                at("N", "line=3", 300, "PERSON_NAME", "HAWTHORNE Bronwyn"),
                at("N", "line=4", 400, "DATE_OF_BIRTH", "14th of July 1995"),
                at("N", "line=6", 610, "HEALTH_INFO", "COPD"),
                at("N", "line=6", 690, "PERSON_NAME", "Owen Pritchard")));
        Subject patient = s.stream().filter(x -> "HAWTHORNE Bronwyn".equals(x.name())).findFirst().orElseThrow();
        assertTrue(patient.dataElements().contains("HEALTH_INFO"), s.toString());
    }

    @Test
    void twoEmailsOnOneLineStayTwoPeople() {
        List<Subject> s = r.resolve(List.of(
                at("M", "page=1;line=7", 700, "PERSON_NAME", "Ann Lee"),
                at("M", "page=1;line=8", 800, "EMAIL_ADDRESS", "ann@example.com"),
                at("M", "page=1;line=8", 830, "EMAIL_ADDRESS", "bob@example.com")));
        assertEquals(2, s.size(), s.toString());
        assertEquals("Ann Lee", withEmail(s, "ann@example.com").name());
        assertNull(withEmail(s, "bob@example.com").name());
    }

    @Test
    void aGreetingFarFromTheSignatureIsNotBound() {
        // Dear Carl Poe (line 5) … signature phone on line 12 without a name: gap 7 > block-line-gap
        List<Subject> s = r.resolve(List.of(at("L", 5, "PERSON_NAME", "Carl Poe"),
                at("L", 12, "PHONE_NUMBER", "+819012345678")));
        assertEquals(2, s.size(), "Carl Poe is a person of his own, not the phone's owner: " + s);
        assertTrue(s.stream().anyMatch(x -> "Carl Poe".equals(x.name()) && x.phones().isEmpty()), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.name() == null && x.phones().equals(Set.of("+819012345678"))), s.toString());
    }

    @Test
    void labelledFormOnNearbyLinesIsOnePerson() {
        List<Subject> s = r.resolve(List.of(at("J", "page=1;line=3", 30, "PERSON_NAME", "山田 太郎"),
                at("J", "page=1;line=4", 40, "PERSON_NAME", "ヤマダ タロウ"),
                at("J", "page=1;line=5", 50, "PHONE_NUMBER", "+819012345678"),
                at("J", "page=1;line=6", 60, "PHONE_NUMBER", "+81312345678"),
                at("J", "page=1;line=7", 70, "POSTAL_ADDRESS", "〒100-0005 東京都千代田区丸の内2丁目8番11号")));
        assertEquals(1, s.size(), "a reading beside the name and 1 mobile + 1 landline are one person");
        assertEquals("山田 太郎", s.get(0).name());
        assertEquals(2, s.get(0).phones().size());
        assertEquals("〒100-0005 東京都千代田区丸の内2丁目8番11号", s.get(0).postalAddress());
    }

    @Test
    void twoMobilesOrAnotherPageStartANewPerson() {
        List<Subject> s = r.resolve(List.of(at("J", 3, "PERSON_NAME", "山田 太郎"),
                at("J", 4, "PHONE_NUMBER", "+819012345678"), at("J", 5, "PHONE_NUMBER", "+818087654321")));
        assertEquals(2, s.size());
        assertEquals(Set.of("+819012345678"), named(s, "山田 太郎").phones());
        List<Subject> p = r.resolve(List.of(at("P", "page=1;line=40", 10, "PERSON_NAME", "Ann Lee"),
                at("P", "page=2;line=1", 20, "PHONE_NUMBER", "+819012345678")));
        assertNull(p.get(0).name());
    }

    @Test
    void runningTextRosterSplitsAtEachName() {
        // "Ann Lee, ann@…, +1 512…" / "Bob Roe, bob@…, +1 617…" on adjacent lines (below the header zone)
        List<Subject> s = r.resolve(List.of(
                at("R", 10, "PERSON_NAME", "Ann Lee"), at("R", "line=10", 1010, "EMAIL_ADDRESS", "ann@example.com"),
                at("R", "line=10", 1020, "PHONE_NUMBER", "+15123198632"),
                at("R", 11, "PERSON_NAME", "Bob Roe"), at("R", "line=11", 1110, "EMAIL_ADDRESS", "bob@example.com"),
                at("R", "line=11", 1120, "PHONE_NUMBER", "+16177442787")));
        assertEquals(2, s.size());
        assertEquals(Set.of("+15123198632"), withEmail(s, "ann@example.com").phones());
        assertEquals("Bob Roe", withEmail(s, "bob@example.com").name());
    }

    @Test
    void rosterRowBindsItsCells() {
        List<Subject> s = r.resolve(List.of(row("X", 2, 1, "PERSON_NAME", "Ann"), row("X", 2, 2, "PERSON_NAME", "Lee"),
                row("X", 2, 3, "EMAIL_ADDRESS", "ann@example.com"), row("X", 2, 4, "PHONE_NUMBER", "+15123198632"),
                row("X", 2, 5, "POSTAL_ADDRESS", "6747 Oak Ave, Austin, TX 78722"), row("X", 2, 6, "US_SSN", "604516563"),
                row("X", 3, 1, "PERSON_NAME", "Bob"), row("X", 3, 2, "PERSON_NAME", "Roe"),
                row("X", 3, 3, "EMAIL_ADDRESS", "bob@example.com")));
        assertEquals(2, s.size());
        Subject ann = withEmail(s, "ann@example.com");
        assertEquals("Ann Lee", ann.name());
        assertEquals(Set.of("EMAIL_ADDRESS", "PERSON_NAME", "PHONE_NUMBER", "POSTAL_ADDRESS", "US_SSN"), ann.dataElements());
        assertEquals(Set.of("US-TX"), ann.jurisdictions());
    }

    @Test
    void aSecondContactInARowIsTakenOutButTheRowKeepsItsIdentifiers() {
        // name, e-mail, mobile, emergency contact's mobile, SSN
        List<Subject> s = r.resolve(List.of(row("X", 2, 1, "PERSON_NAME", "Ann Lee"),
                row("X", 2, 2, "EMAIL_ADDRESS", "ann@example.com"), row("X", 2, 3, "PHONE_NUMBER", "+819012345678"),
                row("X", 2, 4, "PHONE_NUMBER", "+818087654321"), row("X", 2, 5, "US_SSN", "604516563")));
        assertEquals(2, s.size());
        Subject ann = withEmail(s, "ann@example.com");
        assertEquals(Set.of("+819012345678"), ann.phones());
        assertTrue(ann.dataElements().contains("US_SSN"));
    }

    /**
     * From: Linda / To: Ethan / … / "Your VPN account (ethan@…) has been reset." / "Temporary password: …" / … /
     * signature of Linda: the body's e-mail three lines below the header is not a header line, the password is
     * Ethan's, and Linda's signature (name, mobile, e-mail) is hers.
     */
    @Test
    void aSignatureBelowAnotherPersonsValuesTakesItsNameAlong() {
        List<Subject> s = r.resolve(List.of(
                at("M", 1, "PERSON_NAME", "Linda Johnson"), at("M", "line=1", 120, "EMAIL_ADDRESS", "linda@example.com"),
                at("M", 2, "PERSON_NAME", "Ethan Williams"), at("M", "line=2", 220, "EMAIL_ADDRESS", "ethan@example.com"),
                at("M", 6, "EMAIL_ADDRESS", "ethan@example.com"), at("M", 7, "CREDENTIAL", "Tokyo1298#Qtmp"),
                at("M", 10, "PERSON_NAME", "Linda Johnson"), at("M", 12, "PHONE_NUMBER", "+14692561129"),
                at("M", 13, "EMAIL_ADDRESS", "linda@example.com")));
        assertEquals(2, s.size(), s.toString());
        Subject linda = withEmail(s, "linda@example.com");
        Subject ethan = withEmail(s, "ethan@example.com");
        assertEquals(Set.of("+14692561129"), linda.phones());
        assertFalse(linda.dataElements().contains("CREDENTIAL"), linda.toString());
        assertFalse(linda.sensitive());
        assertTrue(ethan.dataElements().contains("CREDENTIAL"), ethan.toString());
        assertEquals(Set.of(), ethan.phones());
    }

    @Test
    void aNameBeforeTheConflictMovesOnlyWhenItIsOnePersonWithTheNewValue() {
        // "Ann Lee / +81 90… / ann@…" then "bob@…": Ann's name holds a mobile and an e-mail of its own already,
        // so nothing moves and bob@ is a record alone
        List<Subject> s = r.resolve(List.of(
                at("M", 20, "PERSON_NAME", "Ann Lee"), at("M", 21, "PHONE_NUMBER", "+819012345678"),
                at("M", 22, "EMAIL_ADDRESS", "ann@example.com"), at("M", 23, "EMAIL_ADDRESS", "bob@example.com")));
        Subject ann = withEmail(s, "ann@example.com");
        assertEquals("Ann Lee", ann.name());
        assertEquals(Set.of("+819012345678"), ann.phones());
        assertFalse(ann.emails().contains("bob@example.com"));
    }

    /** From: Ann Lee <ann@…> … signature "Ann Lee / Tel: 03-…": one Ann, not an Ann with an e-mail and an Ann with a phone. */
    @Test
    void theSendersSignatureWithoutEmailIsTheSender() {
        List<Subject> s = r.resolve(List.of(
                at("M", 1, "PERSON_NAME", "Ann Lee"), at("M", "line=1", 110, "EMAIL_ADDRESS", "ann@example.com"),
                at("M", 2, "PERSON_NAME", "Bob Roe"), at("M", "line=2", 210, "EMAIL_ADDRESS", "bob@example.com"),
                at("M", 20, "PERSON_NAME", "Ann Lee"), at("M", 21, "PHONE_NUMBER", "+81355556666")));
        assertEquals(2, s.size(), s.toString());
        assertEquals(Set.of("+81355556666"), withEmail(s, "ann@example.com").phones());
        assertEquals(Set.of(), withEmail(s, "bob@example.com").phones());
    }

    @Test
    void twoLinesOfOneNameWithTwoEmailsStayTwoPeople() {
        // a roster written as text with two John Smiths
        List<Subject> s = r.resolve(List.of(
                at("R", 10, "PERSON_NAME", "John Smith"), at("R", "line=10", 1010, "EMAIL_ADDRESS", "j1@example.com"),
                at("R", 20, "PERSON_NAME", "John Smith"), at("R", "line=20", 2010, "EMAIL_ADDRESS", "j2@example.com")));
        assertEquals(2, s.size(), s.toString());
    }

    /** A forwarded message's header in the body: its To: line does not take the SSN and phone below it. */
    @Test
    void aForwardedHeaderIsHeaderLinesToo() {
        List<Subject> s = r.resolve(List.of(
                at("M", 1, "PERSON_NAME", "Carol White"), at("M", "line=1", 110, "EMAIL_ADDRESS", "carol@example.com"),
                at("M", 2, "PERSON_NAME", "Dan Brown"), at("M", "line=2", 210, "EMAIL_ADDRESS", "dan@example.com"),
                at("M", 7, "PERSON_NAME", "Erin Green"), at("M", "line=7", 710, "EMAIL_ADDRESS", "erin@example.org"),
                at("M", 9, "PERSON_NAME", "Carol White"), at("M", "line=9", 910, "EMAIL_ADDRESS", "carol@example.com"),
                at("M", 11, "US_SSN", "536221234"), at("M", 12, "PHONE_NUMBER", "+16175550142"),
                at("M", 14, "PERSON_NAME", "Erin Green")));
        Subject carol = withEmail(s, "carol@example.com");
        assertEquals(Set.of(), carol.phones(), carol.toString());
        assertFalse(carol.dataElements().contains("US_SSN"), carol.toString());
        // the body and the signature below it are Erin's, who wrote it
        Subject erin = withEmail(s, "erin@example.org");
        assertEquals(Set.of("+16175550142"), erin.phones(), s.toString());
        assertTrue(erin.dataElements().contains("US_SSN"));
    }

    /** A memo's table: "Attendees | Linda Jones, Contracting Officer / her e-mail / Susan Rodriguez / hers / …". */
    @Test
    void aCellHoldingSeveralPeopleGivesEachNameTheValuesAfterIt() {
        String cell = "sheet=Memo;row=3;col=B";
        List<Subject> s = r.resolve(List.of(
                cell("D", cell, 10, "PERSON_NAME", "Linda Jones"), cell("D", cell, 40, "EMAIL_ADDRESS", "linda.jones@example.mil"),
                cell("D", cell, 70, "PERSON_NAME", "Susan Rodriguez"), cell("D", cell, 90, "EMAIL_ADDRESS", "susan@example.com"),
                cell("D", cell, 120, "PERSON_NAME", "Thomas Martinez"), cell("D", cell, 140, "EMAIL_ADDRESS", "thomas@example.com"),
                cell("D", "sheet=Memo;row=3;col=A", 5, "PHONE_NUMBER", "+16175550123")));
        assertEquals(3, s.size(), s.toString());
        assertEquals("Linda Jones", withEmail(s, "linda.jones@example.mil").name());
        assertEquals("Susan Rodriguez", withEmail(s, "susan@example.com").name());
        assertEquals("Thomas Martinez", withEmail(s, "thomas@example.com").name());
        // the row's other cells go with the cell's first person
        assertEquals(Set.of("+16175550123"), withEmail(s, "linda.jones@example.mil").phones());
    }

    @Test
    void aRotasSecondNameAndPhoneColumnsAreASecondPerson() {
        // Week of | Primary | Mobile | Secondary | Mobile, three weeks turn about
        List<Subject> s = r.resolve(List.of(
                row("ROTA", 2, 2, "PERSON_NAME", "Bianca Quintero"), row("ROTA", 2, 3, "PHONE_NUMBER", "+12534784020"),
                row("ROTA", 2, 4, "PERSON_NAME", "Rhys Ellison"), row("ROTA", 2, 5, "PHONE_NUMBER", "+447520462131"),
                row("ROTA", 3, 2, "PERSON_NAME", "Rhys Ellison"), row("ROTA", 3, 3, "PHONE_NUMBER", "+447520462131"),
                row("ROTA", 3, 4, "PERSON_NAME", "Yuko Hayashi"), row("ROTA", 3, 5, "PHONE_NUMBER", "+818099862658"),
                row("ROTA", 4, 2, "PERSON_NAME", "Yuko Hayashi"), row("ROTA", 4, 3, "PHONE_NUMBER", "+818099862658"),
                row("ROTA", 4, 4, "PERSON_NAME", "Bianca Quintero"), row("ROTA", 4, 5, "PHONE_NUMBER", "+12534784020")));
        assertEquals(3, s.size(), s.toString());
        for (Subject x : s) {
            assertEquals(1, x.phones().size(), s.toString());
        }
    }

    @Test
    void aSecondNameOfTheSameFamilyOrWithoutItsOwnContactStaysInTheRow() {
        // Employee | Mobile | Manager: the manager's name brings no phone of its own
        List<Subject> s = r.resolve(List.of(
                row("HR", 2, 1, "PERSON_NAME", "Bianca Quintero"), row("HR", 2, 2, "PHONE_NUMBER", "+12534784020"),
                row("HR", 2, 3, "PERSON_NAME", "Rhys Ellison"), row("HR", 2, 4, "EMAIL_ADDRESS", "bianca@example.com")));
        assertEquals("Bianca Quintero", withEmail(s, "bianca@example.com").name(), s.toString());
    }

    /** A mail thread printed to PDF: header at the top of page 1, "My cell is …", the quoted original below. */
    private static List<DocFinding> printedThread(String unitOf1, String unitOf2) {
        String p1 = unitOf1.isEmpty() ? "" : unitOf1 + ";";
        String p2 = unitOf2.isEmpty() ? "" : unitOf2 + ";";
        int o2 = unitOf2.equals(unitOf1) ? 2000 : 0;
        int l2 = unitOf2.equals(unitOf1) ? 20 : 0;
        return List.of(
                at("P", p1 + "line=1", 100, "PERSON_NAME", "Lydia Lindqvist"),
                at("P", p1 + "line=1", 120, "EMAIL_ADDRESS", "lydia.lindqvist@inbox.example.io"),
                at("P", p1 + "line=3", 300, "PERSON_NAME", "Ottilie Lamontagne"),
                at("P", p1 + "line=3", 320, "EMAIL_ADDRESS", "olamontagne@harborline.example.com"),
                at("P", p1 + "line=5", 540, "PHONE_NUMBER", "+13053737593"),
                at("P", p1 + "line=7", 700, "PERSON_NAME", "Ottilie Lamontagne"),
                at("P", p1 + "line=7", 720, "EMAIL_ADDRESS", "olamontagne@harborline.example.com"),
                at("P", p1 + "line=9", 900, "PERSON_NAME", "Lydia Lindqvist"),
                at("P", p1 + "line=9", 920, "EMAIL_ADDRESS", "lydia.lindqvist@inbox.example.io"),
                at("P", p1 + "line=10", 1000, "PERSON_NAME", "Colin Oyelaran"),
                at("P", p1 + "line=10", 1020, "EMAIL_ADDRESS", "colin.oyelaran@harborline.example.com"),
                at("P", p2 + "line=" + (l2 + 2), o2 + 200, "PERSON_NAME", "Colin Oyelaran"),
                at("P", p2 + "line=" + (l2 + 2), o2 + 220, "EMAIL_ADDRESS", "colin.oyelaran@harborline.example.com"),
                at("P", p2 + "line=" + (l2 + 4), o2 + 400, "PERSON_NAME", "Ottilie Lamontagne"),
                at("P", p2 + "line=" + (l2 + 4), o2 + 420, "EMAIL_ADDRESS", "olamontagne@harborline.example.com"),
                at("P", p2 + "line=" + (l2 + 9), o2 + 900, "PERSON_NAME", "Colin Oyelaran"),
                at("P", p2 + "line=" + (l2 + 10), o2 + 1000, "PHONE_NUMBER", "+447520826230"));
    }

    @Test
    void aPrintedMailsBodyPhoneAboveTheQuotedOriginalIsTheSenders() {
        for (List<DocFinding> in : List.of(printedThread("page=1", "page=2"), printedThread("", ""))) {
            List<Subject> s = r.resolve(in);
            assertEquals(Set.of("+13053737593"), withEmail(s, "lydia.lindqvist@inbox.example.io").phones(), s.toString());
            assertEquals(Set.of(), withEmail(s, "olamontagne@harborline.example.com").phones(), s.toString());
            assertEquals(Set.of("+447520826230"), withEmail(s, "colin.oyelaran@harborline.example.com").phones(), s.toString());
        }
    }

    /** A student record's form table: the student, a guardian with contact rows, then the special-education row. */
    private static List<DocFinding> studentRecord(boolean guardianBirthDate, String guardian) {
        List<DocFinding> in = new ArrayList<>(List.of(
                at("F", "row=1;col=B", 100, "PERSON_NAME", "Wexler, Marisol T."),
                at("F", "row=3;col=B", 300, "DATE_OF_BIRTH", "November 17, 2010"),
                at("F", "row=4;col=B", 400, "PERSON_NAME", guardian),
                at("F", "row=5;col=B", 500, "POSTAL_ADDRESS", "5969 S Grand Ave, Suite 180, Spokane, WA 99248"),
                at("F", "row=6;col=B", 600, "PHONE_NUMBER", "+14254362711"),
                at("F", "row=7;col=B", 700, "EMAIL_ADDRESS", "owexler85@example.com"),
                at("F", "row=8;col=B", 800, "HEALTH_INFO", "speech and language impairment; weekly speech therapy")));
        if (guardianBirthDate) {
            in.add(at("F", "row=4;col=D", 450, "DATE_OF_BIRTH", "March 2, 1981"));
        }
        return in;
    }

    @Test
    void aFormsHealthBelowItsContactPersonIsTheFormsOwnPersons() {
        List<Subject> s = r.resolve(studentRecord(false, "Odette Wexler"));
        assertTrue(named(s, "Wexler, Marisol T.").dataElements().contains("HEALTH_INFO"), s.toString());
        Subject guardian = withEmail(s, "owexler85@example.com");
        assertFalse(guardian.dataElements().contains("HEALTH_INFO"), s.toString());
        assertTrue(guardian.dataElements().containsAll(Set.of("PHONE_NUMBER", "POSTAL_ADDRESS")), s.toString());
        // a second person with a birth date of their own (a dependant) is no contact person: the rows decide
        s = r.resolve(studentRecord(true, "Odette Wexler"));
        assertTrue(withEmail(s, "owexler85@example.com").dataElements().contains("HEALTH_INFO"), s.toString());
        // ... nor one of another family (an accident report's other party, injured himself)
        s = r.resolve(studentRecord(false, "Odette Brennan"));
        assertTrue(withEmail(s, "owexler85@example.com").dataElements().contains("HEALTH_INFO"), s.toString());
        s = r.resolve(List.of(
                at("J", "sheet=受付票;row=5;col=B", 500, "PERSON_NAME", "坂本 大輔"),
                at("J", "sheet=受付票;row=5;col=D", 520, "DATE_OF_BIRTH", "1961/12/02"),
                at("J", "sheet=受付票;row=12;col=B", 1200, "PERSON_NAME", "近藤 達也"),
                at("J", "sheet=受付票;row=12;col=D", 1220, "PHONE_NUMBER", "+817077951908"),
                at("J", "sheet=受付票;row=13;col=B", 1300, "HEALTH_INFO", "相手方運転者：頸椎捻挫")));
        assertTrue(named(s, "近藤 達也").dataElements().contains("HEALTH_INFO"), s.toString());
        assertFalse(named(s, "坂本 大輔").dataElements().contains("HEALTH_INFO"), s.toString());
    }

    @Test
    void anAddressBelowTwoMembersOfOneFamilyIsTheHomeOfBoth() {
        // Taxpayer: MENDOZA, QUENTIN B  SSN / Spouse: MENDOZA, JOSEPHINE R  ITIN / Address: …
        List<Subject> s = r.resolve(List.of(
                at("T", "line=2", 200, "PERSON_NAME", "MENDOZA, QUENTIN B"), at("T", "line=2", 240, "US_SSN", "643-14-4564"),
                at("T", "line=3", 300, "PERSON_NAME", "MENDOZA, JOSEPHINE R"), at("T", "line=3", 340, "US_ITIN", "926-80-5108"),
                at("T", "line=4", 400, "POSTAL_ADDRESS", "3675 Larkspur Way, Apt 1B, Spokane, WA 99241")));
        assertEquals(2, s.size(), s.toString());
        for (Subject x : s) {
            assertTrue(x.dataElements().contains("POSTAL_ADDRESS"), s.toString());
        }
        assertFalse(named(s, "MENDOZA, QUENTIN B").dataElements().contains("US_ITIN"), s.toString());
        // another family's name above, or a line between: the address stays with the name right above it
        for (String[] other : new String[][] {{"HALE, JOHN", "2"}, {"MENDOZA, QUENTIN B", "1"}}) {
            int line = Integer.parseInt(other[1]);
            s = r.resolve(List.of(
                    at("U", "line=" + line, line * 100, "PERSON_NAME", other[0]),
                    at("U", "line=" + line, line * 100 + 40, "US_SSN", "643-14-4564"),
                    at("U", "line=3", 300, "PERSON_NAME", "MENDOZA, JOSEPHINE R"), at("U", "line=3", 340, "US_ITIN", "926-80-5108"),
                    at("U", "line=4", 400, "POSTAL_ADDRESS", "3675 Larkspur Way, Apt 1B, Spokane, WA 99241")));
            assertFalse(named(s, other[0]).dataElements().contains("POSTAL_ADDRESS"), s.toString());
        }
        // "Rosa Halvorsen, account …" / "Heather Halvorsen resides at …": the address on the second's own line is hers
        s = r.resolve(List.of(
                at("V", "line=8", 800, "PERSON_NAME", "Rosa Halvorsen"), at("V", "line=8", 830, "BANK_ACCOUNT", "90315358846"),
                at("V", "line=9", 900, "PERSON_NAME", "Heather Halvorsen"),
                at("V", "line=9", 940, "POSTAL_ADDRESS", "9361 N Main St, Phoenix, AZ 85046")));
        assertFalse(named(s, "Rosa Halvorsen").dataElements().contains("POSTAL_ADDRESS"), s.toString());
        // a decedent named alone above the personal representative's "c/o" address
        s = r.resolve(List.of(
                at("W", "line=3", 300, "PERSON_NAME", "CAMILLE LINDGREN"),
                at("W", "line=4", 400, "PERSON_NAME", "Evelyn Lindgren"), at("W", "line=5", 500, "PERSON_NAME", "Evelyn Lindgren"),
                at("W", "line=6", 600, "POSTAL_ADDRESS", "6027 E 9th Ave, Unit 36, Dayton, OH 45485"),
                at("W", "line=7", 700, "PHONE_NUMBER", "+12062849600")));
        assertFalse(named(s, "CAMILLE LINDGREN").dataElements().contains("POSTAL_ADDRESS"), s.toString());
    }

    @Test
    void fullNamesAloneAfterARowsValuesArePeopleOfTheirOwn() {
        // Bates | Page | Reason | Reviewer | QC Reviewer: two people a row, neither a second name of the other
        List<Subject> s = r.resolve(List.of(
                row("LOG", 2, 5, "PERSON_NAME", "Maria Ferraro"), row("LOG", 2, 6, "PERSON_NAME", "Vincent Trujillo"),
                row("LOG", 3, 5, "PERSON_NAME", "Maria Ferraro"), row("LOG", 3, 6, "PERSON_NAME", "Vincent Trujillo")));
        assertEquals(2, s.size(), s.toString());
        named(s, "Maria Ferraro");
        named(s, "Vincent Trujillo");
        // Employee | Mobile | SSN | Manager: the manager is a person of their own, the values stay the employee's
        s = r.resolve(List.of(
                row("HR", 2, 1, "PERSON_NAME", "Bianca Quintero"), row("HR", 2, 2, "PHONE_NUMBER", "+12534784020"),
                row("HR", 2, 3, "US_SSN", "123456789"), row("HR", 2, 4, "PERSON_NAME", "Rhys Ellison")));
        assertEquals(2, s.size(), s.toString());
        Subject bianca = named(s, "Bianca Quintero");
        assertEquals(Set.of("+12534784020"), bianca.phones(), s.toString());
        assertTrue(bianca.dataElements().contains("US_SSN"), s.toString());
        assertFalse(named(s, "Rhys Ellison").dataElements().contains("US_SSN"), s.toString());
    }

    @Test
    void namesOfOnePersonOrOneFamilyInARowStayOneRecord() {
        // First | Last | Display name; "Doe, Jane" beside "Jane Q. Doe"; a family name shared; a romanised name
        for (List<DocFinding> in : List.of(
                List.of(row("A", 2, 1, "PERSON_NAME", "Jane"), row("A", 2, 2, "PERSON_NAME", "Doe"),
                        row("A", 2, 3, "PHONE_NUMBER", "+12534784020"), row("A", 2, 4, "PERSON_NAME", "Jane Q. Doe")),
                List.of(row("B", 2, 1, "PERSON_NAME", "Doe, Jane"), row("B", 2, 2, "PHONE_NUMBER", "+12534784020"),
                        row("B", 2, 3, "PERSON_NAME", "Jane Q. Doe")),
                List.of(row("C", 2, 1, "PERSON_NAME", "Jane Doe"), row("C", 2, 2, "PHONE_NUMBER", "+12534784020"),
                        row("C", 2, 3, "PERSON_NAME", "John Doe")),
                List.of(row("D", 2, 1, "PERSON_NAME", "山田 太郎"), row("D", 2, 2, "PHONE_NUMBER", "+12534784020"),
                        row("D", 2, 3, "PERSON_NAME", "Taro Yamada")),
                // a value after the second name: whose it is, the row does not say
                List.of(row("E", 2, 1, "PERSON_NAME", "Jane Doe"), row("E", 2, 2, "PERSON_NAME", "Rhys Ellison"),
                        row("E", 2, 3, "PHONE_NUMBER", "+12534784020")))) {
            List<Subject> s = r.resolve(in);
            assertEquals(1, s.size(), s.toString());
        }
    }

    @Test
    void aCellWithOnePersonsValuesStaysInTheRow() {
        // a note cell "Ann Lee, ann@… / +81 90…" beside the row's own name: no person of its own inside the cell
        List<Subject> s = r.resolve(List.of(row("X", 2, 1, "PERSON_NAME", "Ann Lee"),
                row("X", 2, 2, "EMAIL_ADDRESS", "ann@example.com"), row("X", 2, 2, "PHONE_NUMBER", "+819012345678"),
                row("X", 2, 3, "EMAIL_ADDRESS", "ann.lee@example.org")));
        assertEquals("Ann Lee", withEmail(s, "ann@example.com").name());
        assertEquals(Set.of("+819012345678"), withEmail(s, "ann@example.com").phones());
    }

    @Test
    void nameOnlyRowLinksToTheOnePersonOfThatName() {
        List<Subject> s = r.resolve(List.of(
                at("M", 12, "PERSON_NAME", "中島 亮"), at("M", 14, "EMAIL_ADDRESS", "r.nakajima@example.jp"),
                row("台帳", 2, 1, "PERSON_NAME", "中島　亮"), row("台帳", 2, 2, "JP_DRIVERS_LICENSE", "123456789012"),
                row("ACH", 5, 1, "PERSON_NAME", "HERNANDEZ, Kevin"), row("ACH", 5, 2, "BANK_ACCOUNT", "72420535"),
                row("D", 7, 1, "PERSON_NAME", "Kevin Hernandez"), row("D", 7, 2, "EMAIL_ADDRESS", "kevin@example.com")));
        assertEquals(2, s.size());
        Subject ryo = withEmail(s, "r.nakajima@example.jp");
        assertEquals(Set.of("M", "台帳"), ryo.docIds());
        assertTrue(ryo.dataElements().contains("JP_DRIVERS_LICENSE"));
        Subject kevin = withEmail(s, "kevin@example.com");
        assertEquals(Set.of("ACH", "D"), kevin.docIds());
        assertTrue(kevin.sensitive(), "the bank account came with the linked row");
    }

    @Test
    void ambiguousNameDoesNotLink() {
        List<Subject> s = r.resolve(List.of(
                row("A", 2, 1, "PERSON_NAME", "中島 亮"), row("A", 2, 2, "EMAIL_ADDRESS", "r1@example.jp"),
                row("B", 2, 1, "PERSON_NAME", "中島亮"), row("B", 2, 2, "EMAIL_ADDRESS", "r2@example.jp"),
                row("C", 2, 1, "PERSON_NAME", "中島 亮"), row("C", 2, 2, "JP_DRIVERS_LICENSE", "123456789012")));
        assertEquals(3, s.size());
        assertEquals(Set.of("A"), withEmail(s, "r1@example.jp").docIds());
        assertEquals(Set.of("B"), withEmail(s, "r2@example.jp").docIds());
    }

    @Test
    void nameNeverMergesConflictingIdentifiers() {
        List<Subject> s = r.resolve(List.of(
                row("A", 2, 1, "PERSON_NAME", "中島 亮"), row("A", 2, 2, "EMAIL_ADDRESS", "r1@example.jp"),
                row("A", 2, 3, "JP_DRIVERS_LICENSE", "111111111111"),
                row("C", 2, 1, "PERSON_NAME", "中島 亮"), row("C", 2, 2, "JP_DRIVERS_LICENSE", "222222222222"),
                row("E", 2, 1, "PERSON_NAME", "中島 亮"), row("E", 2, 2, "BANK_ACCOUNT", "1234567")));
        assertEquals(2, s.size());
        assertEquals(Set.of("A", "E"), withEmail(s, "r1@example.jp").docIds());
    }

    @Test
    void aRecordNamingSeveralPeopleBindsNoName() {
        // a memo cell: attendees Ann Lee, Bob Roe and Ann's e-mail; a name-only row of Bob must not join Ann
        List<Subject> s = r.resolve(List.of(row("Memo", 3, 1, "PERSON_NAME", "Ann Lee"),
                row("Memo", 3, 2, "EMAIL_ADDRESS", "ann@example.com"), row("Memo", 3, 3, "PERSON_NAME", "Bob Roe"),
                row("I9", 2, 1, "PERSON_NAME", "Bob Roe"), row("I9", 2, 2, "US_PASSPORT", "134955846")));
        assertEquals(2, s.size());
        assertEquals(Set.of("Memo"), withEmail(s, "ann@example.com").docIds());
    }

    @Test
    void ibanCountryIsTheFallbackJurisdiction() {
        List<Subject> s = r.resolve(List.of(row("S", 2, 1, "PERSON_NAME", "Jonas Meyer"),
                row("S", 2, 2, "EMAIL_ADDRESS", "jm@example.com"), row("S", 2, 3, "IBAN", "DE89370400440532013000")));
        assertEquals(Set.of("DE"), s.get(0).jurisdictions());
    }

    @Test
    void anEmailsCountryCodeDomainIsTheLastJurisdictionHint() {
        // a name and a .co.jp e-mail only: Japan (the person was placed nowhere, and no notification rule took them)
        List<Subject> jp = r.resolve(List.of(row("S", 2, 1, "PERSON_NAME", "原田 美咲"),
                row("S", 2, 2, "EMAIL_ADDRESS", "m.harada65@toyo-seiki.example.co.jp")));
        assertEquals(Set.of("JP"), jp.get(0).jurisdictions());
        assertEquals(Set.of("GB"), r.resolve(List.of(row("S", 2, 1, "PERSON_NAME", "Ann Lee"),
                row("S", 2, 2, "EMAIL_ADDRESS", "ann.lee@nhs.example.co.uk"))).get(0).jurisdictions());
        // a domain used the world over says nothing; .com nothing either
        assertEquals(Set.of(), r.resolve(List.of(row("S", 2, 1, "PERSON_NAME", "Ann Lee"),
                row("S", 2, 2, "EMAIL_ADDRESS", "ann@startup.io"))).get(0).jurisdictions());
        assertEquals(Set.of(), r.resolve(List.of(row("S", 2, 1, "PERSON_NAME", "Ann Lee"),
                row("S", 2, 2, "EMAIL_ADDRESS", "ann@example.com"))).get(0).jurisdictions());
        // a stronger hint wins: the address, the phone, the IBAN
        assertEquals(Set.of("US-CA"), r.resolve(List.of(row("S", 2, 1, "PERSON_NAME", "Ann Lee"),
                row("S", 2, 2, "EMAIL_ADDRESS", "ann@firma.de"),
                row("S", 2, 3, "POSTAL_ADDRESS", "12 Main Street, San Jose, CA 95112"))).get(0).jurisdictions());
        assertEquals(Set.of("FR"), r.resolve(List.of(row("S", 2, 1, "PERSON_NAME", "Ann Lee"),
                row("S", 2, 2, "EMAIL_ADDRESS", "ann@firma.de"),
                row("S", 2, 3, "IBAN", "FR1420041010050500013M02606"))).get(0).jurisdictions());
    }

    @Test
    void emailCountryDomainsComeFromConfig(@TempDir Path dir) throws IOException {
        Path cfg = dir.resolve("c.yml");
        Files.writeString(cfg, "classify:\n  resolve:\n    email-country-domains: [.io]\n");
        SubjectResolver io = new SubjectResolver(ClassifierConfig.load(cfg));
        assertEquals(Set.of("IO"), io.resolve(List.of(row("S", 2, 1, "PERSON_NAME", "Ann Lee"),
                row("S", 2, 2, "EMAIL_ADDRESS", "ann@startup.io"))).get(0).jurisdictions());
        Files.writeString(cfg, "classify:\n  resolve:\n    email-country-domains: [co.jp]\n");
        assertThrows(IllegalArgumentException.class, () -> new SubjectResolver(ClassifierConfig.load(cfg)));
    }

    @Test
    void deterministicOverShuffledMail() {
        List<DocFinding> in = mail();
        in.add(row("台帳", 2, 1, "PERSON_NAME", "Bob Roe"));
        in.add(row("台帳", 2, 2, "US_PASSPORT", "134955846"));
        List<Subject> first = r.resolve(in);
        for (long seed = 1; seed <= 5; seed++) {
            List<DocFinding> sh = new ArrayList<>(in);
            Collections.shuffle(sh, new Random(seed));
            assertEquals(first, r.resolve(sh));
        }
    }

    @Test
    void thresholdsComeFromConfig(@TempDir Path dir) throws IOException {
        Path cfg = dir.resolve("c.yml");
        Files.writeString(cfg, "classify:\n  resolve:\n    block-line-gap: 1\n    link-name-only: false\n");
        SubjectResolver strict = new SubjectResolver(ClassifierConfig.load(cfg));
        List<DocFinding> sig = List.of(at("L", 10, "PERSON_NAME", "Ann Lee"), at("L", 12, "PHONE_NUMBER", "+819012345678"));
        assertEquals("Ann Lee", r.resolve(sig).get(0).name());
        assertNull(strict.resolve(sig).get(0).name());
        List<DocFinding> link = List.of(row("A", 2, 1, "PERSON_NAME", "Ann Lee"), row("A", 2, 2, "EMAIL_ADDRESS", "a@example.com"),
                row("B", 2, 1, "PERSON_NAME", "Ann Lee"), row("B", 2, 2, "US_SSN", "604516563"));
        assertEquals(1, r.resolve(link).size());
        assertEquals(2, strict.resolve(link).size());
        Files.writeString(cfg, "classify:\n  resolve:\n    block-line-gap: -1\n");
        assertThrows(IllegalArgumentException.class, () -> new SubjectResolver(ClassifierConfig.load(cfg)));
        Files.writeString(cfg, "classify:\n  resolve:\n    link-name-only: maybe\n");
        assertThrows(IllegalArgumentException.class, () -> new SubjectResolver(ClassifierConfig.load(cfg)));
    }

    @Test
    void nameKeys() {
        assertEquals("山田太郎", PersonNames.key("山田　太郎"));
        assertEquals("山田太郎", PersonNames.key("山田太郎様"));
        assertEquals("山田太郎", PersonNames.key("山田 太郎 殿"));
        assertEquals("kevin hernandez", PersonNames.key("HERNANDEZ, Kevin"));
        assertEquals("kevin hernandez", PersonNames.key("Ｋｅｖｉｎ　Ｈｅｒｎａｎｄｅｚ"));
        // an airline manifest's IATA form SURNAME/GIVEN (probe set 14)
        assertEquals("bianca halvorsen", PersonNames.key("HALVORSEN/BIANCA"));
        assertNull(PersonNames.key("HALVORSEN/"), "a surname and a slash are no full name");
        assertEquals("ann lee", PersonNames.key("Dr. Ann  Lee"));
        assertNull(PersonNames.key("Kevin"), "one Latin word is not a full name");
        assertNull(PersonNames.key("林"));
        assertFalse(PersonNames.isKanaOnly("山田 太郎"));
        assertTrue(PersonNames.isKanaOnly("ヤマダ タロウ"));
    }

    @Test
    void anInjuryParagraphAFewLinesBelowAPartysNameIsTheirs() {
        // a complaint: counsel's block at the top, "1.1 Plaintiff Heather Prescott is … an individual" on line 17 and
        // "2.2 … Plaintiff suffered a herniated disc" on line 22 (probe set 29: the injury made no one's record)
        List<Subject> s = r.resolve(List.of(at("C", 1, "PERSON_NAME", "Daniel K. Osei"),
                at("C", 5, "PHONE_NUMBER", "+12066243300"), at("C", 6, "EMAIL_ADDRESS", "dosei@example.com"),
                at("C", 17, "PERSON_NAME", "Heather Prescott"),
                at("C", 22, "HEALTH_INFO", "a herniated disc at L4-L5, underwent surgery"),
                at("C", 27, "PERSON_NAME", "Daniel K. Osei")));
        Subject heather = s.stream().filter(x -> "Heather Prescott".equals(x.name())).findFirst().orElseThrow();
        assertTrue(heather.dataElements().contains("HEALTH_INFO"), s.toString());
        assertTrue(heather.sensitive(), s.toString());
        // further down than that it stays no one's (an item of one person gives it to them by another rule: counsel
        // are named here too)
        s = r.resolve(List.of(at("D", 1, "PERSON_NAME", "Daniel K. Osei"), at("D", 10, "PERSON_NAME", "Heather Prescott"),
                at("D", 20, "HEALTH_INFO", "a fractured left ankle"), at("D", 27, "PERSON_NAME", "Daniel K. Osei")));
        assertFalse(s.stream().anyMatch(x -> x.dataElements().contains("HEALTH_INFO")), s.toString());
    }

    @Test
    void aNameBelowAnInjuryIsNotTheInjuredPerson() {
        // an RTA claims notification form: 1. claimant (name, address, birth date, NI number), 3.1 the injury, 4.1 the
        // defendant's name and address right below it (probe set 29: the defendant had taken the claimant's injury)
        List<Subject> s = r.resolve(List.of(at("F", 7, "PERSON_NAME", "George Okonkwo"), at("F", 9, "POSTAL_ADDRESS", "14 Deansgate, Manchester M3 4LQ"),
                at("F", 10, "DATE_OF_BIRTH", "12/03/1984"), at("F", 20, "HEALTH_INFO", "Whiplash-type injury to neck and upper back"),
                at("F", 23, "PERSON_NAME", "George Pemberton"), at("F", 24, "POSTAL_ADDRESS", "8 Castle Street, Cardiff CF10 1BS")));
        Subject defendant = s.stream().filter(x -> "George Pemberton".equals(x.name())).findFirst().orElseThrow();
        assertFalse(defendant.dataElements().contains("HEALTH_INFO"), s.toString());
        assertFalse(defendant.sensitive(), s.toString());
        // ... but a health line that names the person below it is theirs: a mail's "Subject: Dock 7 injury - Corinne
        // Prescott" above "Corinne Prescott was taken to St. Mary's …" (probe set 25)
        s = r.resolve(List.of(at("G", 1, "PERSON_NAME", "Monique Kavanagh"), at("G", "line=1", 110, "EMAIL_ADDRESS", "mk@example.com"),
                at("G", 2, "PERSON_NAME", "Barnaby Greaves"), at("G", "line=2", 210, "EMAIL_ADDRESS", "bg@example.com"),
                at("G", 4, "HEALTH_INFO", "- Corinne Prescott"),
                at("G", 6, "PERSON_NAME", "Corinne Prescott"), at("G", "line=6", 610, "PHONE_NUMBER", "+13034438693")));
        Subject corinne = s.stream().filter(x -> "Corinne Prescott".equals(x.name())).findFirst().orElseThrow();
        assertTrue(corinne.dataElements().contains("HEALTH_INFO"), s.toString());
    }
}
