package org.leakscope.reports;

/**
 * One line of the report's annex "Documents with markings": a marking finding of one item.
 *
 * @param path        the item's path as in documents.csv
 * @param code        the marking code (US_SECRET, JP_CHUI, ...)
 * @param location    where it stands, as in findings.csv ({@code page=1;line=1}, {@code sheet=S;row=1;col=A})
 * @param markingText the exact marking text (findings.csv value_masked: the whole marking line)
 */
public record MarkedDocumentRow(String path, String code, String location, String markingText) {
}
