package org.leakscope.classifiers.text;

/**
 * One line (or one spreadsheet/CSV cell) of extracted text with the layout that tells a banner from
 * running text. Fields that are unknown are 0 / null.
 *
 * @param text         the raw text of the unit, as extracted (not yet normalised)
 * @param page         1-based page number, 0 when the format has no pages
 * @param line         1-based line number within the page (or within the item when there are no pages)
 * @param headerFooter true when the unit stands in a page header/footer region
 * @param sheet        sheet name for spreadsheets, null otherwise
 * @param row          1-based row for spreadsheets and CSV, 0 otherwise
 * @param column       column letter(s) for spreadsheets and CSV (A, B, ... AA), null otherwise
 * @param columnHeader the header cell text of the unit's column, null when unknown
 */
public record TextUnit(String text, int page, int line, boolean headerFooter, String sheet, int row,
                       String column, String columnHeader) {

    public TextUnit {
        text = text == null ? "" : text;
    }

    /** A plain line of text with no page. */
    public static TextUnit line(int line, String text) {
        return new TextUnit(text, 0, line, false, null, 0, null, null);
    }

    /** A line on a page. */
    public static TextUnit pageLine(int page, int line, String text, boolean headerFooter) {
        return new TextUnit(text, page, line, headerFooter, null, 0, null, null);
    }

    /** A cell of a table (CSV or spreadsheet); sheet is null for CSV. */
    public static TextUnit cell(String sheet, int row, String column, String columnHeader, String text) {
        return new TextUnit(text, 0, 0, false, sheet, row, column, columnHeader);
    }

    public boolean isCell() {
        return row > 0;
    }

    /**
     * Key of the record the unit belongs to: one table row is one record (one person). Units of
     * running text return null: the whole item is their record.
     */
    public String recordKey() {
        return isCell() ? (sheet == null ? "" : sheet) + "#" + row : null;
    }

    /** The location in findings.csv syntax: {@code page=3;line=4}, {@code sheet=Staff;row=17;col=E}, {@code line=42}. */
    public String location() {
        if (isCell()) {
            StringBuilder sb = new StringBuilder();
            if (sheet != null) {
                sb.append("sheet=").append(sheet).append(';');
            }
            sb.append("row=").append(row);
            if (column != null) {
                sb.append(";col=").append(column);
            }
            return sb.toString();
        }
        if (page > 0) {
            return "page=" + page + ";line=" + line;
        }
        return "line=" + line;
    }
}
