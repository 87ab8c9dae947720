package org.leakscope.classifiers.pii;

import java.util.List;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;

/**
 * Latin-script names without a label: a known given name followed by a capitalised surname
 * ("Kevin Robinson", "Taro YAMADA"). Capitalised word pairs in general are titles as often as names,
 * so the given-name list (names.yml) is what makes this precise enough.
 */
public final class LatinNameDetector extends PatternDetector {

    public LatinNameDetector(List<String> givenNames) {
        super("latin_person_name", "PERSON_NAME", List.of(rule(givenNames)),
                ContextWords.of("name", "mr", "ms", "mrs", "dr", "dear", "from", "to", "employee"), ContextWords.NONE);
    }

    public static LatinNameDetector fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("names");
        return new LatinNameDetector(ClassifierConfig.stringList(pack.yaml().get("given_names"),
                pack.source() + ": key given_names"));
    }

    private static Rule rule(List<String> given) {
        String alt = given.isEmpty() ? "(?!)" : String.join("|", given.stream().distinct().map(Pattern::quote).toList());
        return Rule.of("given-surname", "(?<![\\p{L}\\p{N}@._-])(?<v>(?:" + alt + ")(?: [A-Z]\\.)? (?:Mc|Mac|O')?"
                + "(?:[A-Z][a-z]{1,20}|[A-Z]{2,20})(?:-[A-Z][a-z]+)?)(?![\\p{L}\\p{N}@])", 0.6);
    }

    @Override
    protected double contextBoost() {
        return 0.1;
    }

    @Override
    protected String mask(String value) {
        return Masks.name(value);
    }
}
