package org.leakscope.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annex "Documents with markings" of report.pdf, read back with PDFBox text extraction. */
class MarkedDocumentsAnnexTest {

    @TempDir
    Path dir;

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void annexListsPathCodeLocationAndExactMarkingText() throws IOException {
        List<MarkedDocumentRow> rows = List.of(
                new MarkedDocumentRow("Projects/X/report.pdf", "US_SECRET", "page=1;line=1", "SECRET//REL TO USA, FVEY"),
                new MarkedDocumentRow("Projects/X/report.pdf", "US_SECRET", "page=1;line=4",
                        "Classified By: J. Doe | Derived From: Multiple Sources | Declassify On: 20451231"),
                new MarkedDocumentRow("Projects/Y/tr.docx", "US_DISTRIBUTION_D", "line=5",
                        "DISTRIBUTION STATEMENT D. Distribution authorized to the Department of Defense and U.S. DoD "
                                + "contractors only; Critical Technology; 19 February 2022. Other requests shall be referred to AFRL/RW."),
                new MarkedDocumentRow("Finance/plan.xlsx", "CORP_CONFIDENTIAL", "sheet=Plan;row=1;col=A", "Company Confidential"));
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("annex case"), rows);
        String t = text(pdf);
        String f = flat(t);
        assertTrue(t.contains(PdfReportWriter.MARKED_ANNEX_TITLE), t);
        assertTrue(f.contains("3 documents bear markings"), f);
        for (MarkedDocumentRow r : rows) {
            assertTrue(f.contains(r.path()), r.path());
            assertTrue(f.contains(r.code() + " " + r.location()), r.code() + " " + r.location());
            assertTrue(f.contains(r.markingText()), r.markingText());
        }
        // the path heading comes before its markings, documents in the given order
        assertTrue(f.indexOf("Projects/X/report.pdf") < f.indexOf("SECRET//REL TO USA, FVEY"));
        assertTrue(f.indexOf("Projects/Y/tr.docx") < f.indexOf("Finance/plan.xlsx"));
        assertEquals(1, f.split("Projects/X/report.pdf", -1).length - 1, "one heading per document");
    }

    @Test
    void withoutRowsTheReportHasNoAnnexAndTheOldMethodStillWorks() throws IOException {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        PdfReportWriter.write(a, TestSummaries.full("no annex"));
        PdfReportWriter.write(b, TestSummaries.full("no annex"), List.of());
        assertFalse(text(a).contains(PdfReportWriter.MARKED_ANNEX_TITLE));
        assertFalse(text(b).contains(PdfReportWriter.MARKED_ANNEX_TITLE));
        assertTrue(Files.size(a) > 0);
    }

    @Test
    void manyRowsFlowOverPagesAndNothingIsLost() throws IOException {
        List<MarkedDocumentRow> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(new MarkedDocumentRow("share/dept" + i + "/file" + i + ".pdf", "US_CUI", "page=1;line=1", "CUI//SP-CTI " + i));
        }
        Path pdf = dir.resolve("many.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("many"), rows);
        String f = flat(text(pdf));
        for (int i = 0; i < 120; i++) {
            assertTrue(f.contains("share/dept" + i + "/file" + i + ".pdf"), "row " + i);
            assertTrue(f.contains("CUI//SP-CTI " + i + "\u201D"), "text " + i);
        }
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertTrue(d.getNumberOfPages() > 3);
        }
    }

    @Test
    void japaneseMarkingTextWithACjkFontOrQuestionMarksWithout() throws IOException {
        List<MarkedDocumentRow> rows = List.of(new MarkedDocumentRow("Projects/高速滑空弾/作業計画書.docx", "JP_CHUI", "line=1", "【取扱注意】"));
        Path fallback = dir.resolve("fallback.pdf");
        PdfReportWriter.write(fallback, TestSummaries.full("ja"), rows, Optional.empty(), List.of());
        String t = text(fallback);
        assertTrue(t.contains("JP_CHUI line=1"), t);
        assertTrue(t.contains("??????"), "unencodable characters become question marks");
        Path cjkDir = Path.of("/usr/share/fonts");
        assumeTrue(Files.isDirectory(cjkDir) && PdfFonts.defaultFontDirs().stream().anyMatch(Files::isDirectory));
        Path pdf = dir.resolve("ja.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("ja"), rows);
        String j = text(pdf);
        assumeTrue(!j.contains("??????"), "no CJK font on this machine");
        assertTrue(j.contains("【取扱注意】"), j);
        assertTrue(j.contains("Projects/高速滑空弾/作業計画書.docx"), j);
    }
}
