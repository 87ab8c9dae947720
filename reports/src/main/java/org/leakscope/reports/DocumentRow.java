package org.leakscope.reports;

import java.util.SortedSet;

/**
 * One documents.csv row: one item (a file or an item embedded in a file).
 * Null fields are written as empty cells; see the output contract for each column's meaning.
 *
 * @param statusDetail why the status is what it is (e.g. the parser's message); an extra column after the contract's
 */
public record DocumentRow(String docId, String path, String sha256, String mediaType, long sizeBytes, String status,
                          String language, String duplicateOf, SortedSet<String> markings, String highestMarking,
                          SortedSet<String> piiTypes, int piiCount, int subjectCount, String risk,
                          String statusDetail) {
}
