package org.leakscope.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDetailsPdfTest {

    @TempDir
    Path dir;

    private static List<RiskyDocument> ranked(int n) {
        List<RiskyDocument> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(new RiskyDocument(String.format("hr/risky-%02d.xlsx", i), i < 3 ? "CRITICAL" : "HIGH",
                    i % 2 == 0 ? "US_SECRET" : null, "EMAIL_ADDRESS;US_SSN", 900 - i));
        }
        return l;
    }

    private static List<String> unreadable(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(String.format("vault/locked-%03d.zip", i));
        }
        return l;
    }

    @Test
    void topRiskTableShowsAtMostTwentyRowsInTheOrderGiven() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("risk"), List.of(), new ReportDetails(ranked(25), List.of()));
        String text = text(pdf);
        assertTrue(text.contains(PdfReportWriter.TOP_RISK_TITLE), text);
        assertTrue(text.contains("Showing 20 of 25 ranked documents"), text);
        assertRow(text, "Risk", "Path", "Highest marking", "PII types", "Subjects");
        for (int i = 0; i < 20; i++) {
            assertRow(text, i < 3 ? "CRITICAL" : "HIGH", String.format("hr/risky-%02d.xlsx", i),
                    i % 2 == 0 ? "US_SECRET" : "-", "EMAIL_ADDRESS;US_SSN", Integer.toString(900 - i));
        }
        for (int i = 20; i < 25; i++) {
            assertFalse(text.contains(String.format("hr/risky-%02d.xlsx", i)), "row " + i + " is past the top 20");
        }
        assertTrue(text.indexOf("hr/risky-00.xlsx") < text.indexOf("hr/risky-19.xlsx"), "order kept");
        assertFalse(text.contains(PdfReportWriter.NOT_ASSESSED_TITLE), "empty list: no section");
    }

    @Test
    void longPathsWrapInsideTheirCellAndNothingIsLost() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        String longPath = "mail/inbox.mbox!/<0123456789abcdef@mail.example.com>!/attachments/"
                + "very-long-attachment-name-that-cannot-fit-in-one-column.pdf";
        PdfReportWriter.write(pdf, TestSummaries.full("wrap"), List.of(),
                new ReportDetails(List.of(new RiskyDocument(longPath, "CRITICAL", "EXPORT_ITAR", "US_SSN", 3)),
                        List.of()));
        String text = text(pdf);
        assertTrue(text.contains("Showing 1 of 1 ranked documents"), text);
        // first line: every cell on one line; the path's further lines follow under it
        java.util.regex.Matcher m = Pattern.compile("(?m)^\\s*CRITICAL\\s+(\\S+)\\s+EXPORT_ITAR\\s+US_SSN\\s+3\\s*$")
                .matcher(text);
        assertTrue(m.find(), text);
        StringBuilder path = new StringBuilder(m.group(1));
        for (String line : text.substring(m.end()).strip().split("\\R")) {
            if (path.length() >= longPath.length()) {
                break;
            }
            path.append(line.strip());
        }
        assertEquals(longPath, path.toString());
        assertTrue(m.group(1).length() < longPath.length(), "the path did wrap");
    }

    @Test
    void notAssessedListsTwoHundredPathsThenCountsTheRest() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("na"), List.of(), new ReportDetails(List.of(), unreadable(205)));
        String text = text(pdf);
        assertTrue(text.contains(PdfReportWriter.NOT_ASSESSED_TITLE), text);
        assertTrue(text.replaceAll("\\s+", " ").contains(PdfReportWriter.NOT_ASSESSED_LIST_NOTE));
        assertTrue(text.contains("neither counted as safe nor as exposed"));
        assertTrue(text.contains("vault/locked-000.zip"));
        assertTrue(text.contains("vault/locked-199.zip"));
        assertFalse(text.contains("vault/locked-200.zip"), "only the first 200 are listed");
        assertTrue(Pattern.compile("(?m)^\\s*and 5 more\\s*$").matcher(text).find(), text);
        assertFalse(text.contains(PdfReportWriter.TOP_RISK_TITLE), "empty list: no section");
    }

    @Test
    void exactlyTwoHundredHasNoAndMoreLine() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("na"), null, new ReportDetails(null, unreadable(200)));
        String text = text(pdf);
        assertTrue(text.contains("vault/locked-199.zip"));
        assertFalse(Pattern.compile("(?m)^\\s*and \\d+ more\\s*$").matcher(text).find(), text);
    }

    @Test
    void theOldOverloadHasNeitherSection() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("old"),
                List.of(new MarkedDocumentRow("a.pdf", "US_SECRET", "page=1", "SECRET")));
        String text = text(pdf);
        assertFalse(text.contains(PdfReportWriter.TOP_RISK_TITLE));
        assertFalse(text.contains(PdfReportWriter.NOT_ASSESSED_TITLE));
        assertTrue(text.contains(PdfReportWriter.MARKED_ANNEX_TITLE));
    }

    @Test
    void sectionsComeBeforeTheAnnexAndEveryPageRendersNotBlankInBothLanguages() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("render"),
                List.of(new MarkedDocumentRow("a.pdf", "US_SECRET", "page=1", "SECRET")),
                new ReportDetails(ranked(5), unreadable(3)));
        String text = text(pdf);
        int risk = text.indexOf(PdfReportWriter.TOP_RISK_TITLE);
        int na = text.indexOf(PdfReportWriter.NOT_ASSESSED_TITLE);
        int annex = text.indexOf(PdfReportWriter.MARKED_ANNEX_TITLE);
        assertTrue(risk > 0 && risk < na && na < annex, "order: risk table, not assessed, annex");
        assertRendersWithCharts(pdf);
        if (PdfReportWriter.japaneseFont().isPresent()) {
            Path ja = dir.resolve("report-ja.pdf");
            PdfReportWriter.write(ja, TestSummaries.full("描画"),
                    List.of(new MarkedDocumentRow("a.pdf", "JP_CHUI", "page=1", "取扱注意")),
                    new ReportDetails(ranked(5), unreadable(3)), ReportSettings.of(ReportLanguage.JA));
            assertRendersWithCharts(ja);
        }
        Path blank = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(blank.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(blank.toFile())) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 50f);
            assertEquals(0, nonWhite(img), "the check itself can fail");
            assertEquals(0, barPixels(img), "the check itself can fail");
        }
    }

    /** Every page has ink; page 2 (documents, personal data) has the charts' bars drawn as filled rectangles. */
    private static void assertRendersWithCharts(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                long ink = nonWhite(renderer.renderImageWithDPI(page, 50f));
                assertTrue(ink > 200, pdf.getFileName() + " page " + (page + 1) + " is (nearly) blank: " + ink);
            }
            // the longest bar (OK: 1180 items) alone is about 300 pt x 9 pt: over 1000 pixels at 50 dpi
            long bars = barPixels(renderer.renderImageWithDPI(1, 50f));
            assertTrue(bars > 1000, pdf.getFileName() + ": bar pixels on page 2: " + bars);
        }
    }

    private static long barPixels(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - 70) < 12 && Math.abs(g - 115) < 12 && Math.abs(b - 178) < 12) {
                    n++;
                }
            }
        }
        return n;
    }

    private static long nonWhite(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A line of the extracted text holding the cells in this order, separated by white space only. */
    private static void assertRow(String text, String... cells) {
        StringBuilder re = new StringBuilder("(?m)^\\s*");
        for (int i = 0; i < cells.length; i++) {
            re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(cells[i]));
        }
        assertTrue(Pattern.compile(re.append("(\\S*)\\s*$").toString()).matcher(text).find(),
                "no row " + String.join(" | ", cells) + " in:\n" + text);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
