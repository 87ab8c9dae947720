package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Whole-classifier name cases, one document a line of {@code names/*.tsv}: the PERSON_NAME values reported are
 * exactly the expected ones, so a positive that is missed and a decoy that is flagged both fail.
 * <pre>text TAB expected TAB known</pre>
 * {@code known} (optional): what the classifier still gets wrong, kept so that a set is recorded before tuning:
 * a name that is expected but still missed, or {@code !value} a value still reported that is no name (or a name
 * cut short). The case asserts the wrong result, so a fix flips it and the entry must go.
 */
class NameCorpusTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    static Stream<Arguments> ja() throws IOException {
        return cases("names/ja-names.tsv");
    }

    static Stream<Arguments> en() throws IOException {
        return cases("names/en-names.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ja")
    void japanese(String text, Set<String> expected, Set<String> known) {
        assertEquals(reported(expected, known), names(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("en")
    void latin(String text, Set<String> expected, Set<String> known) {
        assertEquals(reported(expected, known), names(text));
    }

    /**
     * Document-level precision and recall of PERSON_NAME (a document with a name is one to find, one without a
     * decoy) and name-level counts, per file and per set (a set starts at a comment line naming one), printed
     * for the report; asserts nothing beyond the cases.
     */
    @Test
    void printScores() throws IOException {
        for (String resource : List.of("names/en-names.tsv", "names/ja-names.tsv")) {
            String set = "first set";
            java.util.Map<String, int[]> counts = new java.util.LinkedHashMap<>(); // doc tp fp fn, name tp fp fn
            try (InputStream in = NameCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("#")) {
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b(\\w+) set\\b").matcher(line);
                        if (m.find()) {
                            set = m.group(0).toLowerCase(java.util.Locale.ROOT);
                        }
                        continue;
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] parts = line.split("\t", -1);
                    Set<String> want = column(parts, 1);
                    Set<String> got = names(parts[0]);
                    for (String key : List.of(resource + " all", resource + " " + set)) {
                        int[] n = counts.computeIfAbsent(key, k -> new int[6]);
                        if (!want.isEmpty() && !got.isEmpty()) {
                            n[0]++;
                        } else if (!got.isEmpty()) {
                            n[1]++;
                        } else if (!want.isEmpty()) {
                            n[2]++;
                        }
                        for (String g : got) {
                            n[want.contains(g) ? 3 : 4]++;
                        }
                        n[5] += (int) want.stream().filter(w -> !got.contains(w)).count();
                    }
                }
            }
            counts.forEach((k, n) -> System.out.printf(java.util.Locale.ROOT,
                    "NAMES %-34s docs tp=%d fp=%d fn=%d f1=%.3f | names tp=%d fp=%d fn=%d%n",
                    k, n[0], n[1], n[2], 2.0 * n[0] / Math.max(1, 2 * n[0] + n[1] + n[2]), n[3], n[4], n[5]));
        }
    }

    /** What the classifier reports today: the expected names less the known misses, plus the known wrong values. */
    static Set<String> reported(Set<String> expected, Set<String> known) {
        Set<String> out = new TreeSet<>(expected);
        for (String k : known) {
            if (k.startsWith("!")) {
                out.add(k.substring(1));
            } else {
                out.remove(k);
            }
        }
        return out;
    }

    static Set<String> names(String text) {
        String[] lines = text.split("\\\\n");
        List<TextUnit> units = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            units.add(TextUnit.line(i + 1, lines[i]));
        }
        Set<String> out = new TreeSet<>();
        for (Finding f : C.classify(units).findings()) {
            if ("PERSON_NAME".equals(f.type())) {
                out.add(f.value());
            }
        }
        return out;
    }

    static Stream<Arguments> cases(String resource) throws IOException {
        try (InputStream in = NameCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            List<Arguments> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                Set<String> expected = column(parts, 1);
                Set<String> known = column(parts, 2);
                for (String k : known) {
                    if (!k.startsWith("!") && !expected.contains(k)) {
                        throw new IllegalStateException(resource + ": known miss " + k + " is not expected: " + line);
                    }
                }
                out.add(Arguments.of(parts[0], expected, known));
            }
            return out.stream();
        }
    }

    private static Set<String> column(String[] parts, int col) {
        Set<String> out = new TreeSet<>();
        if (parts.length > col && !parts[col].isBlank()) {
            out.addAll(List.of(parts[col].split(";")));
        }
        return out;
    }
}
