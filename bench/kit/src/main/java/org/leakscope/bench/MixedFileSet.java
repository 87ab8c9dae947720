package org.leakscope.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a deterministic mixed leaked-file set of about a given size for the whole-run benchmark:
 * Word memos, Excel rosters, PDF reports, CSV exports, text notes, e-mails with attachments and zip
 * archives of all of these, with fake but valid personal data (SSNs in valid ranges, Luhn-valid cards,
 * check-digit-valid My Numbers, Japanese names and addresses) and some marking banners.
 *
 * <pre>java org.leakscope.bench.MixedFileSet OUT_DIR SIZE_MB [office|text|prose] [SEED]</pre>
 *
 * {@code office} (default) mixes all kinds; {@code text} writes only CSV, TXT and mail (the text-heavy case), both
 * dense with people (a roster row or a contact line every 130 bytes or so). {@code prose} writes text-heavy files of the
 * density of ordinary business records: reports and mail threads of varied sentences with a contact line now and then,
 * CSV exports of stock and metrics with an occasional short contact list, and application logs with a user's e-mail in
 * some lines (about one person per 4 KB). {@code documents} writes office files of that ordinary density: Word and
 * PowerPoint reports, PDF reports, Excel stock sheets (now and then a short contact list), mails with a Word or PDF
 * attachment and zip archives of these (issue #7's "mixed office files" target: leakscope against plain Tika on files
 * whose parsing, not their people, is most of the work).
 */
public final class MixedFileSet {

