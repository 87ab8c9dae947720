package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leakscope.classifiers.resolve.Rows.row;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/** People known only by name, and names written in another script (readings, romanisation). */
class NameOnlyPeopleTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    @Test
    void romanKeysFoldScriptOrderAndLongVowels() {
        assertEquals("nakajima naomi", PersonNames.romanKey("ナカジマ ナオミ"));
        assertEquals("nakajima naomi", PersonNames.romanKey("なかじま なおみ"));
        assertEquals("nakajima naomi", PersonNames.romanKey("Naomi Nakajima"));
        assertEquals("nakajima naomi", PersonNames.romanKey("NAKAJIMA Naomi"));
        assertEquals("nakajima naomi", PersonNames.romanKey("ＮＡＫＡＪＩＭＡ　Ｎａｏｍｉ"));
        assertEquals(PersonNames.romanKey("オオノ オサム"), PersonNames.romanKey("Osamu Ono"));
        assertEquals(PersonNames.romanKey("オオノ オサム"), PersonNames.romanKey("Osamu Ohno"));
        assertEquals(PersonNames.romanKey("エンドウ タカシ"), PersonNames.romanKey("Takashi Endo"));
        assertEquals(PersonNames.romanKey("サイトウ ジュンイチ"), PersonNames.romanKey("Jun'ichi Saitō"));
        assertNull(PersonNames.romanKey("中島 直美"), "kanji have no single reading");
        assertNull(PersonNames.romanKey("Mary Ann Smith"), "only two-part names");
        assertNull(PersonNames.romanKey("ナカジマナオミ"), "a reading without the space cannot be split");
    }

    @Test
    void aLatinSpellingLinksToThePersonWhoseReadingItIs() {
        List<Subject> s = r.resolve(List.of(
                row("roster", 2, "PERSON_NAME", "中島 直美"), row("roster", 2, "PERSON_NAME", "ナカジマ ナオミ"),
                row("roster", 2, "EMAIL_ADDRESS", "n.nakajima@example.jp"),
                row("badges", 5, "PERSON_NAME", "Naomi Nakajima"), row("badges", 5, "BIOMETRIC", "Rk1SACAyMAAA")));
        assertEquals(1, s.size(), s.toString());
        assertTrue(Set.of("中島 直美", "Naomi Nakajima").contains(s.get(0).name()), s.get(0).name());
        assertEquals(Set.of("badges", "roster"), s.get(0).docIds());
        assertTrue(s.get(0).sensitive(), "biometric data");
    }

    @Test
    void aNameOnlyRecordOfAnAmbiguousNameIsNoExtraPerson() {
        List<Subject> s = r.resolve(List.of(
                row("A", 2, "PERSON_NAME", "Andrew Chen"), row("A", 2, "EMAIL_ADDRESS", "a.chen@example.com"),
                row("B", 2, "PERSON_NAME", "Andrew Chen"), row("B", 2, "EMAIL_ADDRESS", "andrew.chen@example.org"),
                row("C", 9, "PERSON_NAME", "Andrew Chen"), row("C", 9, "BIOMETRIC", "Rk1SACAyMAAA")));
        assertEquals(2, s.size(), "one of the two, not a third: " + s);
    }

    @Test
    void aRecordNamingSeveralPeopleWithoutContactIsNobody() {
        List<Subject> s = r.resolve(List.of(row("M", 3, "PERSON_NAME", "Noah Smith"),
                row("M", 3, "PERSON_NAME", "Maria Carter"), row("M", 3, "PERSON_NAME", "Ava Jones")));
        assertTrue(s.isEmpty(), "an attendee list binds no name to the others' data: " + s);
    }

    @Test
    void aHeadingOrLabelTakenForANameIsNobody() {
        assertTrue(r.resolve(List.of(row("F", 4, "PERSON_NAME", "Start Date"))).isEmpty());
        assertTrue(r.resolve(List.of(row("F", 4, "PERSON_NAME", "Derived From"))).isEmpty());
        assertTrue(r.resolve(List.of(row("F", 4, "PERSON_NAME", "やまだ しょうた"))).isEmpty(), "a reading alone");
        assertEquals(1, r.resolve(List.of(row("F", 4, "PERSON_NAME", "山田 翔太"))).size());
        assertEquals(1, r.resolve(List.of(row("F", 4, "PERSON_NAME", "Noah Smith"))).size());
    }
}
