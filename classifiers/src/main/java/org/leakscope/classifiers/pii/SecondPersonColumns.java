package org.leakscope.classifiers.pii;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Table columns whose header says they hold a second person's data beside the row's own (Dependent, Dep DOB, Spouse
 * SSN, 配偶者氏名; key {@code second-person-headers} of the column-header rule pack): an enrollment row names the
 * employee and a dependant, and the dependant's name, birth date and SSN are the dependant's, not the employee's. The
 * findings of such cells form a record of their own ({@link #SUFFIX} after the row's key). Thread-safe.
 */
public final class SecondPersonColumns {

    /** Marks the second person's record of a row: after the row's own key, never a row number's digit. */
    public static final String SUFFIX = "+2";

    private static final SecondPersonColumns NONE = new SecondPersonColumns(null);

    private final Pattern headers;
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    private SecondPersonColumns(Pattern headers) {
        this.headers = headers;
    }

    public static SecondPersonColumns fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("columns");
        Object regex = pack.yaml().get("second-person-headers");
        if (regex == null) {
            return NONE;
        }
        if (!(regex instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(pack.source() + ": second-person-headers: must be a regex");
        }
        return new SecondPersonColumns(RulePackSupport.regex(s, 0, pack.source(), "second-person-headers"));
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
