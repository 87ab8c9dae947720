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
 * detector and the label rules, which both take any capitalised pair under a label.
 */
public record NotNames(Set<String> words, Set<String> firms) {

    public static final NotNames NONE = new NotNames(Set.of(), Set.of());

    public NotNames {
        words = words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        firms = firms.stream().map(f -> f.strip().replaceAll("\\s+", " ")).filter(f -> !f.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public static NotNames fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("names");
        return of(ClassifierConfig.stringList(pack.yaml().get("not_name_words"), pack.source() + ": key not_name_words"),
                ClassifierConfig.stringList(pack.yaml().get("person_like_firms"), pack.source() + ": key person_like_firms"));
    }

    public static NotNames of(List<String> words, List<String> firms) {
        return new NotNames(Set.copyOf(words), Set.copyOf(firms));
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
        if (words.isEmpty()) {
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
            if (i > start && words.contains(value.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
