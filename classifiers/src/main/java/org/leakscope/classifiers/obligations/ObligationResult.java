package org.leakscope.classifiers.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the rules decided.
 *
 * @param codesBySubjectId obligation codes per subject id (subjects.csv {@code obligations}); every assessed
 *                         subject has an entry, empty when it triggers nothing
 * @param totals           one entry per obligation code that applies, in rule-file order (summary.json)
 */
public record ObligationResult(Map<String, SortedSet<String>> codesBySubjectId, List<ObligationTotal> totals) {

    public ObligationResult {
        codesBySubjectId = codesBySubjectId == null ? Map.of() : Map.copyOf(codesBySubjectId);
        totals = totals == null ? List.of() : List.copyOf(totals);
    }

    /** The codes of one subject, empty when unknown or none. */
    public SortedSet<String> codes(String subjectId) {
        SortedSet<String> s = codesBySubjectId.get(subjectId);
        return s == null ? new TreeSet<>() : s;
    }

    /** The total of one code, if it applies. */
    public Optional<ObligationTotal> total(String code) {
        return totals.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The obligations of one subject with their deadlines and recipients (per-person notice data). */
    public List<Obligation> forSubject(String subjectId) {
        List<Obligation> out = new ArrayList<>();
        for (String c : codes(subjectId)) {
            total(c).ifPresent(t -> out.add(t.toObligation()));
        }
        return out;
    }
}
