package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

/**
 * Names as encyclopaedia leads and news items write them (issue #4, Japanese named-entity prose): a name before a
 * bracket (a reading, a birth date, an affiliation), family names listed before a count of people, a family name the
 * dictionary tags as a place before a person's title, a given name alone before an honorific, a foreign name whose
 * katakana the dictionary does not know; and the look-alikes that stay no name.
 */
class JapaneseNewsNamesTest {

    private static final JapaneseNamePosDetector D = new JapaneseNamePosDetector();

    private static List<String> values(String text) {
        return TestTexts.values(D, text);
    }

    private static List<String> expected(String cell) {
        return cell == null ? List.of() : Arrays.asList(cell.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a bracket after the name: a birth date, an affiliation
        "三浦花子（2000年2月19日 - ）は、日本の小説家。|三浦花子",
        "阿部博之（武田薬品工業）が講演を行った。|阿部博之",
        // a spaced reading makes the name before it a person's; the reading is a name as well
        "鈴木一朗（すずき いちろう）は、愛知県出身の元プロ野球選手である。|鈴木一朗;すずき いちろう",
        "安藤翔太（あんどう しょうた）は、福岡県出身の実業家である。|安藤翔太",
        // an unspaced reading is any word's: a name only in a sentence about people
        "太田智子（おおたともこ）は、愛知県出身の研究者である。|太田智子",
        "渡辺さくら（わたなべさくら）は、静岡県出身のアナウンサーである。|渡辺さくら",
        "酒井誠（さかいまこと）は、福岡県出身の声優である。|酒井誠",
        "藤原京（ふじわらきょう）は、飛鳥時代の都である。|",
        "山田錦（やまだにしき）は、酒米の品種である。|",
        "中村区（なかむらく）は、名古屋市の区の一つである。|",
        "本田技研工業（ほんだぎけんこうぎょう）は、日本の企業である。|",
        // a given name the dictionary knows only as a name stands whatever hiragana follows
        "この寺は夏目漱石ゆかりの地として知られる。|夏目漱石",
        "この寺は織田信長ゆかりの地として知られる。|織田信長",
        "山田錦ゆかりの酒蔵を訪ねた。|",
        "株価の上昇ぶりが目立つ。|",
        // ほか, など, ら close a list of people
        "出演は山本慎吾、大野誠、長谷川誠ほか。|山本慎吾;大野誠;長谷川誠",
    })
    void nameBeforeABracketOrAListEnd(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    /** Someone addressed by the given name and an honorific at a quote's or line's start; kin, crowds and trades are not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "「学さん、待ってください」|学",
        "「ゆかりさん、待ってください」|ゆかり",
        "「さゆりちゃん！」と呼ばれた。|さゆり",
        "陽子さん、資料ありがとうございます。|陽子",
        "「部長さん、待ってください」|",
        "「大工さん、ありがとう」|",
        "「おばあちゃん、ありがとう」|",
        "「みなさん、こんにちは」|",
        "「お客さん、困ります」|",
        "「兄さん、待って」|",
        "「学校、早く行って」と母が言った。|",
        "「明日、また来て」|",
    })
    void addressedByTheGivenName(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    /** A governor's title after a family name; after a prefecture's name it is the prefecture's governor. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "中山知事は5日の会見で、「全力で取り組む」と述べた。|中山",
        "小池都知事が視察した。|小池",
        "吉村府知事は記者団に語った。|吉村",
        "田中副知事が出席した。|田中",
        "東京都知事は5日の会見で述べた。|",
        "千葉県知事が出席した。|",
        "千葉知事が出席した。|",
        "北海道知事は会見で述べた。|",
        "中村市長は会見で述べた。|",
    })
    void governors(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "柴田、酒井、和田の3人は、同じ研究室の出身である。|柴田;酒井;和田",
        "金子と安藤の2人が選ばれた。|金子;安藤",
        "山田・川口両氏が出席した。|山田;川口",
        // places, colours, cities and prefectures counted: no family names
        "東京、大阪、名古屋の3都市で開催する。|",
        "赤、青、黄の3色が使われた。|",
        "北海道、青森、岩手の3県が対象となる。|",
        "上田、松本、長野の3市が連携する。|",
        "佐藤町と吉田町の2町が合併した。|",
        // one name is no list
        "柴田の3人目の子が生まれた。|",
    })
    void familyNamesBeforeACountOfPeople(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "試合後、千葉議員は「全員でつかんだ勝利だ」と語った。|千葉",
        "福島弁護士によると、示談が成立した。|福島",
        "阪神タイガースの太田会長は21日、会見を開いた。|太田",
        "日立社長が会見した。|",
        // titles that follow a place or a team
        "広島監督は試合後に語った。|",
        "千葉代表が優勝した。|",
        "福島県知事が会見した。|",
        "長野市長が会見した。|",
    })
    void placeTaggedFamilyNameBeforeAPersonsTitle(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "同級生の陽菜ちゃんと一緒に登校したという。|陽菜",
        "山崎浩二さんの長女、一朗さん（12）も式に参列した。|山崎浩二;一朗",
        // after kin and の, a given name that is a word as well (誠 sincerity, 正義 justice)
        "妻の誠さんは「まだ信じられない」と話した。|誠",
        "夫の正義さんは取材に応じた。|正義",
        "妻の実家さんに挨拶した。|",
        "社会の正義さんが|",
        // occupations, kin and pronouns before an honorific
        "大工さんに頼んだ。|",
        "皆さん、こんにちは。|",
        "息子さんは元気ですか。|",
        "お姉ちゃんと遊んだ。|",
        // the honorific must end the word
        "新番組、日本ちゃんねるの配信。|",
    })
    void givenNameAloneBeforeAnHonorific(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // マクロン is unknown to the dictionary, whose unknown-word rules tag it 組織: no evidence of a firm
        "エマニュエル・マクロンさんが来日し、東京都内で講演した。|エマニュエル・マクロン",
        "ウォルト・ディズニー・カンパニーが発表した。|",
    })
    void foreignNameWithAnUnknownPart(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a family name the dictionary does not know, before a spaced reading
        "百目鬼義男（どうめき よしお）は、日本の陶芸家。|百目鬼義男",
        "四十物悠斗（あいもの ゆうと）は、日本の陶芸家。|四十物悠斗",
        // a spaced name: one finding, the whole name
        "百目鬼　義男（どうめき よしお）は、日本の陶芸家。|百目鬼 義男",
        // places, bodies and terms read with a blank
        "東京駅（とうきょう えき）は、東京都千代田区にある駅である。|",
        "日本放送協会（にっぽん ほうそう きょうかい）は、公共放送。|",
        "自由民主党（じゆう みんしゅとう）は、政党。|",
        "上昇率（じょうしょう りつ）|",
    })
    void unknownNameBeforeASpacedReading(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // 康 + 介 is 名 + サ変接続 to the dictionary
        "小林製薬に入社した安藤康介は、のちに独立した。|安藤康介",
        "学生の安藤は|",
    })
    void givenNameEndingTaggedAsAVerbalNoun(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    @Test
    void readingShapes() {
        assertTrue(JapaneseNamePosDetector.readingAfter("鈴木一朗（すずき いちろう）は", 4));
        assertTrue(JapaneseNamePosDetector.readingAfter("鈴木一朗（スズキ　イチロウ、1973年 - ）", 4));
        assertFalse(JapaneseNamePosDetector.readingAfter("太田智子（おおたともこ）", 4));
        assertTrue(JapaneseNamePosDetector.readingAfter("太田智子（おおたともこ）", 4, false));
        assertFalse(JapaneseNamePosDetector.readingAfter("三浦花子（2000年 - ）", 4, false));
        assertFalse(JapaneseNamePosDetector.readingAfter("三浦花子（2000年 - ）", 4));
        assertFalse(JapaneseNamePosDetector.readingAfter("三浦花子は", 4));
    }

    @Test
    void ranksAndLocalOfficesAtAPosition() {
        assertEquals(2, JapaneseNamePosDetector.rankAt("鎌田九段が", 2, null));
        assertEquals(4, JapaneseNamePosDetector.rankAt("篠原女流名人", 2, null));
        assertEquals(0, JapaneseNamePosDetector.rankAt("九段下で", 0, null), "a place: kanji after the rank");
        assertEquals(0, JapaneseNamePosDetector.rankAt("鎌田九段", 1, null));
        assertEquals(0, JapaneseNamePosDetector.rankAt("鎌田九段", 4, null), "at the end");
        assertEquals(0, JapaneseNamePosDetector.rankAt("鎌田九段", -1, null));
        assertEquals(2, JapaneseNamePosDetector.localOfficeAt("岩本市長は", 2, null));
        assertEquals(0, JapaneseNamePosDetector.localOfficeAt("松本市議会で", 2, null), "the body, not the office");
        assertEquals(0, JapaneseNamePosDetector.localOfficeAt("岩本市長", 3, null));
        assertEquals(0, JapaneseNamePosDetector.localOfficeAt("岩本市長", 4, null));
    }

    @Test
    void peopleCountPreCheck() {
        assertTrue(JapaneseNamePosDetector.hasPeopleCount("柴田、酒井、和田の3人"));
        assertTrue(JapaneseNamePosDetector.hasPeopleCount("山田・川口両氏"));
        assertFalse(JapaneseNamePosDetector.hasPeopleCount("人名と氏名"));
    }
}
