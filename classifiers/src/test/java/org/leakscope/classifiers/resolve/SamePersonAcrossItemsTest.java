package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.row;
import static org.leakscope.classifiers.resolve.Rows.at;
import static org.leakscope.classifiers.resolve.Rows.withEmail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;

/**
 * Round 17 (probe gen17): one person across items written in other forms joins; members of one household that share
 * a phone stay apart; a mail's nameless body values are the sender's.
 */
class SamePersonAcrossItemsTest {

    private final ClassifierConfig config = ClassifierConfig.load(null);
    private final SubjectResolver r = new SubjectResolver(config);



    // ------------------------------------------------------------------ name + birth date, order-free
    @Test
    void nameAndBirthDateKeyIgnoresOrderAndMiddleInitials() {
        assertEquals("james lindqvist", MergeKeys.orderFree("lindqvist james"));
        assertEquals("james lindqvist", MergeKeys.orderFree("james k. lindqvist"));
        assertEquals("james lindqvist", MergeKeys.orderFree("james k lindqvist"));
        assertEquals("山田太郎", MergeKeys.orderFree("山田太郎"));
        assertEquals("a b", MergeKeys.orderFree("a b"), "initials alone are kept as they are");
    }

    @Test
    void lastFirstColumnsAndAFormsFullNameWithOneBirthDateAreOnePerson() {
        // HR export: Last | First | MI | DOB | e-mail; a clinic's form: "James Lindqvist", the DOB, a mobile
        List<Subject> s = r.resolve(List.of(
                row("HR", 2, "PERSON_NAME", "Lindqvist"), row("HR", 2, "PERSON_NAME", "James"),
                row("HR", 2, "DATE_OF_BIRTH", "03/04/1971"), row("HR", 2, "EMAIL_ADDRESS", "jlindqvist@example.com"),
                at("FORM", 2, 0, "PERSON_NAME", "James Lindqvist"), at("FORM", 3, 0, "DATE_OF_BIRTH", "03/04/1971"),
                at("FORM", 4, 0, "PHONE_NUMBER", "+16143019480")));
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void theSameNameInOtherOrderWithAnotherBirthDateStaysApart() {
        List<Subject> s = r.resolve(List.of(
                row("HR", 2, "PERSON_NAME", "Smith"), row("HR", 2, "PERSON_NAME", "John"),
                row("HR", 2, "DATE_OF_BIRTH", "03/04/1971"), row("HR", 2, "EMAIL_ADDRESS", "jsmith@example.com"),
                at("FORM", 2, 0, "PERSON_NAME", "John Smith"), at("FORM", 3, 0, "DATE_OF_BIRTH", "03/04/1978"),
                at("FORM", 4, 0, "PHONE_NUMBER", "+16143019480")));
        assertEquals(2, s.size(), s.toString());
    }

    // ------------------------------------------------------------------ directory records, chat senders by number
    @Test
    void aDirectoryRecordsNamePartsAndHandleAreItsFullNameSoAMessageAboutThePersonJoinsIt() {
        // users.json: real_name, display_name, first_name, last_name, the handle; a message elsewhere: name + health
        List<Subject> s = r.resolve(List.of(
                row("USERS", 2, "PERSON_NAME", "Marcus Delgado"), row("USERS", 2, "PERSON_NAME", "Marcus"),
                row("USERS", 2, "PERSON_NAME", "Delgado"), row("USERS", 2, "PERSON_NAME", "marcus.delgado"),
                row("USERS", 2, "EMAIL_ADDRESS", "marcus.delgado@example.com"),
                row("CHANNEL", 3, "PERSON_NAME", "Marcus Delgado"), row("CHANNEL", 3, "HEALTH_INFO", "pneumonia")));
        assertEquals(1, s.size(), s.toString());
        assertTrue(withEmail(s, "marcus.delgado@example.com").dataElements().contains("HEALTH_INFO"), s.toString());
    }

    @Test
    void aChatSenderKnownByNumberKeepsTheNumberWhenItComesBackUnderAnotherSendersTurn() {
        // "[…] +49 221 …: Hi, this is Jonas Becker" / "[…] Camille Lefebvre: … camille@…" / "[…] +49 221 …: image omitted"
        List<Subject> s = r.resolve(List.of(
                at("CHAT", 3, 23, "PHONE_NUMBER", "+492217233688"), at("CHAT", 3, 60, "PERSON_NAME", "Jonas Becker"),
                at("CHAT", 4, 23, "PERSON_NAME", "Camille Lefebvre"), at("CHAT", 4, 70, "EMAIL_ADDRESS", "camille@example.fr"),
                at("CHAT", 5, 23, "PHONE_NUMBER", "+492217233688")));
        assertFalse(withEmail(s, "camille@example.fr").phones().contains("+492217233688"), s.toString());
        assertEquals(2, s.size(), s.toString());
    }

    // ------------------------------------------------------------------ households
    @Test
    void householdsAreTwoPeopleNotOneWrittenTwoWays() {
        Nicknames n = Nicknames.fromConfig(config);
        assertTrue(MergeKeys.household("石川 真由美", "石川 彩", n));
        assertTrue(MergeKeys.household("Jonas Wagner", "Sabine Wagner", n));
        assertTrue(MergeKeys.household("John Hale Sr.", "John Hale Jr.", n));
        assertTrue(MergeKeys.household("John Hale", "John Hale Jr.", n), "a generation on one side: the plain name may be the father");
        assertFalse(MergeKeys.household("John Hale", "Hale, John", n), "one name written two ways");
        assertFalse(MergeKeys.household("Bob Hale", "Robert Hale", n), "a given-name variant");
        assertFalse(MergeKeys.household("R. Hale", "Robert Hale", n), "an initial");
        assertFalse(MergeKeys.household("Mike Hale", "Michael Hale", n));
        assertFalse(MergeKeys.household("小松 真由美", "岡田 真由美", n), "a maiden name");
        assertFalse(MergeKeys.household("髙橋 麻衣", "高橋麻衣", n), "an old kanji form, no space");
        assertFalse(MergeKeys.household("Taro Yamada", "山田 太郎", n), "a romanisation");
        assertEquals("jr", MergeKeys.generation("John Hale Jr."));
        assertEquals("sr", MergeKeys.generation("Hale, John, Sr"));
        assertEquals("", MergeKeys.generation("John Hale"));
    }

    @Test
    void aSharedHomePhoneJoinsEachMembersRecordsButNotTheMembers() {
        // 扶養控除 form: employee and spouse with the home number; an emergency list: employee's mobile and home,
        // the spouse as contact with the home number
        List<Subject> s = r.resolve(List.of(
                row("FORM", 2, "PERSON_NAME", "石川 真由美"), row("FORM", 2, "DATE_OF_BIRTH", "1980年5月2日"),
                row("FORM", 2, "PHONE_NUMBER", "+81385264582"),
                row("FORM", 3, "PERSON_NAME", "石川 彩"), row("FORM", 3, "DATE_OF_BIRTH", "1982年7月9日"),
                row("FORM", 3, "PHONE_NUMBER", "+81385264582"),
                row("LIST", 2, "PERSON_NAME", "石川 真由美"), row("LIST", 2, "PHONE_NUMBER", "+81385264582"),
                row("LIST", 2, "PHONE_NUMBER", "+817049604685"),
                row("LIST", 3, "PERSON_NAME", "石川 彩"), row("LIST", 3, "PHONE_NUMBER", "+81385264582")));
        assertEquals(2, s.size(), s.toString());
        Subject spouse = s.stream().filter(x -> x.name().equals("石川 彩")).findFirst().orElseThrow();
        assertEquals(Set.of("FORM", "LIST"), spouse.docIds());
        assertFalse(spouse.phones().contains("+817049604685"), s.toString());
    }

    @Test
    void aPhoneOfOnePersonWrittenWithAVariantStillJoins() {
        List<Subject> s = r.resolve(List.of(
                row("A", 2, "PERSON_NAME", "Bob Hale"), row("A", 2, "PHONE_NUMBER", "+16172562434"),
                row("B", 2, "PERSON_NAME", "Robert Hale"), row("B", 2, "PHONE_NUMBER", "+16172562434"),
                row("B", 2, "EMAIL_ADDRESS", "rhale@example.com")));
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void fatherAndSonOnOneHomePhoneStayApart() {
        // the son's mail gives his mobile and the home line; the father's signature the home line
        List<Subject> s = r.resolve(List.of(
                at("m1", 1, 0, "PERSON_NAME", "Marcus Hale Jr."), at("m1", 1, 20, "EMAIL_ADDRESS", "marcus.hale.jr@example.com"),
                at("m1", 2, 4, "EMAIL_ADDRESS", "leasing@example.com"),
                at("m1", 6, 0, "PHONE_NUMBER", "+16172562434"), at("m1", 6, 40, "PHONE_NUMBER", "+14043138552"),
                row("m2", 1, "PERSON_NAME", "Marcus Hale"), row("m2", 1, "EMAIL_ADDRESS", "mhale52@example.net"),
                row("m2", 1, "PHONE_NUMBER", "+14043138552")));
        assertEquals(3, s.size(), "son, father, the leasing office: " + s);
        assertTrue(withEmail(s, "marcus.hale.jr@example.com").phones().contains("+16172562434"), s.toString());
        assertFalse(withEmail(s, "mhale52@example.net").phones().contains("+16172562434"), s.toString());
    }

    // ------------------------------------------------------------------ a shared phone or mailbox of unrelated people
    @Test
    void namesWithNoPartInCommonAreTwoPeople() {
        Nicknames n = Nicknames.fromConfig(config);
        assertTrue(MergeKeys.unrelated("Barbara Brown", "John Jones", n));
        assertTrue(MergeKeys.unrelated("Brown, Barbara", "JONES John", n));
        assertTrue(MergeKeys.unrelated("山田 太郎", "佐藤 花子", n));
        assertTrue(MergeKeys.unrelated("山田太郎", "佐藤花子", n), "no space: no kanji shared");
        assertFalse(MergeKeys.unrelated("Mary Smith", "Mary Jones", n), "a maiden name keeps the given name");
        assertFalse(MergeKeys.unrelated("Peggy Smith", "Margaret Jones", n), "a nickname and a maiden name");
        assertFalse(MergeKeys.unrelated("Chris Doyle", "Christopher Lamb", n), "a shortened given name");
        assertFalse(MergeKeys.unrelated("鈴木 花子", "佐藤 花子", n), "a maiden name in kanji");
        assertFalse(MergeKeys.unrelated("髙橋 一郎", "高橋一郎", n), "an old kanji form");
        assertFalse(MergeKeys.unrelated("Taro Yamada", "佐藤 花子", n), "another script says nothing");
        assertFalse(MergeKeys.unrelated("ヤマダ タロウ", "佐藤 花子", n), "a reading says nothing");
        assertFalse(MergeKeys.unrelated("J. Brown", "Ann Lee", n), "an initial is no part");
        assertFalse(MergeKeys.unrelated("Brown", "Ann Lee", n), "one word is no full name");
        assertTrue(MergeKeys.twoByName("Jonas Wagner", "Sabine Wagner", n), "a household");
        assertFalse(MergeKeys.twoByName("Bob Hale", "Robert Hale", n));
    }

    @Test
    void anOfficeNumberBesideEachEmployeeJoinsNoTwoOfThem() {
        // a roster gives the switchboard beside every employee's own e-mail; a mail signature gives it beside
        // a nickname of one of them
        List<Subject> s = r.resolve(List.of(
                row("R", 2, "PERSON_NAME", "Barbara Brown"), row("R", 2, "EMAIL_ADDRESS", "bbrown@example.com"),
                row("R", 2, "PHONE_NUMBER", "+12125550100"),
                row("R", 3, "PERSON_NAME", "John Jones"), row("R", 3, "EMAIL_ADDRESS", "jjones@example.com"),
                row("R", 3, "PHONE_NUMBER", "+12125550100"),
                row("R", 4, "PERSON_NAME", "Mary Smith"), row("R", 4, "EMAIL_ADDRESS", "msmith@example.com"),
                row("R", 4, "PHONE_NUMBER", "+12125550100"),
                row("M", 1, "PERSON_NAME", "Barb Brown"), row("M", 1, "PHONE_NUMBER", "+12125550100"),
                row("M", 1, "DATE_OF_BIRTH", "1971-03-04")));
        assertEquals(3, s.size(), s.toString());
        Subject barbara = withEmail(s, "bbrown@example.com");
        assertEquals(Set.of("R", "M"), barbara.docIds(), "a nickname of one of them is hers");
        assertEquals(Set.of("R"), withEmail(s, "jjones@example.com").docIds());
    }

    @Test
    void aSharedMailboxOfTwoUnrelatedNamesJoinsNeither() {
        List<Subject> s = r.resolve(List.of(
                row("A", 2, "PERSON_NAME", "山田 太郎"), row("A", 2, "EMAIL_ADDRESS", "soumu@example.co.jp"),
                row("A", 2, "PHONE_NUMBER", "+819012345670"),
                row("B", 2, "PERSON_NAME", "佐藤 花子"), row("B", 2, "EMAIL_ADDRESS", "soumu@example.co.jp"),
                row("B", 2, "PHONE_NUMBER", "+818098765430")));
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void aMaidenNameOnOnePhoneStillJoins() {
        List<Subject> s = r.resolve(List.of(
                row("A", 2, "PERSON_NAME", "Mary Smith"), row("A", 2, "PHONE_NUMBER", "+16172562434"),
                row("B", 2, "PERSON_NAME", "Mary Jones"), row("B", 2, "PHONE_NUMBER", "+16172562434"),
                row("B", 2, "EMAIL_ADDRESS", "mjones@example.com")));
        assertEquals(1, s.size(), s.toString());
    }

    // ------------------------------------------------------------------ a mail's body values
    /** From: Peggy Oyelaran <…> / To: payroll@… / body: address, phone / signature far below. */
    private static List<DocFinding> addressChange(String other) {
        List<DocFinding> in = new ArrayList<>(List.of(
                at("mail", 1, 0, "PERSON_NAME", "Peggy Oyelaran"), at("mail", 1, 20, "EMAIL_ADDRESS", "margaret.oyelaran@example.com"),
                at("mail", 2, 4, "EMAIL_ADDRESS", "payroll@example.com"),
                at("mail", 8, 0, "POSTAL_ADDRESS", "6989 Old Mill Ln, Tacoma, WA 98411"),
                at("mail", 11, 20, "PHONE_NUMBER", "+12535433084"),
                at("mail", 16, 0, "PERSON_NAME", "Peggy Oyelaran")));
        if (other != null) {
            in.add(at("mail", 12, 0, "PERSON_NAME", other));
        }
        return in;
    }

    @Test
    void aMailsNamelessBodyValuesAreTheSenders() {
        List<Subject> s = r.resolve(addressChange(null));
        Subject peggy = withEmail(s, "margaret.oyelaran@example.com");
        assertTrue(peggy.phones().contains("+12535433084"), s.toString());
        assertTrue(peggy.dataElements().contains("POSTAL_ADDRESS"), s.toString());
        assertFalse(withEmail(s, "payroll@example.com").dataElements().contains("PHONE_NUMBER"), s.toString());
    }

    @Test
    void aBodysIdentifiersStayApart() {
        // "I completed the I-9 for <a name not read>: passport …, licence …" is not the sender's passport
        List<Subject> s = r.resolve(List.of(
                at("mail", 1, 0, "PERSON_NAME", "Shauna Ashworth"), at("mail", 1, 20, "EMAIL_ADDRESS", "shauna@example.com"),
                at("mail", 2, 4, "EMAIL_ADDRESS", "delia@example.com"),
                at("mail", 7, 10, "US_PASSPORT", "552714885"), at("mail", 8, 10, "US_DRIVERS_LICENSE", "A3124326")));
        assertFalse(withEmail(s, "shauna@example.com").dataElements().contains("US_PASSPORT"), s.toString());
    }

    @Test
    void notWhenTheBodyNamesSomeoneElse() {
        List<Subject> s = r.resolve(addressChange("Ann Lee"));
        assertFalse(withEmail(s, "margaret.oyelaran@example.com").phones().contains("+12535433084"), s.toString());
    }
}
