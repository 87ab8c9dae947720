package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.text.TextUnit;

/** LDAP exports and SQLite databases read as records; backup copies named as their originals. */
class LdifAndSqliteUnitsTest {

    @TempDir
    Path tmp;

    private static String units(List<TextUnit> units) {
        StringBuilder b = new StringBuilder();
        for (TextUnit u : units) {
            b.append(u.isCell() ? u.location() + " [" + u.columnHeader() + "] " : "line ").append(u.text()).append('\n');
        }
        return b.toString();
    }

    @Test
    void ldifPersonEntriesAreRecordsWithDecodedValuesAndGroupsAreLines() throws IOException {
        String cn = Base64.getEncoder().encodeToString("佐藤 花子".getBytes(StandardCharsets.UTF_8));
        String ldif = "version: 1\n\n# people\ndn: uid=hsato,ou=People,dc=example,dc=jp\nobjectClass: top\n"
                + "objectClass: inetOrgPerson\ncn:: " + cn + "\nsn: Sato\npostalAddress: 12 High Street$Leeds\n"
                + " $LS4 2AZ\njpegPhoto:: /9j/4AAQSkZJRg==\n\n"
                + "dn: cn=developers,ou=Groups,dc=example,dc=jp\nobjectClass: groupOfNames\ncn: developers\n";
        assertEquals("""
                line version: 1
                row=2;col=dn [dn] uid=hsato,ou=People,dc=example,dc=jp
                row=2;col=objectClass [object Class] top
                row=2;col=objectClass [object Class] inetOrgPerson
                row=2;col=cn [full name] 佐藤 花子
                row=2;col=sn [surname] Sato
                row=2;col=postalAddress [postal address] 12 High Street, Leeds, LS4 2AZ
                line dn: cn=developers,ou=Groups,dc=example,dc=jp
                line objectClass: groupOfNames
                line cn: developers
                """, units(LdifUnits.read(new StringReader(ldif), Long.MAX_VALUE)));
    }

    @Test
    void textWithoutDnIsNoLdif() throws IOException {
        assertNull(LdifUnits.read(new StringReader("name: value\nother: thing\n"), Long.MAX_VALUE));
    }

    @Test
    void sqliteTablesAreReadRowByRowWithoutBlobs() throws SQLException, IOException {
        Path db = tmp.resolve("app.db");
        try (Connection con = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = con.createStatement()) {
            st.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, full_name TEXT, avatar BLOB, phone TEXT)");
            st.execute("INSERT INTO users VALUES (1, 'Ann Lee', x'89504e47', '+1 303 555 0101'), (2, 'Bo Chen', NULL, NULL)");
        }
        assertEquals("""
                sheet=users;row=2;col=id [id] 1
                sheet=users;row=2;col=full_name [full_name] Ann Lee
                sheet=users;row=2;col=phone [phone] +1 303 555 0101
                sheet=users;row=3;col=id [id] 2
                sheet=users;row=3;col=full_name [full_name] Bo Chen
                """, units(SqliteUnits.read(db, Long.MAX_VALUE)));
        Path notDb = tmp.resolve("x.db");
        Files.writeString(notDb, "not a database at all, just text");
        assertNull(SqliteUnits.read(notDb, Long.MAX_VALUE));
    }

    @Test
    void aWalDatabaseInAFolderWithASpaceIsReadAndNothingIsWrittenBesideIt() throws SQLException, IOException {
        Path dir = Files.createDirectories(tmp.resolve("evidence 2024 #1"));
        Path db = dir.resolve("data.db");
        try (Connection con = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = con.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("CREATE TABLE t (email TEXT)");
            st.execute("INSERT INTO t VALUES ('a@example.org')");
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("data.db"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("sheet=t;row=2;col=email [email] a@example.org\n", units(SqliteUnits.read(db, Long.MAX_VALUE)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("data.db"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void backupNamesGiveTheOriginalsName() {
        assertEquals("members.csv", BackupNames.original("members.csv.bak"));
        assertEquals("dump.sql", BackupNames.original("dump.sql.20240630"));
        assertEquals("users.csv", BackupNames.original("users.csv~"));
        assertNull(BackupNames.original("report.bak"));
        assertNull(BackupNames.original("notes.txt"));
    }
}
