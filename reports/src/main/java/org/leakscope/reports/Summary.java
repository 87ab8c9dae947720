package org.leakscope.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The figures of summary.json and report.pdf. Both are written from the same instance, so they cannot disagree.
 *
 * @param notAssessed       items that could not be assessed (statuses in {@link #NOT_ASSESSED_STATUSES}); they are
 *                          an unknown exposure, never "safe"
 * @param subjectsByPiiType persons per exposed data element (subjects.csv {@code data_elements}); summary.json
 *                          {@code subjects.by_pii_type}, the report's chart "persons by data element"
 * @param caseDetails       organisation and contact point; {@link CaseDetails#NONE} when none were given
 * @param malicious         the data was taken by an attacker ({@code --malicious}, APPI 不正の目的)
 */
public record Summary(String caseName, String incidentDate, String generatedAt,
                      long documentsTotal, SortedMap<String, Long> documentsByStatus, long documentsWithPii,
                      long documentsWithMarkings,
                      SortedMap<String, Long> piiByType, SortedMap<String, Long> markingsByCode,
                      long subjectsTotal, long subjectsSensitive, SortedMap<String, Long> subjectsByJurisdiction,
                      List<ObligationSummary> obligations,
                      long notAssessed,
                      long findingsTotal, String toolVersion, boolean unmasked,
                      SortedMap<String, Long> subjectsByPiiType, CaseDetails caseDetails, boolean malicious) {

    public Summary {
        caseDetails = caseDetails == null ? CaseDetails.NONE : caseDetails;
    }

    /** Tool name written to summary.json {@code tool.name} and the PDF. */
    public static final String TOOL_NAME = "leakscope";

    /**
     * Statuses whose content could not be looked at. NO_TEXT is not among them: the item was read and had no text
     * (e.g. an image without OCR), which is a different, reported, state.
     */
    public static final Set<String> NOT_ASSESSED_STATUSES =
            Set.of("ENCRYPTED", "CORRUPT", "UNSUPPORTED", "TIMEOUT", "TOO_LARGE", "ERROR");

    /** Sum of the not-assessed statuses of a by-status count, so callers derive {@code notAssessed} one way only. */
    public static long notAssessedOf(Map<String, Long> byStatus) {
        if (byStatus == null) {
            return 0;
        }
        return byStatus.entrySet().stream()
                .filter(e -> NOT_ASSESSED_STATUSES.contains(e.getKey()) && e.getValue() != null)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
