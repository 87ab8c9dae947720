package org.leakscope.classifiers.resolve;

import java.util.List;

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

    /** A finding on line {@code line} of running text, {@code col} characters in (offsets grow by 100 a line). */
    static DocFinding at(String doc, int line, int col, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, "line=" + line, "t", null,
                line * 100 + col));
    }

    /** The first subject named {@code name}; fails the test, showing all, when there is none. */
    static Subject named(List<Subject> s, String name) {
        return s.stream().filter(x -> name.equals(x.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + s));
    }

    /** The one subject with {@code email}; fails the test, showing all, when there is none. */
    static Subject withEmail(List<Subject> s, String email) {
        return s.stream().filter(x -> x.emails().contains(email)).findFirst().orElseThrow(() -> new AssertionError(s));
    }
}
