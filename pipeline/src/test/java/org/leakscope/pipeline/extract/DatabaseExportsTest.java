package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.text.TextUnit;

/**
 * What a breached web application leaks, read by the extractor as records: a SQL dump, a SQLite database, an LDAP
 * export, a backup copy of a CSV, a mongoexport line. Each value stands in a row under the name of its column.
 */
class DatabaseExportsTest {

    @TempDir
    Path tmp;

    private List<TextUnit> units(Path file, String path, String mediaType) {
        List<ExtractedItem> items = new ArrayList<>();
        new TikaExtractor(new ExtractSettings(20_000_000, 20, false, tmp)).extract(file, path, items::add);
        List<TextUnit> all = new ArrayList<>();
        for (ExtractedItem i : items) {
            assertEquals(ExtractionStatus.OK, i.status(), path + ": " + i.statusDetail());
            assertEquals(mediaType, i.mediaType(), path);
            all.addAll(i.units());
        }
        return all;
    }

    private static boolean hasCell(List<TextUnit> units, String header, String text) {
        return units.stream().anyMatch(u -> u.isCell() && header.equals(u.columnHeader()) && text.equals(u.text()));
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aMysqlDumpsRowsAreRecords() throws IOException {
        Path sql = write("shop.sql", "-- MySQL dump 10.13\nCREATE TABLE `customers` (\n  `id` int NOT NULL,\n"
                + "  `last_name` varchar(64),\n  `birth_date` date\n);\n"
                + "INSERT INTO `customers` VALUES (1,'Mbeki','1988-03-24'),(2,'Delgado',NULL);\n");
        List<TextUnit> u = units(sql, "backup/shop.sql", "text/x-sql");
        assertTrue(hasCell(u, "birth_date", "1988-03-24"));
        assertTrue(hasCell(u, "last_name", "Delgado"));
    }

    @Test
    void aMysqldumpXmlRowIsARecordAndItsFieldNamesAreHeadersNotValues() throws IOException {
        Path xml = write("shop.xml", "<?xml version=\"1.0\"?>\n<mysqldump><database name=\"shop\">\n"
                + "<table_structure name=\"customers\"><field Field=\"id\" Type=\"int\" /></table_structure>\n"
                + "<table_data name=\"customers\">\n"
                + "<row><field name=\"id\">1</field><field name=\"birth_date\">1988-03-24</field>"
                + "<field name=\"note\" xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" /></row>\n"
                + "<row><field name=\"id\">2</field><field name=\"birth_date\">1984-12-25</field></row>\n"
                + "</table_data>\n<table_structure name=\"orders\"><options Name=\"orders\" Engine=\"InnoDB\" /></table_structure>"
                + "</database></mysqldump>\n");
        List<TextUnit> u = units(xml, "backup/shop.xml", "application/xml");
        TextUnit first = u.stream().filter(x -> x.text().equals("1988-03-24")).findFirst().orElseThrow();
        TextUnit second = u.stream().filter(x -> x.text().equals("1984-12-25")).findFirst().orElseThrow();
        assertEquals("birth_date", first.columnHeader());
        assertEquals("table_data.row.birth_date", first.column());
        assertTrue(first.row() != second.row(), "each row a record");
        assertTrue(u.stream().noneMatch(x -> x.text().equals("birth_date")), "a label is no value");
        assertTrue(u.stream().noneMatch(x -> x.isCell() && (x.text().equals("shop") || x.text().equals("orders"))),
                "a database's or table's name is no record's value");
    }

    @Test
    void aDumpsRowsSayWhichRowTheyReferTo() throws IOException, SQLException {
        Path sql = write("clinic.sql", "-- PostgreSQL database dump\n\n"
                + "COPY public.patients (id, full_name, email) FROM stdin;\n1\tTamika Caruso\ttamika@example.org\n\\.\n\n"
                + "COPY public.visits (id, patient_id, diagnosis) FROM stdin;\n101\t1\tType 2 diabetes mellitus\n\\.\n");
        List<TextUnit> u = units(sql, "backup/clinic.sql", "text/x-sql");
        TextUnit patient = u.stream().filter(x -> "Tamika Caruso".equals(x.text())).findFirst().orElseThrow();
        TextUnit visit = u.stream().filter(x -> "Type 2 diabetes mellitus".equals(x.text())).findFirst().orElseThrow();
        assertEquals("patient:1|", patient.rowLinks());
        assertEquals("visit:101|patient:1", visit.rowLinks());
        assertEquals("visits#2", TextUnit.rowOf(visit.recordKey()));
        assertEquals("sheet=visits;row=2;col=diagnosis", visit.location()); // the place stays the cell's own

        Path db = tmp.resolve("clinic.sqlite3");
        try (Connection con = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = con.createStatement()) {
            st.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY, full_name TEXT)");
            st.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY, patient_id INTEGER, diagnosis TEXT)");
            st.execute("INSERT INTO patients VALUES (1, 'Ann Lee')");
            st.execute("INSERT INTO visits VALUES (7, 1, 'Asthma')");
        }
        List<TextUnit> lite = units(db, "app/clinic.sqlite3", "application/x-sqlite3");
        assertEquals("visit:7|patient:1", lite.stream().filter(x -> "Asthma".equals(x.text())).findFirst()
                .orElseThrow().rowLinks());
    }

    @Test
    void aSqliteDatabaseIsReadNotUnsupported() throws IOException, SQLException {
        Path db = tmp.resolve("app.sqlite3");
        try (Connection con = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = con.createStatement()) {
            st.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, full_name TEXT, email TEXT)");
            st.execute("INSERT INTO users VALUES (1, 'Ann Lee', 'ann.lee@example.org')");
        }
        List<TextUnit> u = units(db, "app/data/app.sqlite3", "application/x-sqlite3");
        assertTrue(hasCell(u, "full_name", "Ann Lee"));
    }

    @Test
    void anLdifEntryAndABackupCsvAndAMongoDateAreRecordsWithTheirHeaders() throws IOException {
        Path ldif = write("people.ldif", "version: 1\n\ndn: uid=alee,ou=People,dc=example,dc=org\n"
                + "objectClass: inetOrgPerson\ncn: Ann Lee\nmail: ann.lee@example.org\n");
        assertTrue(hasCell(units(ldif, "ldap/people.ldif", "text/plain"), "full name", "Ann Lee"));

        Path ldf = write("ad_users.ldf", "dn: CN=Ann Lee,OU=Staff,DC=corp,DC=example\r\nchangetype: add\r\n"
                + "objectClass: user\r\ncn: Ann Lee\r\nl: Portland\r\n");
        assertTrue(hasCell(units(ldf, "ldap/ad_users.ldf", "text/plain"), "city", "Portland"), "ldifde's .ldf");
        Path bare = write("export.txt", "version: 1\n\ndn: uid=alee,dc=example\nobjectClass: person\nsn: Lee\n");
        assertTrue(hasCell(units(bare, "ldap/export.txt", "text/plain"), "surname", "Lee"), "LDIF by its first line");

        Path bak = write("members.csv.bak", "会員ID,氏名,生年月日\nM1,佐藤 花子,1985/03/02\n");
        assertTrue(hasCell(units(bak, "exports/members.csv.bak", "text/csv"), "生年月日", "1985/03/02"));

        Path xlsxBak = tmp.resolve("roster.xlsx.bak");
        Files.write(xlsxBak, TestFiles.xlsx("Ann Lee"));
        assertTrue(units(xlsxBak, "hr/roster.xlsx.bak",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").stream()
                .anyMatch(x -> x.text().contains("Ann Lee")), "a spreadsheet's copy is read as a spreadsheet, not a zip");

        Path mongo = write("customers.json", "{\"_id\":{\"$oid\":\"65f0c0ffee\"},\"dob\":{\"$date\":\"1985-03-02T00:00:00.000Z\"}}\n");
        assertTrue(hasCell(units(mongo, "mongo/customers.json", "application/json"), "dob", "1985-03-02T00:00:00.000Z"));
    }
}
