package org.leakscope.reports;

import java.util.List;

/**
 * The per-document parts of report.pdf that summary.json does not hold.
 *
 * @param topByRisk        documents ranked by risk, highest first (the caller ranks them; the report shows the first
 *                         {@link PdfReportWriter#TOP_RISK_ROWS} in the order given)
 * @param notAssessedPaths paths of the items that could not be assessed (ENCRYPTED, CORRUPT, ...); the report lists
 *                         the first {@link PdfReportWriter#NOT_ASSESSED_LISTED} and says how many more there are
 */
public record ReportDetails(List<RiskyDocument> topByRisk, List<String> notAssessedPaths) {

    /** No details: the report has neither the risk table nor the not-assessed list. */
    public static final ReportDetails EMPTY = new ReportDetails(List.of(), List.of());

    /** Null lists are empty lists; the lists are copied (null elements are rejected). */
    public ReportDetails {
        topByRisk = topByRisk == null ? List.of() : List.copyOf(topByRisk);
        notAssessedPaths = notAssessedPaths == null ? List.of() : List.copyOf(notAssessedPaths);
    }
}
