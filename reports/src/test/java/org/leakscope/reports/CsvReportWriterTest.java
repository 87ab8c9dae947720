package org.leakscope.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.resolve.Subject;

class CsvReportWriterTest {

    // Literal copies of the output contract v1 headers: a renamed, dropped or re-ordered column fails here.
    static final String DOCUMENTS_HEADER = "doc_id,path,sha256,media_type,size_bytes,status,language,duplicate_of,"
            + "markings,highest_marking,pii_types,pii_count,subject_count,risk,status_detail\n";
    static final String FINDINGS_HEADER = "doc_id,path,category,type,value_masked,confidence,location,detector\n";
    static final String SUBJECTS_HEADER = "subject_id,name,emails,phones,postal_address,jurisdictions,"
            + "data_elements,sensitive,document_count,doc_ids,obligations\n";

    @TempDir
    Path dir;

    @Test
    void headersAreExactlyTheContractsWithNoBom() throws IOException {
        Path d = dir.resolve("documents.csv");
        Path f = dir.resolve("findings.csv");
        Path s = dir.resolve("subjects.csv");
        CsvReportWriter.writeDocuments(d, List.of(), false);
        CsvReportWriter.writeFindings(f, List.of(), false);
        CsvReportWriter.writeSubjects(s, List.of(), false);
        assertEquals(DOCUMENTS_HEADER, read(d));
        assertEquals(FINDINGS_HEADER, read(f));
        assertEquals(SUBJECTS_HEADER, read(s));
        assertEquals('d', Files.readAllBytes(d)[0], "no BOM unless asked for");
    }

    @Test
    void manifestListsEachInputFileWithItsHashSizeAndTime() throws IOException {
        Path m = dir.resolve("manifest.csv");
        CsvReportWriter.writeManifest(m, List.of(
                new ManifestRow("hr/a,b.csv", 12L, "ab12", "2024-01-02T03:04:05Z", "d1", "OK"),
                new ManifestRow("x.bin", 0L, null, "2024-01-02T03:04:05Z", "d2", "ERROR")), false);
        assertEquals("path,size_bytes,sha256,modified,doc_id,status\n"
                + "\"hr/a,b.csv\",12,ab12,2024-01-02T03:04:05Z,d1,OK\n"
                + "x.bin,0,,2024-01-02T03:04:05Z,d2,ERROR\n", read(m));
    }

