package org.leakscope.reports;

import java.util.List;

/**
 * One entry of summary.json {@code obligations}: a notification obligation and how many subjects trigger it.
 *
 * @param deadline  ISO date (YYYY-MM-DD) of the earliest step, or null when no incident date is known
 * @param recipient who is to be notified (authority, persons); an extra key after the contract's
 * @param basis     the legal basis as cited by the rule set
 * @param deadlines every step with its date or its words, e.g. {@code "速報 (PPC) 2024-05-04..2024-05-06"} and
 *                  {@code "確報 (PPC) 2024-06-30"}; an extra key
 */
public record ObligationSummary(String code, int subjects, String deadline, String recipient, String basis,
                                List<String> deadlines) {

    public ObligationSummary {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    public ObligationSummary(String code, int subjects, String deadline, String recipient, String basis) {
        this(code, subjects, deadline, recipient, basis, List.of());
    }
}
