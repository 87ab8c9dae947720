package org.leakscope.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leakscope.classifiers.text.TextUnit;

/**
 * A database dump (mysqldump, pg_dump, sqlite3 .dump) read as the tables it holds: each row of an {@code INSERT ...
 * VALUES (...),(...)} or of a {@code COPY ... FROM stdin} block is a record, as a CSV row is, its values cells headed
 * by their column's name (from the statement's column list, else from the table's {@code CREATE TABLE}), in a sheet
 * named after the table. Read as text, a dump's values had no header: a name, a birth date or a street in
 * {@code ('Bianca','Mbeki','1988-03-24','3988 N Main St')} was found by nothing. Everything else (comments, DDL,
 * {@code SET} lines) stays text, line by line.
 *
 * <p>A key/value table ({@code wp_usermeta}: {@code meta_key}, {@code meta_value}) heads each value by its key
 * ({@code billing_address_1}), and its rows of one owner ({@code user_id}) are one record. Streams, in parts that end
 * with a row or a line.
 */
final class SqlDumpUnits {

    private SqlDumpUnits() {
    }

    private static final Pattern CREATE = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:TEMPORARY\\s+|UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([^\\s(]+)\\s*\\(");
    private static final Pattern INSERT = Pattern.compile(
            "(?is)^\\s*(?:INSERT|REPLACE)(?:\\s+IGNORE)?\\s+(?:INTO\\s+)?([^\\s(]+)\\s*(?:\\(([^)]*)\\))?\\s*VALUES\\s*");
    /** An INSERT's first line: its VALUES may stand on the next. */
    private static final Pattern INSERT_START = Pattern.compile("(?i)^\\s*(?:INSERT|REPLACE)\\s");
    private static final Pattern COPY = Pattern.compile("(?i)^\\s*COPY\\s+([^\\s(]+)\\s*(?:\\(([^)]*)\\))?\\s+FROM\\s+stdin.*");
    /** Table elements of a CREATE TABLE that are no column. */
    private static final Pattern NOT_COLUMN = Pattern.compile(
            "(?i)(PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FULLTEXT|SPATIAL|CHECK|FOREIGN|EXCLUDE|LIKE|PERIOD)\\b.*");
    /** Key and value columns of a key/value table (WordPress and WooCommerce meta, EAV settings). */
    private static final Pattern KEY_COLUMN = Pattern.compile("(?i)(meta_?key|key|attribute|attr|field|field_?name|property|option_name)");
    private static final Pattern VALUE_COLUMN = Pattern.compile("(?i)(meta_?value|value|val|field_?value|option_value)");
    /** A key fit to be a header: an identifier, not prose. */
    private static final Pattern KEY_TEXT = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_ .\\-]{0,39}");
    /** A statement longer than this (characters) is a quote left open: its lines are read as text. */
    static final int MAX_STATEMENT = 16 << 20;
    /** A dump holds no more columns than this per table (MySQL allows 4096); more is not a column list. */
    private static final int MAX_COLUMNS = 4096;

    /** Whether the text's first lines read as a SQL dump (a file that Tika calls plain text). */
    static boolean looksLikeDump(String head) {
        return head.contains("MySQL dump") || head.contains("PostgreSQL database dump") || head.contains("MariaDB dump")
                || Pattern.compile("(?im)^(CREATE TABLE|INSERT INTO|COPY \\S+ .*FROM stdin)").matcher(head).find();
    }

    static List<TextUnit> read(Reader in, long partChars, Consumer<List<TextUnit>> parts) throws IOException {
        return new Reader0(partChars, parts).read(in);
    }

    private static final class Reader0 {
        private final TextParts units = new TextParts();
        private final Map<String, List<String>> columns = new HashMap<>();
        private final Map<String, Integer> rows = new HashMap<>();
        /** Per key/value table: the record row of each owner. */
        private final Map<String, Map<String, Integer>> owners = new HashMap<>();
        private int line;

        Reader0(long partChars, Consumer<List<TextUnit>> parts) {
            if (parts != null) {
                units.handTo(partChars, parts);
            }
        }

        List<TextUnit> read(Reader in) throws IOException {
            BufferedReader r = new BufferedReader(in, 64 * 1024);
            String l;
            while ((l = r.readLine()) != null) {
                line++;
                Matcher m;
                if ((m = COPY.matcher(l)).matches()) {
                    text(l);
                    copy(r, table(m.group(1)), m.group(2));
                } else if (CREATE.matcher(l).lookingAt() || INSERT_START.matcher(l).lookingAt()) {
                    StringBuilder stmt = new StringBuilder(l);
                    List<String> lines = new ArrayList<>();
                    lines.add(l);
                    Scan scan = new Scan(INSERT_START.matcher(l).lookingAt());
                    scan.feed(l);
                    while (!scan.ended) {
                        String next = stmt.length() < MAX_STATEMENT ? r.readLine() : null;
                        if (next == null) {
                            break;
                        }
                        line++;
                        stmt.append('\n').append(next);
                        lines.add(next);
                        scan.feed("\n" + next);
                    }
                    if (scan.ended || stmt.length() < MAX_STATEMENT) {
                        statement(stmt.toString(), lines);
                    } else {
                        // a quote left open: what was gathered is text, and reading goes on after it
                        lineText(lines);
                    }
                } else {
                    text(l);
                }
            }
            return units.units();
        }

        private void text(String l) {
            if (!l.isBlank()) {
                units.add(TextUnit.line(line, l));
            }
            units.mayEnd();
        }

        /** The statement's lines as text lines, the last being the line read last. */
        private void lineText(List<String> lines) {
            int first = line - lines.size() + 1;
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    units.add(TextUnit.line(first + i, lines.get(i)));
                }
            }
            units.mayEnd();
        }

