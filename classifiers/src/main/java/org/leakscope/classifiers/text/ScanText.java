package org.leakscope.classifiers.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.CharIndex;
import org.leakscope.classifiers.detect.TriggerScan;

/**
 * The normalised text of one item as detectors see it: every unit normalised, joined by '\n' so that
 * a label on one line is context for a value on the next. Maps any offset back to its unit.
 */
public final class ScanText {

    private final List<TextUnit> units;
    private final List<String> normalized;
    private final int[] starts;
    private final String text;
    private final boolean indexed;
    private final TriggerScan triggers;
    private CharIndex index;
    private TriggerScan.Starts triggerStarts;
    // per unit, filled on first use: a roster asks the same cell's context, label and location for every hit in it
    private String[] cellContexts;
    private String[] rowLabels;
    private String[] locations;
    private String[] recordKeys;
    private Predicate<String> formSheetsFor;
    private Set<String> formSheets;
    /** Headers of columns that are each a person's ({@link #personColumns}), or null: none are. */
    private Predicate<String> personColumns;
    private Predicate<String> personSheetsFor;
    private Set<String> personSheets;
    private int[] innerHeaderRows; // per row's first cell: the first cell of its inner header row, -1 none, -2 unknown
    private int[] recordFirst;  // per cell, the first and last unit of its record (table row)
    private int[] recordLast;
    private boolean startsItem = true;
    private boolean endsItem = true;
    /** A computed row label that is null (the memo's empty slots are null too). */
    private static final String NO_LABEL = new String("");
    private static final Pattern COLON_AT_END = Pattern.compile("[:：]$");

    public ScanText(List<TextUnit> units) {
        this(units, true, null);
    }

    /** A text whose regex rules are found through {@code triggers}, the classifier's union automaton. */
    public ScanText(List<TextUnit> units, TriggerScan triggers) {
        this(units, true, triggers);
    }

    /**
     * Without the shared character index every detector scans the whole text itself, the way they all did
     * before the index existed: the reference the equivalence test compares the indexed path with.
     */
    public static ScanText unindexed(List<TextUnit> units) {
        return new ScanText(units, false, null);
    }

    private ScanText(List<TextUnit> units, boolean indexed, TriggerScan triggers) {
        this.indexed = indexed;
        this.triggers = triggers;
        this.units = List.copyOf(units);
        this.normalized = new ArrayList<>(units.size());
        this.starts = new int[units.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            starts[i] = sb.length();
            String n = TextNormalizer.normalize(units.get(i).text());
            normalized.add(n);
            sb.append(n);
        }
        this.text = sb.toString();
    }

    /**
     * Marks this text as one part of a longer item's text: where it stands tells whether its first and last lines
     * stand where a banner or stamp stands (the item's top and bottom). Returns this.
     */
    public ScanText asPart(boolean startsItem, boolean endsItem) {
        this.startsItem = startsItem;
        this.endsItem = endsItem;
        return this;
    }

    /**
     * Names the headers of columns that are each a person's: a form laid out "field | Borrower | Co-Borrower" (a
     * loan application, an enrolment's Employee | Spouse, 本人 | 配偶者) has a field in each row and a person in each
     * column, so a row's first cell labels its values ({@link #rowLabel}). Call before the text is read. Returns this.
     */
    public ScanText personColumns(Predicate<String> personColumns) {
        this.personColumns = personColumns;
        return this;
    }

    /** True unless this is a later part of an item's text: its first lines are the item's first lines. */
    public boolean startsItem() {
        return startsItem;
    }

    /** True unless more of the item's text follows this part: its last lines are the item's last lines. */
    public boolean endsItem() {
        return endsItem;
    }

