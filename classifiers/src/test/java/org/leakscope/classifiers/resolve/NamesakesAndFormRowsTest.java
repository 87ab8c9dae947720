package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.row;
import static org.leakscope.classifiers.resolve.Rows.named;
import static org.leakscope.classifiers.resolve.Rows.at;
import static org.leakscope.classifiers.resolve.Rows.withEmail;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;

/**
 * Round 18: contact groups of one rare name join unless something conflicts; a name-only "X Sr." finds the plain
 * "X" beside an "X Jr."; name-only people written in kanji and in romaji join on the reading; a party's address
 * above her name; a form table's contact rows and a one-person sheet's far rows.
 */
class NamesakesAndFormRowsTest {

    private final ClassifierConfig config = ClassifierConfig.load(null);
    private final SubjectResolver r = new SubjectResolver(config);



    // ------------------------------------------------------------------ rare names
    @Test
    void aRareNameIsSpecificACommonOneIsNot() {
        KnownNames k = KnownNames.fromConfig(config);
        assertTrue(k.specific("ngozi halvorsen"));
        assertTrue(k.specific("margaret oyelaran"));
        assertFalse(k.specific("john smith"), "a common family name");
        assertFalse(k.specific("james thomas"), "a common given name and a common family name");
        assertFalse(k.specific("maria de jong"), "a family name of two words");
        assertFalse(k.specific("佐藤健"), "one of the most common Japanese family names");
        assertTrue(k.specific("五味沙織"));
        assertFalse(k.specific("j. halvorsen"), "an initial is no given name");
    }

    /** HR sheet: work e-mail, birth date, SSN; her own mail: "Peggy Oyelaran", a private e-mail and a phone. */
    private List<DocFinding> twoGroupsOf(String hrLast, String hrFirst, String mailName, String otherDob) {
        List<DocFinding> in = new java.util.ArrayList<>(List.of(
                row("HR", 2, "PERSON_NAME", hrLast), row("HR", 2, "PERSON_NAME", hrFirst),
                row("HR", 2, "DATE_OF_BIRTH", "04/11/1979"), row("HR", 2, "US_SSN", "512-44-3459"),
                row("HR", 2, "EMAIL_ADDRESS", "moyelaran@northwind.example.com"),
                at("mail", 1, 0, "PERSON_NAME", mailName), at("mail", 1, 20, "EMAIL_ADDRESS", "margaret.o@example.com"),
                at("mail", 2, 4, "EMAIL_ADDRESS", "payroll@northwind.example.com"),
                at("mail", 16, 0, "PERSON_NAME", mailName), at("mail", 17, 0, "PHONE_NUMBER", "+12535433084")));
        if (otherDob != null) {
            in.add(at("mail", 18, 0, "DATE_OF_BIRTH", otherDob));
        }
        return in;
    }

    @Test
    void twoContactGroupsOfOneRareNameAreOnePerson() {
        List<Subject> s = r.resolve(twoGroupsOf("OYELARAN", "Margaret", "Peggy Oyelaran", null));
        Subject m = withEmail(s, "margaret.o@example.com");
        assertTrue(m.emails().contains("moyelaran@northwind.example.com"), s.toString());
        assertTrue(m.dataElements().contains("US_SSN"), s.toString());
    }

    @Test
    void notWhenTheirBirthDatesDiffer() {
        List<Subject> s = r.resolve(twoGroupsOf("OYELARAN", "Margaret", "Peggy Oyelaran", "09/02/1985"));
        assertFalse(withEmail(s, "margaret.o@example.com").emails().contains("moyelaran@northwind.example.com"),
                s.toString());
    }

    @Test
    void notOnACommonName() {
        List<Subject> s = r.resolve(twoGroupsOf("Smith", "John", "John Smith", null));
        assertFalse(withEmail(s, "margaret.o@example.com").emails().contains("moyelaran@northwind.example.com"),
                s.toString());
    }

