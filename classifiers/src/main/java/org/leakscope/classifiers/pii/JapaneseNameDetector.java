package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.CharIndex;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;

/**
 * Japanese full names without a label: a common family name, a space, a short given name. Japanese
 * prose has no spaces between words, so "山下 健一" standing between non-kanji is a strong name signal
 * once the family name is a known one (names.yml).
 */
public final class JapaneseNameDetector extends PatternDetector {

    /** A run of kanji (and the kana that occur inside family names: 一ノ瀬, 八ヶ岳) standing before a space. */
    private static final Pattern SURNAME_CANDIDATE =
            Pattern.compile("(?<![\\p{IsHan}\\p{IsKatakana}])[\\p{IsHan}々ヶヵノ]{1,5}(?= )");
    // (an era name is a date's start, no given name: a licence's "二・小・原　平成15年05月01日"; nor is a lone
    // administrative suffix, where extracted text split a place: "石川 県", "長野 市")
    private static final Pattern GIVEN_NAME_TAIL = Pattern.compile(" (?!(?:明治|大正|昭和|平成|令和)(?:\\d|元))"
            + "(?![都道府県市区町村郡駅](?!\\p{IsHan}))(?:\\p{IsHan}{1,3}(?!\\p{IsHan})"
            + "|\\p{IsKatakana}{2,4}(?!\\p{IsKatakana})|\\p{IsHiragana}{2,3}(?=さん|様|殿|\\s|$|[、。,]))(?!\\p{IsHan})");

    private final Set<String> surnames;

    public JapaneseNameDetector(List<String> surnames) {
        super("jp_person_name", "PERSON_NAME", List.of(),
                ContextWords.of("氏名", "名前", "担当", "作成", "承認", "出席者", "様", "さん", "殿"), ContextWords.NONE);
        this.surnames = Set.copyOf(surnames);
    }

    /**
     * Scans kanji runs and looks each up in the surname set: a regex alternation of hundreds of
     * surnames would be tried at every position of every text, Latin text included.
     */
    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> hits = new ArrayList<>();
        String text = t.text();
        Matcher tail = GIVEN_NAME_TAIL.matcher(text);
        // a candidate ends right before a space, at most 5 chars after its start: only kanji positions within
        // reach before a space are tried (through the item's index), not every kanji of the text
        CharIndex.forEachMatch(text, t.index(), SURNAME_CANDIDATE, new CharIndex.Anchor(' ', 5), run -> {
            if (!surnames.contains(run.group())) {
                return;
            }
            tail.region(run.end(), text.length());
            if (tail.lookingAt()) {
                hits.add(new Hit(run.start(), tail.end(), text.substring(run.start(), tail.end()), 0.6,
                        "jp-surname-space-given"));
            }
        });
        return hits;
    }

    public static JapaneseNameDetector fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("names");
        List<String> names = new ArrayList<>(ClassifierConfig.stringList(pack.yaml().get("jp_surnames"),
                pack.source() + ": key jp_surnames"));
        names.addAll(ClassifierConfig.stringList(pack.yaml().get("jp_surnames_more"), pack.source() + ": key jp_surnames_more"));
        return new JapaneseNameDetector(names);
    }

    @Override
    protected double contextBoost() {
        return 0.15;
    }

    @Override
    protected String mask(String value) {
        return Masks.name(value);
    }
}
