package org.leakscope.reports;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entry of summary.json {@code obligations}: a notification obligation and how many subjects trigger it.
 *
 * @param deadline           ISO date (YYYY-MM-DD) of the earliest step, or null when no incident date is known
 * @param recipient          who is to be notified (authority, persons); an extra key after the contract's
 * @param basis              the legal basis as cited by the rule set
 * @param deadlines          every step with its date or its words, e.g. {@code "速報 (PPC) 2024-05-04..2024-05-06"} and
 *                           {@code "確報 (PPC) 2024-06-30"}; an extra key
 * @param subjectsSensitive  of those persons, how many have sensitive data; an extra key
 * @param subjectsByPiiType  of those persons, how many per data element (what the regulator of this regime is
 *                           told: the APPI report counts the persons it covers, not every person found); an extra key
 */
public record ObligationSummary(String code, int subjects, String deadline, String recipient, String basis,
                                List<String> deadlines, long subjectsSensitive, SortedMap<String, Long> subjectsByPiiType) {

    public ObligationSummary {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        subjectsByPiiType = subjectsByPiiType == null ? new TreeMap<>() : new TreeMap<>(subjectsByPiiType);
    }

    public ObligationSummary(String code, int subjects, String deadline, String recipient, String basis,
                             List<String> deadlines) {
        this(code, subjects, deadline, recipient, basis, deadlines, 0, null);
    }

    public ObligationSummary(String code, int subjects, String deadline, String recipient, String basis) {
        this(code, subjects, deadline, recipient, basis, List.of());
    }

    /** The same obligation with the breakdown of the persons it covers. */
    public ObligationSummary withPeople(long sensitive, SortedMap<String, Long> byPiiType) {
        return new ObligationSummary(code, subjects, deadline, recipient, basis, deadlines, sensitive, byPiiType);
    }
}