    public static ScanText ofLines(String... lines) {
        List<TextUnit> u = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            u.add(TextUnit.line(i + 1, lines[i]));
        }
        return new ScanText(u);
    }

    public String text() {
        return text;
    }

    /**
     * The item's character index, built on first use and shared by all detectors; null for an
     * {@link #unindexed} text. One ScanText serves one thread.
     */
    public CharIndex index() {
        if (!indexed) {
            return null;
        }
        if (index == null) {
            index = new CharIndex(text);
        }
        return index;
    }

    /**
     * Every match of {@code p}, as repeated {@code find()} over the whole text reports them (the same matches,
     * in the same order), trying only where a match can start: where the union automaton says {@code p}'s
     * trigger begins when {@code p} is one of its rules, else at {@code p}'s first characters; with an
     * {@code anchor} and no trigger, only starts within the anchor's reach.
     */
    /**
     * Where the union automaton says {@code p}'s trigger begins (a bitmap over the text; empty: nowhere), or null
     * when {@code p} is not one of its rules. The union runs once per text, at the first question.
     */
    public long[] triggerStarts(Pattern p) {
        if (triggers == null || !triggers.covers(p)) {
            return null;
        }
        if (triggerStarts == null) {
            triggerStarts = triggers.scan(text);
        }
        return triggerStarts.of(p);
    }

    /** True when the union automaton finds {@code p}'s starts. */
    public boolean scansFor(Pattern p) {
        return triggers != null && triggers.covers(p);
    }

    public void forEachMatch(Pattern p, CharIndex.Anchor anchor, Consumer<Matcher> onMatch) {
        long[] starts = triggerStarts(p);
        if (starts == null) {
            CharIndex.forEachMatch(text, index(), p, anchor, onMatch);
            return;
        }
        // the trigger already holds what an anchor would say (an e-mail's '@' after its local part)
        CharIndex.forEachMatch(text, starts, p, onMatch);
    }

    public List<TextUnit> units() {
        return units;
    }

    public String normalized(int unitIndex) {
        return normalized.get(unitIndex);
    }

    private String[] folded;
    private java.util.function.UnaryOperator<String> foldedBy;

    /**
     * {@code fold} of the unit's normalised text, made once per unit: a detector that asks for its own form of a unit
     * from many places (the Japanese names' kanji variants) folds it once. One fold per text (another one starts over).
     */
    public String folded(int unitIndex, java.util.function.UnaryOperator<String> fold) {
        if (foldedBy != fold) {
            folded = new String[normalized.size()];
            foldedBy = fold;
        }
        String f = folded[unitIndex];
        if (f == null) {
            folded[unitIndex] = f = fold.apply(normalized(unitIndex));
        }
        return f;
    }

    public int start(int unitIndex) {
        return starts[unitIndex];
    }

    /** Index of the unit holding {@code offset} (the '\n' after a unit belongs to it). */
    public int unitIndexAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    public TextUnit unitAt(int offset) {
        return units.get(unitIndexAt(offset));
    }

    /**
     * The text around a hit that may hold a label, lower-cased. For a table cell that is its column
     * header plus the cell itself: neighbouring cells belong to other columns and would mislead.
     * For running text it is a window of the joined text.
     */
    public String context(int start, int end, int before, int after) {
        int ui = unitIndexAt(start);
        if (units.get(ui).isCell()) {
            String cell = normalized.get(ui);
            int cellStart = starts[ui];
            if (cell.length() > PROSE_CELL_CHARS && start >= cellStart && end <= cellStart + cell.length()) {
                // a cell of prose (a ticket's description, a note) holds more than one field's words: its labels
                // are read around the hit as on a line ("card 5113 … was charged twice for order #…" has the card
                // label beside the number and the order label further on), after the cell's header and row label
                int from = Math.max(cellStart, start - before);
                int to = Math.min(cellStart + cell.length(), end + after);
                return cellHead(ui) + text.substring(from, start).toLowerCase(Locale.ROOT) + " \u0000 "
                        + text.substring(end, to).toLowerCase(Locale.ROOT);
            }
            if (cellContexts == null) {
                cellContexts = new String[units.size()];
            }
            if (cellContexts[ui] == null) {
                cellContexts[ui] = cellContext(ui);
            }
            return cellContexts[ui];
        }
        int from = Math.max(0, start - before);
        int to = Math.min(text.length(), end + after);
        // a label stands before its value or after it on the same line; the next line is another field
        int nl = text.indexOf('\n', end);
        if (nl >= 0 && nl < to) {
            to = nl;
        }
        return text.substring(from, start).toLowerCase(Locale.ROOT) + " \u0000 "
                + text.substring(end, to).toLowerCase(Locale.ROOT);
    }

    /**
     * The label of a cell in a two-column form (label | value, or label | value | label | value): the
     * normalised text of the cell to its left in the same row, when the row has 2 or 4 cells, the cell
     * stands in an odd position and its left neighbour looks like a label (no digits, at most 30 chars).
     * Key-value tables in Word and PDF forms put the label beside the value, not above it, so the column
     * header (the first row) says nothing about the cell. A form's section row of 5, 7 or 9 cells, "section | label
     * | value | label | value" ("（源泉）控除対象配偶者 | 氏名 | … | 個人番号 | …"), labels its values the same way when
     * the section cell and every label cell look like labels, the label cells short words without a space (a
     * roster row's names and places seldom all are). Null when the cell is not in such a form.
     */
    public String rowLabel(int unitIndex) {
        if (!units.get(unitIndex).isCell()) {
            return null;
        }
        if (rowLabels == null) {
            rowLabels = new String[units.size()];
        }
        if (rowLabels[unitIndex] == null) {
            String label = computeRowLabel(unitIndex);
            rowLabels[unitIndex] = label == null ? NO_LABEL : label;
        }
        String label = rowLabels[unitIndex];
        return label == NO_LABEL ? null : label;
    }

    private String computeRowLabel(int unitIndex) {
        if (recordFirst == null) {
            findRecords();
        }
        int first = recordFirst[unitIndex];
        int cells = recordLast[unitIndex] - first + 1;
        int pos = unitIndex - first;
        if (pos > 0 && personRow(first, recordLast[unitIndex])) {
            // "Date of Birth (mm/dd/yyyy) | … | …": the field without its format note
            String label = normalized.get(first).strip();
            int paren = label.lastIndexOf(" (");
            return label.endsWith(")") && paren > 0 ? shortLabel(label.substring(0, paren)) : labelOf(first);
        }
        if (cells == 2 || cells == 4) {
            return pos % 2 == 0 ? null : labelOf(unitIndex - 1);
        }
        // a numbered form's row "8 | U.S. passport book number | 512345678" (an SF 86 export's section | field |
        // response): the item number, then label | value
        if (cells == 3 && pos == 2 && ITEM_NUMBER.matcher(normalized.get(first).strip()).matches()) {
            return labelOf(unitIndex - 1);
        }
        // a section's row of a form: "（源泉）控除対象配偶者 | 氏名 | 近藤 陽子 | 個人番号 | 3834…": the section's
        // name, then label | value pairs; every label cell must look like one (a roster row's cells rarely all do)
        if (cells >= 5 && cells <= 9 && cells % 2 == 1 && pos % 2 == 0 && pos > 0) {
            if (labelOf(first) == null || headsRowBelow(unitIndex)) {
                return null;
            }
            for (int p = 1; p < cells; p += 2) {
                if (!isShortLabel(first + p)) {
                    return null;
                }
            }
            return labelOf(unitIndex - 1);
        }
        return null;
    }

    /**
     * Whether the row of cell {@code ui} is a table's header row: its first row, with a row under it whose cells sit
     * under its cells and repeat none of its labels. "役割 | 氏名 | 所属 | 携帯電話 | メール" over "報告者 | …" is no
     * section row of label | value pairs (所属 is no one's name); a form's section rows repeat their labels
     * ("配偶者 | 氏名 | … " over "扶養親族 | 氏名 | …").
     */
    private boolean headsRowBelow(int ui) {
        int first = recordFirst[ui];
        int last = recordLast[ui];
        String own = units.get(first).columnHeader();
        if (own != null && !own.strip().equals(normalized.get(first).strip())) {
            return false; // a row under the table's first row
        }
        int next = last + 1;
        if (next >= units.size() || !units.get(next).isCell() || recordFirst[next] != next) {
            return false;
        }
        Set<String> cells = new java.util.HashSet<>();
        for (int j = first; j <= last; j++) {
            cells.add(normalized.get(j).strip());
        }
        boolean under = false;
        for (int j = next; j <= recordLast[next]; j++) {
            String text = normalized.get(j).strip();
            if (cells.contains(text)) {
                return false;
            }
            String header = units.get(j).columnHeader();
            under |= header != null && cells.contains(header.strip());
        }
        return under;
    }

    /**
     * Whether the row of cells first..last is a row of a table whose columns are people: three to five cells, each
     * but the first under a header of {@link #personColumns}.
     */
    private boolean personRow(int first, int last) {
        if (personColumns == null || last - first < 2 || last - first > 4) {
            return false;
        }
        for (int j = first + 1; j <= last; j++) {
            String header = units.get(j).columnHeader();
            if (header == null || !personColumns.test(header)) {
                return false;
            }
        }
        return true;
    }

    /** Whether cell {@code ui} is a value of a person's column ({@link #personColumns}): not the row's field cell. */
    public boolean inPersonColumn(int ui) {
        if (personColumns == null || !units.get(ui).isCell()) {
            return false;
        }
        if (recordFirst == null) {
            findRecords();
        }
        return ui > recordFirst[ui] && personRow(recordFirst[ui], recordLast[ui]);
    }

    /**
     * The tables (by sheet name, "" for none) whose columns are people ({@link #personColumns}) with at least two
     * rows whose field {@code namesPii}: each column there is one person's record. A task list "Shift | Employee |
     * Supervisor" has people in its columns too, but no field of personal data in its rows.
     */
    public Set<String> personColumnSheets(Predicate<String> namesPii) {
        if (personColumns == null) {
            return Set.of();
        }
        if (personSheetsFor != namesPii) {
            Map<String, Integer> labelled = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                if (units.get(i).isCell() && inPersonColumn(i) && i == recordFirst[i] + 1) {
                    String label = rowLabel(i);
                    if (label != null && namesPii.test(label)) {
                        labelled.merge(units.get(i).sheet() == null ? "" : units.get(i).sheet(), 1, Integer::sum);
                    }
                }
            }
            Set<String> sheets = new HashSet<>();
            labelled.forEach((sheet, n) -> {
                if (n >= 2) {
                    sheets.add(sheet);
                }
            });
            personSheets = sheets;
            personSheetsFor = namesPii;
        }
        return personSheets;
    }

    /** The text of cell {@code ui} as a label (no colon at its end), or null when it does not look like one. */
    private String labelOf(int ui) {
        return shortLabel(normalized.get(ui).strip());
    }

    /** {@code text} as a label (no item number before it, no colon after it), or null when it does not look like one. */
    /** A person's role and its instance number: "Beneficiary 1", "Guardian #2", "Co-borrower 2". */
    private static final Pattern COUNTER_AT_END = Pattern.compile("(?i)(?<![\\p{L}])(?:beneficiary|guardian|parent|dependent"
            + "|dependant|child|applicant|borrower|owner|signatory|holder|trustee|insured|tenant|driver|contact|heir|payee)"
            + "( #?[1-9])$");

    private static String shortLabel(String text) {
        // a questionnaire numbers its items: "６　精神疾患", "3. Place of birth", "(2) 氏名" label as the words after it
        String label = LEADING_ITEM_NUMBER.matcher(text).replaceFirst("");
        // a person's repeated field counts its instances after the person's role: "Primary beneficiary 1", "Guardian 2" (a
        // beneficiary designation form, probe set 30); any other digit makes the cell a value ("Oak Lane 4", "Fax 2")
        Matcher counter = COUNTER_AT_END.matcher(label);
        String words = counter.find() ? label.substring(0, counter.start(1)) : label;
        if (label.isEmpty() || label.length() > 30 || hasDigit(words)) {
            return null;
        }
        return COLON_AT_END.matcher(label).replaceFirst("").strip();
    }

    /**
     * The tables (by sheet name, "" for none) laid out as a form: no row of more than four cells, and at least two
     * label | value rows (or label | value | label | value rows, either label counting) whose label {@code namesPii} ("Name | Charlotte Thomas", "Date of birth | …", "NI number |
     * …"), or, for a table right after a form under the same heading ("X (2)" after "X"), one such row and nothing
     * but label | value rows ("Diagnosis | …", "Treatment | …" below the employee's rows). A roster's rows are
     * people; a form's rows are one person's fields, read as running text. The header row of a two-column roster
     * is one labelled row at most.
     */
    public Set<String> formSheets(Predicate<String> namesPii) {
        // the detector that types cells and the classifier that hands form fields on ask with one rule: once
        if (formSheetsFor != namesPii) {
            formSheets = computeFormSheets(namesPii);
            formSheetsFor = namesPii;
        }
        return formSheets;
    }

    private Set<String> computeFormSheets(Predicate<String> namesPii) {
        // per sheet: rows whose label names PII, rows that are not two-cell label rows, rows wider than four cells
        Map<String, int[]> stats = null;
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            if (!u.isCell()) {
                continue;
            }
            if (recordFirst == null) {
                findRecords();
            }
            if (i != recordFirst[i]) {
                continue; // one look per row, from its first cell
            }
            if (stats == null) {
                stats = new LinkedHashMap<>();
            }
            int[] st = stats.computeIfAbsent(u.sheet() == null ? "" : u.sheet(), k -> new int[3]);
            int cells = recordLast[i] - recordFirst[i] + 1;
            if (cells > 4) {
                st[2]++;
                continue;
            }
            if (personRow(i, recordLast[i])) {
                st[1]++; // a field of several people (personColumnSheets), no label | value row
                continue;
            }
            String label = cells >= 2 ? rowLabel(i + 1) : null;
            if (cells != 2 || label == null) {
                st[1]++;
            }
            // a four-cell row holds two fields (氏名 | … | 生年月日 | …): either label may name PII
            String label2 = cells == 4 ? rowLabel(i + 3) : null;
            if (label != null && namesPii.test(label) || label2 != null && namesPii.test(label2)) {
                st[0]++;
            }
        }
        if (stats == null) {
            return Set.of();
        }
        Set<String> forms = new HashSet<>();
        for (Map.Entry<String, int[]> e : stats.entrySet()) {
            int[] st = e.getValue();
            boolean continues = st[0] >= 1 && st[1] == 0 && forms.contains(previousTable(e.getKey()));
            if (st[2] == 0 && (st[0] >= 2 || continues)) {
                forms.add(e.getKey());
            }
        }
        return forms;
    }

    private static final Pattern NUMBERED_TABLE = Pattern.compile("^(.*) \\((\\d+)\\)$|^table (\\d+)$");

    /** The sheet name of the table before {@code sheet} under the same heading ("X" for "X (2)", "" for "table 2"). */
    static String previousTable(String sheet) {
        Matcher m = NUMBERED_TABLE.matcher(sheet);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null) {
            int n = Integer.parseInt(m.group(2));
            return n == 2 ? m.group(1) : m.group(1) + " (" + (n - 1) + ")";
        }
        int n = Integer.parseInt(m.group(3));
        return n == 2 ? "" : "table " + (n - 1);
    }

    /** The cell's context (see {@link #context}): its row label, its column header and itself. */
    private String cellContext(int ui) {
        return cellHead(ui) + normalized.get(ui).toLowerCase(Locale.ROOT);
    }

    /** A cell's row label and column header (and inner header), lower-cased, each followed by a line break. */
    private String cellHead(int ui) {
        TextUnit u = units.get(ui);
        String header = u.columnHeader() == null ? "" : normalizedHeader(u.columnHeader());
        String label = rowLabel(ui);
        String inner = innerHeader(ui);
        return ((label == null ? "" : label + " \n ") + header + " \n " + (inner == null ? "" : inner + " \n "))
                .toLowerCase(Locale.ROOT);
    }

    /** Column headers normalised, by header: a table's cells share a few headers. */
    private java.util.Map<String, String> normalizedHeaders;

    private String normalizedHeader(String header) {
        if (normalizedHeaders == null) {
            normalizedHeaders = new java.util.HashMap<>();
        }
        return normalizedHeaders.computeIfAbsent(header, TextNormalizer::normalize);
    }

    /** Rows looked back over for a table's inner header. */
    private static final int INNER_HEADER_REACH = 8;

    /**
     * The header of a cell's column that a table gives partway down, under a form's first rows: "区分 | 氏名 | 個人番号
     * | 続柄 | 生年月日" above the dependants' rows of a tax form whose first rows are the applicant's "label | value"
     * fields. It is the cell in the same column of the nearest row above that has as many cells as the cell's row,
     * every one of them a short label (no digits), and that stands right under a row of another width: a roster's
     * rows are all of one width, so only its first row (its real header) could be one, and that one is the column
     * header already. Rows of the same width between the two are the inner header's other rows. Null when none.
     */
    public String innerHeader(int ui) {
        TextUnit u = units.get(ui);
        if (!u.isCell() || u.column() == null) {
            return null;
        }
        int first = recordFirst(ui);
        if (innerHeaderRows == null) {
            innerHeaderRows = new int[units.size()];
            Arrays.fill(innerHeaderRows, -2);
        }
        if (innerHeaderRows[first] == -2) {
            innerHeaderRows[first] = innerHeaderRow(first);
        }
        int rowStart = innerHeaderRows[first];
        if (rowStart < 0) {
            return null;
        }
        for (int j = rowStart; j <= recordLast(rowStart); j++) {
            if (u.column().equals(units.get(j).column())) {
                return labelOf(j);
            }
        }
        return null;
    }

    /** The first unit of the inner header row over the row starting at unit {@code first}, or -1. */
    private int innerHeaderRow(int first) {
        TextUnit u = units.get(first);
        int width = recordLast(first) - first + 1;
        if (width < 3) {
            return -1;
        }
        int rowEnd = first - 1;
        for (int back = 0; back < INNER_HEADER_REACH && rowEnd >= 0; back++) {
            TextUnit last = units.get(rowEnd);
            if (!last.isCell() || !java.util.Objects.equals(last.sheet(), u.sheet())) {
                return -1;
            }
            int rowStart = recordFirst(rowEnd);
            if (rowEnd - rowStart + 1 != width) {
                return -1;
            }
            int above = rowStart - 1;
            boolean underOtherWidth = above >= 0 && units.get(above).isCell()
                    && java.util.Objects.equals(units.get(above).sheet(), u.sheet())
                    && above - recordFirst(above) + 1 != width;
            if (underOtherWidth && allShortLabels(rowStart, rowEnd)) {
                return rowStart;
            }
            rowEnd = rowStart - 1;
        }
        return -1;
    }

    private boolean allShortLabels(int from, int to) {
        for (int j = from; j <= to; j++) {
            if (!isShortLabel(j)) {
                return false;
            }
        }
        return true;
    }

    /** A form's item number standing alone in its cell: "8", "21", "6a", "12.", "(3)". */
    private static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile("[(]?\\d{1,3}[a-z]?[.)]?");
    /** An item number before a label in its cell, followed by a blank: "6 精神疾患", "3. Place of birth", "(2) 氏名". */
    private static final java.util.regex.Pattern LEADING_ITEM_NUMBER = java.util.regex.Pattern.compile("^[(]?\\d{1,2}[.)]?\\s+(?=\\D)");

    /** A label of one short word (no space, at most 12 chars): a form's label cell, seldom a roster's value. */
    private boolean isShortLabel(int ui) {
        String l = labelOf(ui);
        return l != null && l.length() <= 12 && l.indexOf(' ') < 0;
    }

    /**
     * Longer than this, a cell is prose rather than one value (a value with its label, "Card: 5548-1061-2477-4558
     * exp 05/30", is shorter), and a hit's labels are looked for around it rather than anywhere in the cell.
     */
    static final int PROSE_CELL_CHARS = 60;

    /** The runs of neighbouring cells of one record, in one pass (a wide row is not walked once per cell). */
    private void findRecords() {
        recordFirst = new int[units.size()];
        recordLast = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            boolean continues = i > 0 && units.get(i).isCell() && sameRecord(units.get(i), units.get(i - 1));
            recordFirst[i] = continues ? recordFirst[i - 1] : i;
        }
        for (int i = units.size() - 1; i >= 0; i--) {
            boolean continues = i + 1 < units.size() && units.get(i).isCell() && sameRecord(units.get(i), units.get(i + 1));
            recordLast[i] = continues ? recordLast[i + 1] : i;
        }
    }

    /** The first unit of the record (table row) of cell {@code unitIndex}: the row's cells are first..{@link #recordLast}. */
    public int recordFirst(int unitIndex) {
        if (recordFirst == null) {
            findRecords();
        }
        return recordFirst[unitIndex];
    }

    /** The last unit of the record of cell {@code unitIndex}. */
    public int recordLast(int unitIndex) {
        if (recordFirst == null) {
            findRecords();
        }
        return recordLast[unitIndex];
    }

    /** {@code other} belongs to the record of the cell {@code cell}: equal {@link TextUnit#recordKey}s, without building them. */
    private static boolean sameRecord(TextUnit cell, TextUnit other) {
        return other.isCell() && other.row() == cell.row()
                && (other.sheet() == null ? "" : other.sheet()).equals(cell.sheet() == null ? "" : cell.sheet());
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@link TextUnit#location()} of the unit, built once. */
    public String location(int unitIndex) {
        if (locations == null) {
            locations = new String[units.size()];
        }
        if (locations[unitIndex] == null) {
            locations[unitIndex] = units.get(unitIndex).location();
        }
        return locations[unitIndex];
    }

    /** {@link TextUnit#recordKey()} of the unit, built once (null for running text). */
    public String recordKey(int unitIndex) {
        if (!units.get(unitIndex).isCell()) {
            return null;
        }
        if (recordKeys == null) {
            recordKeys = new String[units.size()];
        }
        if (recordKeys[unitIndex] == null) {
            recordKeys[unitIndex] = units.get(unitIndex).recordKey();
        }
        return recordKeys[unitIndex];
    }

    /** Only the text before a hit (for labels that must precede), same rules as {@link #context}. */
    public String contextBefore(int start, int before) {
        String c = context(start, start, before, 0);
        int cut = c.indexOf('\u0000');
        return cut >= 0 ? c.substring(0, cut) : c;
    }
}
