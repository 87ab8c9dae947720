package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void aNameTheListsDoNotKnowIsAPersonBesideWhatOnlyAPersonHas() {
        // long-tail names (no given-name list knows Rowan, Ottilie or Lieke) beside a birth date, a home, health
        assertEquals(1, r.resolve(List.of(row("T", 1, "PERSON_NAME", "Rowan Llewellyn"),
                row("T", 1, "DATE_OF_BIRTH", "Sep 28, 1957"))).size());
        assertEquals(1, r.resolve(List.of(row("T", 1, "PERSON_NAME", "Rowan Rutherford"),
                row("T", 1, "POSTAL_ADDRESS", "123 George Street, Bath, BA1 2EH"))).size());
        assertEquals(1, r.resolve(List.of(row("T", 1, "PERSON_NAME", "Ottilie Möller"),
                row("T", 1, "HEALTH_INFO", "Depression"))).size());
        assertEquals(1, r.resolve(List.of(row("T", 1, "PERSON_NAME", "Alistair Jarrett"),
                row("T", 1, "CREDENTIAL", "5HgU#9#F$"))).size());
        // but not alone, and not when the record names two people
        assertTrue(r.resolve(List.of(row("T", 1, "PERSON_NAME", "Rowan Llewellyn"))).isEmpty());
        assertTrue(r.resolve(List.of(row("T", 1, "PERSON_NAME", "Rowan Llewellyn"), row("T", 1, "PERSON_NAME", "Helen Marsh"),
                row("T", 1, "DATE_OF_BIRTH", "Sep 28, 1957"))).isEmpty());
    }

    @Test
    void aKanjiNamesOwnReadingFindsTheBadgeInKana() {
        // a health sheet: kanji + フリガナ, no contact; a badge list: the kana reading and an e-mail only
        List<Subject> s = r.resolve(List.of(
                row("health", 5, "PERSON_NAME", "石川 里奈"), row("health", 5, "PERSON_NAME", "イシカワ リナ"),
                row("health", 5, "HEALTH_INFO", "要治療"),
                row("badges", 3, "PERSON_NAME", "イシカワ リナ"), row("badges", 3, "EMAIL_ADDRESS", "r.ishikawa@example.jp")));
        assertEquals(1, s.size(), s.toString());
        assertEquals("石川 里奈", s.get(0).name());
        assertEquals(Set.of("EMAIL_ADDRESS", "HEALTH_INFO", "PERSON_NAME"), s.get(0).dataElements());
    }

    @Test
    void aKanjiNamesOwnReadingFindsTheBadgeInRomaji() {
        List<Subject> s = r.resolve(List.of(
                row("health", 5, "PERSON_NAME", "池田 陽子"), row("health", 5, "PERSON_NAME", "いけだ ようこ"),
                row("health", 5, "HEALTH_INFO", "要精密検査"),
                row("badges", 2, "PERSON_NAME", "Yoko IKEDA"), row("badges", 2, "EMAIL_ADDRESS", "y.ikeda@example.jp")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("badges", "health"), s.get(0).docIds());
    }

    @Test
    void aReadingNeverJoinsTwoKanjiNamesOrConflictingIdentifiers() {
        // 池田 陽子 and 池田 洋子 share the reading イケダ ヨウコ: two people
        List<Subject> s = r.resolve(List.of(
                row("health", 5, "PERSON_NAME", "池田 陽子"), row("health", 5, "PERSON_NAME", "イケダ ヨウコ"),
                row("health", 5, "HEALTH_INFO", "要精密検査"),
                row("roster", 2, "PERSON_NAME", "池田 洋子"), row("roster", 2, "PERSON_NAME", "イケダ ヨウコ"),
                row("roster", 2, "EMAIL_ADDRESS", "y.ikeda@example.jp")));
        assertEquals(2, s.size(), s.toString());
        // a My Number on each side that differ: two people, whatever the reading says
        s = r.resolve(List.of(
                row("tax", 5, "PERSON_NAME", "池田 陽子"), row("tax", 5, "PERSON_NAME", "イケダ ヨウコ"),
                row("tax", 5, "JP_MY_NUMBER", "123456789018"),
                row("badges", 2, "PERSON_NAME", "イケダ ヨウコ"), row("badges", 2, "EMAIL_ADDRESS", "y.ikeda@example.jp"),
                row("badges", 2, "JP_MY_NUMBER", "987654321098")));
        assertEquals(2, s.size(), s.toString());
        // two badges of one reading: ambiguous, no link
        s = r.resolve(List.of(
                row("health", 5, "PERSON_NAME", "池田 陽子"), row("health", 5, "PERSON_NAME", "イケダ ヨウコ"),
                row("health", 5, "HEALTH_INFO", "要精密検査"),
                row("badges", 2, "PERSON_NAME", "イケダ ヨウコ"), row("badges", 2, "EMAIL_ADDRESS", "y.ikeda@example.jp"),
                row("badges", 3, "PERSON_NAME", "Yoko Ikeda"), row("badges", 3, "EMAIL_ADDRESS", "yoko.i@example.jp")));
        assertEquals(3, s.size(), "no link; the kanji name stays a person of its own: " + s);
        assertEquals(Set.of("HEALTH_INFO", "PERSON_NAME"), s.stream().filter(x -> "池田 陽子".equals(x.name()))
                .findFirst().orElseThrow().dataElements());
    }

    @Test
    void surnameAndForenameColumnsFindTheNameWrittenTheOtherWayRound() {
        // an RTI extract: SURNAME | FORENAME | NINO | DOB; an access request: "Isla Fenwick" and a phone
        List<Subject> s = r.resolve(List.of(
                row("fps", 5, "PERSON_NAME", "FENWICK"), row("fps", 5, "PERSON_NAME", "ISLA"),
                row("fps", 5, "UK_NINO", "XA525621B"), row("fps", 5, "DATE_OF_BIRTH", "18/06/1992"),
                row("site", 2, "PERSON_NAME", "Isla Fenwick"), row("site", 2, "PHONE_NUMBER", "+447520322146")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("DATE_OF_BIRTH", "PERSON_NAME", "PHONE_NUMBER", "UK_NINO"), s.get(0).dataElements());
        // a NINO on each side that differ: no link
        s = r.resolve(List.of(
                row("fps", 5, "PERSON_NAME", "FENWICK"), row("fps", 5, "PERSON_NAME", "ISLA"),
                row("fps", 5, "UK_NINO", "XA525621B"),
                row("site", 2, "PERSON_NAME", "Isla Fenwick"), row("site", 2, "PHONE_NUMBER", "+447520322146"),
                row("site", 2, "UK_NINO", "YC931890C")));
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void aNameOnlyPersonIsOneTheListsOrTheDictionaryOrAForeignNamesShapeKnow() {
        KnownNames k = KnownNames.fromConfig(ClassifierConfig.load(null));
        assertTrue(k.likelyPerson("石川 優子"), "a family name of the lists");
        assertTrue(k.likelyPerson("小松彩"), "a dictionary family name, then a dictionary given name");
        assertTrue(k.likelyPerson("ヒラリー・クリントン"), "a foreign name's parts joined by a middle dot");
        assertTrue(k.likelyPerson("ウィレム＝アレクサンダー"), "... or an equals sign");
        assertTrue(k.likelyPerson("ヨハン・ゼバスティアン・バッハ"));
        assertFalse(k.likelyPerson("ヤマダ タロウ"), "a reading, written with a blank");
        assertFalse(k.likelyPerson("ヴィクトリア"), "one katakana word");
        assertFalse(k.likelyPerson("エド・シ"), "a part of one character is no name's");
        assertFalse(k.likelyPerson("田中"), "a family name alone");
        assertFalse(k.likelyPerson("長谷川"), "a family name of three kanji alone");
        assertFalse(k.likelyPerson("千恵子"), "a given name alone");
        assertTrue(k.likelyPerson("隈研吾"), "three kanji or more that are no one name part: a name the detectors took in context");
    }

    @Test
    void aForeignNameInKatakanaWithoutContactDataIsAPersonItsReadingIsNot() {
        List<Subject> s = r.resolve(List.of(row("news", 1, "PERSON_NAME", "マザー・テレサ"),
                row("badge", 2, "PERSON_NAME", "スズキ イチロウ")));
        assertEquals(1, s.size(), s.toString());
        assertEquals("マザー・テレサ", s.get(0).name());
    }
}
