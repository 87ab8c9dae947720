package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.text.TextUnit;

/** SQL dumps read as tables: each INSERT tuple and COPY line a record, its values headed by their columns. */
class SqlDumpUnitsTest {

    private static List<TextUnit> read(String sql) throws IOException {
        return SqlDumpUnits.read(new StringReader(sql), Long.MAX_VALUE, null);
    }

    /** The cells only, as "location [header] value" lines. */
    private static String cells(List<TextUnit> units) {
        StringBuilder b = new StringBuilder();
        for (TextUnit u : units) {
            if (u.isCell()) {
                b.append(u.location()).append(" [").append(u.columnHeader()).append("] ").append(u.text()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void mysqldumpRowsTakeTheirColumnsFromCreateTable() throws IOException {
        String sql = """
                -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
                CREATE TABLE `customers` (
                  `id` int NOT NULL AUTO_INCREMENT,
                  `first_name` varchar(64) NOT NULL,
                  `birth_date` date DEFAULT NULL,
                  `total` decimal(10,2) DEFAULT NULL COMMENT 'sum, in USD',
                  `notes` text,
                  PRIMARY KEY (`id`),
                  KEY `idx_name` (`first_name`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                INSERT INTO `customers` VALUES (1,'Bianca','1988-03-24',12.50,'Prefers \\"leave at door\\"; it\\'s fine'),(2,'O''Neil',NULL,0.00,NULL);
                UNLOCK TABLES;
                """;
        List<TextUnit> units = read(sql);
        assertEquals("""
                sheet=customers;row=2;col=id [id] 1
                sheet=customers;row=2;col=first_name [first_name] Bianca
                sheet=customers;row=2;col=birth_date [birth_date] 1988-03-24
                sheet=customers;row=2;col=total [total] 12.50
                sheet=customers;row=2;col=notes [notes] Prefers "leave at door"; it's fine
                sheet=customers;row=3;col=id [id] 2
                sheet=customers;row=3;col=first_name [first_name] O'Neil
                sheet=customers;row=3;col=total [total] 0.00
                """, cells(units));
        // comments and DDL stay text
        assertTrue(units.stream().anyMatch(u -> !u.isCell() && u.text().startsWith("-- MySQL dump")));
        assertTrue(units.stream().anyMatch(u -> !u.isCell() && u.text().contains("`birth_date` date")));
    }

    @Test
    void pgDumpCopyBlocksAreTabRowsUntilTheEndMark() throws IOException {
        String sql = "COPY public.contacts (id, full_name, city) FROM stdin;\n"
                + "1\tHarry Pemberton\tOxford\n2\tLena Wagner\t\\N\n\\.\n\nSELECT 1;\n";
        assertEquals("""
                sheet=contacts;row=2;col=id [id] 1
                sheet=contacts;row=2;col=full_name [full_name] Harry Pemberton
                sheet=contacts;row=2;col=city [city] Oxford
                sheet=contacts;row=3;col=id [id] 2
                sheet=contacts;row=3;col=full_name [full_name] Lena Wagner
                """, cells(read(sql)));
    }

    @Test
    void aKeyValueTableHeadsEachValueByItsKeyAndOneOwnersRowsAreOneRecord() throws IOException {
        String sql = "INSERT INTO `wp_usermeta` (`umeta_id`, `user_id`, `meta_key`, `meta_value`) VALUES "
                + "(11,2,'first_name','Marcus'),(12,2,'billing_phone','(617) 552-5245'),(13,3,'first_name','Imani');\n";
        assertEquals("""
                sheet=wp_usermeta;row=2;col=umeta_id [umeta_id] 11
                sheet=wp_usermeta;row=2;col=user_id [user_id] 2
                sheet=wp_usermeta;row=2;col=meta_value [first_name] Marcus
                sheet=wp_usermeta;row=2;col=umeta_id [umeta_id] 12
                sheet=wp_usermeta;row=2;col=user_id [user_id] 2
                sheet=wp_usermeta;row=2;col=meta_value [billing_phone] (617) 552-5245
                sheet=wp_usermeta;row=3;col=umeta_id [umeta_id] 13
                sheet=wp_usermeta;row=3;col=user_id [user_id] 3
                sheet=wp_usermeta;row=3;col=meta_value [first_name] Imani
                """, cells(read(sql)));
    }

    @Test
    void sqlServerScriptsWithoutSemicolonsAndQuotedValuesInsideCalls() throws IOException {
        String sql = """
                INSERT [dbo].[Customers] ([Id], [FullName], [BirthDate])
                VALUES (1, N'Ann Lee', CAST(N'1985-03-02T00:00:00.000' AS DateTime))
                GO
                INSERT [dbo].[Customers] ([Id], [FullName], [BirthDate]) VALUES (2, N'Bo Chen', NULL)
                GO
                """;
        assertEquals("""
                sheet=Customers;row=2;col=Id [Id] 1
                sheet=Customers;row=2;col=FullName [Full Name] Ann Lee
                sheet=Customers;row=2;col=BirthDate [Birth Date] 1985-03-02T00:00:00.000
                sheet=Customers;row=3;col=Id [Id] 2
                sheet=Customers;row=3;col=FullName [Full Name] Bo Chen
                """, cells(read(sql)));
    }

    @Test
    void sqliteDumpOneLineCreateAndARowPerStatement() throws IOException {
        String sql = """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, phone TEXT);
                INSERT INTO users VALUES(1,'a@example.org','+1 303 555 0101');
                INSERT INTO "users" VALUES(2,'b@example.org',NULL);
                """;
        assertEquals("""
                sheet=users;row=2;col=id [id] 1
                sheet=users;row=2;col=email [email] a@example.org
                sheet=users;row=2;col=phone [phone] +1 303 555 0101
                sheet=users;row=3;col=id [id] 2
                sheet=users;row=3;col=email [email] b@example.org
                """, cells(read(sql)));
    }

    @Test
    void aSchemaOnlyDumpHasNoCells() throws IOException {
        String sql = "CREATE TABLE `customers` (\n  `ssn` char(11) DEFAULT NULL,\n  `email` varchar(190)\n);\n";
        List<TextUnit> units = read(sql);
        assertTrue(units.stream().noneMatch(TextUnit::isCell));
        assertEquals(4, units.size());
    }

    @Test
    void aQuoteLeftOpenIsTextAndReadingGoesOn() throws IOException {
        StringBuilder sql = new StringBuilder("INSERT INTO t VALUES (1,'never closed\n");
        String filler = "x".repeat(1000) + "\n";
        while (sql.length() < SqlDumpUnits.MAX_STATEMENT + 2000) {
            sql.append(filler);
        }
        List<TextUnit> units = read(sql.toString());
        assertTrue(units.stream().noneMatch(TextUnit::isCell));
        assertTrue(units.size() > 1000, "the gathered lines are read as text");
    }

    @Test
    void partsEndWithARow() throws IOException {
        StringBuilder sql = new StringBuilder("COPY public.people (id, email) FROM stdin;\n");
        for (int i = 0; i < 500; i++) {
            sql.append(i).append("\tperson").append(i).append("@example.org\n");
        }
        sql.append("\\.\n");
        List<List<TextUnit>> parts = new ArrayList<>();
        List<TextUnit> rest = SqlDumpUnits.read(new StringReader(sql.toString()), 1_000, parts::add);
        assertTrue(parts.size() > 5);
        for (List<TextUnit> part : parts) {
            TextUnit last = part.get(part.size() - 1);
            assertTrue(!last.isCell() || last.column().equals("email"), "a part ends after a row's last cell");
        }
        assertEquals(1000, parts.stream().mapToLong(p -> p.stream().filter(TextUnit::isCell).count()).sum()
                + rest.stream().filter(TextUnit::isCell).count());
    }
}
