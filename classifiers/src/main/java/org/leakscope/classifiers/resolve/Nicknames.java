package org.leakscope.classifiers.resolve;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.leakscope.classifiers.ClassifierConfig;

/**
 * Given-name variants ("Bob" for "Robert"), as groups from the {@code nicknames} rule pack. Maps a name
 * key of {@link PersonNames#key} to the keys it may stand for: the given name (the first word of a Latin
 * key) replaced by the formal name of each group it belongs to. Japanese keys and names in no group map to
 * themselves.
 */
final class Nicknames {

    static final Nicknames NONE = new Nicknames(Map.of());
    // a one-letter word between the given and the family name: " j. ", " j "
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?<=\\S) \\p{L}\\.?(?= \\S)");

    private final Map<String, Set<String>> formal;

    private Nicknames(Map<String, Set<String>> formal) {
        this.formal = formal;
    }

    static Nicknames fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("nicknames");
        Object groups = pack.yaml().get("nickname_groups");
        if (groups == null) {
            return NONE;
        }
        if (!(groups instanceof List<?> list)) {
            throw new IllegalArgumentException(pack.source() + ": nickname_groups must be a list of name lists");
        }
        Map<String, Set<String>> formal = new HashMap<>();
        for (Object g : list) {
            List<String> names = ClassifierConfig.stringList(g, pack.source() + ": nickname_groups entry");
            if (names.size() < 2) {
                throw new IllegalArgumentException(pack.source() + ": a nickname group needs a formal name and at"
                        + " least one variant: " + names);
            }
            String head = names.get(0).toLowerCase(Locale.ROOT);
            for (String n : names) {
                formal.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(head);
            }
        }
        return new Nicknames(formal);
    }

    /**
     * The keys {@code key} may stand for: its given name mapped to the formal name of each of its groups, itself
     * when the given name is in no group. Middle initials are left out ("robert j. smith" stands for "robert
     * smith"), as one record writes them and another does not; two people of one name differing only by their
     * initials then both answer, which the caller takes as ambiguous.
     */
    Set<String> keys(String key) {
        if (PersonNames.isJapanese(key)) {
            return Set.of(key);
        }
        if (key.indexOf(' ') != key.lastIndexOf(' ')) { // a middle initial stands between two spaces
            key = MIDDLE_INITIAL.matcher(key).replaceAll("");
        }
        int space = key.indexOf(' ');
        if (space <= 0) {
            return Set.of(key);
        }
        Set<String> heads = formal.get(key.substring(0, space));
        if (heads == null) {
            return Set.of(key);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String h : heads) {
            out.add(h + key.substring(space));
        }
        return out;
    }
}
