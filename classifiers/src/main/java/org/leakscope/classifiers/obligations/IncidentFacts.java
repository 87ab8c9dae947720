package org.leakscope.classifiers.obligations;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the rules need to know about the incident besides the people found.
 *
 * @param incidentDate    the date the organisation became aware; every rule is applied as of this date and
 *                        deadlines are counted from it. null = today
 * @param malicious       the incident was a malicious act (exfiltration by an attacker, insider theft);
 *                        {@code --malicious}, default true
 * @param markingsPresent marking codes of all documents of the incident (DFARS 7012, MoD rules)
 */
public record IncidentFacts(LocalDate incidentDate, boolean malicious, Set<String> markingsPresent) {

    public IncidentFacts {
        markingsPresent = markingsPresent == null ? Set.of() : Set.copyOf(markingsPresent);
    }

    /** Facts with the defaults: malicious, no markings. */
    public static IncidentFacts of(LocalDate incidentDate) {
        return new IncidentFacts(incidentDate, true, Set.of());
    }

    /** The incident date, or today when none was given. */
    public LocalDate effectiveDate() {
        return incidentDate == null ? LocalDate.now() : incidentDate;
    }
}
