package org.leakscope.classifiers.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.pii.KuromojiNameEntries;

/**
 * Whether a full name found without contact data is likely a person's: a Latin name whose given name (first
 * word of its {@link PersonNames#key}) is on the given-name lists, a Japanese name that starts with a family
 * name on the surname lists (the {@code names} rule pack) or is a dictionary family name followed by a dictionary
 * given name (kuromoji's 姓 and 名 entries reach beyond the lists), a foreign name in katakana whose parts a middle
 * dot or an equals sign joins (ヒラリー・クリントン). A heading or a form label taken for a name ("Start date",
 * "Derived From") is none of these, and kana-only readings (a blank between their parts) sit beside a written name.
 */
final class KnownNames {

    private final Set<String> given = new HashSet<>();
    private final List<String> surnames;
    private final Set<String> surnameSet;
    // what many people are named: the given names of the first list, common family names (Latin keys, folded), the
    // Japanese family names of the first list
    private final Set<String> commonGiven = new HashSet<>();
    private final Set<String> commonFamily = new HashSet<>();
    private final List<String> commonJpSurnames;

    private KnownNames(List<String> given, List<String> surnames, List<String> commonGiven, List<String> commonFamily,
                       List<String> commonJpSurnames) {
        given.forEach(g -> this.given.add(g.toLowerCase(Locale.ROOT)));
        this.surnames = surnames;
        this.surnameSet = Set.copyOf(new HashSet<>(surnames));
        commonGiven.forEach(g -> this.commonGiven.add(fold(g)));
        commonFamily.forEach(f -> this.commonFamily.add(fold(f)));
        this.commonJpSurnames = List.copyOf(commonJpSurnames);
    }

    private static String fold(String word) {
        return org.leakscope.classifiers.pii.NameFolding.fold(word.strip()).toLowerCase(Locale.ROOT);
    }

    // a foreign name in katakana, its parts joined by a middle dot or an equals sign (ヒラリー・クリントン,
    // ウィレム＝アレクサンダー); a reading in kana is written with a blank or none between its parts
    private static final java.util.regex.Pattern FOREIGN_FULL_NAME =
            java.util.regex.Pattern.compile("[\\p{IsKatakana}ー&&[^・]]{2,}(?:[・=＝][\\p{IsKatakana}ー&&[^・]]{2,})+");

    /**
     * Three characters or more, a kanji first: the Japanese name detectors take such a name only where its context
     * says a person (a title, an occupation, a person's verb), so its family name need be on no list (隈研吾, 新浪剛史).
     * A family or a given name alone is no full name (長谷川, 千恵子; 西 and 最澄 are left to contact data).
     */
    private boolean wholeKanjiName(String key) {
        return key.codePointCount(0, key.length()) >= 3 && Character.UnicodeScript.of(key.codePointAt(0))
                == Character.UnicodeScript.HAN && !surnameSet.contains(key);
    }

    static boolean foreignFullName(String name) {
        return FOREIGN_FULL_NAME.matcher(name.strip()).matches();
    }

    /**
     * Whether a full name ({@link PersonNames#key}) is rare enough that two contact groups writing it are one person
     * unless something conflicts: a Latin name of two words or more (initials aside) with no common family name
     * ({@code common_family_names}, {@code family_names_first}) and a word that is neither that nor a common given
     * name ("Ngozi Halvorsen", "Margaret Oyelaran"; not "John Smith", "Maria Garcia", "James Thomas"); a Japanese
     * name of three characters or more whose family name is not one of the most common ({@code jp_surnames}: two
     * 佐藤 健 are expected, two 五味 沙織 are not).
     */
    boolean specific(String key) {
        if (key == null) {
            return false;
        }
        if (PersonNames.isJapanese(key)) {
            if (key.indexOf(' ') >= 0 || key.codePointCount(0, key.length()) < 3 || PersonNames.isKanaOnly(key)) {
                return false;
            }
            return commonJpSurnames.stream().noneMatch(key::startsWith);
        }
        List<String> words = PersonNames.words(key);
        if (words.size() < 2) {
            return false;
        }
        boolean rare = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // a family name of two words ("de jong", "van dijk") as well as of one
            if (commonFamily.contains(w) || i + 1 < words.size() && commonFamily.contains(w + " " + words.get(i + 1))) {
                return false;
            }
            rare |= !commonGiven.contains(w);
        }
        return rare;
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
        List<String> commonGiven = pack.yaml().get("given_names") == null ? List.of()
                : ClassifierConfig.stringList(pack.yaml().get("given_names"), pack.source() + ": key given_names");
        List<String> commonFamily = new java.util.ArrayList<>();
        for (String key : List.of("common_family_names", "family_names_first")) {
            if (pack.yaml().get(key) != null) {
                commonFamily.addAll(ClassifierConfig.stringList(pack.yaml().get(key), pack.source() + ": key " + key));
            }
        }
        List<String> commonJp = pack.yaml().get("jp_surnames") == null ? List.of()
                : ClassifierConfig.stringList(pack.yaml().get("jp_surnames"), pack.source() + ": key jp_surnames");
        return new KnownNames(given, List.copyOf(surnames), commonGiven, commonFamily, commonJp);
    }

    boolean likelyPerson(String name) {
        if (name == null) {
            return false;
        }
        if (foreignFullName(name)) {
            return true;
        }
        if (PersonNames.isKanaOnly(name)) {
            return false;
        }
        String key = PersonNames.key(name);
        if (key == null) {
            return false;
        }
        if (PersonNames.isJapanese(key)) {
            return surnames.stream().anyMatch(s -> key.startsWith(s) && key.length() > s.length())
                    || !KuromojiNameEntries.oneNamePart(key) && (KuromojiNameEntries.familyThenGivenName(key)
                            || wholeKanjiName(key));
        }
        return given.contains(key.substring(0, key.indexOf(' ')));
    }
}
