package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.TestTexts;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * The shortcuts the name detectors take for speed: kuromoji only on lines where a name can score above the bare
 * 0.4, Latin rules only on the lines and characters where they can match. Each case is a place where a
 * shortcut could lose a name.
 */
class NameGatingTest {

    private static final ClassifierConfig CONFIG = ClassifierConfig.load(null);
    private static final JapaneseNamePosDetector POS = new JapaneseNamePosDetector();
    private static final LatinNameDetector LATIN = LatinNameDetector.fromConfig(CONFIG);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "山田太郎様より受領しました|山田太郎",                          // honorific after an unspaced name
        "本件は田中一郎殿のご依頼による|田中一郎",                        // 殿
        "From: 山本和子 <kazuko@example.jp>|山本和子",                    // a mail header: identifier on the line
        "受付 佐藤 花子|佐藤 花子",                                      // spaced, no label
        "担当：原 健一|原 健一",                                          // a surname that is also a word (field)
        "森林の面積は東京都の約半分で、上昇傾向にあります|",              // 森, 東, 上 + 昇 in prose: no name
        "お客様からの問い合わせについて、昨日の会議で検討した林健一が回答します|",   // label too far away
        "山田太郎が来た|山田太郎",                                        // bare, but a word of its own
        "林健一が来た|",                                                  // one-kanji family name: bare stays low
        "伊藤課長と小林さんが出席した|伊藤;小林",                          // family names before a title
        "山田様式の書類|",                                                // 様式 is a word, not 様
        "石井 様|石井",                                                   // a blank before the honorific
        "妻は女優の松たか子である|松たか子",                                // one-kanji family name, a sentence about people
        "その後、吉田沙保里はレスリングで三連覇を達成した|吉田沙保里",      // split oddly (吉田 + 沙 + 保里), about people
        "夏目漱石と正岡子規は親交があった|夏目漱石;正岡子規",              // a whole-name dictionary entry
        "山田錦は酒米の品種である|"                                        // the predicate calls it a thing
    })
    void japaneseNamesWhereTheLineIsTokenised(String line, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), TestTexts.values(POS, line));
    }

    @Test
    void aLabelOnThePreviousLineStillCounts() {
        // the label window reaches 20 chars back across the line break: the second line must be tokenised
        assertEquals(List.of("山田太郎"), TestTexts.values(POS, "氏名:", "山田太郎"));
    }

    @Test
    void aBareNameThatCannotStandAsAWordIsNotEvenTokenised() {
        // a one-kanji family name and a kanji after the pair: nothing could score above 0.4, the line is skipped
        assertTrue(POS.detect(ScanText.ofLines("林健一が来た")).isEmpty());
        assertTrue(POS.detect(ScanText.ofLines("大島紬は上昇傾向")).isEmpty());
    }

    @Test
    void aNameLineBesideAnIdentifierIsASignature() {
        assertEquals(List.of("林健一"), TestTexts.values(POS, "営業部", "林健一", "TEL 03-1234-5678"));
        assertEquals(List.of("林健一"), TestTexts.values(POS, "林健一", "k.hayashi@example.co.jp"));
        assertEquals(List.of(), TestTexts.values(POS, "林健一", "", "", "", "k.hayashi@example.co.jp"), "too far");
        assertEquals(List.of(), TestTexts.values(POS, "林健一のメモ書きによれば", "TEL 03-1234-5678"),
                "a line of prose is not a name line");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"氏名|true", "備考|false"})
    void aCellIsTokenisedWhateverItsColumn(String header, boolean reported) {
        List<Finding> f = POS.detect(new ScanText(List.of(TextUnit.cell(null, 2, "A", header, "林健一"))));
        assertEquals(1, f.size(), f.toString());
        assertEquals(reported, f.get(0).confidence() >= TestTexts.THRESHOLD, f.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "To: Linda Wilson <lw@example.jp>, Mark Moore <mm@example.com>|Linda Wilson;Mark Moore", // two on a line
        "Reply-To: \"Moore, Mark K.\" <mm@example.com>|Moore, Mark K.",    // Last, First
        "Meeting with Kevin Ångström at noon|Kevin Ångström",              // accented family name
        "id:Kevin Robinson|Kevin Robinson",                                // ':' may stand before a word
        "user_Kevin Robinson|",                                            // '_' joins the word before
        "ÉKevin Robinson|",                                                // so does a letter
        "²Kevin Robinson|",                                                // and a number
        "Ms. Zoe Lefèvre called|Zoe Lefèvre"                               // title
    })
    void latinNames(String line, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), TestTexts.values(LATIN, line));
    }

    /** A chat turn's speaker after its time, and a letter's addressee above the street line, if a given name starts them. */
    @Test
    void chatSpeakersAndAddresseesByLayout() {
        // Kristen and Shauna are long-tail given names: alone they need a label
        assertEquals(List.of(), TestTexts.values(LATIN, "Kristen Halvorsen asked for a reset"));
        assertEquals(List.of("Kristen Halvorsen", "Dwayne Lundgren"), TestTexts.values(LATIN,
                "[09:02] Kristen Halvorsen: hi, locked out of the VPN again", "09:03 Dwayne Lundgren: ok, reset it"));
        assertEquals(List.of("Shauna Pruitt"), TestTexts.values(LATIN, "March 4, 2024", "Shauna Pruitt", "849 Pioneer Way",
                "Denver, CO 80211"));
        // no given name first: a log source or a firm above a street line is no one
        assertEquals(List.of(), TestTexts.values(LATIN, "[INFO] Build Server: started", "10:22 Daily Standup: notes"));
        assertEquals(List.of(), TestTexts.values(LATIN, "Cascade Avionics", "400 Industrial Pkwy", "Everett, WA 98203"));
        // UK given names the lists lacked (Poppy, Rhys): an addressee above a UK street line
        assertEquals(List.of("Poppy Tierney"), TestTexts.values(LATIN, "Private & Confidential", "Poppy Tierney",
                "12 Castle Street, Cardiff CF10 1BS"));
    }

    @Test
    void signaturesAtLineStartsOnly() {
        assertEquals(List.of("Maximilian Oberhauser"), TestTexts.values(LATIN, "  Kind regards,", "", "  Maximilian Oberhauser"));
        assertEquals(List.of("Maximilian Oberhauser"), TestTexts.values(LATIN, "Thanks!", "Maximilian Oberhauser,"));
        assertEquals(List.of(), TestTexts.values(LATIN, "See the notes. Regards,", "Sales Department"));
    }
}
