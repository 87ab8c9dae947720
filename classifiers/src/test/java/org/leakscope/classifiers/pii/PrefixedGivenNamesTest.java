package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

/**
 * A family name the dictionary does not know before a given name it does (孫 + 正義, 倍賞 + 千恵子), with a title or
 * honorific after it, or as the subject of a sentence about people.
 */
class PrefixedGivenNamesTest {

    private static final JapaneseNamePosDetector D = new JapaneseNamePosDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ソフトバンクの孫正義会長は記者団に語った。|孫正義",
        "孫正義氏が新会社を設立した。|孫正義",
        "倍賞千恵子さんが舞台挨拶に登場した。|倍賞千恵子",
        "女優の倍賞千恵子が主演した。|倍賞千恵子",
        // three kanji of family name before a title, two at most before a subject's particle
        "楽天の三木谷浩史会長が発表した。|三木谷浩史",
        "女優の三木谷千恵子が主演した。|",
        "日本経済新聞社長が語った。|",
        // found by the token rules too: one finding
        "鈴木一郎さんが来た。|鈴木一郎",
        // a subject needs a given name that is nothing but a name (正義 is a noun too) and an の or a start before it
        "作家の社会正義は揺るがない。|",
        "女優が倍賞千恵子が出た。|",
        // no title, no sentence about people
        "倍賞千恵子が来た。|",
        // a longer kanji run before: no family name of 1-2 kanji standing alone
        "同社会長の発言が注目された。|",
        "サッカー日本代表が勝利した。|",
        "孫会社の株式を売却した。|",
    })
    void familyNameBeforeAKnownGivenName(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), TestTexts.values(D, text));
    }
}
