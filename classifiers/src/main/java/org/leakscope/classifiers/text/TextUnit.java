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
 * @param rowLinks     for a row of a database table: {@code self|ref}, the row's own entity key ({@code patient:1},
 *                     from its id) and the one it refers to by a foreign-key column ({@code patient_id} 1), either
 *                     part empty; null otherwise (see {@link #LINKS})
 */
public record TextUnit(String text, int page, int line, boolean headerFooter, String sheet, int row,
                       String column, String columnHeader, String rowLinks) {

    /** Sets a row's links apart in its record key: below every character of a sheet name or row number. */
    public static final char LINKS = '\u0002';

    public TextUnit {
        text = text == null ? "" : text;
    }

    public TextUnit(String text, int page, int line, boolean headerFooter, String sheet, int row, String column,
                    String columnHeader) {
        this(text, page, line, headerFooter, sheet, row, column, columnHeader, null);
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

    /** A cell of a database table's row, with the row's links ({@code self|ref}; null: none). */
    public static TextUnit linkedCell(String sheet, int row, String column, String columnHeader, String text,
                                      String rowLinks) {
        return new TextUnit(text, 0, 0, false, sheet, row, column, columnHeader, rowLinks);
    }

    public boolean isCell() {
        return row > 0;
    }

    /**
     * Key of the record the unit belongs to: one table row is one record (one person). Units of
     * running text return null: the whole item is their record.
     */
    public String recordKey() {
        if (!isCell()) {
            return null;
        }
        String key = (sheet == null ? "" : sheet) + "#" + row;
        return rowLinks == null ? key : key + LINKS + rowLinks;
    }

    /** A record key without the row's links ({@link #recordKey}): sheet + "#" + row. */
    public static String rowOf(String recordKey) {
        int l = recordKey.indexOf(LINKS);
        return l < 0 ? recordKey : recordKey.substring(0, l);
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
