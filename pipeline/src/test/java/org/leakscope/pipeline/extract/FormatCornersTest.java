package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Personal data in the corners of formats that a plain text dump leaves out or garbles: a fillable PDF's entries
 * (machine field names, values only in appearance streams), quoted-printable vCard values, a mailto: link's address.
 */
class FormatCornersTest {

    @TempDir
    Path tmp;

    private String text(Path file) throws IOException {
        return TestFiles.extract(tmp.resolve("spool"), file, file.getFileName().toString()).get(0).units().stream().map(TextUnit::text).collect(Collectors.joining("\n"));
    }

    /** A one-page form: labels printed on the page, a text field to the right of each, filled with the value. */
    private Path form(String name, String[][] labelFieldValue, boolean keepV) throws IOException {
        Path out = tmp.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDType1Font helv = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(COSName.getPDFName("Helv"), helv);
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            float y = 700;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(helv, 10);
                cs.newLineAtOffset(50, y);
                for (int i = 0; i < labelFieldValue.length; i++) {
                    cs.showText(labelFieldValue[i][0]);
                    cs.newLineAtOffset(0, -30);
                }
                cs.endText();
            }
            List<PDTextField> fields = new ArrayList<>();
            for (String[] lfv : labelFieldValue) {
                PDTextField f = new PDTextField(form);
                f.setPartialName(lfv[1]);
                form.getFields().add(f);
                PDAnnotationWidget w = f.getWidgets().get(0);
                w.setRectangle(new PDRectangle(300, y - 4, 250, 16));
                w.setPage(page);
                page.getAnnotations().add(w);
                f.setDefaultAppearance("/Helv 10 Tf 0 g");
                f.setValue(lfv[2]);
                fields.add(f);
                y -= 30;
            }
            if (!keepV) {
                // a filler that drew the values and wrote no /V: only the appearance streams hold them
                for (PDTextField f : fields) {
                    f.getCOSObject().removeItem(COSName.V);
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    @Test
    void aFormValueStandsBesideThePrintedLabelNotItsMachineName() throws IOException {
        String text = text(form("w9.pdf", new String[][]{
                {"1  Name (as shown on your income tax return)", "f1_01[0]", "Patrick Brennan"},
                {"Social security number", "SSN[0]", "408-59-1422"}}, true));
        assertTrue(text.contains("1 Name (as shown on your income tax return): Patrick Brennan"), text);
        assertTrue(text.contains("Social security number: 408-59-1422"), text);
    }

    @Test
    void aValueOnlyInTheWidgetsAppearanceIsRead() throws IOException {
        String text = text(form("deposit.pdf", new String[][]{
                {"Employee name", "EmployeeName", "Heather Whitaker"},
                {"Personal e-mail", "Email", "heather.whitaker@example.org"}}, false));
        assertTrue(text.contains("Employee name: Heather Whitaker"), text);
        assertTrue(text.contains("Personal e-mail: heather.whitaker@example.org"), text);
    }

    @Test
    void aBlankFormGivesNoEntries() throws IOException {
        Path blank = form("blank.pdf", new String[][]{{"Employee name", "EmployeeName", ""}}, true);
        assertEquals(List.of(), PdfFormFields.lines(blank));
    }

    @Test
    void quotedPrintableVcardValuesAreDecodedInTheirCharset() throws IOException {
        String vcf = String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1",
                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E4=BD=90=E8=97=A4;=E7=9B=B4=E4=BA=BA;;;",
                "FN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8D=B2=93=A1=81@=92=BC=90=6C",
                "ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;=E6=9D=B1=E4=BA=AC=E9=83=BD=E6=B8=8B=E8=B0=B7=E5=8C=BA=",
                "=E9=81=93=E7=8E=84=E5=9D=82=31-2-3;;;150-0043;",
                "TEL;CELL:090-1234-5678", "END:VCARD", "");
        List<String> lines = VcardText.read(new StringReader(vcf), Long.MAX_VALUE).stream().map(TextUnit::text).toList();
        assertTrue(lines.contains("N:佐藤;直人;;;"), lines.toString());
        assertTrue(lines.contains("FN:佐藤　直人"), lines.toString());
        assertTrue(lines.contains("ADR;HOME:;;東京都渋谷区道玄坂1-2-3;;;150-0043;"), lines.toString());
        assertTrue(lines.contains("TEL;CELL:090-1234-5678"), lines.toString());
    }

    @Test
    void aMailtoLinksAddressIsKeptWhenTheLinkShowsOtherText() throws IOException {
        Path html = tmp.resolve("team.html");
        Files.writeString(html, "<html><body><p>Luis Thibodeaux, test engineer: <a href=\"mailto:luis.t@example.com?subject=hi\">e-mail</a></p>"
                + "<p>Desk: <a href=\"mailto:desk@example.com\">desk@example.com</a></p></body></html>", StandardCharsets.UTF_8);
        String text = text(html);
        assertTrue(text.contains("e-mail <luis.t@example.com>"), text);
        assertFalse(text.contains("<desk@example.com>"), text);
    }

    @Test
    void trackedDeletionsAreReadOnLinesOfTheirOwn() throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">Agreement between the Company and </w:t></w:r>"
                + "<w:ins w:id=\"1\" w:author=\"Legal\"><w:r><w:t>Shauna Lindqvist</w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\" w:author=\"Legal\"><w:r><w:delText>the Employee named in Schedule A</w:delText></w:r></w:del>"
                + "<w:r><w:t xml:space=\"preserve\"> (Employee).</w:t></w:r></w:p>"
                + "<w:p><w:del w:id=\"3\" w:author=\"Legal\"><w:r><w:delText>SSN 412-55-9034, born March 4, 1979.</w:delText></w:r></w:del></w:p>";
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", ("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + w + "\"><w:body>" + body
                + "<w:sectPr/></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        Path docx = tmp.resolve("redline.docx");
        Files.write(docx, TestFiles.zip(parts));
        String text = text(docx);
        assertTrue(text.contains("Agreement between the Company and Shauna Lindqvist (Employee)."), text);
        assertTrue(text.contains("Deleted text: the Employee named in Schedule A"), text);
        assertTrue(text.contains("Deleted text: SSN 412-55-9034, born March 4, 1979."), text);
        assertFalse(text.contains("Lindqvistthe"), text);
    }
}
