package org.leakscope.classifiers.obligations;

import java.time.LocalDate;
import java.util.List;

/**
 * One obligation of the incident, for summary.json {@code obligations[]} and the report's deadline table.
 *
 * @param code       obligation code
 * @param subjects   number of persons who trigger it (0 for incident-level rules: DFARS 7012, MoD)
 * @param deadline   earliest dated deadline, null if none is computable
 * @param deadlines  every step with its date or its words (see {@link Obligation#deadlines()})
 * @param recipient  recipients of the steps that apply
 * @param basis      legal provisions cited
 * @param regime     human-readable regime name
 * @param ruleIds    ids of the rules of {@code obligations.yml} that produced it
 * @param population persons the regime covers in that jurisdiction (what the count thresholds counted)
 */
public record ObligationTotal(String code, int subjects, LocalDate deadline, List<String> deadlines,
                              String recipient, String basis, String regime, List<String> ruleIds,
                              int population) {

    public ObligationTotal {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    public ObligationTotal(String code, int subjects, LocalDate deadline, List<String> deadlines, String recipient,
                           String basis) {
        this(code, subjects, deadline, deadlines, recipient, basis, null, List.of(), subjects);
    }

    /** The same obligation as it applies to one person. */
    public Obligation toObligation() {
        return new Obligation(code, regime, deadline, deadlines, recipient, basis);
    }
}
