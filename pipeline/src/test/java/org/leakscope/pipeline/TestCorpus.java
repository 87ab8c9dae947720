package org.leakscope.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Generates a small leaked file set with planted, fake personal data and markings. */
final class TestCorpus {

    static final String ROSTER = """
            Name,Email,Phone,SSN
            Jane Roe,jane.roe@example.com,(415) 555-2671,219-45-6789
            John Poe,john.poe@example.com,+1 202 456 1414,536-22-1234
            """;

    private TestCorpus() {
    }

    static void write(Path root) throws IOException {
        Files.createDirectories(root.resolve("hr"));
        Files.writeString(root.resolve("hr/roster.csv"), ROSTER);
        Files.writeString(root.resolve("hr/マイナンバー.txt"),
                "氏名：山田　太郎\nマイナンバー：１２３４ ５６７８ ９０１８\n電話：０９０－１２３４－５６７８\n");
        Files.createDirectories(root.resolve("finance"));
        Files.writeString(root.resolve("finance/dispute.txt"),
                "Cardholder e-mail: buyer@example.org\nCard number: 4111 1111 1111 1111\n");
        Files.writeString(root.resolve("finance/orders.txt"),
                "Order 4111 1111 1111 1112 shipped. Part 000-12-3456.\n");
        Files.createDirectories(root.resolve("projects"));
        Files.writeString(root.resolve("projects/brief.html"), """
                <html><body>
                <p>SECRET//NOFORN</p>
                <p>(S//NF) The program slipped two months.</p>
                <p>POC: analyst@example.com</p>
                <p>SECRET//NOFORN</p>
                </body></html>
                """);
        Files.writeString(root.resolve("projects/potluck.txt"),
                "Bring your top secret recipe! Ask the Secretary of Defense's office for the room.\n");
        writePdf(root.resolve("projects/report.pdf"), "TOP SECRET//SI//NOFORN", "Contact: pdf.author@example.com");
        Files.createDirectories(root.resolve("backups"));
        Files.write(root.resolve("backups/old.zip"), zip(
                "staff/list.csv", ROSTER.getBytes(StandardCharsets.UTF_8),
                "inner/nested.zip", zip("deep.txt", "Reach me at deep.person@example.net\n"
                        .getBytes(StandardCharsets.UTF_8))));
        Files.createDirectories(root.resolve("mail"));
        Files.writeString(root.resolve("mail/message.eml"), """
                From: Alice Sender <alice@example.com>
                To: Bob Receiver <bob@example.com>
                Subject: customer list
                Message-ID: <m1@example.com>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="XYZ"

                --XYZ
                Content-Type: text/plain; charset=utf-8

                Hi Bob, the list is attached. Call me at +81 3-1234-5678.
                --XYZ
                Content-Type: text/csv; name="customers.csv"
                Content-Disposition: attachment; filename="customers.csv"

                name,email
                Carol Client,carol@example.com
                --XYZ--
                """);
        Files.createDirectories(root.resolve("misc"));
        Files.write(root.resolve("misc/empty.txt"), new byte[0]);
        Files.writeString(root.resolve("misc/broken.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R\n");
    }

    static byte[] zip(Object... nameAndBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameAndBytes.length; i += 2) {
                ZipEntry e = new ZipEntry((String) nameAndBytes[i]);
                e.setTime(0);
                zip.putNextEntry(e);
                zip.write((byte[]) nameAndBytes[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static void writePdf(Path file, String banner, String body) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                float y = 760;
                for (String line : new String[] {banner, "Quarterly status", body, "Nothing else to report.", banner}) {
                    cs.beginText();
                    cs.newLineAtOffset(72, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 40;
                }
            }
            doc.save(file.toFile());
        }
    }
}
