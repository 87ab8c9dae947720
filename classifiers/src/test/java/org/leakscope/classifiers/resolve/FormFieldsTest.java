package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.row;
import static org.leakscope.classifiers.resolve.Rows.named;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/** A form's unnamed rows and blocks go with the person the form names beside them ({@link FormFields}). */
class FormFieldsTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    /** A finding of running text on line {@code line}. */
    private static DocFinding line(String doc, int line, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, "line=" + line, "t", null,
                line * 100));
    }

    @Test
    void theApplicantsUnnamedRowIsTheApplicantsAndTheDependantsRowsAreTheirOwn() {
        // 扶養控除等申告書: あなたの氏名 | … | 個人番号 | …; あなたの生年月日 | … | 住所 | …; then the dependants
        List<Subject> s = r.resolve(List.of(
                row("form", 1, "PERSON_NAME", "近藤 恵"), row("form", 1, "JP_MY_NUMBER", "152355885130"),
                row("form", 2, "DATE_OF_BIRTH", "昭和57年3月7日"), row("form", 2, "POSTAL_ADDRESS", "東京都渋谷区道玄坂1丁目5番8号"),
                row("form", 4, "PERSON_NAME", "近藤 陽子"), row("form", 4, "DATE_OF_BIRTH", "昭和57年1月17日"),
                row("form", 5, "PERSON_NAME", "近藤 麻衣"), row("form", 5, "DATE_OF_BIRTH", "2010年1月2日")));
        assertEquals(3, s.size(), s.toString());
        assertEquals(Set.of("DATE_OF_BIRTH", "JP_MY_NUMBER", "PERSON_NAME", "POSTAL_ADDRESS"),
                named(s, "近藤 恵").dataElements());
        assertEquals(Set.of("DATE_OF_BIRTH", "PERSON_NAME"), named(s, "近藤 陽子").dataElements());
        assertEquals(Set.of("DATE_OF_BIRTH", "PERSON_NAME"), named(s, "近藤 麻衣").dataElements());
    }

    @Test
    void unnamedRowsAboveTheNameRowAreItsPersons() {
        // 源泉徴収票: 住所 and 個人番号 rows above フリガナ and 氏名; a spouse's row further down
        List<Subject> s = r.resolve(List.of(
                row("slip", 3, "POSTAL_ADDRESS", "埼玉県さいたま市浦和区高砂1丁目16番8号"),
                row("slip", 4, "JP_MY_NUMBER", "851849045814"),
                row("slip", 5, "PERSON_NAME", "ヤマグチ ヒデキ"),
                row("slip", 6, "PERSON_NAME", "山口 秀樹"),
                row("slip", 9, "PERSON_NAME", "山口 美咲"), row("slip", 9, "JP_MY_NUMBER", "383416030169")));
        assertEquals(2, s.size(), s.toString());
        Subject h = named(s, "山口 秀樹");
        assertEquals(Set.of("JP_MY_NUMBER", "PERSON_NAME", "POSTAL_ADDRESS"), h.dataElements());
        assertEquals(Set.of("JP_MY_NUMBER", "PERSON_NAME"), named(s, "山口 美咲").dataElements());
    }

    @Test
    void anUnnamedRowNeverJoinsAcrossAConflictOrBeyondReach() {
        // the row above holds another My Number: the unnamed row goes to the named row below instead
        List<Subject> s = r.resolve(List.of(
                row("t", 1, "PERSON_NAME", "山田 太郎"), row("t", 1, "JP_MY_NUMBER", "152355885130"),
                row("t", 2, "JP_MY_NUMBER", "851849045814"), row("t", 2, "DATE_OF_BIRTH", "1980-01-02"),
                row("t", 3, "PERSON_NAME", "佐藤 花子")));
        assertEquals(2, s.size(), s.toString());
        assertEquals(Set.of("JP_MY_NUMBER", "PERSON_NAME"), named(s, "山田 太郎").dataElements());
        assertEquals(Set.of("DATE_OF_BIRTH", "JP_MY_NUMBER", "PERSON_NAME"), named(s, "佐藤 花子").dataElements());
        // four rows away: nobody's
        s = r.resolve(List.of(
                row("t", 1, "PERSON_NAME", "山田 太郎"), row("t", 1, "JP_MY_NUMBER", "152355885130"),
                row("t", 5, "DATE_OF_BIRTH", "1980-01-02"), row("t", 5, "POSTAL_ADDRESS", "東京都港区芝浦3-4-1")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("JP_MY_NUMBER", "PERSON_NAME"), s.get(0).dataElements());
        // another sheet's rows are another table
        s = r.resolve(List.of(
                new DocFinding("t", new Finding(Category.PII, "PERSON_NAME", "Ann Lee", "*", 0.9, "sheet=A;row=1", "t",
                        "A#1", 1)),
                new DocFinding("t", new Finding(Category.PII, "DATE_OF_BIRTH", "1980-01-02", "*", 0.9, "sheet=B;row=2",
                        "t", "B#2", 50))));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("PERSON_NAME"), s.get(0).dataElements());
    }

    @Test
    void aLeaversFormsBoxesAreOnePersonsWhenItNamesNobodyElse() {
        // P45: NI number, surname and forename boxes; the private address and birth date boxes further down
        List<Subject> s = r.resolve(List.of(
                line("p45", 4, "UK_NINO", "HE838875B"), line("p45", 6, "PERSON_NAME", "Pemberton"),
                line("p45", 13, "POSTAL_ADDRESS", "116 High Street, Oxford"),
                line("p45", 15, "DATE_OF_BIRTH", "10 12 1981")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("DATE_OF_BIRTH", "PERSON_NAME", "POSTAL_ADDRESS", "UK_NINO"), s.get(0).dataElements());
        // one person named in full: the unnamed blocks are theirs
        s = r.resolve(List.of(
                line("f", 1, "PERSON_NAME", "Rhys Pemberton"), line("f", 2, "UK_NINO", "HE838875B"),
                line("f", 12, "DATE_OF_BIRTH", "10 12 1981")));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).dataElements().contains("DATE_OF_BIRTH"), s.toString());
    }

    @Test
    void unnamedBlocksWithTwoIdentifiersAreNotOnePerson() {
        // a page of test data: an SSN here, a card number further down, a birth date: nobody named, two holders
        List<Subject> s = r.resolve(List.of(
                line("d", 1, "US_SSN", "536-22-1234"), line("d", 10, "CREDIT_CARD", "4111111111111111"),
                line("d", 20, "DATE_OF_BIRTH", "1980-01-02")));
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.dataElements().contains("DATE_OF_BIRTH")), s.toString());
    }

    @Test
    void aMailNamingTwoPeopleGivesItsUnnamedBlockToNeither() {
        List<DocFinding> fs = new ArrayList<>(List.of(
                line("m", 1, "PERSON_NAME", "Ann Lee"), line("m", 1, "EMAIL_ADDRESS", "ann@example.com"),
                line("m", 20, "PERSON_NAME", "Bob Stone"), line("m", 21, "PHONE_NUMBER", "+14155550123"),
                line("m", 40, "DATE_OF_BIRTH", "1980-01-02")));
        List<Subject> s = r.resolve(fs);
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.dataElements().contains("DATE_OF_BIRTH")), s.toString());
    }

    @Test
    void aNotesBlockWithAPhoneAndADiagnosisIsThePatientsItNames() {
        // CLINIC VISIT NOTE: "Patient: Greta Nguyen  DOB: ..." then, lines below, "Assessment: hypertension" and
        // "Plan: ... Patient phone (212) 459-4892."
        List<Subject> s = r.resolve(List.of(
                line("n", 2, "PERSON_NAME", "Greta Nguyen"), line("n", 2, "DATE_OF_BIRTH", "12/01/1957"),
                line("n", 7, "HEALTH_INFO", "Essential hypertension"), line("n", 9, "PHONE_NUMBER", "+12124594892")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("DATE_OF_BIRTH", "HEALTH_INFO", "PERSON_NAME", "PHONE_NUMBER"), s.get(0).dataElements());
    }

    @Test
    void aBlockWithAPhoneAndNothingOnlyAPersonHasStaysApart() {
        // a letter: the addressee named in full, the sender's office phone further down: not the addressee's
        List<Subject> s = r.resolve(List.of(
                line("l", 2, "PERSON_NAME", "Greta Nguyen"), line("l", 3, "POSTAL_ADDRESS", "12 Oak St, Salem, OR 97301"),
                line("l", 20, "PHONE_NUMBER", "+15035550142")));
        assertEquals(2, s.size(), s.toString());
        // nor when a second person is named in full: the diagnosis block could be either's
        s = r.resolve(List.of(
                line("m", 2, "PERSON_NAME", "Greta Nguyen"), line("m", 4, "PERSON_NAME", "Omar Haddad"),
                line("m", 9, "HEALTH_INFO", "asthma"), line("m", 9, "PHONE_NUMBER", "+12124594892")));
        assertTrue(s.stream().filter(x -> x.name() != null && !x.name().isEmpty())
                .noneMatch(x -> x.dataElements().contains("HEALTH_INFO")), s.toString());
    }

    @Test
    void aFormsRowsGoWithThePersonItsTextNamesWhenTheFormIsAboutThem() {
        // 履歴書 (ODT): 氏名 and 生年月日 as paragraphs, then a table of 住所 | … and 電話 | … rows
        List<Subject> s = r.resolve(List.of(
                line("cv", 2, "PERSON_NAME", "斎藤 亮太"), line("cv", 3, "DATE_OF_BIRTH", "平成5年10月24日"),
                row("cv", 1, "POSTAL_ADDRESS", "大阪府堺市北区長曽根町22-15"),
                row("cv", 2, "PHONE_NUMBER", "+819058054319")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER"), s.get(0).dataElements());
        // a letter naming its addressee over a table with an office's phone: not the addressee's
        s = r.resolve(List.of(
                line("l", 2, "PERSON_NAME", "Greta Nguyen"), line("l", 3, "POSTAL_ADDRESS", "12 Oak St, Salem, OR 97301"),
                row("l", 1, "PHONE_NUMBER", "+15035550142")));
        assertEquals(2, s.size(), s.toString());
        // nor rows listing two phones (a branch directory), nor rows naming someone
        s = r.resolve(List.of(
                line("d", 2, "PERSON_NAME", "斎藤 亮太"), line("d", 3, "DATE_OF_BIRTH", "平成5年10月24日"),
                row("d", 1, "PHONE_NUMBER", "+81312345678"), row("d", 2, "PHONE_NUMBER", "+81662345678")));
        assertTrue(named(s, "斎藤 亮太").phones().isEmpty(), s.toString());
        s = r.resolve(List.of(
                line("e", 2, "PERSON_NAME", "斎藤 亮太"), line("e", 3, "DATE_OF_BIRTH", "平成5年10月24日"),
                row("e", 1, "PERSON_NAME", "斎藤 真由美"), row("e", 1, "PHONE_NUMBER", "+819011112222")));
        assertTrue(named(s, "斎藤 亮太").phones().isEmpty(), s.toString());
    }

    /** A finding in cell B of row {@code row} of a table laid out as a form: running text, no record key. */
    private static DocFinding formCell(String doc, int row, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, "sheet=cv;row=" + row + ";col=B", "t",
                null, 1000 + row * 100));
    }

    @Test
    void aFormTableReadAsRunningTextGoesWithThePersonItsTextNames() {
        // the same 履歴書 as the classifier gives it: the 住所 | … / 電話 | … table is laid out as a form, so its cells
        // are running text (no record key), one block of the form's cells beside the paragraphs' block
        List<Subject> s = r.resolve(List.of(
                line("cv", 2, "PERSON_NAME", "斎藤 亮太"), line("cv", 3, "DATE_OF_BIRTH", "平成5年10月24日"),
                formCell("cv", 1, "POSTAL_ADDRESS", "大阪府堺市北区長曽根町22-15"),
                formCell("cv", 2, "PHONE_NUMBER", "+819058054319")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER"), s.get(0).dataElements());
        // a form table listing two phones is a directory, not the person's boxes
        s = r.resolve(List.of(
                line("d", 2, "PERSON_NAME", "斎藤 亮太"), line("d", 3, "DATE_OF_BIRTH", "平成5年10月24日"),
                formCell("d", 1, "PHONE_NUMBER", "+81312345678"), formCell("d", 2, "PHONE_NUMBER", "+81662345678")));
        assertTrue(named(s, "斎藤 亮太").phones().isEmpty(), s.toString());
        // nor a letter's addressee with no birth date: the table's phone may be the sender's office
        s = r.resolve(List.of(
                line("l", 2, "PERSON_NAME", "斎藤 亮太"), formCell("l", 1, "PHONE_NUMBER", "+81312345678")));
        assertTrue(named(s, "斎藤 亮太").phones().isEmpty(), s.toString());
    }
}
