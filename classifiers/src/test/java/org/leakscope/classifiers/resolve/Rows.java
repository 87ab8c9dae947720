package org.leakscope.classifiers.resolve;

import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/** Findings as the resolver gets them, for the resolver's tests. */
final class Rows {

    private Rows() {
    }

    /** A finding in row {@code row} of a table: the cells of one row are one record. */
    static DocFinding row(String doc, int row, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, "row=" + row, "t", "#" + row, row));
    }

    /** A finding at {@code offset} of running text (line 1). */
    static DocFinding text(String doc, int offset, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, "line=1", "t", null, offset));
    }
}
