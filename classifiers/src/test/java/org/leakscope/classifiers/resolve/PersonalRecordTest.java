package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.ClassifierConfig;

/**
 * A person's own record (name, birth date and home in one record) is a person though the name lists do not know
 * the name; a row's given-name and family-name cells key name + birth date as one full name.
 */
class PersonalRecordTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    @Test
    void anUnknownNameBesideABirthDateAndAnAddressIsAPerson() {
        List<Subject> s = r.resolve(List.of(row("card", 2, "PERSON_NAME", "NGUYEN VAN AN"),
                row("card", 2, "DATE_OF_BIRTH", "1996年08月17日"),
                row("card", 2, "POSTAL_ADDRESS", "愛知県名古屋市中区錦3-28-6")));
        assertEquals(1, s.size(), s.toString());
        assertEquals("NGUYEN VAN AN", s.get(0).name());
        assertTrue(s.get(0).dataElements().containsAll(Set.of("DATE_OF_BIRTH", "POSTAL_ADDRESS", "PERSON_NAME")));
    }

    @Test
    void anUnknownJapaneseNameOnAResidentsFormIsAPerson() {
        // a family name off the surname lists
        List<Subject> s = r.resolve(List.of(row("form", 3, "PERSON_NAME", "鷲見沢 一"),
                row("form", 3, "DATE_OF_BIRTH", "1980-01-02"), row("form", 3, "POSTAL_ADDRESS", "東京都港区芝5-1-1")));
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void anUnknownNameWithoutBirthDateOrAddressIsNobody() {
        assertTrue(r.resolve(List.of(row("t", 2, "PERSON_NAME", "Derived From"),
                row("t", 2, "DATE_OF_BIRTH", "1996-08-17"))).isEmpty(), "no home");
        assertTrue(r.resolve(List.of(row("t", 2, "PERSON_NAME", "Derived From"),
                row("t", 2, "POSTAL_ADDRESS", "12 Quay Street, Bristol BS1 4DB"))).isEmpty(), "no birth date");
        assertTrue(r.resolve(List.of(row("t", 2, "PERSON_NAME", "Zorbu"), row("t", 2, "DATE_OF_BIRTH", "1996-08-17"),
                row("t", 2, "POSTAL_ADDRESS", "12 Quay Street, Bristol BS1 4DB"))).isEmpty(), "one word is no full name");
    }

    @Test
    void twoUnknownNamesBesideABirthDateAndAddressAreNobody() {
        assertTrue(r.resolve(List.of(row("t", 2, "PERSON_NAME", "Zorbu Quarn"), row("t", 2, "PERSON_NAME", "Plix Vantor"),
                row("t", 2, "DATE_OF_BIRTH", "1996-08-17"),
                row("t", 2, "POSTAL_ADDRESS", "12 Quay Street, Bristol BS1 4DB"))).isEmpty(), "whose?");
    }

    @Test
    void nameOnlySubjectsOffKeepsTheRecordOut(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("c.yaml");
        Files.writeString(cfg, "classify:\n  resolve:\n    name-only-subjects: false\n");
        SubjectResolver off = new SubjectResolver(ClassifierConfig.load(cfg));
        assertTrue(off.resolve(List.of(row("card", 2, "PERSON_NAME", "NGUYEN VAN AN"),
                row("card", 2, "DATE_OF_BIRTH", "1996-08-17"),
                row("card", 2, "POSTAL_ADDRESS", "愛知県名古屋市中区錦3-28-6"))).isEmpty());
    }

    @Test
    void givenAndFamilyNameCellsKeyNameAndBirthDate() {
        // a starters sheet (given | family | DOB | phone) and a referral letter (full name, DOB, another phone)
        List<Subject> s = r.resolve(List.of(row("starters", 5, "PERSON_NAME", "Harry"),
                row("starters", 5, "PERSON_NAME", "Whitfield"), row("starters", 5, "DATE_OF_BIRTH", "14/12/1966"),
                row("starters", 5, "PHONE_NUMBER", "+447520120307"),
                row("letter", 1, "PERSON_NAME", "Harry Whitfield"), row("letter", 1, "DATE_OF_BIRTH", "14/12/1966"),
                row("letter", 1, "PHONE_NUMBER", "+441174960999"),
                row("letter", 1, "POSTAL_ADDRESS", "14 Victoria Street, Bristol BS1 6AA")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("starters", "letter"), s.get(0).docIds());
    }

    @Test
    void aDifferentBirthDateKeepsTheCellsApart() {
        List<Subject> s = r.resolve(List.of(row("starters", 5, "PERSON_NAME", "Harry"),
                row("starters", 5, "PERSON_NAME", "Whitfield"), row("starters", 5, "DATE_OF_BIRTH", "14/12/1966"),
                row("starters", 5, "PHONE_NUMBER", "+447520120307"),
                row("letter", 1, "PERSON_NAME", "Harry Whitfield"), row("letter", 1, "DATE_OF_BIRTH", "14/12/1967"),
                row("letter", 1, "PHONE_NUMBER", "+441174960999")));
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void dobNameKey() {
        assertEquals("harry whitfield", MergeKeys.dobNameKey(List.of("Harry", "Whitfield")));
        assertEquals("harry whitfield", MergeKeys.dobNameKey(List.of("Whitfield", "Harry")),
                "order-free (round 17): Last | First cells key as the full name does");
        assertEquals("fiona marsh", MergeKeys.dobNameKey(List.of("Fiona Marsh", "Harry Whitfield")), "the first");
        // three one-word cells are last | first | middle (a voter file, probe set 27): one name, its words sorted
        assertEquals("ann bo cy", MergeKeys.dobNameKey(List.of("Ann", "Bo", "Cy")), "three words: a name in three cells");
        assertEquals("priya pruitt", MergeKeys.dobNameKey(List.of("PRUITT", "PRIYA", "A")), "the middle initial left out");
        assertEquals("ann", MergeKeys.dobNameKey(List.of("Ann", "Bo", "Cy", "Di")), "four words: no row of one name");
        assertEquals("山田太郎", MergeKeys.dobNameKey(List.of("山田 太郎")));
        assertNull(MergeKeys.dobNameKey(List.of("X")));
    }

    @Test
    void nameFieldsWrittenTwiceForOnePersonAreOneName() {
        // a constat amiable's "Nom : HOFFMANN  Prénom : Lena" under the assuré and again under the conducteur, her
        // address and birth date between (probe set 29: four one-word names made no subject)
        List<Subject> s = r.resolve(List.of(row("constat", 2, "PERSON_NAME", "HOFFMANN"), row("constat", 2, "PERSON_NAME", "Lena"),
                row("constat", 2, "POSTAL_ADDRESS", "Hauptstraße 86, 20095 Hamburg"), row("constat", 2, "PERSON_NAME", "HOFFMANN"),
                row("constat", 2, "PERSON_NAME", "Lena"), row("constat", 2, "DATE_OF_BIRTH", "08/06/1998")));
        assertEquals(1, s.size(), s.toString());
        assertEquals("HOFFMANN Lena", s.get(0).name());
        assertEquals(List.of("HOFFMANN Lena"), SubjectResolver.rowNames(List.of("HOFFMANN", "Lena", "HOFFMANN", "Lena")));
        // four names of which two are one person's and two another's stay as they are
        assertEquals(List.of("Ann Lee", "Bo Park", "Ann Lee", "Cy Young"),
                SubjectResolver.rowNames(List.of("Ann Lee", "Bo Park", "Ann Lee", "Cy Young")));
    }

    @Test
    void familyAndGivenNameKanjiCellsAreOneFullName() {
        // EC-CUBE's dtb_customer: name01 | name02 | email: the subject is 清水 浩之, not 浩之
        // (cells at their offsets in column order: 浩之 sorts before 清水 by code point)
        List<Subject> s = r.resolve(List.of(cell(2, "A", 10, "PERSON_NAME", "清水"),
                cell(2, "B", 13, "PERSON_NAME", "浩之"), cell(2, "C", 16, "EMAIL_ADDRESS", "h.shimizu11@example.jp")));
        assertEquals(1, s.size(), s.toString());
        assertEquals("清水 浩之", s.get(0).name());
        assertEquals(List.of("清水 浩之"), SubjectResolver.rowNames(List.of("清水", "浩之")));
        assertEquals(List.of("佐々木 美代子"), SubjectResolver.rowNames(List.of("佐々木", "美代子")));
        // Form 1040's "first name and middle initial" beside "Last name": one name; two full names stay two
        assertEquals(List.of("ANNELIESE H DUNLEAVY"), SubjectResolver.rowNames(List.of("ANNELIESE H", "DUNLEAVY")));
        assertEquals(List.of("Ann Lee", "Bo Park"), SubjectResolver.rowNames(List.of("Ann Lee", "Bo Park")));
        // a voter file's LAST_NAME | FIRST_NAME | MIDDLE_NAME, a DMV extract's OWNER_LAST | OWNER_FIRST | OWNER_MI: one
        // name as written; three full names, or a part of two words, stay apart
        assertEquals(List.of("CASTELLANOS IMANI JAMES"), SubjectResolver.rowNames(List.of("CASTELLANOS", "IMANI", "JAMES")));
        assertEquals(List.of("PRUITT PRIYA A"), SubjectResolver.rowNames(List.of("PRUITT", "PRIYA", "A")));
        assertEquals(List.of("Ann Lee", "Bo Park", "Cy Young"), SubjectResolver.rowNames(List.of("Ann Lee", "Bo Park", "Cy Young")));
        assertEquals(List.of("山田", "太郎", "花子"), SubjectResolver.rowNames(List.of("山田", "太郎", "花子")));
        // a first | last export (given name first): named 姓 名 by the surname lists
        s = r.resolve(List.of(cell(3, "A", 10, "PERSON_NAME", "浩之"), cell(3, "B", 13, "PERSON_NAME", "清水"),
                cell(3, "C", 16, "EMAIL_ADDRESS", "h.shimizu11@example.jp")));
        assertEquals("清水 浩之", s.get(0).name());
        // two full names in one row stay two
        assertEquals(List.of("山田太郎", "佐藤花子"), SubjectResolver.rowNames(List.of("山田太郎", "佐藤花子")));
        assertEquals(List.of("山田", "タロウ"), SubjectResolver.rowNames(List.of("山田", "タロウ")));
        // 姓 | 名 | セイ | メイ of a member export: the name and its reading
        assertEquals(List.of("松本 春香", "マツモト ハルカ"), SubjectResolver.rowNames(List.of("松本", "春香", "マツモト", "ハルカ")));
        assertEquals(List.of("松本", "春香", "太郎", "ハルカ"), SubjectResolver.rowNames(List.of("松本", "春香", "太郎", "ハルカ")));
    }

    @Test
    void givenNameAndAFamilyNameOfSeveralWordsAreOneFullName() {
        // a Spanish export's nombre | apellidos, an Italian nome | cognome with a particle, a Dutch full family name
        assertEquals(List.of("Begoña Martín Pérez"), SubjectResolver.rowNames(List.of("Begoña", "Martín Pérez")));
        assertEquals(List.of("Chiara De Luca"), SubjectResolver.rowNames(List.of("Chiara", "De Luca")));
        assertEquals(List.of("Sanne van der Berg"), SubjectResolver.rowNames(List.of("Sanne", "van der Berg")));
        // two full names, a particle alone, a lower-case phrase, four words: apart
        assertEquals(List.of("Jane Doe", "John Smith"), SubjectResolver.rowNames(List.of("Jane Doe", "John Smith")));
        assertEquals(List.of("Sanne", "van der"), SubjectResolver.rowNames(List.of("Sanne", "van der")));
        assertEquals(List.of("Anna", "see notes"), SubjectResolver.rowNames(List.of("Anna", "see notes")));
        assertEquals(List.of("Anna", "Maria Luisa de la Cruz"), SubjectResolver.rowNames(List.of("Anna", "Maria Luisa de la Cruz")));
    }

    private static DocFinding cell(int row, String col, int offset, String type, String value) {
        return new DocFinding("dtb_customer", new org.leakscope.classifiers.model.Finding(
                org.leakscope.classifiers.model.Category.PII, type, value, "*", 0.9, "row=" + row + ";col=" + col, "t",
                "#" + row, offset));
    }
}
