package org.leakscope.classifiers.pii;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.leakscope.classifiers.ClassifierConfig;

/**
 * A filled-in sample of a form (記入例, 記載例, 見本, "Sample", "Specimen") and the values such samples print: the
 * placeholder names every 記入例 and template uses (山田 太郎, John Doe, Max Mustermann; names.yml
 * {@code placeholder_names}). In a sample they name no one; elsewhere a 山田 太郎 is a person like any other.
 */
public final class SampleForms {

    /** The words that make an item (or an item's part) a filled-in sample. */
    public static final Pattern SAMPLE_FORM = Pattern.compile("記入例|記載例|記入見本|見本|(?i:\\b(?:sample|specimen)\\b)");

    private static final SampleForms NONE = new SampleForms(Set.of());

    private final Set<String> names;

    private SampleForms(Set<String> names) {
        this.names = names;
    }

    /** The placeholder names as written in a list (spaces, width and case aside). */
    public static SampleForms of(List<String> placeholderNames) {
        return new SampleForms(placeholderNames.stream().map(SampleForms::key).filter(k -> !k.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** names.yml {@code placeholder_names}; none where the pack has no such key. */
    public static SampleForms fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("names");
        Object v = pack.yaml().get("placeholder_names");
        return v == null ? NONE : of(ClassifierConfig.stringList(v, pack.source() + ": key placeholder_names"));
    }

    /** Whether there are placeholder names at all. */
    public boolean any() {
        return !names.isEmpty();
    }

    /** {@code name} is one of the placeholder names: 山田　太郎, 山田太郎 and "JOHN DOE" alike. */
    public boolean placeholderName(String name) {
        return name != null && names.contains(key(name));
    }

    /**
     * {@code value}'s digits are a form's placeholder: six or more of the run 1234567890… (or 0123…) from its start, or
     * zeros only (1234567, 1234 5678 9012, 0000000). Letters and separators aside (TK1234567).
     */
    public static boolean placeholderNumber(String value) {
        if (value == null) {
            return false;
        }
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        if (d.length() < 6) {
            return false;
        }
        String digits = d.toString();
        return digits.chars().allMatch(c -> c == '0') || RUN.startsWith(digits) || RUN.startsWith(digits, 9);
    }

    private static final String RUN = "1234567890123456789012345678901234567890";

    /** {@code text} says it is a filled-in sample. */
    public static boolean sample(CharSequence text) {
        return SAMPLE_FORM.matcher(text).find();
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s.,]+", "").toLowerCase(Locale.ROOT);
    }
}
