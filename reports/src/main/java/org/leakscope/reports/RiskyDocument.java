package org.leakscope.reports;

/**
 * One row of the report's table "Documents with the highest risk".
 *
 * @param path           the item's path as in documents.csv
 * @param risk           documents.csv {@code risk}: NONE, LOW, MEDIUM, HIGH or CRITICAL
 * @param highestMarking documents.csv {@code highest_marking}, or null
 * @param piiTypes       documents.csv {@code pii_types} ({@code ;} separated), or null
 * @param subjects       documents.csv {@code subject_count}
 */
public record RiskyDocument(String path, String risk, String highestMarking, String piiTypes, int subjects) {
}
