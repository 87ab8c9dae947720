package org.leakscope.pipeline.extract;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.leakscope.classifiers.text.TextUnit;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A SQLite database (a web or mobile app's {@code data.db}, a browser's profile) read as the tables it holds: each
 * row a record, its values cells headed by their column's name, in a sheet named after the table, as
 * {@link SqlDumpUnits} reads a dump. Tika's own SQLite module is not published for this Tika version; without a
 * reader the file was UNSUPPORTED. Opened read-only and immutable ({@link #url}); binary values (BLOBs) are skipped.
 * Stops at {@code maxChars} characters.
 */
final class SqliteUnits {

    private SqliteUnits() {
    }

    /**
     * The file opened as immutable: nothing is written beside it (a database in WAL mode opened even read-only makes its
     * -shm and -wal files, and an input may be the evidence itself), and no lock is taken.
     */
    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString() + "?mode=ro&immutable=1";
    }

    /** The units, or null when the file cannot be opened as a SQLite database. */
    static List<TextUnit> read(Path file, long maxChars) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        List<TextUnit> units = new ArrayList<>();
        long chars = 0;
        try (Connection con = config.createConnection(url(file));
             Statement st = con.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    int row = 1; // row 1 is the header row, as in a spreadsheet
                    List<String> names = new ArrayList<>(n);
                    for (int c = 1; c <= n; c++) {
                        names.add(md.getColumnName(c));
                    }
                    while (rs.next()) {
                        row++;
                        List<String> values = new ArrayList<>(n);
                        for (int c = 1; c <= n; c++) {
                            Object v = rs.getObject(c);
                            values.add(v == null || v instanceof byte[] ? null : v.toString());
                        }
                        String links = RowLinks.of(table, names, values);
                        for (int c = 1; c <= n; c++) {
                            String text = values.get(c - 1) == null ? "" : values.get(c - 1).strip();
                            if (text.isEmpty()) {
                                continue;
                            }
                            String name = names.get(c - 1);
                            units.add(TextUnit.linkedCell(table, row, name, JsonUnits.header(name), text, links));
                            chars += text.length();
                            if (chars > maxChars) {
                                return units;
                            }
                        }
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            return units.isEmpty() ? null : units;
        }
        return units;
    }
}
