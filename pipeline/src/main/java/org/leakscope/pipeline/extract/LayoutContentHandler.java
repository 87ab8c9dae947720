package org.leakscope.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.leakscope.classifiers.text.TextUnit;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into {@link TextUnit}s that keep the layout a classifier needs: page and
 * line numbers, page header/footer regions, and for tables (CSV, spreadsheets, document tables) the
 * sheet, row, column and column header of every cell.
 *
 * <p>Text beyond {@code maxChars} is dropped and {@link #truncated()} says so; parsing itself goes on so
 * embedded items are still found. Plain text may instead be handed on in parts ({@link #handPartsTo}), so that
 * a text of any length is read whole in bounded memory.
 */
final class LayoutContentHandler extends DefaultHandler {

    /** Lines at the top and bottom of a PDF page that count as its header/footer region. */
    static final int PAGE_EDGE_LINES = 3;

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "title", "pre", "blockquote", "dt", "dd", "section", "article", "header", "footer", "address", "caption");

    private final long maxChars;
    private final boolean paged;
    private final TextParts textParts = new TextParts();
    private final List<TextUnit> units = textParts.units();
    private final StringBuilder line = new StringBuilder();
    private long chars;
    private boolean truncated;

    private int page;
    private int lineNo;
    private int pageFirstUnit;
    private int headerFooterDepth;
    private int skipDepth;

    private String lastHeading;
    private String sheet;
    /** Tables so far per heading ("" for none): a second table under one heading is a sheet of its own. */
    private final java.util.Map<String, Integer> tablesPerHeading = new java.util.HashMap<>();
    private int tableDepth;
    private int row;
    private int col;
    private StringBuilder cell;
    private List<String> headers;
    /** The row the column headers come from: the first, or a later one below title rows (see {@link #endRow}). */
    private int headerRow;
    private int headerCells;
    /** Whether a row below the header row has had a filled cell (see {@link #widerHeaderRowBelow}). */
    private boolean filledUnderHeader;
    private List<String> rowCells;

    /** Rows a table may start with before its header row: a title, a date line, a note, blank rows. */
    static final int MAX_TITLE_ROWS = 8;

    /** A one-column table of at most this many rows, each at most {@link #MAX_BOX_CHARS}, is a box of lines. */
    static final int MAX_BOX_ROWS = 12;
    static final int MAX_BOX_CHARS = 200;
    private boolean boxTables;
    /** The address of the mailto: link being read, and the text it shows (see endElement "a"). */
    private String mailto;
    private StringBuilder linkText;
    /** The rows of the current table while it may be a box (see {@link #boxTables}); null otherwise. */
    private List<List<String>> boxRows;

    /**
     * @param maxChars text limit in characters
     * @param paged    true for formats whose {@code div class="page"} are real pages (PDF)
     */
    LayoutContentHandler(long maxChars, boolean paged) {
        this.maxChars = maxChars;
        this.paged = paged;
    }

    List<TextUnit> units() {
        return units;
    }

    /**
     * Hands the units to {@code sink} each time they hold {@code partChars} characters, at a line's end; what is
     * left at the end stays in {@link #units()}. A line longer than {@code partChars} is cut into units of that
     * length. Only for text without pages (a page's header/footer lines are marked when the page ends).
     */
    void handPartsTo(long partChars, Consumer<List<TextUnit>> sink) {
        if (paged) {
            throw new IllegalStateException("paged text is not handed on in parts");
        }
        textParts.handTo(partChars, sink);
    }

    /** Units of a table read outside Tika (delimited text, JSON): what its reader did not hand on in parts. */
    void tableUnits(List<TextUnit> table) {
        units.addAll(table);
    }

    boolean truncated() {
        return truncated;
    }

    /**
     * A small one-column table is a box of lines, not a grid of records: a mail's signature laid out as a table
     * ("Gregory Vasquez" / "M: (614) 827-1242" / "gregory.vasquez@…", one row each) is one block, as the same
     * lines in a paragraph are; as table rows it was three records and the phone joined neither name nor e-mail.
     * Only for HTML (and mail bodies), where tables are layout; a sheet's one column is data under its header.
     */
    void boxTables(boolean on) {
        boxTables = on;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String el = localName.isEmpty() ? qName : localName;
        String cls = atts.getValue("class");
        if (el.equals("script") || el.equals("style")) {
            skipDepth++;
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        switch (el) {
            case "div" -> {
                flushLine();
                boxCellBreak();
                if ("page".equals(cls) && paged) {
                    endPage();
                    page++;
                    lineNo = 0;
                    pageFirstUnit = units.size();
                } else if ("header".equals(cls) || "footer".equals(cls)) {
                    headerFooterDepth++;
                } else if (headerFooterDepth > 0) {
                    headerFooterDepth++;
                }
            }
            case "table" -> {
                flushLine();
                tableDepth++;
                if (tableDepth == 1) {
                    row = 0;
                    headers = new ArrayList<>();
                    headerRow = 1;
                    headerCells = 0;
                    filledUnderHeader = false;
                    sheet = tableName(lastHeading);
                    boxRows = boxTables ? new ArrayList<>() : null;
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row++;
                    col = 0;
                    rowCells = new ArrayList<>();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    col++;
                    cell = new StringBuilder();
                }
            }
            case "br" -> {
                flushLine();
                boxCellBreak();
            }
            case "a" -> {
                String href = atts.getValue("href");
                if (href != null && href.regionMatches(true, 0, "mailto:", 0, 7)) {
                    int q = href.indexOf('?');
                    mailto = java.net.URLDecoder.decode(href.substring(7, q < 0 ? href.length() : q),
                            java.nio.charset.StandardCharsets.UTF_8).strip();
                    linkText = new StringBuilder();
                }
            }
            default -> {
                if (BLOCKS.contains(el)) {
                    flushLine();
                    boxCellBreak();
                }
            }
        }
    }

    /** A line break inside a cell of a table that may be a box: kept, the cell's lines become lines. */
    private void boxCellBreak() {
        if (boxRows != null && cell != null && tableDepth == 1 && !cell.isEmpty()) {
            cell.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String el = localName.isEmpty() ? qName : localName;
        if (skipDepth > 0) {
            if (el.equals("script") || el.equals("style")) {
                skipDepth--;
            }
            return;
        }
        switch (el) {
            case "a" -> {
                // a mailto: link shown as "e-mail" or a name: its address is in the file, so it is in the text
                String address = mailto;
                StringBuilder shown = linkText;
                mailto = null;
                linkText = null;
                if (address != null && address.indexOf('@') > 0 && shown != null
                        && !shown.toString().toLowerCase(java.util.Locale.ROOT)
                        .contains(address.toLowerCase(java.util.Locale.ROOT))) {
                    char[] add = (" <" + address + ">").toCharArray();
                    characters(add, 0, add.length);
                }
            }
            case "div" -> {
                flushLine();
                boxCellBreak();
                if (headerFooterDepth > 0) {
                    headerFooterDepth--;
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1 && cell != null) {
                    if (boxRows != null && rowCells != null) {
                        rowCells.add(cell.toString().strip()); // emitted as a line or a cell when the table tells
                    } else {
                        emitCell(cell.toString().strip());
                    }
                    cell = null;
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    if (boxRows != null && rowCells != null) {
                        boxRows.add(rowCells);
                        if (!boxRow(rowCells) || boxRows.size() > MAX_BOX_ROWS) {
                            replayAsCells();
                        }
                    } else {
                        endRow();
                    }
                }
            }
            case "table" -> {
                if (tableDepth == 1) {
                    cell = null;
                    if (boxRows != null) {
                        emitBoxLines();
                    }
                }
                tableDepth = Math.max(0, tableDepth - 1);
            }
            case "h1", "h2", "h3" -> {
                if (tableDepth == 0) {
                    lastHeading = line.toString().strip();
                }
                flushLine();
            }
            default -> {
                if (BLOCKS.contains(el)) {
                    flushLine();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        if (linkText != null) {
            linkText.append(ch, start, length);
        }
        if (tableDepth > 0 && cell != null) {
            if (room(length)) {
                cell.append(ch, start, length);
            }
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' || c == '\r') {
                flushLine();
            } else if (room(1)) {
                line.append(c);
                if (textParts.inParts() && line.length() >= textParts.partChars()) {
                    cutLongLine();
                }
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        // Tika writes line separators (PDF lines, block ends) as ignorable whitespace: keep them as line breaks
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        if (boxRows != null) {
            emitBoxLines(); // a table left open at the end: its rows are text all the same
        }
        flushLine();
        endPage();
    }

    private boolean room(int n) {
        if (chars + n > maxChars) {
            truncated = true;
            return false;
        }
        chars += n;
        return true;
    }

    /**
     * A text without line breaks (a blob, a minified dump) is cut, or one line would be all of it: at the last blank
     * of the line's last 4,096 characters, so a value is seldom cut in two, else where it stands.
     */
    private void cutLongLine() {
        int cut = line.length();
        for (int i = line.length() - 1; i > 0 && i >= line.length() - 4096; i--) {
            if (Character.isWhitespace(line.charAt(i))) {
                cut = i;
                break;
            }
        }
        String rest = line.substring(cut);
        line.setLength(cut);
        flushLine();
        line.append(rest);
    }

    /** A row of a box: at most one cell with text, and that short. */
    private static boolean boxRow(List<String> cells) {
        int filled = 0;
        for (String t : cells) {
            if (!t.isEmpty() && (++filled > 1 || t.length() > MAX_BOX_CHARS)) {
                return false;
            }
        }
        return true;
    }

    /** The table is no box after all: its rows so far become cells, as they would have been. */
    private void replayAsCells() {
        List<List<String>> rows = boxRows;
        boxRows = null;
        int current = row;
        for (int r = 0; r < rows.size(); r++) {
            row = r + 1;
            col = 0;
            rowCells = new ArrayList<>();
            for (String text : rows.get(r)) {
                col++;
                emitCell(text);
            }
            endRow();
        }
        row = current;
    }

    /** The rows of a box as lines of text. */
    private void emitBoxLines() {
        List<List<String>> rows = boxRows;
        boxRows = null;
        flushLine();
        for (List<String> cells : rows) {
            for (String text : cells) {
                for (String piece : text.split("\n")) {
                    line.append(piece);
                    flushLine();
                }
            }
        }
    }

    private void emitCell(String text) {
        int c = col;
        if (row == 1) {
            headers.add(text);
            if (!text.isEmpty()) {
                headerCells++;
            }
        }
        if (rowCells != null) {
            rowCells.add(text);
        }
        if (text.isEmpty()) {
            return;
        }
        String header = row > headerRow && c - 1 < headers.size() ? emptyToNull(headers.get(c - 1)) : null;
        textParts.add(TextUnit.cell(sheet, row, columnName(c), header, text));
        textParts.mayEnd();
    }

    /**
     * A sheet often starts with a title, a date line or a note in one cell ("社員名簿（2024年4月1日現在）", "Plan
     * year: ...") and has its column headers further down: while the header row so far has at most one cell, the
     * first row with two or more cells within {@link #MAX_TITLE_ROWS} rows becomes the header row. A one-column
     * list keeps its first row.
     */
    private void endRow() {
        int before = headerRow;
        findHeaderRow();
        if (headerRow != before) {
            filledUnderHeader = false;
        } else if (rowCells != null && row > headerRow && rowCells.stream().anyMatch(t -> !t.isEmpty())
                && !subTitleRow(rowCells)) {
            filledUnderHeader = true;
        }
    }

    /**
     * A second row of a title block under a title block taken for the header row: no more cells than it, standing apart,
     * within {@link #MAX_TITLE_ROWS}, each cell a short label and its value ("作成日：2026年10月31日", "Run by: HR Admin"):
     * "派遣元管理台帳 | … | 日本総合スタッフ株式会社" over "作成日：2026年10月31日 | … | 派遣元責任者：…", then a blank row and
     * the column labels (probe set 31). It leaves the labels below free to take the header's place
     * ({@link #widerHeaderRowBelow}); rows of data under a two-cell header ("Ann Lee | | Sales") are filled rows.
     */
    private boolean subTitleRow(List<String> cells) {
        if (row > MAX_TITLE_ROWS + 1 || headerCells > 3 || !gapBetweenCells(headers)) {
            return false;
        }
        int filled = 0;
        for (String t : cells) {
            if (t.isEmpty()) {
                continue;
            }
            if (!LABELLED_CELL.matcher(t).find()) {
                return false;
            }
            filled++;
        }
        return filled <= headerCells;
    }

    /** A cell that starts with a short label and a colon: "作成日：…", "Run by: …" (not a time, "09:00"). */
    private static final java.util.regex.Pattern LABELLED_CELL = java.util.regex.Pattern.compile("^[^\\d:：\\n]{1,20}[:：]");

    /**
     * A report's sub-title row in a few cells ("Custom Report: Employee Master | Run by: HR Admin | 2026-09-30") taken
     * for the header row gives way to the first filled row below it when that row has at least four and twice as many
     * cells, each a label (no e-mail, no number), and the sub-title's cells stand apart (a gap between them, as no run of
     * column labels has): the column headers under a report's title block (BambooHR). The sheet's first row gives way
     * so only when a blank row stands between it and the labels: a register's title and the business's name in two
     * cells of row 1, a blank row, the column labels (a 宿泊者名簿, probe set 28); a first row of headers with an empty
     * column is followed by its data.
     */
    private boolean widerHeaderRowBelow(List<String> cells) {
        if (filledUnderHeader || headerRow <= 1 && row <= headerRow + 1 || row > MAX_TITLE_ROWS + 1 || !gapBetweenCells(headers)) {
            return false;
        }
        int filled = 0;
        for (String t : cells) {
            if (t.isEmpty()) {
                continue;
            }
            if (!CsvUnits.labelCell(t)) {
                return false;
            }
            filled++;
        }
        return filled >= 4 && filled >= 2 * headerCells;
    }

    /** An empty cell between two filled ones: a title block's cells scattered over a row, no run of column labels. */
    private static boolean gapBetweenCells(List<String> cells) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        for (int c = first + 1; c < last; c++) {
            if (cells.get(c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void findHeaderRow() {
        if (rowCells != null && row > headerRow && widerHeaderRowBelow(rowCells)) {
            headers = new ArrayList<>(rowCells);
            headerRow = row;
            headerCells = (int) rowCells.stream().filter(t -> !t.isEmpty()).count();
            return;
        }
        if (rowCells != null && row == headerRow + 1 && headerCells > 1 && groupRowAbove(rowCells)) {
            headers = new ArrayList<>(rowCells);
            headerRow = row;
            headerCells = rowCells.size();
            return;
        }
        if (rowCells == null || row <= headerRow || row > MAX_TITLE_ROWS + 1 || headerCells > 1) {
            return;
        }
        int filled = 0;
        for (String t : rowCells) {
            if (!t.isEmpty()) {
                filled++;
            }
        }
        if (filled >= 2) {
            headers = new ArrayList<>(rowCells);
            headerRow = row;
            headerCells = filled;
        }
    }

    /**
     * A header in two rows: a group row whose cells were merged over their columns ("Employee" over A:C, "Contact"
     * over D:E) and under it the column labels. The group row leaves gaps where merged cells were, the row under it
     * fills every one of those columns with a label (no digits, no e-mail), so the lower row names the columns.
     */
    private boolean groupRowAbove(List<String> cells) {
        int groups = 0;
        boolean gap = false;
        for (int c = 0; c < cells.size(); c++) {
            String h = c < headers.size() ? headers.get(c) : "";
            String v = cells.get(c);
            if (v.isEmpty() || v.length() > 40 || v.chars().anyMatch(ch -> Character.isDigit(ch) || ch == '@')) {
                return false;
            }
            if (h.isEmpty()) {
                gap = true;
            } else {
                groups++;
            }
        }
        return gap && groups >= 2 && cells.size() > groups;
    }

    private void flushLine() {
        if (line.isEmpty()) {
            return;
        }
        String raw = line.toString().stripTrailing();
        String text = raw.strip();
        line.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (tableDepth == 0 && markdownRow(text)) {
            return;
        }
        if (tableDepth == 0 && page == 0 && fixedWidthRow(raw)) {
            return;
        }
        lineNo++;
        textParts.add(new TextUnit(text, page, lineNo, headerFooterDepth > 0, null, 0, null, null));
        textParts.mayEnd();
    }

    // a Markdown table in plain text (notes, wiki exports): "| site | login | secret |", its ruler "|---|---|---|", then
    // rows; the rows are cells under the header's labels, as an HTML table's are (a password column is a password)
    private static final java.util.regex.Pattern MD_RULER = java.util.regex.Pattern.compile(
            "\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)+\\|?");
    private String mdPending;
    private List<String> mdHeaders;
    private String mdSheet;
    private int mdRow;

    /** Whether the line is a Markdown table's ruler or row, taken as cells (the header line stays a line too). */
    private boolean markdownRow(String text) {
        List<String> cells = pipeCells(text);
        if (mdHeaders != null) {
            if (cells != null && !MD_RULER.matcher(text).matches()) {
                mdRow++;
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        String header = c < mdHeaders.size() ? emptyToNull(mdHeaders.get(c)) : null;
                        textParts.add(TextUnit.cell(mdSheet, mdRow, columnName(c + 1), header, cells.get(c)));
                    }
                }
                textParts.mayEnd();
                return true;
            }
            mdHeaders = null;
        }
        if (mdPending != null && MD_RULER.matcher(text).matches()) {
            mdHeaders = pipeCells(mdPending);
            mdPending = null;
            mdSheet = tableName(lastHeading);
            mdRow = 1;
            return true;
        }
        mdPending = cells != null && cells.size() >= 2 ? text : null;
        return false;
    }

    // a fixed-width table in plain text (a passenger manifest, a mainframe report): a header line of labels with no
    // digits, then rows whose values start where the labels start. The columns are the label starts that the first
    // row's values also start at ("DOC TYPE DOC NO" over "P        TZ7670821" is two columns, not four); a row is
    // in the table while every value after a gap of two or more blanks starts at one of them
    private String fwPending;
    private int[] fwStarts;
    private List<String> fwHeaders;
    private String fwSheet;
    private int fwRow;
    private static final int FW_MIN_COLUMNS = 4;

    /** Whether the line is a row of a fixed-width table, taken as cells (the header line stays a line too). */
    private boolean fixedWidthRow(String raw) {
        if (fwStarts != null) {
            if (fixedWidthAligned(raw, fwStarts)) {
                emitFixedWidth(raw);
                return true;
            }
            fwStarts = null;
        }
        if (fwPending != null) {
            int[] starts = fixedWidthStarts(fwPending, raw);
            if (starts != null) {
                fwStarts = starts;
                fwHeaders = fixedWidthCells(fwPending, starts);
                fwSheet = tableName(lastHeading);
                fwRow = 1;
                fwPending = null;
                emitFixedWidth(raw);
                return true;
            }
        }
        fwPending = fixedWidthHeader(raw) ? raw : null;
        return false;
    }

    private void emitFixedWidth(String raw) {
        fwRow++;
        List<String> cells = fixedWidthCells(raw, fwStarts);
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                textParts.add(TextUnit.cell(fwSheet, fwRow, columnName(c + 1), emptyToNull(fwHeaders.get(c)), cells.get(c)));
            }
        }
        textParts.mayEnd();
    }

    /** A header line: labels only (no digits, no tabs), three or more groups of them apart by two or more blanks. */
    static boolean fixedWidthHeader(String raw) {
        if (raw.length() > 300 || raw.indexOf('\t') >= 0 || !raw.contains("  ") || raw.charAt(0) == ' ') {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isDigit(raw.charAt(i))) {
                return false;
            }
        }
        return tokenStarts(raw, 1).length >= FW_MIN_COLUMNS && tokenStarts(raw, 2).length >= 3;
    }

    /** The column starts a header and its first row share, or null when they are too few or the row strays. */
    static int[] fixedWidthStarts(String header, String row) {
        if (row.indexOf('\t') >= 0 || !row.contains("  ") || row.charAt(0) == ' ') {
            return null;
        }
        List<Integer> kept = new ArrayList<>();
        for (int s : tokenStarts(header, 1)) {
            if (s < row.length() && row.charAt(s) != ' ' && (s == 0 || row.charAt(s - 1) == ' ')) {
                kept.add(s);
            }
        }
        if (kept.size() < FW_MIN_COLUMNS) {
            return null;
        }
        int[] starts = kept.stream().mapToInt(Integer::intValue).toArray();
        return fixedWidthAligned(row, starts) ? starts : null;
    }

    /** Every value after a gap of two or more blanks starts at a column start, and the first column is filled. */
    static boolean fixedWidthAligned(String row, int[] starts) {
        if (row.isEmpty() || row.charAt(0) == ' ' || row.indexOf('\t') >= 0 || row.length() > 300) {
            return false;
        }
        int filled = 0;
        for (int s : starts) {
            if (s < row.length() && row.charAt(s) != ' ') {
                if (s > 0 && row.charAt(s - 1) != ' ') {
                    return false; // a value runs across the column's start
                }
                filled++;
            }
        }
        if (filled < FW_MIN_COLUMNS - 1) {
            return false;
        }
        for (int s : tokenStarts(row, 2)) {
            if (java.util.Arrays.binarySearch(starts, s) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where the line's words start: at 0, and after at least {@code gap} blanks. */
    private static int[] tokenStarts(String line, int gap) {
        List<Integer> out = new ArrayList<>();
        int blanks = gap;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                blanks++;
            } else {
                if (blanks >= gap) {
                    out.add(i);
                }
                blanks = 0;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static List<String> fixedWidthCells(String line, int[] starts) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < starts.length; c++) {
            int from = Math.min(starts[c], line.length());
            int to = c + 1 < starts.length ? Math.min(starts[c + 1], line.length()) : line.length();
            out.add(line.substring(from, to).strip());
        }
        return out;
    }

    /** The cells of a line that starts and ends with '|', or null. */
    private static List<String> pipeCells(String text) {
        if (text.length() < 3 || text.charAt(0) != '|' || text.charAt(text.length() - 1) != '|') {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String c : text.substring(1, text.length() - 1).split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    /** Marks the first and last lines of the page that just ended as its header/footer region. */
    private void endPage() {
        if (page == 0) {
            return;
        }
        int end = units.size();
        for (int i = pageFirstUnit; i < end; i++) {
            TextUnit u = units.get(i);
            boolean edge = i - pageFirstUnit < PAGE_EDGE_LINES || end - i <= PAGE_EDGE_LINES;
            if (edge && !u.headerFooter() && !u.isCell()) {
                units.set(i, new TextUnit(u.text(), u.page(), u.line(), true, null, 0, null, null));
            }
        }
        pageFirstUnit = end;
    }

    /**
     * The sheet name of a table: the heading above it, "Heading (2)" for a second table under the same heading,
     * "table 2" for a second table without one. Rows are records by sheet and row number: two tables of one
     * name put a roster's row 3 and a form's row 3 into one person's record.
     */
    private String tableName(String heading) {
        int n = tablesPerHeading.merge(heading == null ? "" : heading, 1, Integer::sum);
        if (n == 1) {
            return heading;
        }
        return heading == null ? "table " + n : heading + " (" + n + ")";
    }

    /** 1 -> A, 26 -> Z, 27 -> AA: the spreadsheet column names users know. */
    static String columnName(int oneBased) {
        StringBuilder sb = new StringBuilder();
        int n = oneBased;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
