package org.leakscope.classifiers.pii;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Table columns whose header says they hold no one's data (part, order, invoice, serial numbers; key
 * {@code not-pii-headers} of the column-header rule pack): a value in such a column is a look-alike, whatever
 * its shape, so no PII finding is kept for it. Thread-safe.
 */
public final class NotPiiColumns {

    private static final NotPiiColumns NONE = new NotPiiColumns(null);

    private final Pattern headers;
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    private NotPiiColumns(Pattern headers) {
        this.headers = headers;
    }

    public static NotPiiColumns fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("columns");
        Object regex = pack.yaml().get("not-pii-headers");
        if (regex == null) {
            return NONE;
        }
        if (!(regex instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(pack.source() + ": not-pii-headers: must be a regex");
        }
        return new NotPiiColumns(RulePackSupport.regex(s, 0, pack.source(), "not-pii-headers"));
    }

    /** Whether any header can be one (no rule: the classifier skips the check). */
    public boolean any() {
        return headers != null;
    }

    /** Whether this unit is a cell of such a column. */
    public boolean covers(TextUnit unit) {
        String header = unit == null ? null : unit.columnHeader();
        if (headers == null || header == null) {
            return false;
        }
        if (seen.size() > 10_000) {
            seen.clear(); // a run's headers repeat; this only bounds a hostile file's many distinct ones
        }
        return seen.computeIfAbsent(header,
                h -> headers.matcher(ColumnHeaderDetector.normalizeHeader(h)).matches());
    }
}
