package org.leakscope.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PdfReportWriterTest {

    private static final Path DEJAVU_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    @TempDir
    Path dir;

    @Test
    void everyFigureEqualsTheSameFigureInSummaryJson() throws IOException {
        Summary s = TestSummaries.full("Operation Nightjar");
        Path json = dir.resolve("summary.json");
        Path pdf = dir.resolve("report.pdf");
        SummaryJsonWriter.write(json, s);
        PdfReportWriter.write(pdf, s);
        // expected figures are read from the JSON, so the check is "PDF == summary.json", not "PDF == record"
        JsonNode j = JsonMapper.builder().build().readTree(Files.readString(json, StandardCharsets.UTF_8));
        String text = text(pdf);

        assertLine(text, "Documents total", j.get("documents").get("total"));
        assertLine(text, "Documents with PII", j.get("documents").get("with_pii"));
        assertLine(text, "Documents with markings", j.get("documents").get("with_markings"));
        assertLine(text, "Documents not assessed", j.get("documents").get("not_assessed"));
        assertLine(text, "Findings total", j.get("findings").get("total"));
        assertLine(text, "Subjects total", j.get("subjects").get("total"));
        assertLine(text, "Subjects with sensitive data", j.get("subjects").get("sensitive"));
        assertEveryCount(text, j.get("documents").get("by_status"), 5);
        assertEveryCount(text, j.get("pii").get("by_type"), 3);
        assertEveryCount(text, j.get("markings").get("by_code"), 2);
        assertEveryCount(text, j.get("subjects").get("by_jurisdiction"), 3);
        for (JsonNode o : j.get("obligations")) {
            assertLine(text, o.get("code").stringValue(), o.get("subjects").asString() + " subjects");
        }
        assertLine(text, "Deadline", "2026-03-31");
        assertTrue(text.contains("Operation Nightjar"));
        assertTrue(text.contains("2026-03-05T09:15:00Z"));
        assertTrue(text.contains("leakscope \u2014 data-leak impact assessment"), "title with em dash");
        assertTrue(flat(text).contains(PdfReportWriter.NOT_ASSESSED_NOTE), "not-assessed warning sentence");
    }

    @Test
    void japaneseCaseNameRendersWithACjkFontWhenTheMachineHasOne() throws IOException {
        assumeTrue(cjkFontAvailable(), "no CJK font on this machine (Debian: apt-get install fonts-ipafont-gothic)");
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("山田商事 情報漏えい事案"));
        String text = text(pdf);
        assertTrue(text.contains("山田商事 情報漏えい事案"), text);
        assertTrue(text.contains("個人情報保護委員会 (PPC) and each person"), "Japanese recipient");
        assertTrue(text.contains("速報 (PPC) 2026-03-04..2026-03-06") && text.contains("確報 (PPC) 2026-04-30"),
                "every step of an obligation with its own date: " + text);
        assertTrue(fontNames(pdf).stream().anyMatch(n -> !n.contains("Helvetica")), "an embedded font is used");
    }

    @Test
    void japaneseWithoutAnyFontFallsBackToHelveticaAndQuestionMarks() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("山田商事 case 7"), Optional.empty(), List.of());
        String text = text(pdf);
        assertTrue(text.contains("???? case 7"), text);
        assertTrue(text.contains("leakscope \u2014 data-leak impact assessment"), "WinAnsi has the em dash");
        assertTrue(fontNames(pdf).stream().allMatch(n -> n.contains("Helvetica")), fontNames(pdf).toString());
        assertLine(text, "Documents total", "1227");
    }

    @Test
    void japaneseWithALatinOnlyTrueTypeFontDoesNotCrash() throws IOException {
        assumeTrue(Files.isDirectory(DEJAVU_DIR), "DejaVu fonts not installed");
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("山田 Müller"), Optional.empty(), List.of(DEJAVU_DIR));
        String text = text(pdf);
        assertTrue(text.contains("?? Müller"), text);
        assertTrue(fontNames(pdf).stream().anyMatch(n -> n.contains("DejaVu")), fontNames(pdf).toString());
    }

    @Test
    void explicitFontFileWins() throws IOException {
        Path ipa = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");
        assumeTrue(Files.isRegularFile(ipa), "IPA Gothic not installed");
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("東京"), Optional.of(ipa), List.of(DEJAVU_DIR));
        assertTrue(text(pdf).contains("東京"));
        assertTrue(fontNames(pdf).stream().anyMatch(n -> n.contains("IPA")), fontNames(pdf).toString());
    }

    @Test
    void nullCaseAndDatesAreShownAsNotGiven() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, new Summary(null, null, null, 0, null, 0, 0, null, null, 0, 0, null, null, 0, 0,
                null, false, null, null, false));
        String text = text(pdf);
        assertLine(text, "Case", PdfReportWriter.NOT_GIVEN);
        assertLine(text, "Incident date", PdfReportWriter.NOT_GIVEN);
        assertLine(text, "Documents total", "0");
    }

    @Test
    void manyObligationsFlowOntoMorePagesWithNothingLost() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.withManyObligations(60));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 1);
        }
        String text = text(pdf);
        for (int i = 0; i < 60; i++) {
            assertLine(text, String.format("US_STATE_%02d", i), (1000 + i) + " subjects");
        }
        assertTrue(flat(text).contains("past the width of an A4 page, section 59"));
    }

    @Test
    void aFailedWriteLeavesNoPartFile() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        assertFalse(Files.exists(pdf));
        PdfReportWriter.write(pdf, TestSummaries.full("x"));
        assertTrue(Files.size(pdf) > 0);
        assertFalse(Files.exists(dir.resolve("report.pdf.part")));
    }

    private static boolean cjkFontAvailable() throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts.Loaded f = PdfFonts.load(doc)) {
            return f.cjk();
        }
    }

    private static void assertEveryCount(String text, JsonNode counts, int expectedKeys) {
        assertEquals(expectedKeys, counts.size());
        for (Map.Entry<String, JsonNode> e : counts.properties()) {
            assertLine(text, e.getKey(), e.getValue());
        }
    }

    private static void assertLine(String text, String label, JsonNode value) {
        assertLine(text, label, value.asString());
    }

    /** A line of the extracted text that is exactly "label value" (any run of spaces between). */
    private static void assertLine(String text, String label, String value) {
        Pattern p = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + "\\s+" + Pattern.quote(value) + "\\s*$");
        assertTrue(p.matcher(text).find(), "no line '" + label + " " + value + "' in:\n" + text);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<String> fontNames(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var res = doc.getPage(0).getResources();
            List<String> names = new java.util.ArrayList<>();
            for (var n : res.getFontNames()) {
                names.add(res.getFont(n).getName());
            }
            return names;
        }
    }
}
