package org.leakscope.classifiers.pii;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Table columns whose header matches a regex of the column-header rule pack: {@code not-pii-headers} (part, order,
 * invoice, serial numbers: a value there is a look-alike, whatever its shape, so no PII finding is kept for it) and
 * {@code second-person-headers} (Dependent, Dep DOB, Spouse SSN, 配偶者氏名: a second person's data beside the row's
 * own). Thread-safe.
 */
public final class HeaderColumns {

    /** The columns holding no one's data. */
    public static final String NOT_PII = "not-pii-headers";
    /** The columns holding a second person's data. */
    public static final String SECOND_PERSON = "second-person-headers";
    /** Of those, the columns of a second person who shares the row's own person's home (a dependant, a guardian). */
    public static final String HOUSEHOLD = "household-headers";
    /** Columns of a contact's details (Contact phone, Relationship): the second person's when they stand after that person's name. */
    public static final String SECOND_PERSON_DETAILS = "second-person-detail-headers";
    /**
     * Columns whose cell names a party of its own, neither the row's person nor a second person of it: a log row's
     * Author | Recipients | CC, a redaction log's Reviewer | QC Reviewer.
     */
    public static final String PARTY = "party-headers";
    /** Columns that are each a person's in a form whose rows are fields (Borrower | Co-Borrower, 本人 | 配偶者). */
    public static final String PERSON_COLUMNS = "person-column-headers";

    private static final HeaderColumns NONE = new HeaderColumns(null);

    private final Pattern headers;
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    private HeaderColumns(Pattern headers) {
        this.headers = headers;
    }

    /** The columns the regex under {@code key} ({@link #NOT_PII}, {@link #SECOND_PERSON}) names; none without one. */
    public static HeaderColumns fromConfig(ClassifierConfig config, String key) {
        ClassifierConfig.LoadedPack pack = config.rulePack("columns");
        Object regex = pack.yaml().get(key);
        if (regex == null) {
            return NONE;
        }
        if (!(regex instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(pack.source() + ": " + key + ": must be a regex");
        }
        return new HeaderColumns(RulePackSupport.regex(s, 0, pack.source(), key));
    }

    /** Whether any header can be one (no rule: the classifier skips the check). */
    public boolean any() {
        return headers != null;
    }

    /** Whether this unit is a cell of such a column. */
    public boolean covers(TextUnit unit) {
        return names(unit == null ? null : unit.columnHeader());
    }

    /** Whether {@code header} is the header of such a column. */
    public boolean names(String header) {
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
