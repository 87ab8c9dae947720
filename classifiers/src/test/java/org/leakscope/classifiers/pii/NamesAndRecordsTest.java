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

/** Names (Kuromoji POS, Latin layout rules, organisation guard) and form tables typed by their label cell. */
class NamesAndRecordsTest {

    private static final ClassifierConfig CONFIG = ClassifierConfig.load(null);
    private static final JapaneseNamePosDetector POS = new JapaneseNamePosDetector();
    private static final LatinNameDetector LATIN = LatinNameDetector.fromConfig(CONFIG);

    private static List<String> split(String expected) {
        return expected == null ? List.of() : List.of(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "被保険者氏名 中島　直美|中島 直美",               // label + full-width space
        "担当：佐々木 健一|佐々木 健一",
        "松田　聡 様|松田 聡",                           // honorific
        "鈴木一郎さんの電話 090-1234-5678|鈴木一郎",     // no space, but another identifier on the line
        "連絡先：山本和子 yamamoto@example.jp|山本和子",
        "福田 奈々|福田 奈々",                           // customary spaced form alone
        "山田太郎が来た|山田太郎",                       // unspaced name alone in prose, a word of its own: 0.5
        "林健一が来た|",                                 // one-kanji family name: stays low
        "吉田茂首相は条約に署名した|吉田茂",             // a title after the name
        "鈴木宗男議員は語った|鈴木宗男",
        "田中部長に確認してください|田中",               // a family name alone before a title
        "佐々木さんへの連絡|佐々木",
        "中村市長が会見した|",                           // 市長 may follow a place (中村市): not a title here
        "山田電機様からの注文|",                         // 電機 follows the family name
        "山田太郎、1985年4月1日生まれ|山田太郎",
        "山田太郎 09012345678|山田太郎",
        "愛知県名古屋市中村区名駅|",                     // 中村 in a ward name
        "田中角栄記念館|",                               // name inside a longer word
        "ふくだ なな|",                                  // hiragana reading: not tagged
        "株式会社山田太郎商店|"                          // organisation
    })
    void japaneseNamesByPartOfSpeech(String line, String expected) {
        assertEquals(split(expected), TestTexts.values(POS, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"氏名|true", "担当者|true", "備考|false"})
    void unspacedNameCountsUnderANameHeader(String header, boolean reported) {
        // a one-kanji family name: a bare cell scores 0.4, its column decides
        ScanText cells = new ScanText(List.of(TextUnit.cell(null, 2, "A", header, "林健一"),
                TextUnit.cell(null, 2, "B", "部署", "営業"), TextUnit.cell(null, 2, "C", "内線", "1234")));
        List<Finding> f = POS.detect(cells);
        assertEquals(1, f.size(), f.toString());
        assertEquals(reported, f.get(0).confidence() >= TestTexts.THRESHOLD, f.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "From: John Baker <jbaker@example.org>|John Baker",
        "From: \"Baker, John\" <jbaker@example.org>|'Baker, John'",
        "To: Deborah K. Moore <dmoore@example.com>|Deborah K. Moore",
        "Please contact Mr. Thaddeus Worthington today|Thaddeus Worthington",
        "Lucas Lefèvre (lucas.lefevre@example.com)|Lucas Lefèvre",
        "Attendees: Mary García and Jonas Müller|Mary García;Jonas Müller",
        "Kevin Robinson|Kevin Robinson",                       // common given name
        "Taro YAMADA|Taro YAMADA",                             // romanised JP, surname upper case
        "Phone for Adalberto Fairweather: 646-661-8218|Adalberto Fairweather", // long-tail name + identifier
        "Adalberto Fairweather attended|",                      // long-tail name alone: low
        "Payment from Chase Bank|",                            // organisation guard
        "Grant Proposal Review|",                              // word-like given name, no context
        "Summer Schedule|",
        "Kevin Robinson Inc. annual report|",                  // organisation
        "From: IT Support <it@example.com>|"                   // function address
    })
    void latinNames(String line, String expected) {
        assertEquals(split(expected == null ? null : expected.replace("'", "")), TestTexts.values(LATIN, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Best regards,|Maximilian Oberhauser|Maximilian Oberhauser",
        "Sincerely|Ayumi Kobayashi|Ayumi Kobayashi",
        "Thanks,|Project Kestrel Team|",
        "Regards,|Sales Department|"
    })
    void signatureBlocks(String closing, String next, String expected) {
        assertEquals(split(expected), TestTexts.values(LATIN, closing, next));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chase Bank|true", "Acme Corp.|true", "Northwind Holdings|true", "東和航空電子株式会社|true", "三菱UFJ銀行|true",
        "営業部 山田|true", "Jane Doe|false", "阿部 寛|false", "岡部 真一|false", "Bankole Adeyemi|false"
    })
    void organisationGuard(String value, boolean org) {
        assertEquals(org, OrgWords.isOrganisation(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "生年月日|1973年2月6日|DATE_OF_BIRTH",
        "Date of birth|01/09/1987|DATE_OF_BIRTH",
        "氏名|青木 花子|PERSON_NAME",
        "Full name|Ava Wright|PERSON_NAME",
        "現住所|〒542-0076 大阪府大阪市中央区難波3丁目16番7号|POSTAL_ADDRESS",
        "Start date|02/01/2023|",                     // another date label
        "所属|人事部|"
    })
    void formTableCellsAreTypedByTheirLabelCell(String label, String value, String type) {
        ScanText t = new ScanText(List.of(TextUnit.cell("Form", 3, "A", "所属", label),
                TextUnit.cell("Form", 3, "B", "人事部", value)));
        List<String> types = ColumnHeaderDetector.fromConfig(CONFIG).detect(t).stream().map(Finding::type).toList();
        assertEquals(type == null ? List.of() : List.of(type), types);
    }

    @Test
    void rosterRowsWithManyColumnsAreNotForms() {
        ScanText t = new ScanText(List.of(TextUnit.cell(null, 2, "A", "x", "生年月日"),
                TextUnit.cell(null, 2, "B", "y", "1973年2月6日"), TextUnit.cell(null, 2, "C", "z", "a")));
        assertTrue(ColumnHeaderDetector.fromConfig(CONFIG).detect(t).isEmpty());
    }

    @Test
    void aLongTailNameWrittenTwiceInTheItemIsAPersonsName() {
        // Priya is a given name of the long tail (given_names_more): alone in prose it stays below the threshold
        assertEquals(List.of(), TestTexts.values(LATIN, "I completed the I-9 for Priya Abernathy this morning."));
        // the mail's subject and its body name her both: the mail is about that person
        assertEquals(List.of("Priya Abernathy", "Priya Abernathy"), TestTexts.values(LATIN,
                "Subject: I-9 done - Priya Abernathy", "", "I completed the I-9 for Priya Abernathy this morning."));
        // a longer name written twice does not make its first two words a name of their own
        assertEquals(List.of(), TestTexts.values(LATIN, "Contract for Priya Abernathy Fernández", "",
                "the contract of Priya Abernathy Fernández is attached"));
        // ... but a generational suffix leaves it whole: a father and a son of one name
        assertEquals(List.of("Priya Abernathy", "Priya Abernathy"), TestTexts.values(LATIN,
                "Notice to Priya Abernathy Sr. and Priya Abernathy Jr."));
        // a log's time stamps repeat a weekday and a month ("Thu" is a given name of the long tail)
        assertEquals(List.of(), TestTexts.values(LATIN, "Thu Mar  5 10:02:11 2026", "Thu Mar  5 10:02:12 2026"));
        // two different names of the long tail, once each: neither is corroborated
        assertEquals(List.of(), TestTexts.values(LATIN,
                "Subject: I-9 done - Priya Abernathy", "", "I completed the I-9 for Priya Abernethy this morning."));
    }

    @Test
    void aColleagueOnSickLeaveIsAPerson() {
        // Marcus is a given name of the long tail: what the chat says of him makes the pair a person's name
        assertEquals(List.of("Marcus Delgado"), TestTexts.values(LATIN,
                "FYI Marcus Delgado is on sick leave until the 20th, recovering from pneumonia."));
        assertEquals(List.of("Marcus Delgado"), TestTexts.values(LATIN, "Marcus Delgado called in sick today"));
        assertEquals(List.of(), TestTexts.values(LATIN, "FYI Marcus Delgado will join the call at noon."));
    }
}
