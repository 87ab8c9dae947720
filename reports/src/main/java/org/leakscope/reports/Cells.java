package org.leakscope.reports;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/** Cell formatting shared by the CSV writers: one place that decides how null, sets and numbers look. */
final class Cells {

    /** Separator of multi-valued cells (contract: {@code ;}). */
    static final String MULTI_SEPARATOR = ";";

    private Cells() {
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * Multi-valued cell: distinct, non-empty values in natural (code-point) order joined by {@code ;}. Re-sorted
     * here even for SortedSets, because a caller's set may carry its own comparator (e.g. case-insensitive).
     */
    static String multi(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return values.stream()
                .filter(Objects::nonNull)
                .filter(v -> !v.isEmpty())
                .distinct()
                .sorted()
                .collect(Collectors.joining(MULTI_SEPARATOR));
    }

    /** Number of distinct non-empty values, i.e. the count that matches {@link #multi}. */
    static long count(Collection<String> values) {
        if (values == null) {
            return 0;
        }
        return values.stream().filter(Objects::nonNull).filter(v -> !v.isEmpty()).distinct().count();
    }

    /** Two decimals with a point whatever the JVM's locale ({@code 0.95}, never {@code 0,95}). */
    static String confidence(double c) {
        if (Double.isNaN(c)) {
            return "";
        }
        // one per findings.csv row: String.format is the slowest part of writing the file
        long h = Math.round(Math.abs(c) * 100);
        long frac = h % 100;
        return (c < 0 && h > 0 ? "-" : "") + h / 100 + (frac < 10 ? ".0" : ".") + frac;
    }
}
