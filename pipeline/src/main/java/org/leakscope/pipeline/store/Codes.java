package org.leakscope.pipeline.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/** Multi-valued cells: sorted, {@code ;} separated, as the contract writes them. */
public final class Codes {

    private Codes() {
    }

    public static String join(Collection<String> values) {
        return values == null || values.isEmpty() ? null : String.join(";", new TreeSet<>(values));
    }

    public static SortedSet<String> split(String joined) {
        TreeSet<String> out = new TreeSet<>();
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }
}
