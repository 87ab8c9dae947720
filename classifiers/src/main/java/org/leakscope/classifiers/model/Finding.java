package org.leakscope.classifiers.model;

import java.util.Objects;

/**
 * One detected piece of personal data or one marking in one item.
 *
 * @param category    PII or MARKING
 * @param type        a PII type code or a marking code of the output contract
 * @param value       the normalised full value (kept in the job database to link people; never logged)
 * @param masked      the value masked for reports (markings: the full marking line)
 * @param confidence  0.0 - 1.0
 * @param location    where it is, in findings.csv syntax ({@code page=3;line=4}, {@code sheet=S;row=2;col=B})
 * @param detector    id of the detector or rule that produced it
 * @param recordKey   the record (table row) the value belongs to, null for running text
 * @param offset      character offset in the item's normalised text
 * @param span        characters of the text it stands on from {@code offset}; 0: as many as the value has. A value
 *                    built from two places ("John Whitfield" of "John and Mary Whitfield") stands on its first part
 *                    only, so that it does not cover the name beside it
 */
public record Finding(Category category, String type, String value, String masked, double confidence,
                      String location, String detector, String recordKey, int offset, int span) {

    public Finding(Category category, String type, String value, String masked, double confidence,
                   String location, String detector, String recordKey, int offset) {
        this(category, type, value, masked, confidence, location, detector, recordKey, offset, 0);
    }

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        if (confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
        if (span < 0) {
            throw new IllegalArgumentException("negative span: " + span);
        }
    }

    /** The same finding as part of another record (another person of its row), or of none (null). */
    public Finding withRecordKey(String key) {
        return new Finding(category, type, value, masked, confidence, location, detector, key, offset, span);
    }
}
