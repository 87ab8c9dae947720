package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.pipeline.index.IndexSearch;

/** The whole job on a generated file set: every output file, its columns and a few rows. */
class AssessJobTest {

    static final String DOCUMENTS_HEADER = "doc_id,path,sha256,media_type,size_bytes,status,language,duplicate_of,"
            + "markings,highest_marking,pii_types,pii_count,subject_count,risk";
    static final String FINDINGS_HEADER = "doc_id,path,category,type,value_masked,confidence,location,detector";
    static final String SUBJECTS_HEADER = "subject_id,name,emails,phones,postal_address,jurisdictions,data_elements,"
            + "sensitive,document_count,doc_ids,obligations";

    @TempDir
    static Path tmp;
    static Path input;
    static Path out;
    static Map<String, Map<String, String>> docs;

    @BeforeAll
    static void runJob() throws IOException {
        input = tmp.resolve("leak");
        out = tmp.resolve("out");
        TestCorpus.write(input);
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", out.toString(), "--quiet"));
        docs = Outputs.byPath(out.resolve("documents.csv"));
    }

    @Test
    void everyOutputFileIsWritten() {
        for (String f : List.of("documents.csv", "findings.csv", "subjects.csv", "summary.json", "report.pdf",
                "manifest.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.isDirectory(out.resolve("index")));
    }

    @Test
    void csvHeadersAreTheContractsColumnsFirst() throws IOException {
        assertTrue(Outputs.headerLine(out.resolve("documents.csv")).startsWith(DOCUMENTS_HEADER + ","),
                Outputs.headerLine(out.resolve("documents.csv")));
        assertTrue(Outputs.headerLine(out.resolve("findings.csv")).startsWith(FINDINGS_HEADER));
        assertTrue(Outputs.headerLine(out.resolve("subjects.csv")).startsWith(SUBJECTS_HEADER));
    }

    @Test
    void everyFileAndEmbeddedItemHasItsRow() {
        assertEquals(Set.of("backups/old.zip", "backups/old.zip!/inner/nested.zip",
                "backups/old.zip!/inner/nested.zip!/deep.txt", "backups/old.zip!/staff/list.csv",
                "finance/dispute.txt", "finance/orders.txt", "hr/roster.csv", "hr/マイナンバー.txt",
                "mail/message.eml", "mail/message.eml!/customers.csv", "misc/broken.pdf", "misc/empty.txt",
                "projects/brief.html", "projects/potluck.txt", "projects/report.pdf"), docs.keySet());
        Set<String> ids = docs.values().stream().map(r -> r.get("doc_id")).collect(Collectors.toSet());
        assertEquals(docs.size(), ids.size(), "doc_id unique");
    }

    @Test
    void statusesTellWhatHappened() {
        assertEquals("CORRUPT", docs.get("misc/broken.pdf").get("status"));
        assertEquals("NO_TEXT", docs.get("misc/empty.txt").get("status"));
        assertEquals("OK", docs.get("backups/old.zip!/inner/nested.zip!/deep.txt").get("status"));
        assertFalse(docs.get("misc/broken.pdf").get("status_detail").isBlank());
    }

    @Test
    void itemBytesAreHashedAndMeasured() throws Exception {
        Map<String, String> roster = docs.get("hr/roster.csv");
        byte[] bytes = Files.readAllBytes(input.resolve("hr/roster.csv"));
        assertEquals(Long.toString(bytes.length), roster.get("size_bytes"));
        assertEquals(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes)), roster.get("sha256"));
        assertEquals("text/csv", roster.get("media_type"));
        // the same bytes inside the zip: the first by path is the original
        assertEquals(docs.get("backups/old.zip!/staff/list.csv").get("doc_id"), roster.get("duplicate_of"));
    }

