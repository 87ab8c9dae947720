package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Reads delimited text (CSV, TSV) as a table, row by row: one unit per non-empty cell with the header
 * of its column, so a roster is read as records. Streams, so a huge file stays in bounded memory.
 */
final class CsvUnits {

    private CsvUnits() {
    }

    /** A cell may run over this many lines (an address, a note); a quote left open runs over all of them. */
    static final int MAX_CELL_LINES = 200;

    /**
     * What a cell counts toward a part besides its characters. A cell is a unit of its own (object, text, column
     * and header strings, some 200 bytes in the job's heap, whatever its length), where a line of running text
     * holds some 80 characters a unit: a part of short cells counted by characters alone held five times the heap
     * of a text part (a 2M-character part of a roster, 100,000 cells, took 20-35 MB at every stage), and the job
     * holds a few parts at once.
     */
    static final int CELL_CHARS = 80;

    /** The text is not a well-formed table (a quote left open, a broken line): it can still be read as text. */
    static final class NotATable extends IOException {
        NotATable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param parts when not null, receives the units each time they weigh {@code partChars} characters (each cell
     *              its characters plus {@link #CELL_CHARS}), at a row's end
     * @return the units not handed on
     */
    static List<TextUnit> read(InputStream in, Metadata metadata, long partChars, Consumer<List<TextUnit>> parts)
            throws IOException, TikaException {
        try (AutoDetectReader reader = new AutoDetectReader(in, metadata)) {
            reader.mark(64 * 1024);
            char sep = sniffSeparator(reader);
            reader.reset();
            return readTable(reader, sep, CSVParser.DEFAULT_QUOTE_CHARACTER, (char) 0, partChars, parts);
        }
    }

    /**
     * A Concordance / Relativity load file ({@link ConcordanceDat}) as a table: its fields parted by {@code sep}
     * (DC4 by default), each qualified by þ, a newline inside a field written as ®.
     */
    static List<TextUnit> readConcordance(Reader reader, char sep, long partChars, Consumer<List<TextUnit>> parts)
            throws IOException {
        return readTable(reader, sep, ConcordanceDat.QUALIFIER, ConcordanceDat.NEWLINE, partChars, parts);
    }

    private static int filled(String[] cells) {
        int n = 0;
        for (String c : cells) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** A sub-label that only says "an answer goes here": the question above it names the column. */
    private static final Pattern ANSWER_WORD = Pattern.compile(
            "(?i)(open-ended )?responses?|answers?|other \\(please specify\\)|回答");

    /**
     * A survey export's second header row (SurveyMonkey): a question's text spans its answers' columns in the first
     * row, its cells after the first left empty, and the second row labels each of those columns ("Please confirm
     * your contact details" over Name | Address | City/Town | … | Email Address | Phone Number; "Response" under a
     * one-column question). Every gap of the first row is filled, at least one of its headers has nothing under it
     * (Respondent ID, IP Address), and each filled cell is a label (no e-mail, no more than two digits).
     */
    static boolean subLabelRow(List<String> headers, String[] cells) {
        int gaps = 0;
        boolean seen = false;
        boolean bareHeader = false;
        for (int c = 0; c < headers.size(); c++) {
            String v = c < cells.length ? cells[c].strip() : "";
            if (!labelCell(v)) {
                return false;
            }
            if (!headers.get(c).isEmpty()) {
                seen = true;
                bareHeader |= v.isEmpty();
            } else if (seen) {
                if (v.isEmpty()) {
                    return false;
                }
                gaps++;
            }
        }
        return gaps >= 2 && bareHeader && cells.length <= headers.size() + 1;
    }

    /**
     * Whether a filled cell can be a column label (a sub-label row's, a header row's below a title block): short, no
     * e-mail, no more than two digits. An empty cell is one too.
     */
    static boolean labelCell(String t) {
        return t.length() <= 40 && t.indexOf('@') < 0 && t.chars().filter(Character::isDigit).count() <= 2;
    }

    /** The header row with a survey's sub-labels: a column's own label, else (an answer word, or none) the question's. */
    static List<String> withSubLabels(List<String> headers, String[] cells) {
        List<String> out = new ArrayList<>(headers.size());
        for (int c = 0; c < headers.size(); c++) {
            String v = c < cells.length ? cells[c].strip() : "";
            out.add(v.isEmpty() || ANSWER_WORD.matcher(v).matches() && !headers.get(c).isEmpty() ? headers.get(c) : v);
        }
        return out;
    }

    /** @param newline a character that stands for a line break inside a cell (a load file's ®), or 0: a CSV */
    private static List<TextUnit> readTable(Reader reader, char sep, char quote, char newline, long partChars,
                                            Consumer<List<TextUnit>> parts) throws IOException {
        // parts are cut here, by weight (TextParts counts characters only)
        TextParts units = new TextParts();
        long limit = Math.max(1, partChars);
        long weight = 0;
        List<String> headers = List.of();
        int row = 0;
        int headerRow = 1;
        int headerCells = 0;
        try (CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(newline == 0 ? new CSVParserBuilder().withSeparator(sep).build()
                        // a load file escapes nothing: its paths' backslashes are the paths' (TEXT\VOL001\…)
                        : new CSVParserBuilder().withSeparator(sep).withQuoteChar(quote)
                                .withEscapeChar(CSVParser.NULL_CHARACTER).build())
                .withKeepCarriageReturn(false)
                // a quote that is never closed would make the rest of the file one cell, read ever more slowly
                .withMultilineLimit(MAX_CELL_LINES)
                .build()) {
            String[] cells;
            while ((cells = csv.readNext()) != null) {
                row++;
                // the header row is the first, or the first with two or more cells below title or comment lines
                // ("# SAMPLE DATA ...", "Exported 2024-03-01"), as LayoutContentHandler does for sheets
                if (row == 1 || headerCells <= 1 && row <= LayoutContentHandler.MAX_TITLE_ROWS + 1
                        && filled(cells) >= 2) {
                    headers = new ArrayList<>();
                    for (String c : cells) {
                        headers.add(c.strip());
                    }
                    headerRow = row;
                    headerCells = filled(cells);
                } else if (row == headerRow + 1 && subLabelRow(headers, cells)) {
                    headers = withSubLabels(headers, cells);
                    headerRow = row;
                }
                for (int c = 0; c < cells.length; c++) {
                    String text = (newline == 0 ? cells[c] : cells[c].replace(newline, '\n')).strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    String header = row > headerRow && c < headers.size() && !headers.get(c).isEmpty() ? headers.get(c) : null;
                    units.add(TextUnit.cell(null, row, LayoutContentHandler.columnName(c + 1), header, text));
                    weight += text.length() + CELL_CHARS;
                }
                if (parts != null && weight >= limit) {
                    parts.accept(List.copyOf(units.units()));
                    units.units().clear();
                    weight = 0;
                }
            }
        } catch (CsvMultilineLimitBrokenException e) {
            // the parser's own message quotes the text: a status detail never does
            throw new NotATable("not a well-formed table: a quoted cell from row " + (row + 1) + " runs over more than "
                    + MAX_CELL_LINES + " lines", e);
        } catch (CsvValidationException | CsvMalformedLineException e) {
            throw new NotATable("not a well-formed table: a malformed line after row " + row, e);
        }
        return units.units();
    }

    /** The separator that occurs most often, and equally often, on the first lines. */
    private static char sniffSeparator(Reader reader) throws IOException {
        char[] buf = new char[16 * 1024];
        int n = reader.read(buf);
        if (n <= 0) {
            return ',';
        }
        String head = new String(buf, 0, n);
        String[] lines = head.split("\r?\n", 6);
        char best = ',';
        int bestScore = 0;
        for (char sep : new char[] {',', '\t', ';', '|'}) {
            int first = count(lines[0], sep);
            if (first == 0) {
                continue;
            }
            int score = first;
            for (int i = 1; i < Math.min(lines.length - 1, 5); i++) {
                if (count(lines[i], sep) < first) {
                    score /= 2;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = sep;
            }
        }
        return best;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