        private void statement(String stmt, List<String> lines) {
            Matcher c = CREATE.matcher(stmt);
            if (c.lookingAt()) {
                List<String> cols = createColumns(stmt.substring(c.end()));
                if (!cols.isEmpty()) {
                    columns.put(table(c.group(1)), cols);
                }
                lineText(lines);
                return;
            }
            Matcher m = INSERT.matcher(stmt);
            if (!m.lookingAt()) {
                lineText(lines); // INSERT ... SELECT: no values of its own
                return;
            }
            String table = table(m.group(1));
            List<String> cols = m.group(2) != null ? names(m.group(2)) : columns.getOrDefault(table, List.of());
            int i = m.end();
            int n = stmt.length();
            while (i < n) {
                char ch = stmt.charAt(i);
                if (ch == '(') {
                    List<String> values = new ArrayList<>();
                    i = tuple(stmt, i + 1, values);
                    row(table, cols, values);
                } else if (ch == ';') {
                    break;
                } else {
                    i++;
                }
            }
        }

        /**
         * Reads one tuple's values from after its '(' to its ')'; returns the index after it. A value is its quoted
         * text when it has any (SQL Server's {@code N'Ann'}, MySQL's {@code _utf8mb4'Ann'}, {@code CAST(N'1985-03-02'
         * AS Date)}), else its bare text ({@code 42}, {@code NULL}, {@code 0x4142}).
         */
        private static int tuple(String s, int i, List<String> out) {
            int n = s.length();
            StringBuilder raw = new StringBuilder();
            StringBuilder quotedText = new StringBuilder();
            boolean quoted = false;
            int depth = 0;
            while (i < n) {
                char ch = s.charAt(i);
                if (ch == '\'') {
                    quoted = true;
                    i++;
                    while (i < n) {
                        char q = s.charAt(i);
                        if (q == '\\' && i + 1 < n) {
                            char e = s.charAt(i + 1);
                            quotedText.append(switch (e) {
                                case 'n' -> '\n';
                                case 'r' -> '\r';
                                case 't' -> '\t';
                                case '0' -> ' ';
                                default -> e;
                            });
                            i += 2;
                        } else if (q == '\'' && i + 1 < n && s.charAt(i + 1) == '\'') {
                            quotedText.append('\'');
                            i += 2;
                        } else if (q == '\'') {
                            i++;
                            break;
                        } else {
                            quotedText.append(q);
                            i++;
                        }
                    }
                } else if (depth == 0 && (ch == ',' || ch == ')')) {
                    String bare = raw.toString().strip();
                    out.add(quoted ? quotedText.toString() : bare.equalsIgnoreCase("NULL") ? null : bare);
                    raw.setLength(0);
                    quotedText.setLength(0);
                    quoted = false;
                    i++;
                    if (ch == ')') {
                        return i;
                    }
                } else {
                    if (ch == '(') {
                        depth++;
                    } else if (ch == ')') {
                        depth--;
                    }
                    raw.append(ch);
                    i++;
                }
            }
            return i;
        }