    @Test
    void theManifestTiesEveryInputFileToItsHash() throws IOException {
        List<Map<String, String>> manifest = Outputs.rows(out.resolve("manifest.csv"));
        long files;
        try (var walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertEquals(files, manifest.size());
        for (Map<String, String> row : manifest) {
            Map<String, String> doc = docs.get(row.get("path"));
            assertNotNull(doc, row.toString());
            assertEquals(doc.get("sha256"), row.get("sha256"));
            assertEquals(doc.get("size_bytes"), row.get("size_bytes"));
            assertFalse(row.get("modified").isBlank());
        }
    }

    @Test
    void detectorsFindPlantedData() {
        assertCodes("hr/roster.csv", "pii_types", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN");
        assertCodes("finance/dispute.txt", "pii_types", "CREDIT_CARD", "EMAIL_ADDRESS");
        assertCodes("hr/マイナンバー.txt", "pii_types", "JP_MY_NUMBER", "PHONE_NUMBER");
        assertCodes("mail/message.eml", "pii_types", "EMAIL_ADDRESS", "PHONE_NUMBER");
        assertCodes("mail/message.eml!/customers.csv", "pii_types", "EMAIL_ADDRESS");
        assertCodes("backups/old.zip!/inner/nested.zip!/deep.txt", "pii_types", "EMAIL_ADDRESS");
        String orders = docs.get("finance/orders.txt").get("pii_types");
        assertFalse(orders.contains("CREDIT_CARD") || orders.contains("US_SSN"), orders);
    }

    @Test
    void markingsCountOnlyWhereTheyStandAsMarkings() {
        assertCodes("projects/brief.html", "markings", "US_SECRET");
        assertEquals("US_SECRET", docs.get("projects/brief.html").get("highest_marking"));
        assertTrue(docs.get("projects/report.pdf").get("markings").contains("US_TOP_SECRET"));
        assertEquals("", docs.get("projects/potluck.txt").get("markings"));
    }

    @Test
    void findingsAreMaskedAndLocated() throws IOException {
        List<Map<String, String>> findings = Outputs.rows(out.resolve("findings.csv"));
        String all = findings.stream().map(Map::toString).collect(Collectors.joining("\n"));
        assertFalse(all.contains("219-45-6789"), "full SSN in findings.csv");
        assertFalse(all.contains("4111 1111 1111 1111") || all.contains("4111111111111111"), "full card number");
        Map<String, String> ssn = findings.stream()
                .filter(f -> f.get("type").equals("US_SSN") && f.get("path").equals("hr/roster.csv"))
                .findFirst().orElseThrow();
        assertTrue(ssn.get("value_masked").endsWith("6789") || ssn.get("value_masked").endsWith("1234"));
        assertTrue(ssn.get("location").contains("row="), ssn.get("location"));
        assertFalse(ssn.get("detector").isBlank());
    }

    @Test
    void peopleAreLinkedByTheirIdentifiers() throws IOException {
        List<Map<String, String>> subjects = Outputs.rows(out.resolve("subjects.csv"));
        Map<String, String> jane = subjects.stream().filter(s -> s.get("emails").contains("jane.roe@example.com"))
                .findFirst().orElseThrow();
        assertTrue(jane.get("phones").contains("+14155552671"), jane.toString());
        assertTrue(jane.get("data_elements").contains("US_SSN"), jane.toString());
        assertEquals(1, subjects.stream().filter(s -> s.get("emails").contains("jane.roe@example.com")).count(),
                "Jane appears in two files with the same e-mail: one person");
    }

    @Test
    void notificationObligationsAreAppliedPerPersonAndTotalled() throws IOException {
        List<Map<String, String>> subjects = Outputs.rows(out.resolve("subjects.csv"));
        // the My Number holder of the generated set, taken by an attacker (the default)
        Map<String, String> myNumber = subjects.stream().filter(r -> r.get("data_elements").contains("JP_MY_NUMBER"))
                .findFirst().orElseThrow();
        assertTrue(myNumber.get("obligations").contains("JP_MY_NUMBER_PPC"), myNumber.toString());
        // one notice row per person and obligation, contact data masked by default
        List<Map<String, String>> notices = Outputs.rows(out.resolve("notices.csv"));
        long expected = subjects.stream().mapToLong(r -> r.get("obligations").isEmpty() ? 0
                : r.get("obligations").split(";").length).sum();
        assertEquals(expected, notices.size());
        assertTrue(notices.stream().noneMatch(n -> n.get("emails").contains("jane.roe@example.com")), notices.toString());
        String json = Files.readString(out.resolve("summary.json")).replaceAll("\\s", "");
        for (Map<String, String> r : subjects) {
            for (String code : r.get("obligations").split(";")) {
                if (!code.isEmpty()) {
                    assertTrue(json.contains("\"code\":\"" + code + "\""), code + " missing in summary.json");
                }
            }
        }
    }

    @Test
    void summaryAgreesWithTheCsvFiles() throws IOException {
        String json = Files.readString(out.resolve("summary.json"));
        int subjects = Outputs.rows(out.resolve("subjects.csv")).size();
        assertTrue(json.replaceAll("\\s", "").contains("\"total\":" + docs.size()), json);
        assertTrue(json.replaceAll("\\s", "").contains("\"total\":" + subjects));
        assertTrue(Files.readString(out.resolve("report.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void theReportListsMarkedDocumentsWithTheirMarkingText() throws IOException {
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains("projects/brief.html"), text);
        assertTrue(text.contains("SECRET//NOFORN"), text);
        assertTrue(text.contains("projects/report.pdf"), text);
        assertFalse(text.contains("projects/potluck.txt"), "an unmarked document is not in the annex");
    }

    @Test
    void theIndexAnswersFieldQueries() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long hits = IndexSearch.search(out.resolve("index"), "markings:US_SECRET", 10,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertEquals(1, hits);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("projects/brief.html"));
        buf.reset();
        IndexSearch.search(out.resolve("index"), "program", 10, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("**program**"), buf.toString());
    }

    @Test
    void aCompletedRunIsNotRepeatedAndRerunGivesTheSameRows() throws IOException {
        String before = Files.readString(out.resolve("documents.csv"));
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", out.toString(), "--quiet"));
        assertEquals(before, Files.readString(out.resolve("documents.csv")));
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", out.toString(), "--quiet",
                "--rerun"));
        assertEquals(before, Files.readString(out.resolve("documents.csv")));
        assertNotNull(Outputs.rows(out.resolve("findings.csv")));
    }

    private static void assertCodes(String path, String column, String... codes) {
        Map<String, String> row = docs.get(path);
        assertNotNull(row, path);
        Set<String> got = Set.of(row.get(column).split(";"));
        for (String c : codes) {
            assertTrue(got.contains(c), path + " " + column + " lacks " + c + ": " + got);
        }
    }
}
