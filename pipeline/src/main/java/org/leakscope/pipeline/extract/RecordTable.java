package org.leakscope.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.leakscope.classifiers.text.TextUnit;

/**
 * The table an interchange file's records are read into ({@link Hl7Segments}, {@link X12Segments},
 * {@link PaymentRecords}): one row per party (a patient, a member, a payee), each value a cell under the field name the
 * format's specification gives it, so that the column rules type it (column-headers.yml) and the row makes one record of
 * one person. Lines ({@link #line}) hold what belongs to nobody in particular (a file's sender, a batch's company).
 */
final class RecordTable {

    private final List<TextUnit> units = new ArrayList<>();
    private final long maxChars;
    private long chars;
    private int row;
    private int column;
    private int line;

    RecordTable(long maxChars) {
        this.maxChars = maxChars;
    }

    /** Starts a new row (a new party); returns its number. */
    int newRow() {
        row++;
        column = 0;
        return row;
    }

    int row() {
        return row;
    }

    /** A cell of row {@code r} under {@code header}; blank values are left out. */
    void cell(int r, String header, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || r <= 0 || !budget(v)) {
            return;
        }
        if (r != row) { // a cell for an earlier row (a claim's diagnosis after the payer's name): its own column
            units.add(TextUnit.cell(null, r, LayoutContentHandler.columnName(100 + units.size()), header, v));
            return;
        }
        column++;
        units.add(TextUnit.cell(null, r, LayoutContentHandler.columnName(column), header, v));
    }

    /** A line of text outside the rows. */
    void line(String text) {
        String v = text == null ? "" : text.strip();
        if (!v.isEmpty() && budget(v)) {
            units.add(TextUnit.line(++line, v));
        }
    }

    private boolean budget(String v) {
        chars += v.length();
        return chars <= maxChars;
    }

    List<TextUnit> units() {
        return units;
    }
}
