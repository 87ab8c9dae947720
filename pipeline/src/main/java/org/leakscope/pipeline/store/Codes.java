package org.leakscope.pipeline.store;

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
        if (joined == null) {
            return out;
        }
        // a loop, not a stream over split(): every person's cells are split once or twice per step
        for (int from = 0; from <= joined.length(); ) {
            int to = joined.indexOf(';', from);
            if (to < 0) {
                to = joined.length();
            }
            String part = joined.substring(from, to).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
            from = to + 1;
        }
        return out;
    }
}
