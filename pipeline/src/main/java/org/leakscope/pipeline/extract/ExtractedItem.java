package org.leakscope.pipeline.extract;

import java.util.List;

import org.leakscope.classifiers.text.TextUnit;

/**
 * One item read from the input: a file, or an item embedded in one (zip entry, mail attachment).
 *
 * @param docId         stable id, derived from the path
 * @param parentDocId   the containing item's id, null for a file
 * @param path          contract path, {@code outer!/inner} for embedded items
 * @param depth         0 for a file, 1 for its embedded items, ...
 * @param sha256        lower-case hex SHA-256 of the item's bytes
 * @param mediaType     detected media type, without parameters
 * @param sizeBytes     size of the item's bytes
 * @param status        extraction outcome
 * @param statusDetail  why, when the status is not OK (never contains extracted text)
 * @param textTruncated true when the text limit cut the text short
 * @param units         the text with its layout, empty when there is none
 * @param more          true for a part of a long text that more parts of the same item (same docId) follow: plain
 *                      and delimited text is handed over in parts so that no part of it waits in memory for the
 *                      rest. Its status is provisional; the item's last part (more = false) carries the outcome
 */
public record ExtractedItem(String docId, String parentDocId, String path, int depth, String sha256,
                            String mediaType, long sizeBytes, ExtractionStatus status, String statusDetail,
                            boolean textTruncated, List<TextUnit> units, boolean more) {

    public ExtractedItem {
        units = List.copyOf(units);
    }

    /** An item whose text comes whole, or the last part of one. */
    public ExtractedItem(String docId, String parentDocId, String path, int depth, String sha256, String mediaType,
                         long sizeBytes, ExtractionStatus status, String statusDetail, boolean textTruncated,
                         List<TextUnit> units) {
        this(docId, parentDocId, path, depth, sha256, mediaType, sizeBytes, status, statusDetail, textTruncated, units,
                false);
    }

    /** The same item without its text: what is kept of it once it is classified and indexed. */
    public ExtractedItem withoutText() {
        return units.isEmpty() ? this : new ExtractedItem(docId, parentDocId, path, depth, sha256, mediaType, sizeBytes,
                status, statusDetail, textTruncated, List.of(), more);
    }

    /** The plain text, one unit per line: what the index holds. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextUnit u : units) {
            sb.append(u.text()).append('\n');
        }
        return sb.toString();
    }
}
