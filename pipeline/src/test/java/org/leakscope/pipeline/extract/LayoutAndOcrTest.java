package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.text.TextUnit;

/** The layout the classifiers rely on (pages, lines, header/footer regions, cells) and OCR of scans. */
class LayoutAndOcrTest {

    @TempDir
    Path tmp;

    private List<ExtractedItem> extract(Path file, boolean ocr) throws IOException {
        List<ExtractedItem> items = new ArrayList<>();
        new TikaExtractor(new ExtractSettings(20_000_000, 20, ocr, Files.createDirectories(tmp.resolve("spool"))))
                .extract(file, file.getFileName().toString(), items::add);
        return items;
    }

    private static TextUnit unit(ExtractedItem item, String text) {
        return item.units().stream().filter(u -> u.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit with " + text + " in " + item.units()));
    }

    @Test
    void aMarkdownTableInATextFileIsReadAsCellsUnderItsHeader() throws IOException {
        Path md = tmp.resolve("logins.md");
        Files.writeString(md, "# accounts\n\n| site | login | secret |\n|---|---|---|\n| concur | d.q@example.com | Tr!cky202Pass |\n"
                + "| jira | dq | BlueHeron#52 |\n\nreminder: rotate in June | or not |\n");
        ExtractedItem item = extract(md, false).get(0);
        TextUnit secret = unit(item, "BlueHeron#52");
        assertTrue(secret.isCell());
        assertEquals("secret", secret.columnHeader());
        assertEquals(3, secret.row());
        assertEquals("C", secret.column());
        assertFalse(unit(item, "reminder").isCell(), "the table ends at a line that is no row");
        assertFalse(unit(item, "| site |").isCell(), "the header stays a line too");
    }

    @Test
    void pdfLinesHavePageAndLineAndThePageEdgesAreHeaderFooter() throws IOException {
        Path pdf = tmp.resolve("two-pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= 2; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    float y = 760;
                    for (int l = 1; l <= 9; l++) {
                        cs.beginText();
                        cs.newLineAtOffset(72, y);
                        cs.showText(l == 1 || l == 9 ? "BANNER LINE P" + p : "body line " + l + " of page " + p);
                        cs.endText();
                        y -= 60;
                    }
                }
            }
            doc.save(pdf.toFile());
        }
        ExtractedItem item = extract(pdf, false).get(0);
        TextUnit top = unit(item, "BANNER LINE P2");
        assertEquals(2, top.page());
        assertTrue(top.headerFooter(), top.toString());
        TextUnit middle = unit(item, "body line 5 of page 2");
        assertEquals(2, middle.page());
        assertFalse(middle.headerFooter(), "the middle of a page is running text");
        assertTrue(middle.line() > top.line());
        assertEquals("page=2;line=" + middle.line(), middle.location());
    }

    /** Rows are records by sheet and row: a roster's row 3 and a form's row 3 under one heading are not one. */
    @Test
    void tablesUnderOneHeadingAreSheetsOfTheirOwn() throws IOException {
        Path html = tmp.resolve("staff.html");
        Files.writeString(html, "<html><body><h1>Staff directory</h1>"
                + "<table><tr><th>Name</th><th>Phone</th></tr><tr><td>Olivia Allen</td><td>(512) 264-7058</td></tr></table>"
                + "<table><tr><td>Employee</td><td>Grace Kim</td></tr><tr><td>Phone</td><td>(206) 235-2343</td></tr></table>"
                + "<table><tr><td>Note</td><td>third table</td></tr></table></body></html>");
        ExtractedItem item = extract(html, false).get(0);
        assertEquals("Staff directory", unit(item, "Olivia Allen").sheet());
        assertEquals("Staff directory (2)", unit(item, "Grace Kim").sheet());
        assertEquals("Staff directory (3)", unit(item, "third table").sheet());
        assertEquals(unit(item, "Olivia Allen").row(), unit(item, "(206) 235-2343").row(), "both on row 2");
        assertFalse(unit(item, "Olivia Allen").recordKey().equals(unit(item, "(206) 235-2343").recordKey()));
    }

    @Test
    void docxHeaderAndFooterPartsAreHeaderFooterUnits() throws IOException {
        Path docx = tmp.resolve("memo.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("HEADERMARK 取扱注意");
            policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("FOOTERMARK");
            doc.createParagraph().createRun().setText("Body text of the memo.");
            try (var out = Files.newOutputStream(docx)) {
                doc.write(out);
            }
        }
        ExtractedItem item = extract(docx, false).get(0);
        assertTrue(unit(item, "HEADERMARK").headerFooter(), item.units().toString());
        assertTrue(unit(item, "FOOTERMARK").headerFooter(), item.units().toString());
        assertFalse(unit(item, "Body text").headerFooter());
    }

    /** A one-slide deck's footer is not repeated: where its text box stands says it is the slide's edge. */
    @Test
    void textBoxesAtASlidesTopOrBottomAreHeaderFooterUnits() throws IOException {
        Path pptx = tmp.resolve("review.pptx");
        try (org.apache.poi.xslf.usermodel.XMLSlideShow deck = new org.apache.poi.xslf.usermodel.XMLSlideShow()) {
            deck.setPageSize(new java.awt.Dimension(960, 540));
            org.apache.poi.xslf.usermodel.XSLFSlide slide = deck.createSlide();
            org.apache.poi.xslf.usermodel.XSLFTextBox top = slide.createTextBox();
            top.setText("Design review");
            top.setAnchor(new java.awt.geom.Rectangle2D.Double(40, 20, 880, 50));
            org.apache.poi.xslf.usermodel.XSLFTextBox body = slide.createTextBox();
            body.setText("Thermal margins are positive");
            body.setAnchor(new java.awt.geom.Rectangle2D.Double(40, 200, 880, 80));
            org.apache.poi.xslf.usermodel.XSLFTextBox foot = slide.createTextBox();
            foot.setText("NORTHWIND PROPRIETARY");
            foot.setAnchor(new java.awt.geom.Rectangle2D.Double(40, 500, 880, 30));
            try (var out = Files.newOutputStream(pptx)) {
                deck.write(out);
            }
        }
        ExtractedItem item = extract(pptx, false).get(0);
        assertTrue(unit(item, "NORTHWIND PROPRIETARY").headerFooter(), item.units().toString());
        assertTrue(unit(item, "Design review").headerFooter(), "a text box in the top band is the slide's edge");
        assertFalse(unit(item, "Thermal margins").headerFooter());
    }

    @Test
    void docxWatermarkIsAHeaderLine() throws IOException {
        Path docx = tmp.resolve("pricing.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeaderFooterPolicy().createWatermark("CONFIDENTIAL");
            doc.createParagraph().createRun().setText("List prices rise in April.");
            try (var out = Files.newOutputStream(docx)) {
                doc.write(out);
            }
        }
        ExtractedItem item = extract(docx, false).get(0);
        assertTrue(unit(item, "CONFIDENTIAL").headerFooter(), item.units().toString());
        assertFalse(unit(item, "List prices").headerFooter());
    }

    @Test
    void spreadsheetCellsCarrySheetRowColumnAndHeader() throws IOException {
        Path xlsx = tmp.resolve("staff.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Staff");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Name");
            header.createCell(1).setCellValue("SSN");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Jane Roe");
            row.createCell(1).setCellValue("219-45-6789");
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        TextUnit ssn = unit(extract(xlsx, false).get(0), "219-45-6789");
        assertEquals("Staff", ssn.sheet());
        assertEquals(2, ssn.row());
        assertEquals("B", ssn.column());
        assertEquals("SSN", ssn.columnHeader());
        assertEquals("sheet=Staff;row=2;col=B", ssn.location());
    }

    /** A sheet's title and date lines above its header row: the headers are the first row of two or more cells. */
    @Test
    void aSheetsHeaderRowMayStandBelowTitleRows() throws IOException {
        Path xlsx = tmp.resolve("enrollment.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Enrollees");
            sheet.createRow(0).createCell(0).setCellValue("Open Enrollment 2024");
            sheet.createRow(1).createCell(0).setCellValue("Plan year: 01/01/2024 - 12/31/2024");
            var header = sheet.createRow(3);
            header.createCell(0).setCellValue("Employee Name");
            header.createCell(1).setCellValue("DOB");
            var row = sheet.createRow(4);
            row.createCell(0).setCellValue("Whitaker, Delia");
            row.createCell(1).setCellValue("03/04/1963");
            var list = wb.createSheet("List");
            list.createRow(0).createCell(0).setCellValue("Names");
            list.createRow(1).createCell(0).setCellValue("Ann Lee");
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        ExtractedItem item = extract(xlsx, false).get(0);
        assertEquals("DOB", unit(item, "03/04/1963").columnHeader());
        assertEquals("Employee Name", unit(item, "Whitaker, Delia").columnHeader());
        // a one-column list keeps its first row as the header
        assertEquals("Names", unit(item, "Ann Lee").columnHeader());
    }

    /**
     * A header in two rows: group cells merged over their columns above the column labels. The labels name the
     * columns; a data row of text only under a full header row stays data.
     */
    @Test
    void aMergedGroupRowAboveTheLabelsLeavesTheLabelsAsHeaders() throws IOException {
        Path xlsx = tmp.resolve("starters.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Starters");
            var groups = sheet.createRow(0);
            groups.createCell(0).setCellValue("Employee");
            groups.createCell(3).setCellValue("Payroll");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 2));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 3, 4));
            var labels = sheet.createRow(1);
            String[] l = {"Forename", "Surname", "Date of birth", "NI number", "Tax code"};
            for (int i = 0; i < l.length; i++) {
                labels.createCell(i).setCellValue(l[i]);
            }
            var row = sheet.createRow(2);
            String[] v = {"Harry", "Whitfield", "14/03/1985", "AB 12 34 56 C", "1257L"};
            for (int i = 0; i < v.length; i++) {
                row.createCell(i).setCellValue(v[i]);
            }
            var plain = wb.createSheet("Plain");
            var h = plain.createRow(0);
            h.createCell(0).setCellValue("Name");
            h.createCell(1).setCellValue("Team");
            var first = plain.createRow(1);
            first.createCell(0).setCellValue("Ann Lee");
            first.createCell(1).setCellValue("Sales");
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        ExtractedItem item = extract(xlsx, false).get(0);
        assertEquals("Date of birth", unit(item, "14/03/1985").columnHeader());
        assertEquals("Forename", unit(item, "Harry").columnHeader());
        assertEquals("NI number", unit(item, "AB 12 34 56 C").columnHeader());
        // a full header row (no gaps) keeps its first text-only data row as data
        assertEquals("Name", unit(item, "Ann Lee").columnHeader());
    }

    /**
     * A report's sub-title row of a few cells under its title (BambooHR's "Custom Report: … | Run by: … | date") is no
     * header row when the first filled row below it has twice as many label cells: those are the column headers.
     */
    @Test
    void aReportsSubTitleRowGivesWayToTheWiderHeaderRowBelowIt() throws IOException {
        Path xlsx = tmp.resolve("Employee_Report.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Report");
            sheet.createRow(0).createCell(0).setCellValue("Fernhollow Home, Inc.");
            var sub = sheet.createRow(1);
            sub.createCell(0).setCellValue("Custom Report: Employee Master (all active)");
            sub.createCell(3).setCellValue("Run by: HR Admin");
            sub.createCell(5).setCellValue("2026-09-30");
            var header = sheet.createRow(3);
            String[] l = {"Employee #", "First Name", "Last Name", "Birth Date", "Address Line 1", "City"};
            for (int i = 0; i < l.length; i++) {
                header.createCell(i).setCellValue(l[i]);
            }
            var row = sheet.createRow(4);
            String[] v = {"1042", "Harriet", "Stroud", "04/12/1981", "812 Cypress Ln", "Reno"};
            for (int i = 0; i < v.length; i++) {
                row.createCell(i).setCellValue(v[i]);
            }
            var plain = wb.createSheet("Plain");
            plain.createRow(0).createCell(0).setCellValue("Team list");
            var h = plain.createRow(1);
            h.createCell(0).setCellValue("Name");
            h.createCell(1).setCellValue("Team");
            var first = plain.createRow(2);
            for (int i = 0; i < 4; i++) {
                first.createCell(i).setCellValue(new String[] {"Ann Lee", "Sales", "North 12", "Lead"}[i]);
            }
            var second = plain.createRow(3);
            for (int i = 0; i < 4; i++) {
                second.createCell(i).setCellValue(new String[] {"Bo Chan", "Ops", "South 14", "Clerk"}[i]);
            }
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        ExtractedItem item = extract(xlsx, false).get(0);
        assertEquals("Birth Date", unit(item, "04/12/1981").columnHeader());
        assertEquals("First Name", unit(item, "Harriet").columnHeader());
        // a run of column labels under a title keeps a wider data row under it as data (no gap between its cells; a
        // digit in a cell keeps the merged-group rule out of it)
        assertEquals("Team", unit(item, "Ops").columnHeader());
    }

    /**
     * A register's first row holding its title and the business's name in two cells, a blank row, then the column
     * labels (a ryokan's 宿泊者名簿, probe set 28): the labels are the header row. A first row of labels with an empty
     * column right above its data stays the header.
     */
    @Test
    void aTitleRowOfTwoCellsAboveABlankRowGivesWayToTheLabelsBelow() throws IOException {
        Path xlsx = tmp.resolve("宿泊者名簿.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("名簿");
            var title = sheet.createRow(0);
            title.createCell(0).setCellValue("宿泊者名簿（令和8年10月）");
            title.createCell(4).setCellValue("旅館 祇園さくら");
            sheet.createRow(1); // the blank row, written as the exporting system writes it (an empty row element)
            var header = sheet.createRow(2);
            String[] l = {"到着日", "部屋", "氏名", "住所", "国籍", "旅券番号"};
            for (int i = 0; i < l.length; i++) {
                header.createCell(i).setCellValue(l[i]);
            }
            var row = sheet.createRow(3);
            String[] v = {"2026/10/03", "201", "Tamika Vasquez", "1937 Cedar Ridge Rd, Atlanta, GA 30358", "アメリカ", "544291786"};
            for (int i = 0; i < v.length; i++) {
                row.createCell(i).setCellValue(v[i]);
            }
            var plain = wb.createSheet("Plain");
            var h = plain.createRow(0);
            h.createCell(0).setCellValue("Name");
            h.createCell(2).setCellValue("Team");
            var first = plain.createRow(1);
            for (int i = 0; i < 4; i++) {
                first.createCell(i).setCellValue(new String[] {"Ann Lee", "Sales", "North", "Lead"}[i]);
            }
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        ExtractedItem item = extract(xlsx, false).get(0);
        assertEquals("旅券番号", unit(item, "544291786").columnHeader());
        assertEquals("氏名", unit(item, "Tamika Vasquez").columnHeader());
        assertEquals("Name", unit(item, "Ann Lee").columnHeader());
    }

    /**
     * A title block in two rows, each of two cells standing apart (a 派遣元管理台帳: the register's name and the agency's
     * in row 1, the date and the manager in row 2), a blank row, then the column labels (probe set 31): the labels are
     * the header row. A two-cell header with a gap over rows of data of two cells stays the header.
     */
    @Test
    void aTitleBlockOfTwoRowsAboveABlankRowGivesWayToTheLabelsBelow() throws IOException {
        Path xlsx = tmp.resolve("派遣元管理台帳.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("台帳");
            var title = sheet.createRow(0);
            title.createCell(0).setCellValue("派遣元管理台帳");
            title.createCell(4).setCellValue("日本総合スタッフ株式会社（派13-123456）");
            var sub = sheet.createRow(1);
            sub.createCell(0).setCellValue("作成日：2026年10月31日");
            sub.createCell(4).setCellValue("派遣元責任者：人材事業部 部長 岡本 修");
            sheet.createRow(2);
            var header = sheet.createRow(3);
            String[] l = {"派遣労働者氏名", "性別", "生年月日", "派遣先名称", "基礎年金番号"};
            for (int i = 0; i < l.length; i++) {
                header.createCell(i).setCellValue(l[i]);
            }
            var row = sheet.createRow(4);
            String[] v = {"前田　千秋", "女", "1999年8月2日", "株式会社東洋精機", "4417-203958"};
            for (int i = 0; i < v.length; i++) {
                row.createCell(i).setCellValue(v[i]);
            }
            var plain = wb.createSheet("Plain");
            var h = plain.createRow(0);
            h.createCell(0).setCellValue("Name");
            h.createCell(2).setCellValue("Team");
            for (int r = 1; r <= 2; r++) {
                var data = plain.createRow(r);
                data.createCell(0).setCellValue(r == 1 ? "Ann Lee" : "Bo Chan");
                data.createCell(2).setCellValue(r == 1 ? "Sales" : "Ops");
            }
            var wide = plain.createRow(3);
            for (int i = 0; i < 4; i++) {
                wide.createCell(i).setCellValue(new String[] {"Cy Dunn", "North", "Lead", "Remote"}[i]);
            }
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        ExtractedItem item = extract(xlsx, false).get(0);
        assertEquals("基礎年金番号", unit(item, "4417-203958").columnHeader());
        assertEquals("派遣労働者氏名", unit(item, "前田　千秋").columnHeader());
        assertEquals("Name", unit(item, "Bo Chan").columnHeader());
        assertEquals("Name", unit(item, "Cy Dunn").columnHeader());
    }

    /**
     * A survey export's two header rows (SurveyMonkey): a question spans its answers' columns in the first row and the
     * second row labels them; "Response" under a one-column question leaves the question as the header.
     */
    @Test
    void aSurveysSecondHeaderRowLabelsTheColumnsUnderAQuestion() throws IOException {
        Path csv = tmp.resolve("Sheet_1.csv");
        Files.writeString(csv, "Respondent ID,IP Address,How satisfied were you?,Please confirm your contact details.,,,\n"
                + ",,Response,Name,Address,City/Town,Phone Number\n"
                + "114000000001,98.90.133.18,Satisfied,Ann Lee,12 Oak St,Boise,208-555-0147\n");
        ExtractedItem item = extract(csv, false).get(0);
        assertEquals("Name", unit(item, "Ann Lee").columnHeader());
        assertEquals("Address", unit(item, "12 Oak St").columnHeader());
        assertEquals("How satisfied were you?", unit(item, "Satisfied").columnHeader());
        assertEquals("IP Address", unit(item, "98.90.133.18").columnHeader());
        // a data row that fills a header's gaps but leaves no header bare stays data
        Path plain = tmp.resolve("plain.csv");
        Files.writeString(plain, "Name,Notes,,\nAnn Lee,Call back,North,Lead\nBo Chan,Sent,South,Clerk\n");
        assertEquals("Name", unit(extract(plain, false).get(0), "Ann Lee").columnHeader());
    }

    @Test
    void aCsvsHeaderRowMayStandBelowACommentLine() throws IOException {
        Path csv = tmp.resolve("export.csv");
        Files.writeString(csv, "Customer export 2024-03-01\nname,ssn\nJane Roe,219-45-6789\n");
        ExtractedItem item = extract(csv, false).get(0);
        assertEquals("ssn", unit(item, "219-45-6789").columnHeader());
        assertEquals(3, unit(item, "219-45-6789").row());
    }

    /** A .txt that is a table (Excel's tab-delimited text, UTF-16) is read as one; a .txt of prose stays lines. */
    @Test
    void aTabDelimitedTextFileIsReadAsATable() throws IOException {
        Path txt = tmp.resolve("住所録.txt");
        Files.write(txt, "\uFEFF氏名\t郵便番号\t住所\n前田 真由美\t760-0023\t香川県高松市寿町5-11-19\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        ExtractedItem item = extract(txt, false).get(0);
        assertEquals("text/plain", item.mediaType());
        TextUnit zip = unit(item, "760-0023");
        assertTrue(zip.isCell());
        assertEquals("郵便番号", zip.columnHeader());
        Path note = tmp.resolve("note.txt");
        Files.writeString(note, "Minutes, as agreed.\nBudget figures remain.\nNext meeting Friday, 10:00.\n");
        assertFalse(unit(extract(note, false).get(0), "Budget figures remain.").isCell());
    }

    /** An XML export: each child of the root a record, its leaf elements and attributes cells named by their names. */
    @Test
    void anXmlExportIsReadAsRecords() throws IOException {
        Path xml = tmp.resolve("accounts.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><accounts exported=\"2024-02-29\">"
                + "<account id=\"7000\"><holder><givenName>Raj</givenName><surname>Kowalczyk</surname></holder>"
                + "<dob>1955-03-03</dob><ssn>672-26-9992</ssn></account>"
                + "<account id=\"7001\"><holder><givenName>Kristen</givenName></holder><dob>1994-04-07</dob></account></accounts>");
        ExtractedItem item = extract(xml, false).get(0);
        TextUnit dob = unit(item, "1955-03-03");
        assertTrue(dob.isCell());
        assertEquals("dob", dob.columnHeader());
        assertEquals(1, dob.row());
        assertEquals("given Name", unit(item, "Raj").columnHeader());
        assertEquals(2, unit(item, "1994-04-07").row());
        assertEquals("exported: 2024-02-29", unit(item, "exported").text());
        // a document in XML (text beside elements) is read by Tika as before
        Path doc = tmp.resolve("article.xml");
        Files.writeString(doc, "<?xml version=\"1.0\"?><article><p>Call <b>Jane Roe</b> on Monday.</p></article>");
        ExtractedItem article = extract(doc, false).get(0);
        assertFalse(unit(article, "Jane Roe").isCell());
    }

    @Test
    void jsonLinesAreRecords() throws IOException {
        Path jsonl = tmp.resolve("payroll.jsonl");
        Files.writeString(jsonl, "{\"employee\": \"Isla Okonkwo\", \"account_number\": \"12345678\"}\n"
                + "{\"employee\": \"Poppy Blackwood\", \"account_number\": \"87654321\"}\n");
        ExtractedItem item = extract(jsonl, false).get(0);
        assertEquals("employee", unit(item, "Isla Okonkwo").columnHeader());
        assertEquals(2, unit(item, "Poppy Blackwood").row());
    }

    // ---------------------------------------------------------------- OCR

    /** CI installs Tesseract and sets LEAKSCOPE_REQUIRE_OCR=1, so there the OCR tests cannot be skipped. */
    private static void assumeTesseract() {
        boolean present;
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            present = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        if (!present && "1".equals(System.getenv("LEAKSCOPE_REQUIRE_OCR"))) {
            throw new AssertionError("Tesseract is required here (LEAKSCOPE_REQUIRE_OCR=1) but not installed");
        }
        assumeTrue(present, "tesseract not installed");
    }

    private static BufferedImage scan(String... lines) {
        BufferedImage img = new BufferedImage(1400, 120 + 90 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 110 + 90 * i);
        }
        g.dispose();
        return img;
    }

    @Test
    void anImageIsReadWithOcrOnlyWhenAskedTo() throws IOException {
        assumeTesseract();
        Path png = tmp.resolve("scan.png");
        ImageIO.write(scan("Employee Record", "Phone: (202) 456-1414"), "png", png.toFile());
        assertEquals(ExtractionStatus.NO_TEXT, extract(png, false).get(0).status());
        ExtractedItem read = extract(png, true).get(0);
        assertEquals(ExtractionStatus.OK, read.status(), read.statusDetail());
        assertTrue(read.text().contains("456-1414"), read.text());
    }

    @Test
    void anImageOnlyPdfPageIsReadWithOcr() throws IOException {
        assumeTesseract();
        Path pdf = tmp.resolve("scanned.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = scan("SCANNED LETTER 7741");
            var image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 20, 500, 570, 570f * scan.getHeight() / scan.getWidth());
            }
            doc.save(pdf.toFile());
        }
        ExtractedItem read = extract(pdf, true).get(0);
        assertEquals(ExtractionStatus.OK, read.status(), read.statusDetail());
        assertTrue(read.text().contains("SCANNED LETTER"), read.text());
        assertEquals(ExtractionStatus.NO_TEXT, extract(pdf, false).get(0).status(), "without OCR a scan has no text");
    }
}
