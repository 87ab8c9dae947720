package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * A plain-text file that is a table: a header line and rows with the same number of one separator (tab, comma,
 * semicolon or bar), as Excel's "Text (Tab delimited) (*.txt)" and many exports write a roster under a .txt name. Read
 * as lines, its header line ran into its first row ("氏名	郵便番号" gave the name 郵便番号) and its columns typed nothing;
 * read as a table ({@link CsvUnits}), each cell has its column's header.
 */
final class DelimitedText {

    private DelimitedText() {
    }

    /** How much of the file's start is looked at. */
    static final int HEAD_CHARS = 16 * 1024;
    /** Lines looked at: the header and up to this many rows after it. */
    static final int ROWS = 20;
    private static final char[] SEPARATORS = {'\t', ',', ';', '|'};
    // a header cell: a word of a column's name, not a value (a number, a time stamp) nor a sentence
    private static final Pattern HEADER_CELL = Pattern.compile("(?U)[\\p{L}][^\\n]{0,39}");
    private static final Pattern SENTENCE = Pattern.compile("[。！？]|[.!?] \\p{L}");

    /** Whether the text file {@code file} starts as a table (see {@link #looksLikeTable(String)}). */
    static boolean looksLikeTable(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file);
             AutoDetectReader reader = new AutoDetectReader(in, new Metadata())) {
            char[] buf = new char[HEAD_CHARS];
            int n = 0;
            for (int r; n < buf.length && (r = reader.read(buf, n, buf.length - n)) > 0; ) {
                n += r;
            }
            String head = new String(buf, 0, n);
            if (n == buf.length) {
                int cut = head.lastIndexOf('\n');
                head = cut > 0 ? head.substring(0, cut) : head; // the last line may be cut off
            }
            return looksLikeTable(head);
        } catch (IOException | TikaException e) {
            return false; // what cannot be decoded here is read as the parser reads it
        }
    }

    /**
     * A header line whose cells all look like column names (a letter first, at most 40 characters, no sentence) and
     * at least two rows (one under a tab-separated header), every line with the header's count of one separator
     * outside double quotes.
     */
    static boolean looksLikeTable(String head) {
        List<String> lines = new ArrayList<>();
        for (String line : head.split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(line);
                if (lines.size() > ROWS) {
                    break;
                }
            }
        }
        if (lines.size() < 2) {
            return false;
        }
        for (char sep : SEPARATORS) {
            int columns = count(lines.get(0), sep);
            // one row will do under a header of tabs (prose has none); a comma's, a semicolon's or a bar's take two
            if (columns < 1 || sep != '\t' && lines.size() < 3 || !headerCells(lines.get(0), sep)) {
                continue;
            }
            boolean same = true;
            for (int i = 1; i < lines.size() && same; i++) {
                same = count(lines.get(i), sep) == columns;
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static boolean headerCells(String line, char sep) {
        for (String cell : line.split(Pattern.quote(String.valueOf(sep)), -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.charAt(0) == '"' && c.charAt(c.length() - 1) == '"') {
                c = c.substring(1, c.length() - 1).strip();
            }
            if (!HEADER_CELL.matcher(c).matches() || SENTENCE.matcher(c).find()) {
                return false;
            }
        }
        return true;
    }

    /** Occurrences of {@code sep} outside double quotes. */
    private static int count(String line, char sep) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                n++;
            }
        }
        return n;
    }
}
