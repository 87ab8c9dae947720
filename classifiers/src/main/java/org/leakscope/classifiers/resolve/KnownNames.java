package org.leakscope.classifiers.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.leakscope.classifiers.ClassifierConfig;

/**
 * Whether a full name found without contact data is likely a person's: a Latin name whose given name (first
 * word of its {@link PersonNames#key}) is on the given-name lists, a Japanese name that starts with a family
 * name on the surname lists (the {@code names} rule pack). A heading or a form label taken for a name
 * ("Start date", "Derived From") is on neither, and kana-only readings sit beside a written name.
 */
final class KnownNames {

    private final Set<String> given = new HashSet<>();
    private final List<String> surnames;
    private final Set<String> surnameSet;

    private KnownNames(List<String> given, List<String> surnames) {
        given.forEach(g -> this.given.add(g.toLowerCase(Locale.ROOT)));
        this.surnames = surnames;
        this.surnameSet = Set.copyOf(new HashSet<>(surnames));
    }

    /**
     * A kanji name of two cells as 姓 名: "浩之 清水" (a first | last export) is 清水 浩之 when 清水 is on the surname
     * lists and 浩之 is not; any other name as it is.
     */
    String familyFirst(String name) {
        int space = name.indexOf(' ');
        if (space < 0 || name.indexOf(' ', space + 1) >= 0) {
            return name;
        }
        String a = name.substring(0, space);
        String b = name.substring(space + 1);
        return SubjectResolver.isKanjiNamePart(a) && SubjectResolver.isKanjiNamePart(b) && surnameSet.contains(b)
                && !surnameSet.contains(a) ? b + " " + a : name;
    }

    static KnownNames fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("names");
        List<String> given = new java.util.ArrayList<>();
        List<String> surnames = new java.util.ArrayList<>();
        for (String key : List.of("given_names", "given_names_more")) {
            if (pack.yaml().get(key) != null) {
                given.addAll(ClassifierConfig.stringList(pack.yaml().get(key), pack.source() + ": key " + key));
            }
        }
        for (String key : List.of("jp_surnames", "jp_surnames_more")) {
            if (pack.yaml().get(key) != null) {
                surnames.addAll(ClassifierConfig.stringList(pack.yaml().get(key), pack.source() + ": key " + key));
            }
        }
        return new KnownNames(given, List.copyOf(surnames));
    }

    boolean likelyPerson(String name) {
        if (name == null || PersonNames.isKanaOnly(name)) {
            return false;
        }
        String key = PersonNames.key(name);
        if (key == null) {
            return false;
        }
        if (PersonNames.isJapanese(key)) {
            return surnames.stream().anyMatch(s -> key.startsWith(s) && key.length() > s.length());
        }
        return given.contains(key.substring(0, key.indexOf(' ')));
    }
}
