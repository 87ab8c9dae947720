package org.leakscope.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticesCsvTest {

    // Literal copy: a renamed, dropped or re-ordered column fails here.
    static final String HEADER =
            "subject_id,name,postal_address,emails,phones,data_elements,obligation,deadline,recipient\n";

    @TempDir
    Path dir;

    private static SortedSet<String> set(String... v) {
        return new TreeSet<>(List.of(v));
    }

    private static NoticeRow yamada() {
        return new NoticeRow("s-0001", "山田 太郎", "〒100-0001 東京都千代田区千代田1-1, Bldg \"A\"",
                set("yamada@corp.jp", "taro@example.com"), set("+819012345678", "+81312345678"),
                set("PERSON_NAME", "JP_MY_NUMBER", "EMAIL_ADDRESS"), "JP_APPI_PPC", "2026-03-31", "each person");
    }

    @Test
    void headerIsExactAndConstantMatches() throws IOException {
        Path f = dir.resolve("notices.csv");
        CsvReportWriter.writeNotices(f, List.of(), false, false);
        assertEquals(HEADER, Files.readString(f, StandardCharsets.UTF_8));
        assertEquals(HEADER.strip(), String.join(",", CsvReportWriter.NOTICES_HEADER));
    }

    @Test
    void maskedRowMasksEmailsAndPhonesButKeepsNameAndAddress() throws IOException {
        Path f = dir.resolve("notices.csv");
        NoticeRow bare = new NoticeRow("s-0002", "Jane Q. Doe", null, null, new TreeSet<>(), set("US_SSN"),
                "US_STATE_CA", null, "each person");
        CsvReportWriter.writeNotices(f, List.of(yamada(), bare), false, false);
        assertEquals(HEADER
                + "s-0001,山田 太郎,\"〒100-0001 東京都千代田区千代田1-1, Bldg \"\"A\"\"\","
                + "t***@example.com;y***@corp.jp,+********5678;+*******5678,"
                + "EMAIL_ADDRESS;JP_MY_NUMBER;PERSON_NAME,JP_APPI_PPC,2026-03-31,each person\n"
                + "s-0002,Jane Q. Doe,,,,US_SSN,US_STATE_CA,,each person\n",
                Files.readString(f, StandardCharsets.UTF_8));
        String all = Files.readString(f, StandardCharsets.UTF_8);
        assertFalse(all.contains("taro@"), "no full e-mail in a masked file");
        assertFalse(all.contains("12345678"), "no full phone in a masked file");
    }

    @Test
    void unmaskedRowHasTheFullValues() throws IOException {
        Path f = dir.resolve("notices.csv");
        CsvReportWriter.writeNotices(f, List.of(yamada()), false, true);
        assertEquals(HEADER
                + "s-0001,山田 太郎,\"〒100-0001 東京都千代田区千代田1-1, Bldg \"\"A\"\"\","
                + "taro@example.com;yamada@corp.jp,+81312345678;+819012345678,"
                + "EMAIL_ADDRESS;JP_MY_NUMBER;PERSON_NAME,JP_APPI_PPC,2026-03-31,each person\n",
                Files.readString(f, StandardCharsets.UTF_8));
    }

    @Test
    void excelBomPrecedesTheHeader() throws IOException {
        Path f = dir.resolve("notices.csv");
        CsvReportWriter.writeNotices(f, List.of(), true, false);
        byte[] b = Files.readAllBytes(f);
        assertEquals(0xEF, b[0] & 0xFF);
        assertEquals(0xBB, b[1] & 0xFF);
        assertEquals(0xBF, b[2] & 0xFF);
        assertEquals(HEADER, new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void aFailureMidStreamLeavesNeitherFileNorPart() throws IOException {
        Path f = dir.resolve("notices.csv");
        Iterable<NoticeRow> failing = () -> new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public NoticeRow next() {
                if (n++ == 3) {
                    throw new NoSuchElementException("cursor died");
                }
                return yamada();
            }
        };
        assertThrows(NoSuchElementException.class, () -> CsvReportWriter.writeNotices(f, failing, false, false));
        assertFalse(Files.exists(f));
        assertFalse(Files.exists(ReportFiles.partOf(f)));
    }

    @Test
    void streamingWriterCountsRowsAndCommitsOnClose() throws IOException {
        Path f = dir.resolve("notices.csv");
        try (CsvReportWriter<NoticeRow> w = CsvReportWriter.notices(f, false, false)) {
            w.write(yamada());
            w.write(yamada());
            assertEquals(2, w.rowCount());
            assertFalse(Files.exists(f), "the final name appears only on close");
        }
        assertTrue(Files.readString(f, StandardCharsets.UTF_8).lines().count() == 3);
    }
}
