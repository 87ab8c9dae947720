package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;

/**
 * Japanese full names without a label: a common family name, a space, a short given name. Japanese
 * prose has no spaces between words, so "山下 健一" standing between non-kanji is a strong name signal
 * once the family name is a known one (names.yml).
 */
public final class JapaneseNameDetector extends PatternDetector {

    public JapaneseNameDetector(List<String> surnames) {
        super("jp_person_name", "PERSON_NAME", List.of(rule(surnames)),
                ContextWords.of("氏名", "名前", "担当", "作成", "承認", "出席者", "様", "さん", "殿"), ContextWords.NONE);
    }

    public static JapaneseNameDetector fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("names");
        List<String> names = new ArrayList<>(ClassifierConfig.stringList(pack.yaml().get("jp_surnames"),
                pack.source() + ": key jp_surnames"));
        names.addAll(ClassifierConfig.stringList(pack.yaml().get("jp_surnames_more"), pack.source() + ": key jp_surnames_more"));
        return new JapaneseNameDetector(names);
    }

    private static Rule rule(List<String> surnames) {
        List<String> s = new ArrayList<>(surnames.stream().distinct().toList());
        // longest first so 長谷川 wins over 長谷
        s.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String alt = s.isEmpty() ? "(?!)" : String.join("|", s.stream().map(Pattern::quote).toList());
        return Rule.of("jp-surname-space-given",
                "(?<![\\p{IsHan}\\p{IsKatakana}])(?<v>(?:" + alt + ") (?:\\p{IsHan}{1,3}(?!\\p{IsHan})"
                        + "|\\p{IsKatakana}{2,4}(?!\\p{IsKatakana})|\\p{IsHiragana}{2,3}(?=さん|様|殿|\\s|$|[、。,]))(?!\\p{IsHan}))",
                0.6);
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
