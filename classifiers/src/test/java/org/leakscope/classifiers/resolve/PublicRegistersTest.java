package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;

/**
 * A town's or a county's registers (a voter file, a tax roll, a DMV extract, a jail roster, a 住基 export and a 水道
 * list: probe set 27) give residents by name and home, seldom with a phone or an e-mail: one name at one street is one
 * person, a middle name written in one register and not in another aside.
 */
class PublicRegistersTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    @Test
    void oneNameAtOneStreetInTwoRegistersIsOnePerson() {
        // a voter file's LAST | FIRST | MIDDLE with a birth date, a tax roll's "LAST FIRST MI" with the mailing address
        List<Subject> s = r.resolve(List.of(row("voters", 2, "PERSON_NAME", "CASTELLANOS"), row("voters", 2, "PERSON_NAME", "IMANI"),
                row("voters", 2, "PERSON_NAME", "JAMES"), row("voters", 2, "DATE_OF_BIRTH", "1970-09-24"),
                row("voters", 2, "POSTAL_ADDRESS", "143 ORCHARD HEIGHTS RD NW"),
                row("roll", 3, "PERSON_NAME", "CASTELLANOS IMANI J"),
                row("roll", 3, "POSTAL_ADDRESS", "143 ORCHARD HEIGHTS RD NW, SALEM, OR, 97305")));
        assertEquals(1, s.size(), s.toString());
        // ... and a 住基 export's address with its prefecture and 方書 is the 水道 list's within the city
        s = r.resolve(List.of(row("juki", 2, "PERSON_NAME", "林 陽子"), row("juki", 2, "DATE_OF_BIRTH", "19891222"),
                row("juki", 2, "POSTAL_ADDRESS", "兵庫県尼崎市七松町5丁目17番15号 グランドール七松 502号室"),
                row("suido", 4, "PERSON_NAME", "林 陽子"), row("suido", 4, "POSTAL_ADDRESS", "尼崎市七松町5丁目17番15号"),
                row("suido", 4, "BANK_ACCOUNT", "4471920")));
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void oneNameAtTwoStreetsOrTwoGenerationsAtOneAreTwo() {
        // (each with a phone of her own: name-only mentions of one name are one person by rule 4 whatever their homes)
        List<Subject> s = r.resolve(List.of(row("voters", 2, "PERSON_NAME", "Priya Castellanos"),
                row("voters", 2, "DATE_OF_BIRTH", "1968-04-27"), row("voters", 2, "POSTAL_ADDRESS", "7374 Commercial St SE"),
                row("voters", 2, "PHONE_NUMBER", "+15033509816"),
                row("roll", 3, "PERSON_NAME", "Priya Castellanos"), row("roll", 3, "DATE_OF_BIRTH", "1991-02-03"),
                row("roll", 3, "POSTAL_ADDRESS", "88 River Rd S, Salem, OR 97302"), row("roll", 3, "PHONE_NUMBER", "+19712482265")));
        assertEquals(2, s.size(), s.toString());
        s = r.resolve(List.of(row("roll", 2, "PERSON_NAME", "John Hale Sr."), row("roll", 2, "DATE_OF_BIRTH", "1950-01-02"),
                row("roll", 2, "POSTAL_ADDRESS", "12 Elm St, Salem, OR 97301"), row("roll", 2, "PHONE_NUMBER", "+15037791937"),
                row("voters", 3, "PERSON_NAME", "John Hale Jr."), row("voters", 3, "DATE_OF_BIRTH", "1980-05-06"),
                row("voters", 3, "POSTAL_ADDRESS", "12 Elm St"), row("voters", 3, "PHONE_NUMBER", "+19717198193")));
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void oneNameAtOneStreetWithTwoMailboxesIsTwoPeople() {
        // a customer roster's rows of one common name at one building, each with a mailbox and a phone of its own
        List<Subject> s = r.resolve(List.of(row("roster", 2, "PERSON_NAME", "山田 太郎"), row("roster", 2, "EMAIL_ADDRESS", "taro1@example.co.jp"),
                row("roster", 2, "PHONE_NUMBER", "+819012340001"), row("roster", 2, "POSTAL_ADDRESS", "東京都千代田区丸の内1-1"),
                row("roster", 3, "PERSON_NAME", "山田 太郎"), row("roster", 3, "EMAIL_ADDRESS", "taro2@example.co.jp"),
                row("roster", 3, "PHONE_NUMBER", "+819012340002"), row("roster", 3, "POSTAL_ADDRESS", "東京都千代田区丸の内1-1")));
        assertEquals(2, s.size(), s.toString());
        // a landline on one register and a mobile and a mailbox on another are one resident's
        s = r.resolve(List.of(row("library", 2, "PERSON_NAME", "岡田 彩"), row("library", 2, "EMAIL_ADDRESS", "a.okada@example.jp"),
                row("library", 2, "PHONE_NUMBER", "+817095378272"), row("library", 2, "POSTAL_ADDRESS", "兵庫県尼崎市潮江3丁目12番4号"),
                row("suido", 5, "PERSON_NAME", "岡田 彩"), row("suido", 5, "PHONE_NUMBER", "+81664129949"),
                row("suido", 5, "POSTAL_ADDRESS", "兵庫県尼崎市潮江3丁目12番4号"), row("suido", 5, "BANK_ACCOUNT", "4471920")));
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void aNameOnlyRowWithAMiddleInitialFindsThePersonWithContactData() {
        // a tax roll's "RASMUSSEN DESMOND A" and a records request log's "Desmond Rasmussen" with his e-mail
        List<Subject> s = r.resolve(List.of(row("roll", 2, "PERSON_NAME", "RASMUSSEN DESMOND A"),
                row("roll", 2, "POSTAL_ADDRESS", "1302 COMMERCIAL ST SE APT 20"),
                row("log", 5, "PERSON_NAME", "Desmond Rasmussen"), row("log", 5, "EMAIL_ADDRESS", "desmond.rasmussen@example.com")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(PersonNames.romanKey("Desmond Rasmussen"), PersonNames.romanKey("RASMUSSEN DESMOND A"));
        assertNull(PersonNames.romanKey("A B Smith"), "two initials: no two-part name");
        assertNull(PersonNames.romanKey("Imani James Castellanos"), "a middle name is no initial");
    }

    @Test
    void nameKeysWithAndWithoutTheMiddleName() {
        assertEquals(List.of("ann priya pruitt", "priya pruitt"), MergeKeys.nameKeys(List.of("PRUITT", "PRIYA", "ANN")));
        assertEquals(List.of("ann kristen quintero", "kristen quintero"), MergeKeys.nameKeys(List.of("QUINTERO, KRISTEN ANN")));
        assertEquals(List.of("priya pruitt"), MergeKeys.nameKeys(List.of("PRUITT", "PRIYA", "A")), "an initial is out already");
        assertEquals(List.of("山田太郎"), MergeKeys.nameKeys(List.of("山田 太郎")));
    }

    @Test
    void streetKeys() {
        assertEquals("2914 state st apt 22", MergeKeys.streetKey("2914 STATE ST APT 22, SALEM, OR 97301"));
        assertEquals("2914 state st apt 22", MergeKeys.streetKey("2914 State St  Apt 22"));
        assertEquals("尼崎市七松町5丁目17番15号", MergeKeys.streetKey("〒660-0052 兵庫県尼崎市七松町5丁目17番15号 グランドール七松 502号室"));
        assertNull(MergeKeys.streetKey("Salem"), "no building number");
        assertNull(MergeKeys.streetKey("Apt 4"), "too short");
    }

    @Test
    void oneNameUpToAMiddleName() {
        assertTrue(SubjectResolver.oneName(List.of("CASTELLANOS IMANI JAMES", "CASTELLANOS IMANI J")));
        assertTrue(SubjectResolver.oneName(List.of("KOWALCZYK, IMANI ANN", "KOWALCZYK IMANI A")));
        assertFalse(SubjectResolver.oneName(List.of("Ann Lee", "Bo Lee")));
        assertFalse(SubjectResolver.oneName(List.of("Imani Castellanos", "Priya Castellanos")));
        assertFalse(SubjectResolver.oneName(List.of("山田 太郎", "山田 花子")));
    }
}