        private void copy(BufferedReader r, String table, String colList) throws IOException {
            List<String> cols = colList != null ? names(colList) : columns.getOrDefault(table, List.of());
            String l;
            while ((l = r.readLine()) != null) {
                line++;
                if (l.equals("\\.")) {
                    text(l);
                    return;
                }
                List<String> values = new ArrayList<>();
                for (String f : l.split("\t", -1)) {
                    values.add(f.equals("\\N") ? null : unescapeCopy(f));
                }
                row(table, cols, values);
            }
        }

        private void row(String table, List<String> cols, List<String> values) {
            int keyCol = -1;
            int valueCol = -1;
            int ownerCol = -1;
            for (int c = 0; c < cols.size(); c++) {
                String name = cols.get(c);
                if (keyCol < 0 && KEY_COLUMN.matcher(name).matches()) {
                    keyCol = c;
                } else if (valueCol < 0 && VALUE_COLUMN.matcher(name).matches()) {
                    valueCol = c;
                } else if (ownerCol < 0 && c > 0 && name.toLowerCase(Locale.ROOT).endsWith("_id")) {
                    ownerCol = c;
                }
            }
            boolean keyValue = keyCol >= 0 && valueCol >= 0;
            int row;
            if (keyValue && ownerCol >= 0 && ownerCol < values.size() && values.get(ownerCol) != null) {
                // the rows of one owner (a user's meta) are one record
                Map<String, Integer> of = owners.computeIfAbsent(table, k -> new HashMap<>());
                Integer known = of.get(values.get(ownerCol));
                if (known == null) {
                    known = rows.merge(table, 1, Integer::sum) + 1;
                    of.put(values.get(ownerCol), known);
                }
                row = known;
            } else {
                // row 1 is the header row, as in a spreadsheet
                row = rows.merge(table, 1, Integer::sum) + 1;
            }
            // a key/value table's rows are one owner's already; other rows say which row they belong with
            String links = keyValue ? null : RowLinks.of(table, cols, values);
            for (int c = 0; c < values.size(); c++) {
                String text = values.get(c) == null ? "" : values.get(c).strip();
                if (text.isEmpty()) {
                    continue;
                }
                String header = c < cols.size() ? JsonUnits.header(cols.get(c)) : null;
                if (keyValue && c == keyCol) {
                    continue; // said by the value's header
                }
                if (keyValue && c == valueCol && keyCol < values.size() && values.get(keyCol) != null
                        && KEY_TEXT.matcher(values.get(keyCol).strip()).matches()) {
                    header = JsonUnits.header(values.get(keyCol).strip());
                }
                String column = c < cols.size() ? cols.get(c) : LayoutContentHandler.columnName(c + 1);
                units.add(TextUnit.linkedCell(table, row, column, header, text, links));
            }
            units.mayEnd();
        }
    }

    /**
     * Tracks quotes and parentheses over a statement's lines: ended once a ';' stands outside them, or at the end of
     * a line that closes the statement's last parenthesis ({@code )}) when the script uses no ';' (SQL Server's
     * batches end with a line "GO"): for an INSERT only once a tuple followed VALUES, so that
     * {@code INSERT INTO t (a, b)} on a line of its own goes on.
     */
    private static final class Scan {
        private char quote;
        private boolean escape;
        private boolean ended;
        private int depth;
        private boolean opened;
        private final boolean insert;
        private final StringBuilder seen = new StringBuilder();

        Scan(boolean insert) {
            this.insert = insert;
        }

        void feed(String s) {
            char last = 0;
            for (int i = 0; i < s.length() && !ended; i++) {
                char ch = s.charAt(i);
                if (escape) {
                    escape = false;
                } else if (quote != 0) {
                    if (ch == '\\' && quote == '\'') {
                        escape = true;
                    } else if (ch == quote) {
                        quote = 0;
                    }
                } else if (ch == '\'' || ch == '"' || ch == '`') {
                    quote = ch;
                } else if (ch == ';') {
                    ended = true;
                } else if (ch == '(') {
                    depth++;
                    if (!insert || seen.length() > 0 && VALUES.matcher(seen).find()) {
                        opened = true;
                    }
                } else if (ch == ')') {
                    depth--;
                }
                if (quote == 0 && !Character.isWhitespace(ch)) {
                    last = ch;
                }
                if (insert && !opened && seen.length() < 4096) {
                    seen.append(ch);
                }
            }
            if (!ended && quote == 0 && depth <= 0 && opened && (last == ')' || !insert)) {
                ended = true;
            }
        }
    }

    private static final Pattern VALUES = Pattern.compile("(?i)\\bVALUES\\s*$");

    /** The columns of a CREATE TABLE's body (the text after its '('). */
    static List<String> createColumns(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder el = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quote != 0) {
                if (ch == '\\' && quote == '\'' && i + 1 < body.length()) {
                    el.append(ch).append(body.charAt(++i));
                    continue;
                }
                if (ch == quote) {
                    quote = 0;
                }
                el.append(ch);
                continue;
            }
            if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
                el.append(ch);
            } else if (ch == '(') {
                depth++;
                el.append(ch);
            } else if (ch == ')' && depth == 0 || ch == ',' && depth == 0) {
                column(el.toString(), out);
                el.setLength(0);
                if (ch == ')') {
                    break;
                }
            } else {
                if (ch == ')') {
                    depth--;
                }
                el.append(ch);
            }
        }
        return out.size() > MAX_COLUMNS ? List.of() : out;
    }

    private static void column(String element, List<String> out) {
        String e = element.strip();
        if (e.isEmpty() || NOT_COLUMN.matcher(e).matches() && !e.startsWith("`") && !e.startsWith("\"")) {
            return;
        }
        String name;
        if (e.startsWith("`") || e.startsWith("\"") || e.startsWith("[")) {
            char close = e.charAt(0) == '[' ? ']' : e.charAt(0);
            int end = e.indexOf(close, 1);
            name = end > 0 ? e.substring(1, end) : e.substring(1);
        } else {
            int sp = 0;
            while (sp < e.length() && !Character.isWhitespace(e.charAt(sp))) {
                sp++;
            }
            name = e.substring(0, sp);
        }
        if (!name.isEmpty()) {
            out.add(name);
        }
    }

    /** Column names of a column list: {@code `id`, `first_name`} or {@code id, full_name}. */
    static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String n : list.split(",")) {
            String s = unquote(n.strip());
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A table's name without schema and quotes: {@code public.customers}, {@code `shop`.`customers`}. */
    static String table(String name) {
        String n = name.strip();
        int dot = n.lastIndexOf('.');
        if (dot >= 0 && dot < n.length() - 1) {
            n = n.substring(dot + 1);
        }
        return unquote(n);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '`' || s.charAt(0) == '"' || s.charAt(0) == '[')) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** pg_dump's COPY text format escapes. */
    static String unescapeCopy(String f) {
        if (f.indexOf('\\') < 0) {
            return f;
        }
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch == '\\' && i + 1 < f.length()) {
                char e = f.charAt(++i);
                b.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