    @Test
    void notAJuniorAndThePlainName() {
        List<Subject> s = r.resolve(List.of(
                at("m1", 1, 0, "PERSON_NAME", "Dwayne Ashcroft Jr."), at("m1", 1, 20, "EMAIL_ADDRESS", "dwayne.jr@example.com"),
                at("m1", 2, 4, "EMAIL_ADDRESS", "leasing@example.com"),
                at("m2", 1, 0, "PERSON_NAME", "Dwayne Ashcroft"), at("m2", 1, 20, "EMAIL_ADDRESS", "dashcroft52@example.net"),
                at("m2", 2, 4, "EMAIL_ADDRESS", "leasing@example.com")));
        assertFalse(withEmail(s, "dwayne.jr@example.com").emails().contains("dashcroft52@example.net"), s.toString());
    }

    @Test
    void aNameOnlySeniorFindsThePlainNameBesideAJunior() {
        List<Subject> s = r.resolve(List.of(
                at("m1", 1, 0, "PERSON_NAME", "Yolanda Gallagher Jr."), at("m1", 1, 20, "EMAIL_ADDRESS", "y.jr@example.com"),
                at("m1", 2, 4, "EMAIL_ADDRESS", "leasing@example.com"),
                at("m2", 1, 0, "PERSON_NAME", "Yolanda Gallagher"), at("m2", 1, 20, "EMAIL_ADDRESS", "ygallagher52@example.net"),
                at("m2", 2, 4, "EMAIL_ADDRESS", "leasing@example.com"),
                row("list", 3, "PERSON_NAME", "Yolanda Gallagher Sr."),
                row("list", 3, "POSTAL_ADDRESS", "6683 Sunset Ave, Atlanta, GA 30310")));
        assertTrue(withEmail(s, "ygallagher52@example.net").dataElements().contains("POSTAL_ADDRESS"), s.toString());
        assertFalse(withEmail(s, "y.jr@example.com").dataElements().contains("POSTAL_ADDRESS"), s.toString());
    }

