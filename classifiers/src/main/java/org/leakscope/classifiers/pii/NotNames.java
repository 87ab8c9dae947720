package org.leakscope.classifiers.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.leakscope.classifiers.ClassifierConfig;

/**
 * What a Latin-script name candidate must not be, beside {@link OrgWords}: a firm named after people ("Morgan
 * Stanley", names.yml person_like_firms, whole names) or a value holding a word no name holds ("Maple Drive",
 * "Johnson Controls", "Chi Palace", "BILL PAYMENT", names.yml not_name_words, case folded). Shared by the name
 * detector and the label rules, which both take any capitalised pair under a label. A word ending in one of
 * {@code endings} (names.yml not_name_word_endings: street words written onto the name, "Anne Frankstraat",
 * "Goethestraße", "Drottninggatan") is no name's word either.
 */
public record NotNames(Set<String> words, Set<String> firms, List<String> endings) {

    public static final NotNames NONE = new NotNames(Set.of(), Set.of(), List.of());

    public NotNames {
        words = words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        firms = firms.stream().map(f -> f.strip().replaceAll("\\s+", " ")).filter(f -> !f.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        endings = endings.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).distinct().toList();
    }

    public NotNames(Set<String> words, Set<String> firms) {
        this(words, firms, List.of());
    }

    public static NotNames fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("names");
        return of(ClassifierConfig.stringList(pack.yaml().get("not_name_words"), pack.source() + ": key not_name_words"),
                ClassifierConfig.stringList(pack.yaml().get("person_like_firms"), pack.source() + ": key person_like_firms"),
                endings(pack));
    }

    /** names.yml not_name_word_endings, or none where a pack has no such key. */
    static List<String> endings(ClassifierConfig.LoadedPack pack) {
        Object v = pack.yaml().get("not_name_word_endings");
        return v == null ? List.of() : ClassifierConfig.stringList(v, pack.source() + ": key not_name_word_endings");
    }

    public static NotNames of(List<String> words, List<String> firms) {
        return of(words, firms, List.of());
    }

    public static NotNames of(List<String> words, List<String> firms, List<String> endings) {
        return new NotNames(Set.copyOf(words), Set.copyOf(firms), endings);
    }

    private boolean listed(String lowerWord) {
        if (words.contains(lowerWord)) {
            return true;
        }
        for (String e : endings) {
            if (lowerWord.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(char c) {
        return c == ',' || c == '.' || Character.isWhitespace(c);
    }

    /** The value is a listed firm, or one of its words (split at blanks, commas and full stops) is listed. */
    public boolean rejects(String value) {
        if (value == null) {
            return false;
        }
        if (firms.contains(value.strip())) {
            return true;
        }
        if (words.isEmpty() && endings.isEmpty()) {
            return false;
        }
        // words by hand, not split(): asked for every name candidate of the item
        int n = value.length();
        for (int i = 0; i < n; ) {
            while (i < n && isBreak(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBreak(value.charAt(i))) {
                i++;
            }
            if (i > start && listed(value.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
