package org.leakscope.classifiers.obligations;

import java.time.LocalDate;
import java.util.List;

/**
 * One obligation as it applies to a person (or to the incident): the notice letter and the deadline table.
 *
 * @param code      obligation code of the output contract
 * @param regime    human-readable regime name
 * @param deadline  earliest dated deadline of the steps that apply; null if none is computable
 * @param deadlines every step, e.g. {@code "速報 (PPC) 2024-05-04..2024-05-06"}, {@code "確報 (PPC) 2024-06-30"},
 *                  {@code "individuals: without undue delay"}
 * @param recipient the recipients of the steps that apply, {@code "; "}-separated
 * @param basis     the legal provisions cited
 */
public record Obligation(String code, String regime, LocalDate deadline, List<String> deadlines, String recipient,
                         String basis) {

    public Obligation {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }
}