    private static final String[] GIVEN = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "William", "Susan", "Richard", "Jessica", "Thomas", "Sarah"};
    private static final String[] FAMILY = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Taylor", "Moore"};
    private static final String[] SEI = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"};
    private static final String[] MEI = {"太郎", "花子", "健一", "美咲", "大輔", "陽子", "翔太", "由美", "誠", "恵"};
    private static final String[] CITY = {"東京都千代田区丸の内一丁目", "大阪府大阪市北区梅田二丁目", "愛知県名古屋市中区栄三丁目",
            "神奈川県横浜市西区みなとみらい四丁目", "福岡県福岡市博多区博多駅前一丁目"};
    private static final String[] US_PLACE = {"Springfield, IL 62704", "Austin, TX 78701", "Sacramento, CA 95814",
            "Albany, NY 12207", "Tallahassee, FL 32301", "Olympia, WA 98501", "Boston, MA 02108"};
    private static final String[] PROSE = {"The quarterly review covered supplier performance and open actions.",
            "Please find the updated schedule for the integration tests attached.",
            "Budget figures remain within the approved envelope for this fiscal year.",
            "The design team will present the revised interface drawings next week.",
            "Travel arrangements for the site visit are confirmed; see the itinerary.",
            "Risks were reviewed and the mitigation owners have been assigned.",
            "Minutes of the meeting are recorded below for reference and approval.",
            "本件については来週の定例会議で改めて確認します。", "資料は共有フォルダに格納しましたのでご確認ください。",
            "納期の見直しについて関係部署と調整中です。"};
    private static final String[] MARKING = {"CONFIDENTIAL", "SECRET//NOFORN", "CUI", "注意", "取扱注意", "秘"};

    private final Random rnd;
    private final Path root;
    private long written;
    private int n;

    MixedFileSet(Path root, long seed) {
        this.root = root;
        this.rnd = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MixedFileSet OUT_DIR SIZE_MB [office|text|prose|documents] [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) << 20;
        String mix = args.length > 2 ? args[2] : "office";
        if (!List.of("office", "text", "prose", "documents").contains(mix)) {
            System.err.println("mix must be office, text, prose or documents: " + mix);
            System.exit(2);
        }
        MixedFileSet set = new MixedFileSet(out, args.length > 3 ? Long.parseLong(args[3]) : 42);
        if (mix.equals("prose")) {
            set.writeProse(target);
        } else if (mix.equals("documents")) {
            set.writeDocuments(target);
        } else {
            set.write(target, mix.equals("text"));
        }
        System.out.printf(Locale.ROOT, "%d files, %.1f MB in %s%n", set.n, set.written / 1e6, out);
    }

    void write(long target, boolean textOnly) throws IOException {
        Files.createDirectories(root);
        while (written < target) {
            int kind = textOnly ? rnd.nextInt(3) : rnd.nextInt(8);
            String dir = "dept" + (n % 7) + "/batch" + (n / 200);
            switch (kind) {
                case 0 -> save(dir + "/export-" + n + ".csv", csv(200 + rnd.nextInt(2000)));
                case 1 -> save(dir + "/notes-" + n + ".txt", text(40 + rnd.nextInt(200)));
                case 2 -> save(dir + "/mail-" + n + ".eml", mail());
                case 3 -> save(dir + "/memo-" + n + ".docx", docx());
                case 4 -> save(dir + "/roster-" + n + ".xlsx", xlsx(50 + rnd.nextInt(400)));
                case 5 -> save(dir + "/report-" + n + ".pdf", pdf(1 + rnd.nextInt(6)));
                case 6 -> save(dir + "/bundle-" + n + ".zip", zip());
                default -> save(dir + "/mail-" + n + ".eml", mail());
            }
        }
    }

    void writeProse(long target) throws IOException {
        Files.createDirectories(root);
        while (written < target) {
            String dir = "share" + (n % 5) + "/box" + (n / 200);
            switch (rnd.nextInt(4)) {
                case 0 -> save(dir + "/report-" + n + ".txt", report(80 + rnd.nextInt(400)));
                case 1 -> save(dir + "/thread-" + n + ".eml", thread());
                case 2 -> save(dir + "/export-" + n + ".csv", stockCsv(100 + rnd.nextInt(1500)));
                default -> save(dir + "/app-" + n + ".log", log(200 + rnd.nextInt(1500)));
            }
        }
    }

    void writeDocuments(long target) throws IOException {
        Files.createDirectories(root);
        while (written < target) {
            String dir = "share" + (n % 5) + "/box" + (n / 200);
            switch (rnd.nextInt(6)) {
                case 0 -> save(dir + "/report-" + n + ".docx", reportDocx(20 + rnd.nextInt(150)));
                case 1 -> save(dir + "/review-" + n + ".pptx", reportPptx(5 + rnd.nextInt(30)));
                case 2 -> save(dir + "/report-" + n + ".pdf", reportPdf(1 + rnd.nextInt(12)));
                case 3 -> save(dir + "/stock-" + n + ".xlsx", stockXlsx(100 + rnd.nextInt(1500)));
                case 4 -> save(dir + "/thread-" + n + ".eml", threadWithAttachment());
                default -> save(dir + "/bundle-" + n + ".zip", documentZip());
            }
        }
    }

    private void save(String rel, byte[] bytes) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        written += bytes.length;
        n++;
    }

    // ---- one person, fake but valid

    private record Person(String name, String email, String phone, String ssn, String card, String address,
                          boolean japanese, String myNumber) {
    }

    private Person person() {
        if (rnd.nextInt(4) == 0) {
            String sei = SEI[rnd.nextInt(SEI.length)];
            String mei = MEI[rnd.nextInt(MEI.length)];
            return new Person(sei + " " + mei, "user" + rnd.nextInt(1_000_000) + "@example.co.jp",
                    String.format("090-%04d-%04d", rnd.nextInt(10000), rnd.nextInt(10000)), null, null,
                    String.format("〒%03d-%04d %s%d-%d", 100 + rnd.nextInt(800), rnd.nextInt(10000),
                            CITY[rnd.nextInt(CITY.length)], 1 + rnd.nextInt(20), 1 + rnd.nextInt(30)), true, myNumber());
        }
        String given = GIVEN[rnd.nextInt(GIVEN.length)];
        String family = FAMILY[rnd.nextInt(FAMILY.length)];
        return new Person(given + " " + family, (given + "." + family + rnd.nextInt(1000)).toLowerCase(Locale.ROOT)
                + "@example.com", String.format("(%03d) 555-%04d", 201 + rnd.nextInt(700), rnd.nextInt(10000)), ssn(),
                card(), (100 + rnd.nextInt(9000)) + " Main Street, " + US_PLACE[rnd.nextInt(US_PLACE.length)], false, null);
    }

    private String ssn() {
        int area = 1 + rnd.nextInt(665);
        if (area == 666) {
            area = 667;
        }
        return String.format("%03d-%02d-%04d", area, 1 + rnd.nextInt(99), 1 + rnd.nextInt(9999));
    }

    private String card() {
        StringBuilder s = new StringBuilder("4111");
        while (s.length() < 15) {
            s.append(rnd.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int d = s.charAt(14 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return s.append((10 - sum % 10) % 10).toString();
    }

    /** 12 digits with the check digit of the My Number rules (weights 6,5,4,3,2,7,6,5,4,3,2). */
    private String myNumber() {
        int[] w = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        StringBuilder s = new StringBuilder();
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int d = rnd.nextInt(10);
            s.append(d);
            sum += d * w[i];
        }
        int r = sum % 11;
        return s.append(r <= 1 ? 0 : 11 - r).toString();
    }

    // ---- prose of ordinary density

    private static final String[] SUBJECT = {"The project team", "Our supplier", "The finance group", "The steering committee",
            "Quality assurance", "The night shift", "Procurement", "The regional office", "The test lab", "Legal",
            "The integration partner", "Facilities", "The auditors", "Customer support", "The plant manager's office",
            "Engineering", "The data platform group", "Marketing", "The warehouse", "Our logistics provider"};
    private static final String[] VERB = {"reviewed", "approved", "postponed", "revised", "escalated", "summarised",
            "completed", "rejected", "forwarded", "updated", "benchmarked", "archived", "scheduled", "estimated",
            "documented", "reconciled", "migrated", "tested", "audited", "prioritised"};
    private static final String[] OBJECT = {"the delivery plan", "the revised budget", "the open change requests",
            "the incident backlog", "last month's invoices", "the firmware release", "the tooling order",
            "the inspection findings", "the capacity forecast", "the draft contract", "the migration runbook",
            "the spare parts list", "the calibration records", "the training material", "the vendor scorecard",
            "the network diagram", "the pricing model", "the shipping schedule", "the test protocol", "the floor plan"};
    private static final String[] TAIL = {"before the end of the quarter", "after the supplier call on Tuesday",
            "with two open questions", "as agreed in the last meeting", "and sent comments to the owners",
            "pending sign-off from the sponsor", "ahead of the customer visit", "to reduce lead times by 12%",
            "because the figures did not add up", "for the Osaka and Denver sites", "under change ticket CHG-%d",
            "with a variance of %d units", "for purchase order PO-%d", "in build %d", "at a cost of $%d"};

    private String sentence() {
        if (rnd.nextInt(6) == 0) {
            return PROSE[7 + rnd.nextInt(3)];
        }
        String tail = TAIL[rnd.nextInt(TAIL.length)];
        return SUBJECT[rnd.nextInt(SUBJECT.length)] + " " + VERB[rnd.nextInt(VERB.length)] + " "
                + OBJECT[rnd.nextInt(OBJECT.length)] + " " + (tail.contains("%d") ? String.format(tail, 100 + rnd.nextInt(90000)) : tail)
                + ".";
    }

    private String proseParagraph(int sentences) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            s.append(sentence()).append(' ');
        }
        return s.toString().strip();
    }

    private byte[] report(int paragraphs) {
        StringBuilder s = new StringBuilder();
        if (rnd.nextInt(8) == 0) {
            s.append(MARKING[rnd.nextInt(MARKING.length)]).append("\n\n");
        }
        s.append("Status report ").append(1 + rnd.nextInt(52)).append("\n\n");
        for (int i = 0; i < paragraphs; i++) {
            s.append(rnd.nextInt(60) == 0 ? contactLine(person()) : proseParagraph(2 + rnd.nextInt(5))).append("\n\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] thread() {
        Person from = person();
        StringBuilder s = new StringBuilder();
        s.append("From: ").append(from.name().replaceAll("[^A-Za-z ]", "")).append(" <").append(from.email()).append(">\r\n");
        s.append("To: <team").append(rnd.nextInt(50)).append("@example.com>\r\n");
        s.append("Subject: Re: ").append(OBJECT[rnd.nextInt(OBJECT.length)]).append("\r\n");
        s.append("Date: Tue, 4 Jun 2024 09:").append(String.format("%02d", rnd.nextInt(60))).append(":00 +0000\r\n");
        s.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
        int replies = 1 + rnd.nextInt(6);
        for (int r = 0; r < replies; r++) {
            String quote = "> ".repeat(r);
            for (int i = 0, n = 3 + rnd.nextInt(12); i < n; i++) {
                s.append(quote).append(proseParagraph(1 + rnd.nextInt(4))).append("\r\n");
            }
            s.append(quote).append("\r\n");
        }
        s.append("Best regards,\r\n").append(from.name()).append("\r\n").append(from.phone()).append("\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] stockCsv(int rows) {
        if (rnd.nextInt(10) == 0) {
            return csv(10 + rnd.nextInt(40)); // now and then a short contact list
        }
        StringBuilder s = new StringBuilder("sku,description,warehouse,qty,unit_price,updated\n");
        for (int i = 0; i < rows; i++) {
            s.append("SKU-").append(10000 + rnd.nextInt(90000)).append(',').append(OBJECT[rnd.nextInt(OBJECT.length)]
                    .substring(4)).append(',').append(CITY_EN[rnd.nextInt(CITY_EN.length)]).append(',').append(rnd.nextInt(5000))
                    .append(',').append(rnd.nextInt(900)).append('.').append(10 + rnd.nextInt(90)).append(",2024-0")
                    .append(1 + rnd.nextInt(9)).append('-').append(10 + rnd.nextInt(18)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] CITY_EN = {"Osaka", "Denver", "Rotterdam", "Nagoya", "Austin", "Leeds"};
    private static final String[] LEVEL = {"INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"};

    private byte[] log(int lines) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            s.append(String.format(Locale.ROOT, "2024-06-%02d %02d:%02d:%02d.%03d %-5s [%s-%d] ", 1 + rnd.nextInt(28),
                    rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60), rnd.nextInt(1000), LEVEL[rnd.nextInt(LEVEL.length)],
                    "worker", rnd.nextInt(16)));
            s.append(switch (rnd.nextInt(5)) {
                case 0 -> "GET /api/v2/orders/" + rnd.nextInt(1_000_000) + " 200 " + rnd.nextInt(900) + "ms";
                case 1 -> "cache refresh completed: " + rnd.nextInt(50_000) + " entries, " + rnd.nextInt(90) + " evicted";
                case 2 -> "job " + UUID_PARTS[rnd.nextInt(UUID_PARTS.length)] + rnd.nextInt(100_000) + " finished in "
                        + rnd.nextInt(9000) + " ms";
                case 3 -> rnd.nextInt(40) == 0 ? "login ok user=" + person().email() + " src=10.0." + rnd.nextInt(255) + "."
                        + rnd.nextInt(255) : "heartbeat from node-" + rnd.nextInt(64) + " lag=" + rnd.nextInt(500);
                default -> "retrying connection to db-" + rnd.nextInt(8) + ".internal (attempt " + (1 + rnd.nextInt(5)) + ")";
            }).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] UUID_PARTS = {"a3f9-", "7c21-", "e0b4-", "19de-"};

    // ---- office files of ordinary density

    /** A prose paragraph, or now and then a contact line (one in 40: about one person per 4 KB). */
    private String reportParagraph() {
        return rnd.nextInt(40) == 0 ? contactLine(person()) : proseParagraph(2 + rnd.nextInt(5));
    }

    private byte[] reportDocx(int paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (rnd.nextInt(8) == 0) {
                doc.createParagraph().createRun().setText(MARKING[rnd.nextInt(MARKING.length)]);
            }
            doc.createParagraph().createRun().setText("Status report " + (1 + rnd.nextInt(52)));
            for (int i = 0; i < paragraphs; i++) {
                doc.createParagraph().createRun().setText(reportParagraph());
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private byte[] reportPptx(int slides) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < slides; i++) {
                XSLFTextBox box = show.createSlide().createTextBox();
                box.setAnchor(new java.awt.Rectangle(40, 40, 640, 460));
                box.addNewTextParagraph().addNewTextRun().setText(OBJECT[rnd.nextInt(OBJECT.length)]);
                for (int b = 0, k = 2 + rnd.nextInt(5); b < k; b++) {
                    box.addNewTextParagraph().addNewTextRun().setText(rnd.nextInt(20) == 0 ? contactLine(latinPerson())
                            : proseParagraph(1 + rnd.nextInt(2)));
                }
            }
            show.write(out);
            return out.toByteArray();
        }
    }

    private Person latinPerson() {
        Person p = person();
        while (p.japanese()) {
            p = person();
        }
        return p;
    }

    private byte[] reportPdf(int pages) throws IOException {
        return pdf(pages, () -> {
            // Standard 14 fonts have no Japanese glyphs: Latin people only in PDFs
            String para = rnd.nextInt(40) == 0 ? contactLine(latinPerson()) : proseParagraph(2 + rnd.nextInt(5));
            if (!para.chars().allMatch(c -> c < 0x100)) {
                return List.of(); // a Japanese sentence: the font has no glyphs for it
            }
            List<String> lines = new java.util.ArrayList<>(wrap(para, 95));
            lines.add(""); // a blank line between paragraphs
            return lines;
        });
    }

    /** A PDF of {@code pages} pages of 50 lines of Helvetica each, the lines given a block at a time. */
    private static byte[] pdf(int pages, java.util.function.Supplier<List<String>> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int pg = 0; pg < pages; pg++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(50, 740);
                    for (int line = 0; line < 50; ) {
                        for (String l : lines.get()) {
                            if (!l.isEmpty()) {
                                cs.showText(l);
                            }
                            cs.newLineAtOffset(0, -14);
                            line++;
                        }
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private byte[] stockXlsx(int rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (rnd.nextInt(10) == 0) {
                return xlsx(10 + rnd.nextInt(40)); // now and then a short contact list
            }
            XSSFSheet sheet = wb.createSheet("Stock");
            String[] head = {"sku", "description", "warehouse", "qty", "unit_price", "updated"};
            XSSFRow h = sheet.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 1; r <= rows; r++) {
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue("SKU-" + (10000 + rnd.nextInt(90000)));
                row.createCell(1).setCellValue(OBJECT[rnd.nextInt(OBJECT.length)].substring(4));
                row.createCell(2).setCellValue(CITY_EN[rnd.nextInt(CITY_EN.length)]);
                row.createCell(3).setCellValue(rnd.nextInt(5000));
                row.createCell(4).setCellValue(rnd.nextInt(90000) / 100.0);
                row.createCell(5).setCellValue("2024-0" + (1 + rnd.nextInt(9)) + "-" + (10 + rnd.nextInt(18)));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private byte[] threadWithAttachment() throws IOException {
        String boundary = "b" + rnd.nextInt(1_000_000);
        String body = new String(thread(), StandardCharsets.UTF_8);
        int headerEnd = body.indexOf("\r\n\r\n");
        String headers = body.substring(0, headerEnd).replace("Content-Type: text/plain; charset=UTF-8",
                "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"");
        boolean word = rnd.nextBoolean();
        String name = word ? "report.docx" : "report.pdf";
        String type = word ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf";
        byte[] attachment = word ? reportDocx(20 + rnd.nextInt(80)) : reportPdf(1 + rnd.nextInt(6));
        return (headers + "\r\n\r\n--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + body.substring(headerEnd + 4) + "\r\n--" + boundary + "\r\nContent-Type: " + type + "; name=\"" + name
                + "\"\r\nContent-Disposition: attachment; filename=\"" + name + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(attachment) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] documentZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0, entries = 2 + rnd.nextInt(5); i < entries; i++) {
                int kind = rnd.nextInt(3);
                zip.putNextEntry(new ZipEntry("part-" + i + (kind == 0 ? ".docx" : kind == 1 ? ".pdf" : ".xlsx")));
                zip.write(kind == 0 ? reportDocx(20 + rnd.nextInt(80)) : kind == 1 ? reportPdf(1 + rnd.nextInt(6))
                        : stockXlsx(100 + rnd.nextInt(800)));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    // ---- kinds of files

    private String paragraph(int sentences) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            s.append(PROSE[rnd.nextInt(PROSE.length)]).append(' ');
        }
        return s.toString().strip();
    }

    private String contactLine(Person p) {
        if (p.japanese()) {
            return "氏名: " + p.name() + "  電話: " + p.phone() + "  メール: " + p.email() + "  住所: " + p.address()
                    + (rnd.nextInt(3) == 0 ? "  マイナンバー: " + p.myNumber() : "");
        }
        return "Name: " + p.name() + ", Email: " + p.email() + ", Phone: " + p.phone() + ", Address: " + p.address()
                + (rnd.nextInt(3) == 0 ? ", SSN: " + p.ssn() : "") + (rnd.nextInt(5) == 0 ? ", Card: " + p.card() : "");
    }

    private byte[] text(int lines) {
        StringBuilder s = new StringBuilder();
        if (rnd.nextInt(6) == 0) {
            s.append(MARKING[rnd.nextInt(MARKING.length)]).append("\n\n");
        }
        for (int i = 0; i < lines; i++) {
            s.append(rnd.nextInt(8) == 0 ? contactLine(person()) : paragraph(1 + rnd.nextInt(3))).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] csv(int rows) {
        StringBuilder s = new StringBuilder("Name,Email,Phone,Address,SSN\n");
        for (int i = 0; i < rows; i++) {
            Person p = person();
            s.append(p.name()).append(',').append(p.email()).append(',').append(p.phone()).append(",\"")
                    .append(p.address()).append("\",").append(p.ssn() == null ? "" : p.ssn()).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mail() {
        Person from = person();
        Person to = person();
        String boundary = "b" + rnd.nextInt(1_000_000);
        StringBuilder s = new StringBuilder();
        s.append("From: ").append(from.name().replaceAll("[^A-Za-z ]", "")).append(" <").append(from.email()).append(">\r\n");
        s.append("To: <").append(to.email()).append(">\r\n");
        s.append("Subject: Update ").append(rnd.nextInt(10000)).append("\r\n");
        s.append("Date: Mon, 3 Jun 2024 10:").append(String.format("%02d", rnd.nextInt(60))).append(":00 +0000\r\n");
        s.append("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        s.append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
        s.append(new String(text(10 + rnd.nextInt(40)), StandardCharsets.UTF_8)).append("\r\n");
        s.append("Best regards,\r\n").append(from.name()).append("\r\n").append(from.phone()).append("\r\n");
        if (rnd.nextBoolean()) {
            s.append("--").append(boundary).append("\r\nContent-Type: text/csv; name=\"list.csv\"\r\n")
                    .append("Content-Disposition: attachment; filename=\"list.csv\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(csv(20 + rnd.nextInt(200)))).append("\r\n");
        }
        s.append("--").append(boundary).append("--\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (rnd.nextInt(5) == 0) {
                doc.createParagraph().createRun().setText(MARKING[rnd.nextInt(MARKING.length)]);
            }
            int paragraphs = 10 + rnd.nextInt(80);
            for (int i = 0; i < paragraphs; i++) {
                doc.createParagraph().createRun().setText(rnd.nextInt(6) == 0 ? contactLine(person()) : paragraph(3));
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private byte[] xlsx(int rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Staff");
            String[] head = {"Name", "Email", "Phone", "Address", "SSN"};
            XSSFRow h = sheet.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Person p = person();
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue(p.name());
                row.createCell(1).setCellValue(p.email());
                row.createCell(2).setCellValue(p.phone());
                row.createCell(3).setCellValue(p.address());
                row.createCell(4).setCellValue(p.ssn() == null ? "" : p.ssn());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private byte[] pdf(int pages) throws IOException {
        return pdf(pages, () -> {
            Person p = person();
            // Standard 14 fonts have no Japanese glyphs: Latin people only in PDFs
            return List.of(rnd.nextInt(10) == 0 && !p.japanese() ? contactLine(p) : PROSE[rnd.nextInt(7)]);
        });
    }

    private byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int entries = 2 + rnd.nextInt(6);
            for (int i = 0; i < entries; i++) {
                int kind = rnd.nextInt(4);
                String name = "part-" + i + switch (kind) {
                    case 0 -> ".csv";
                    case 1 -> ".txt";
                    case 2 -> ".docx";
                    default -> ".eml";
                };
                zip.putNextEntry(new ZipEntry(name));
                zip.write(switch (kind) {
                    case 0 -> csv(50 + rnd.nextInt(300));
                    case 1 -> text(30 + rnd.nextInt(100));
                    case 2 -> docx();
                    default -> mail();
                });
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