    @Test
    void excelBomIsTheUtf8ByteOrderMarkBeforeTheHeader() throws IOException {
        Path f = dir.resolve("findings.csv");
        CsvReportWriter.writeFindings(f, List.of(), true);
        byte[] b = Files.readAllBytes(f);
        assertEquals(0xEF, b[0] & 0xFF);
        assertEquals(0xBB, b[1] & 0xFF);
        assertEquals(0xBF, b[2] & 0xFF);
        assertEquals(FINDINGS_HEADER, new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void documentRowGoldenWithQuotingSortingAndEmptyCells() throws IOException {
        Path d = dir.resolve("documents.csv");
        DocumentRow quoted = new DocumentRow("d1", "hr/export, 2019.zip!/社員 \"名簿\".xlsx", "ab12", "application/zip",
                1234L, "OK", "ja", null, reversed("US_SECRET", "CORP_CONFIDENTIAL", "JP_CHUI"), "US_SECRET",
                reversed("PERSON_NAME", "EMAIL_ADDRESS"), 7, 2, "HIGH", "line one\nline two");
        DocumentRow empty = new DocumentRow("d2", "a.bin", "cd34", null, 0L, "ENCRYPTED", null, null, null, null,
                new TreeSet<>(), 0, 0, "MEDIUM", null);
        CsvReportWriter.writeDocuments(d, List.of(quoted, empty), false);
        assertEquals(DOCUMENTS_HEADER
                + "d1,\"hr/export, 2019.zip!/社員 \"\"名簿\"\".xlsx\",ab12,application/zip,1234,OK,ja,,"
                + "CORP_CONFIDENTIAL;JP_CHUI;US_SECRET,US_SECRET,EMAIL_ADDRESS;PERSON_NAME,7,2,HIGH,"
                + "\"line one\nline two\"\n"
                + "d2,a.bin,cd34,,0,ENCRYPTED,,,,,,0,0,MEDIUM,\n", read(d));
    }

    @Test
    void quotedCellsParseBackToTheSameValues() throws Exception {
        Path f = dir.resolve("findings.csv");
        FindingRow r = new FindingRow("d1", "a,b/\"c\"\n.txt", "PII", "PERSON_NAME", "山田 ***", 0.9, "sheet=Staff;row=17;col=E",
                "name.ja");
        CsvReportWriter.writeFindings(f, List.of(r), false);
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> all = csv.readAll();
            assertEquals(2, all.size());
            assertArrayEquals(new String[] {"d1", "a,b/\"c\"\n.txt", "PII", "PERSON_NAME", "山田 ***", "0.90",
                "sheet=Staff;row=17;col=E", "name.ja"}, all.get(1));
        }
    }

    @Test
    void carriageReturnIsQuotedAndKeptAsIs() throws IOException {
        Path f = dir.resolve("findings.csv");
        CsvReportWriter.writeFindings(f, List.of(new FindingRow("d1", "a\r\nb", "PII", "T", "v", 0, "l", "x")), false);
        assertEquals(FINDINGS_HEADER + "d1,\"a\r\nb\",PII,T,v,0.00,l,x\n", read(f));
    }

    @Test
    void confidenceHasTwoDecimalsAndADotWhateverTheLocale() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Path f = dir.resolve("findings.csv");
            CsvReportWriter.writeFindings(f, List.of(
                    new FindingRow("d1", "p", "PII", "US_SSN", "***-**-6789", 0.95, "line=4", "ssn"),
                    new FindingRow("d1", "p", "MARKING", "US_SECRET", "SECRET//NOFORN", 1.0, "page=1", "banner"),
                    new FindingRow("d1", "p", "PII", "EMAIL_ADDRESS", "t***@example.com", 0.5, "offset=12", "email")),
                    false);
            assertEquals(FINDINGS_HEADER
                    + "d1,p,PII,US_SSN,***-**-6789,0.95,line=4,ssn\n"
                    + "d1,p,MARKING,US_SECRET,SECRET//NOFORN,1.00,page=1,banner\n"
                    + "d1,p,PII,EMAIL_ADDRESS,t***@example.com,0.50,offset=12,email\n", read(f));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void subjectRowGolden() throws IOException {
        Path s = dir.resolve("subjects.csv");
        Subject yamada = new Subject("s1", "山田 太郎", reversed("taro@example.jp", "a.yamada@example.com"),
                reversed("+819012345678", "+81312345678"), "〒100-0001 東京都千代田区千代田1-1", reversed("JP"),
                reversed("PHONE_NUMBER", "JP_MY_NUMBER", "EMAIL_ADDRESS"), true, reversed("d9", "d10", "d2"),
                reversed("JP_MY_NUMBER_PPC", "JP_APPI_PPC"));
        Subject doe = new Subject("s2", "Doe, Jane Q.", null, new TreeSet<>(), null, reversed("US-CA"),
                reversed("US_SSN"), false, reversed("d3"), new TreeSet<>());
        CsvReportWriter.writeSubjects(s, List.of(yamada, doe), false);
        assertEquals(SUBJECTS_HEADER
                + "s1,山田 太郎,a.yamada@example.com;taro@example.jp,+81312345678;+819012345678,"
                + "〒100-0001 東京都千代田区千代田1-1,JP,EMAIL_ADDRESS;JP_MY_NUMBER;PHONE_NUMBER,true,3,d10;d2;d9,"
                + "JP_APPI_PPC;JP_MY_NUMBER_PPC\n"
                + "s2,\"Doe, Jane Q.\",,,,US-CA,US_SSN,false,1,d3,\n", read(s));
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkInsteadOfFailingTheReport() throws IOException {
        Path f = dir.resolve("findings.csv");
        CsvReportWriter.writeFindings(f, List.of(new FindingRow("d1", "bad\uD800name", "PII", "T", "v", 0.1, "l", "x")),
                false);
        assertEquals(FINDINGS_HEADER + "d1,bad?name,PII,T,v,0.10,l,x\n", read(f));
    }

    @Test
    void rowsAreStreamedFromAnIterator() throws IOException {
        int n = 200_000;
        Iterable<FindingRow> lazy = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public FindingRow next() {
                i++;
                return new FindingRow("d" + i, "p/" + i, "PII", "EMAIL_ADDRESS", "x***@example.com", 0.8, "line=" + i,
                        "email");
            }
        };
        Path f = dir.resolve("findings.csv");
        CsvReportWriter.writeFindings(f, lazy, false);
        try (var lines = Files.lines(f)) {
            assertEquals(n + 1, lines.count());
        }
    }

    @Test
    void aFailingRowSourceLeavesNoFileAndKeepsThePreviousOne() throws IOException {
        Path f = dir.resolve("findings.csv");
        Files.writeString(f, "previous run\n");
        Iterable<FindingRow> failing = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public FindingRow next() {
                if (++i > 3) {
                    throw new IllegalStateException("database went away");
                }
                return new FindingRow("d" + i, "p", "PII", "T", "v", 0.5, "l", "x");
            }
        };
        assertThrows(IllegalStateException.class, () -> CsvReportWriter.writeFindings(f, failing, false));
        assertEquals("previous run\n", read(f));
        assertFalse(Files.exists(dir.resolve("findings.csv.part")));
    }

    @Test
    void instanceWriterCountsRowsAndPublishesOnlyOnClose() throws IOException {
        Path f = dir.resolve("out/documents.csv");
        try (CsvReportWriter<DocumentRow> w = CsvReportWriter.documents(f, false)) {
            w.write(new DocumentRow("d1", "a.txt", "00", "text/plain", 3, "OK", "en", null, null, null, null, 0, 0,
                    "NONE", null));
            assertFalse(Files.exists(f), "not visible before close");
            assertEquals(1, w.rowCount());
        }
        assertTrue(read(f).endsWith("d1,a.txt,00,text/plain,3,OK,en,,,,,0,0,NONE,\n"));
    }

    /** A set whose own order is the reverse of the natural one: the writer must still sort naturally. */
    private static SortedSet<String> reversed(String... values) {
        TreeSet<String> s = new TreeSet<>(Comparator.reverseOrder());
        s.addAll(List.of(values));
        return s;
    }

    @Test
    void confidencesHaveTwoDecimalsAndAPointWhateverTheLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("0.95", Cells.confidence(0.95));
            assertEquals("1.00", Cells.confidence(1.0));
            assertEquals("0.05", Cells.confidence(0.05));
            assertEquals("0.50", Cells.confidence(0.5));
            assertEquals("0.13", Cells.confidence(0.125));
            assertEquals("0.00", Cells.confidence(0.0));
            assertEquals("-0.25", Cells.confidence(-0.25));
            assertEquals("", Cells.confidence(Double.NaN));
            for (int i = 0; i <= 100; i++) {
                double c = i / 100.0;
                assertEquals(String.format(java.util.Locale.ROOT, "%.2f", c), Cells.confidence(c), "at " + c);
            }
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
