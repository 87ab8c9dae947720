package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

/**
 * Names the words around them make people's (round 8, gen_ja_ner_r8.py): a role before の, an officer's title heading
 * a name line, a list after 出席者, a given name called in quoted speech, a foreign name from a known proper noun to a family name, brand houses named after founders,
 * 校長 after a one-kanji family name, kanji variants (髙, 﨑); and the same words without a name.
 */
class JapaneseNameContextsTest {

    private static final JapaneseNamePosDetector D = new JapaneseNamePosDetector();

    private static List<String> expected(String cell) {
        return cell == null ? List.of() : Arrays.asList(cell.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "先発の近藤は7回を無失点に抑えた。|近藤",
        "4番の松岡が決勝打を放った。|松岡",
        "主演の新井ひかりが記者発表に臨んだ。|新井ひかり",
        "ヒロイン役の泉さゆりが、撮影を振り返った。|泉さゆり",
        // the role without a name, a number before no batting order, a place after the role
        "先発投手は6回を無失点に抑えた。|",
        "主演俳優が舞台あいさつに立った。|",
        "交番の前田は|",
        "主演の映画が公開された。|",
    })
    void roleBeforeTheName(String text, String names) {
        assertEquals(expected(names), TestTexts.values(D, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "代表取締役社長 岩崎ひかり|岩崎ひかり",
        "代表取締役社長\u3000佐々木裕太|佐々木裕太",
        "代表取締役社長の交代は来年になる見通しだ。|",
        "社長 室長会議|",
        "出席者：松岡部長、水野課長、松岡久美子|松岡;水野;松岡久美子",
        "出席者：櫻井、工藤、今井（敬称略）|櫻井;工藤;今井",
        // one item that is no name takes nothing
        "出席者：各部部長（計5名）|",
        "出席者：東京、大阪|",
        "出席者：松岡、営業部|",
        "撮影：藤井ひかり|藤井ひかり",
        // a credit takes full names only: a family name may be a place
        "撮影：千葉県|",
    })
    void titleLinesAndAttendees(String text, String names) {
        assertEquals(expected(names), TestTexts.values(D, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "「龍之介、早く来て」と母が呼んだ。|龍之介",
        "「ありがとう、亮」|亮",
        "母親は「彩花が無事でよかった」と涙ぐんだ。|彩花",
        "「早く来て」と母が呼んだ。|",
        "「ありがとう」|",
        // a word that is also a noun is not called out (光, 誠)
        "「光、差し込んで」|",
    })
    void givenNameCalledInQuotes(String text, String names) {
        assertEquals(expected(names), TestTexts.values(D, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "マリア・ガルシアによれば、交渉は最終段階にあるという。|マリア・ガルシア",
        "デビッド・ウィリアムズによれば、交渉は最終段階にあるという。|デビッド・ウィリアムズ",
        "パルム・ドールを受賞した。|",
        "リオネル・メッシ元大統領の回顧録が出版された。|リオネル・メッシ",
        "限定版のルイ・ヴィトンが品薄になっている。|",
        "クリスチャン・ディオールの新作が発表された。|",
        "谷校長は始業式で「挑戦を恐れないで」と呼びかけた。|谷",
        "校長先生のお話のあと、校歌を斉唱した。|",
        "東京大学の原弁護士は28日、記者会見を開いた。|原",
        "チームの前監督は退団した。|",
        "東京支社の本部長が交代した。|",
        "同社の新社長に就任した。|",
        // variants the dictionary lacks are read as their common forms, and reported as written
        "総務部長に髙橋ゆかり氏（50）が就任する。|髙橋ゆかり",
        "人事課長に山﨑真由美氏（47）が就任する。|山﨑真由美",
    })
    void foreignNamesTitlesAndVariants(String text, String names) {
        assertEquals(expected(names), TestTexts.values(D, text));
    }
}