    // ------------------------------------------------------------------ kanji and romaji
    @Test
    void aRomajiColumnBesideTheKanjiNameIsOneName() {
        List<Subject> s = r.resolve(List.of(
                row("travel", 2, "PERSON_NAME", "森 秀樹"), row("travel", 2, "PERSON_NAME", "Hideki MORI"),
                row("travel", 2, "JP_PASSPORT", "TK2959426"),
                row("meibo", 5, "PERSON_NAME", "森 秀樹"), row("meibo", 5, "DATE_OF_BIRTH", "1980/04/12")));
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void nameOnlyPeopleInKanjiAndRomajiJoinOnTheReading() {
        List<Subject> s = r.resolve(List.of(
                row("travel", 2, "PERSON_NAME", "Hideki MORI"), row("travel", 2, "JP_PASSPORT", "TK2959426"),
                row("meibo", 5, "PERSON_NAME", "森 秀樹"), row("meibo", 5, "DATE_OF_BIRTH", "1980/04/12")));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).dataElements().containsAll(List.of("JP_PASSPORT", "DATE_OF_BIRTH")), s.toString());
    }

    @Test
    void twoKanjiNamesOfOneReadingLeaveItToNeither() {
        List<Subject> s = r.resolve(List.of(
                row("travel", 2, "PERSON_NAME", "Hideki MORI"), row("travel", 2, "JP_PASSPORT", "TK2959426"),
                row("meibo", 5, "PERSON_NAME", "森 秀樹"), row("meibo", 5, "DATE_OF_BIRTH", "1980/04/12"),
                row("meibo", 6, "PERSON_NAME", "森 英樹"), row("meibo", 6, "DATE_OF_BIRTH", "1975/01/30")));
        assertFalse(named(s, "森 秀樹").dataElements().contains("JP_PASSPORT"), s.toString());
        assertFalse(named(s, "森 英樹").dataElements().contains("JP_PASSPORT"), s.toString());
    }

    // ------------------------------------------------------------------ running text
    @Test
    void aPartysAddressAboveHerNameIsHers() {
        List<Subject> s = r.resolve(List.of(
                at("list", 3, 0, "POSTAL_ADDRESS", "福岡県福岡市中央区天神1-2-3"), at("list", 4, 0, "PERSON_NAME", "池田 恵"),
                at("list", 6, 0, "POSTAL_ADDRESS", "神奈川県横浜市中区山下町23-4"), at("list", 7, 0, "PERSON_NAME", "井上 恵")));
        assertEquals("神奈川県横浜市中区山下町23-4", named(s, "井上 恵").postalAddress(), s.toString());
        assertEquals("福岡県福岡市中央区天神1-2-3", named(s, "池田 恵").postalAddress(), s.toString());
    }

    @Test
    void aVisitorsLastLineStaysHersWhenNothingRepeats() {
        // Name / DOB / SSN / … / Cell, then the next visitor's Name: the cell is the first visitor's
        List<Subject> s = r.resolve(List.of(
                at("var", 7, 0, "PERSON_NAME", "PRESCOTT, Priya"), at("var", 8, 0, "DATE_OF_BIRTH", "22 SEP 1971"),
                at("var", 10, 0, "US_SSN", "677-80-9253"), at("var", 13, 0, "PHONE_NUMBER", "+16024163187"),
                at("var", 14, 0, "PERSON_NAME", "TIERNEY, Oliver"), at("var", 15, 0, "DATE_OF_BIRTH", "18 FEB 1967")));
        assertTrue(named(s, "PRESCOTT, Priya").phones().contains("+16024163187"), s.toString());
    }

    // ------------------------------------------------------------------ form tables
    @Test
    void aFormTablesContactRowsAreThePersonsAboveThem() {
        // e-QIP: "1 | Full name | …", "2 | Date of birth", "4 | SSN", "7 | Mobile", "8 | E-mail", "9 | Passport", then a
        // reference with a phone of her own
        List<Subject> s = r.resolve(List.of(
                row("eqip", 2, "PERSON_NAME", "Brennan, Priya T."), row("eqip", 3, "DATE_OF_BIRTH", "June 12, 1984"),
                row("eqip", 5, "US_SSN", "512-40-2012"), row("eqip", 7, "PHONE_NUMBER", "+12538997603"),
                row("eqip", 8, "EMAIL_ADDRESS", "priya.brennan@example.com"), row("eqip", 9, "US_PASSPORT", "561233362"),
                row("eqip", 11, "PERSON_NAME", "Omar McAllister"), row("eqip", 11, "PHONE_NUMBER", "+16146396519")));
        Subject p = withEmail(s, "priya.brennan@example.com");
        assertTrue(p.phones().contains("+12538997603"), s.toString());
        assertTrue(p.dataElements().containsAll(List.of("US_SSN", "US_PASSPORT", "DATE_OF_BIRTH")), s.toString());
        assertFalse(p.phones().contains("+16146396519"), s.toString());
    }

    @Test
    void notASecondPhone() {
        List<Subject> s = r.resolve(List.of(
                row("sheet", 2, "PERSON_NAME", "Priya Brennan"), row("sheet", 2, "PHONE_NUMBER", "+12538997603"),
                row("sheet", 3, "PHONE_NUMBER", "+16146396519")));
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void notAnAddressAndPhoneRowBelowTheDependants() {
        // 源泉徴収票: the dependants' rows, then the payer's address and phone
        List<Subject> s = r.resolve(List.of(
                row("slip", 9, "PERSON_NAME", "山口 美咲"), row("slip", 9, "JP_MY_NUMBER", "400976983007"),
                row("slip", 10, "PERSON_NAME", "山口 亮太"), row("slip", 10, "JP_MY_NUMBER", "280558368937"),
                row("slip", 12, "POSTAL_ADDRESS", "東京都港区芝浦3-4-1"), row("slip", 12, "PHONE_NUMBER", "+81354127700")));
        assertFalse(named(s, "山口 亮太").phones().contains("+81354127700"), s.toString());
    }

    @Test
    void aSheetNamingOnePersonGivesHerItsFarRows() {
        // 検査結果報告書: 氏名 on row 3, 生年月日 on row 4, a result table, 所見 on row 11
        List<Subject> s = r.resolve(List.of(
                row("lab", 3, "PERSON_NAME", "近藤 達也"), row("lab", 4, "DATE_OF_BIRTH", "1968/05/02"),
                row("lab", 11, "HEALTH_INFO", "脂質異常症の疑い")));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).dataElements().contains("HEALTH_INFO"), s.toString());
    }
}
