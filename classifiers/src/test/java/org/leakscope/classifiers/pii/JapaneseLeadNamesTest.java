package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

/**
 * Names as Japanese encyclopaedia sentences write them where the dictionary does not know them (issue #4, round 9,
 * {@link JapaneseNameLeads}): a lead's topic called a person by its predicate, a given name the dictionary reads
 * otherwise before a title, katakana and Chinese or Korean names before a head of state's title, sumo wrestlers'
 * 四股名, offices before a name; and the sentences of the same shapes that name no person. Written by hand, not
 * taken from a probe set.
 */
class JapaneseLeadNamesTest {

    private static final JapaneseNamePosDetector D = new JapaneseNamePosDetector();

    private static List<String> expected(String cell) {
        return cell == null ? List.of() : Arrays.asList(cell.split(";"));
    }

    private static List<String> values(String text) {
        return TestTexts.values(D, text).stream().distinct().toList();
    }

    /** 「Xは、…の{occupation}。」: the topic is a person, in whatever script; a common noun or a body is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "みやぞんは、日本のお笑い芸人。|みやぞん",
        "GACKTは、日本の歌手、俳優。|GACKT",
        "ベートーヴェンは、ドイツの作曲家である。|ベートーヴェン",
        "王維は、唐の詩人である。|王維",
        "ダルビッシュ有は、日本のプロ野球選手（投手）。|ダルビッシュ有",
        "フランツ・リスト（1811年 - 1886年）は、ハンガリーのピアニスト、作曲家。|フランツ・リスト",
        "琴奨菊は、福岡県出身の元大相撲力士。|琴奨菊",
        // no person: a common noun, a body, a clause, a thing
        "監督は、元プロ野球選手。|",
        "主演俳優は、新人の俳優。|",
        "受賞者は、国内の研究者。|",
        "日本相撲協会は、大相撲の興行を行う公益財団法人である。|",
        "セリカは、トヨタ自動車が製造していたスポーツカーである。|",
        "乃木坂46は、日本の女性アイドルグループ。|",
        "東京大学の教授は、物理学者。|",
    })
    void leadTopics(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    /** A known family name, a given name the dictionary reads as something else, a title. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "羽田孜首相は、政治改革を掲げた。|羽田孜",
        "大野湊選手が決勝点を挙げた。|大野湊",
        "松本ひなた容疑者（24）を逮捕した。|松本ひなた",
        // a one-kanji family name and a given name of three the dictionary knows only as a name
        "辻裕次郎の『随筆集』が刊行された。|辻裕次郎",
        "市議会の大島議長は、閉会を宣言した。|大島",
        // a firm's name, a particle, an office's prefix before the title
        "松下電器会長は、記者会見で謝罪した。|",
        "本田技研工業社長が来日した。|",
        "同社から社長が派遣された。|",
        "共同代表に就任した。|",
        "同社社長が来日した。|",
        "日本代表の選手が帰国した。|",
    })
    void givenNamesBeforeTitles(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    /** Katakana, Chinese and Korean names before a head of state's or foreign person's title. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "エルドアン大統領は、会見で述べた。|エルドアン",
        "首相はルッテ首相と会談した。|ルッテ",
        "胡耀邦総書記が失脚した。|胡耀邦",
        "盧泰愚大統領が就任した。|盧泰愚",
        // places, firms and common words before the titles
        "ロシア大統領府は声明を出した。|",
        "グループ会長が交代した。|",
        "チーム監督は不在だった。|",
        "ユベントス監督が解任された。|",
        "テスラ社長が交代した。|",
        "韓国大統領の任期は5年である。|",
        "米国大統領選挙が行われた。|",
        "歴代大統領の肖像画が飾られている。|",
        "米仏首相が共同声明を出した。|",
        "中国国家主席の訪日が決まった。|",
        "同党総書記の発言が報じられた。|",
        "豪州首相が来日した。|",
    })
    void titledForeignNames(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    /** Sumo wrestlers' 四股名 after a rank or before 関, and offices before a name; not the ranks' other words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "横綱北勝海が優勝した。|北勝海",
        "大関魁皇は、引退を表明した。|魁皇",
        "旭天鵬関は、初日から白星を重ねた。|旭天鵬",
        "第3代執権北条泰時の時代に、御成敗式目が制定された。|北条泰時",
        "横綱審議委員会は、定例会合を開いた。|",
        "大関昇進の伝達式が行われた。|",
        "横綱相撲で勝利した。|",
        "横綱戦で敗れた。|",
        "関脇以下の力士が対象となる。|",
        "税関は、財務省の地方支分部局である。|",
        "研究機関は全国に30ある。|",
        "玄関に花を飾った。|",
        "新横綱の誕生は4年ぶりとなる。|",
    })
    void shikonaAndOfficesBefore(String text, String names) {
        assertEquals(expected(names), values(text));
    }

    /** A foreign name after an occupation; a brand named after its founder before its goods. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "米国の歌手であるビリー・ジョエルは、来日公演を行った。|ビリー・ジョエル",
        "ジョン・ロブの新商品が発売された。|",
        "ドン・キホーテの店舗が開業した。|",
    })
    void foreignNamesAndBrands(String text, String names) {
        assertEquals(expected(names), values(text));
    }
}
