package org.leakscope.reports;

/** One findings.csv row. {@code valueMasked} must already be masked: reports never see full identifiers. */
public record FindingRow(String docId, String path, String category, String type, String valueMasked,
                         double confidence, String location, String detector) {
}
