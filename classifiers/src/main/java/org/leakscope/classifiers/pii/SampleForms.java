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

    private static final SampleForms NONE = new SampleForms(Set.of(), null);

    private final Set<String> names;
    /** The placeholder names of two or more Latin words as written in a text, in either order ("TRAVELER / HAPPY"). */
    private final Pattern written;

    private SampleForms(Set<String> names, Pattern written) {
        this.names = names;
        this.written = written;
    }

    private static Pattern writtenPattern(List<String> placeholderNames) {
        List<String> alts = new java.util.ArrayList<>();
        for (String n : placeholderNames) {
            String[] w = Normalizer.normalize(n, Normalizer.Form.NFKC).strip().split("[\\s.]+");
            if (w.length != 2 || !w[0].matches("\\p{IsLatin}+") || !w[1].matches("\\p{IsLatin}+")) {
                continue;
            }
            String a = Pattern.quote(w[0]);
            String b = Pattern.quote(w[1]);
            alts.add(a + "[\\s,/]{1,4}" + b);
            alts.add(b + "[\\s,/]{1,4}" + a);
        }
        return alts.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", alts) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * {@code text} writes a placeholder name of two Latin words, in either order, where no detector took it for a
     * name (a specimen passport's "TRAVELER / HAPPY").
     */
    public boolean writesPlaceholder(CharSequence text) {
        return written != null && written.matcher(text).find();
    }

    /** The placeholder names as written in a list (spaces, width and case aside). */
    public static SampleForms of(List<String> placeholderNames) {
        return new SampleForms(placeholderNames.stream().flatMap(n -> java.util.stream.Stream.of(key(n), wordsKey(n)))
                .filter(k -> !k.isEmpty()).collect(Collectors.toUnmodifiableSet()), writtenPattern(placeholderNames));
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

    /**
     * {@code name} is one of the placeholder names: 山田　太郎, 山田太郎 and "JOHN DOE" alike, and in either order of its
     * words ("DOE, JOHN", a passport page's "TRAVELER / HAPPY").
     */
    public boolean placeholderName(String name) {
        return name != null && (names.contains(key(name)) || names.contains(wordsKey(name)));
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
        return digits.chars().allMatch(c -> c == '0') || RUN.startsWith(digits) || RUN.startsWith(digits, 9)
                || fictionalNanp(digits) || placeholderFields(value);
    }

    /**
     * A North American number in 555-0100 … 555-0199, the lines the numbering plan keeps for fiction and examples: a
     * sample's "Phone: (503) 555-0100" is no one's (elsewhere a generated corpus's 555 numbers stay phones).
     */
    private static boolean fictionalNanp(String digits) {
        int n = digits.length();
        return (n == 10 || n == 11 && digits.charAt(0) == '1') && digits.startsWith("55501", n - 7);
    }

    /**
     * A value of two or more fields each filled with its own placeholder: 保険証 見本's "記号 12345678 番号 1234", each
     * digit group a start of the run 1234… or zeros, one of them four digits or more.
     */
    private static boolean placeholderFields(String value) {
        java.util.regex.Matcher m = DIGITS.matcher(value);
        int groups = 0;
        boolean long4 = false;
        while (m.find()) {
            String g = m.group();
            if (!(RUN.startsWith(g) || g.chars().allMatch(c -> c == '0'))) {
                return false;
            }
            groups++;
            long4 |= g.length() >= 4;
        }
        return groups >= 2 && long4;
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private static final String RUN = "1234567890123456789012345678901234567890";

    /** {@code text} says it is a filled-in sample. */
    public static boolean sample(CharSequence text) {
        // asked of whole items: the regex only from the positions its first characters and shape admit
        return org.leakscope.classifiers.detect.FirstChars.find(SAMPLE_FORM, text);
    }

    // compiled once: every name the classifier finds is asked about
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s.,/]+");
    private static final Pattern KEY_BREAKS = Pattern.compile("[\\s.,]+");

    /** The words of a name in sorted order, marked apart from {@link #key} by a bar between them. */
    private static String wordsKey(String name) {
        String[] words = WORD_BREAKS.split(Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        return "|" + java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining("|"));
    }

    private static String key(String name) {
        return KEY_BREAKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
