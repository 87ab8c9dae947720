package org.leakscope.reports;

/**
 * One input file as found on disk, for manifest.csv: ties the assessment to the evidence.
 *
 * @param path      path as in documents.csv
 * @param sizeBytes size on disk
 * @param sha256    lower-case hex SHA-256 of the bytes read (null when the file could not be read)
 * @param modified  last-modified time, ISO-8601 UTC
 * @param docId     the file's doc_id in documents.csv
 * @param status    the file's status in documents.csv
 */
public record ManifestRow(String path, long sizeBytes, String sha256, String modified, String docId, String status) {
}
