package org.leakscope.pipeline.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes every kind of test file the extraction tests need, from open libraries only (java.util.zip,
 * commons-compress, POI, PDFBox, and hand-written bytes), so that no binary fixture has to be committed.
 * MSG and PST cannot be written by any open library and are not generated here.
 */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Ordered entries: name → bytes; a name ending in '/' is a directory entry. */
    static Map<String, byte[]> entries(Object... nameThenBytesOrString) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytesOrString.length; i += 2) {
            Object v = nameThenBytesOrString[i + 1];
            m.put((String) nameThenBytesOrString[i], v instanceof String s ? utf8(s) : (byte[]) v);
        }
        return m;
    }

    // ---------------------------------------------------------------- archives

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        return zip(entries, StandardCharsets.UTF_8);
    }

    /** A deflated zip; with a non-UTF-8 charset the entry names are written in it, without the UTF-8 flag. */
    static byte[] zip(Map<String, byte[]> entries, Charset nameCharset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, nameCharset)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    z.write(e.getValue());
                }
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A STORED zip (sizes and CRC in the local headers), so that header flags can be patched afterwards. */
    static byte[] storedZip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry ze = new ZipEntry(e.getKey());
                ze.setMethod(ZipEntry.STORED);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                ze.setCrc(crc.getValue());
                ze.setSize(e.getValue().length);
                ze.setCompressedSize(e.getValue().length);
                z.putNextEntry(ze);
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A zip in which the named entries carry the "encrypted" general-purpose flag (bit 0) in both their
     * local and central headers, as a password-protected (ZipCrypto) entry does. The data itself is not
     * really encrypted; no reader can tell without the password, and all of them must give up on it.
     */
    static byte[] zipWithEncryptedEntries(Map<String, byte[]> entries, List<String> encryptedNames) throws IOException {
        byte[] z = storedZip(entries);
        for (int i = 0; i + 46 < z.length; i++) {
            if (z[i] == 'P' && z[i + 1] == 'K' && z[i + 2] == 3 && z[i + 3] == 4) { // local file header
                int nameLen = u16(z, i + 26);
                String name = new String(z, i + 30, nameLen, StandardCharsets.UTF_8);
                if (encryptedNames.contains(name)) {
                    z[i + 6] |= 1;
                }
            } else if (z[i] == 'P' && z[i + 1] == 'K' && z[i + 2] == 1 && z[i + 3] == 2) { // central header
                int nameLen = u16(z, i + 28);
                String name = new String(z, i + 46, nameLen, StandardCharsets.UTF_8);
                if (encryptedNames.contains(name)) {
                    z[i + 8] |= 1;
                }
            }
        }
        return z;
    }

    private static int u16(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8;
    }

    /** {@code levels} zips nested in each other: n{levels}.zip contains n{levels-1}.zip ... n1.zip contains deepest.txt. */
    static byte[] nestedZip(int levels, String innermostText) throws IOException {
        byte[] current = zip(entries("deepest.txt", innermostText));
        for (int level = 2; level <= levels; level++) {
            current = zip(entries("n" + (level - 1) + ".zip", current));
        }
        return current;
    }

    /**
     * A zip bomb written streaming: one deflated entry of {@code inflatedBytes} zero bytes (deflate gives
     * about 1:1000, so 2 GiB become about 2 MB on disk).
     */
    static void zipBomb(Path target, String entryName, long inflatedBytes) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(target))) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry(entryName));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += zeros.length) {
                z.write(zeros, 0, (int) Math.min(zeros.length, inflatedBytes - written));
            }
            z.closeEntry();
        }
    }

    /** A 7z archive; with a password its content is AES-256 encrypted. */
    static void sevenZ(Path target, Map<String, byte[]> entries, String password) throws IOException {
        sevenZ(target, entries, password, true);
    }

    /** As above; {@code timestamps} false writes entries without a modification time (valid in 7z). */
    static void sevenZ(Path target, Map<String, byte[]> entries, String password, boolean timestamps)
            throws IOException {
        try (SevenZOutputFile out = password == null ? new SevenZOutputFile(target.toFile())
                : new SevenZOutputFile(target.toFile(), password.toCharArray())) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                SevenZArchiveEntry entry = new SevenZArchiveEntry();
                entry.setName(e.getKey());
                entry.setDirectory(e.getKey().endsWith("/"));
                if (timestamps) {
                    entry.setLastModifiedDate(new java.util.Date(1_704_099_600_000L));
                }
                out.putArchiveEntry(entry);
                if (!entry.isDirectory()) {
                    out.write(e.getValue());
                }
                out.closeArchiveEntry();
            }
        }
    }

    static byte[] tar(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                if (!e.getKey().endsWith("/")) {
                    entry.setSize(e.getValue().length);
                }
                tar.putArchiveEntry(entry);
                if (!e.getKey().endsWith("/")) {
                    tar.write(e.getValue());
                }
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GzipCompressorOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    static byte[] bzip2(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    static byte[] xz(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new XZCompressorOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    /** The signature of a RAR 4 archive followed by a plausible main header and junk. */
    static byte[] rar4() {
        byte[] head = {'R', 'a', 'r', '!', 0x1a, 0x07, 0x00, (byte) 0xcf, (byte) 0x90, 0x73, 0x00, 0x00, 0x0d, 0x00,
                0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
        byte[] out = Arrays.copyOf(head, 512);
        for (int i = head.length; i < out.length; i++) {
            out[i] = (byte) (i * 31);
        }
        return out;
    }

    /** The signature of a RAR 5 archive followed by junk. */
    static byte[] rar5() {
        byte[] head = {'R', 'a', 'r', '!', 0x1a, 0x07, 0x01, 0x00};
        byte[] out = Arrays.copyOf(head, 512);
        for (int i = head.length; i < out.length; i++) {
            out[i] = (byte) (i * 17);
        }
        return out;
    }

    // ---------------------------------------------------------------- office

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String cellText) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Staff").createRow(0).createCell(0).setCellValue(cellText);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** An xlsx with an embedded OLE package (an attached file, as "Insert Object" makes it). */
    static byte[] xlsxWithEmbeddedFile(String cellText, String embeddedName, byte[] embedded) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Staff");
            sheet.createRow(0).createCell(0).setCellValue(cellText);
            int picture = wb.addPicture(png(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
            int storage = wb.addOlePackage(embedded, embeddedName, embeddedName, embeddedName);
            var drawing = sheet.createDrawingPatriarch();
            var anchor = drawing.createAnchor(0, 0, 0, 0, 1, 1, 3, 6);
            drawing.createObjectData(anchor, storage, picture);
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pptx(String text) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setAnchor(new java.awt.geom.Rectangle2D.Double(50, 50, 400, 100));
            box.setText(text);
            show.write(out);
            return out.toByteArray();
        }
    }

    /** A BIFF8 .xls; with a password it is RC4 CryptoAPI encrypted ("password to open"). */
    static byte[] xls(String cellText, String password) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Staff").createRow(0).createCell(0).setCellValue(cellText);
            Biff8EncryptionKey.setCurrentUserPassword(password);
            try {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            return out.toByteArray();
        }
    }

    /** An OOXML file (docx/xlsx/pptx) encrypted with a password to open, agile encryption (Office 2010+). */
    static byte[] encryptOoxml(byte[] plainOoxml, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plainOoxml));
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    // ---------------------------------------------------------------- pdf

    static byte[] pdf(String text) throws IOException {
        return pdf(text, null, null, null, null);
    }

    /**
     * A one-page PDF with {@code text}; optionally an attached file and a password policy
     * (a user password means "password to open"; an owner password alone only restricts permissions).
     */
    static byte[] pdf(String text, String attachmentName, byte[] attachment, String userPassword,
                      String ownerPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            if (attachment != null) {
                PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(attachment));
                ef.setSubtype("text/plain");
                ef.setSize(attachment.length);
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(attachmentName);
                spec.setFileUnicode(attachmentName);
                spec.setEmbeddedFile(ef);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of(attachmentName, spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                doc.getDocumentCatalog().setNames(names);
            }
            if (userPassword != null || ownerPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(
                        ownerPassword == null ? "owner-" + userPassword : ownerPassword,
                        userPassword == null ? "" : userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A hand-written PDF whose page tree loops: the root Pages node has a page and a Pages node whose
     * only kid is the root again.
     */
    static byte[] pdfWithPageTreeLoop(String text) {
        String stream = "BT /F1 12 Tf 50 700 Td (" + text + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
                        + " /Resources << /Font << /F1 6 0 R >> >> >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        long xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long off : offsets) {
            pdf.append(String.format("%010d 00000 n \n", off));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---------------------------------------------------------------- mail

    /** One attachment of a mail: file name, MIME type, bytes. */
    record Attachment(String name, String type, byte[] bytes) {
    }

    /** An RFC 822 message with a text/plain body and base64 attachments (multipart/mixed when there are any). */
    static String eml(String from, String subject, String messageId, String body, Attachment... attachments) {
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(from).append("\r\n");
        m.append("To: Records <records@example.com>\r\n");
        m.append("Subject: ").append(subject).append("\r\n");
        m.append("Date: Mon, 1 Jan 2024 09:00:00 +0000\r\n");
        m.append("Message-ID: <").append(messageId).append(">\r\n");
        m.append("MIME-Version: 1.0\r\n");
        if (attachments.length == 0) {
            m.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).append("\r\n");
            return m.toString();
        }
        String boundary = "=_boundary_" + Math.abs(messageId.hashCode());
        m.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        m.append("This is a multi-part message in MIME format.\r\n");
        m.append("--").append(boundary).append("\r\n");
        m.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).append("\r\n");
        for (Attachment a : attachments) {
            m.append("--").append(boundary).append("\r\n");
            m.append("Content-Type: ").append(a.type()).append("; name=\"").append(a.name()).append("\"\r\n");
            m.append("Content-Disposition: attachment; filename=\"").append(a.name()).append("\"\r\n");
            m.append("Content-Transfer-Encoding: base64\r\n\r\n");
            m.append(Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(a.bytes())).append("\r\n");
        }
        m.append("--").append(boundary).append("--\r\n");
        return m.toString();
    }

    /** An mbox: each message after a "From " separator line, with ">From " quoting not needed for our bodies. */
    static String mbox(String... messages) {
        StringBuilder box = new StringBuilder();
        for (String msg : messages) {
            box.append("From records@example.com Mon Jan  1 09:00:00 2024\n");
            box.append(msg.replace("\r\n", "\n"));
            box.append("\n");
        }
        return box.toString();
    }

    // ---------------------------------------------------------------- misc

    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 32; y++) {
                img.setRGB(x, y, (x * 4) << 16 | (y * 8) << 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** The classic "billion laughs" entity expansion: 10 levels of 10 references. */
    static String billionLaughs() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        x.append(" <!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
        for (int i = 2; i <= 9; i++) {
            x.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        x.append("]>\n<lolz>&lol9;</lolz>\n");
        return x.toString();
    }

    /** {@code depth} nested elements around one text, streamed to disk. */
    static void deeplyNested(Path target, String open, String close, String prefix, String suffix, int depth,
                             String text) throws IOException {
        try (var w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(prefix);
            for (int i = 0; i < depth; i++) {
                w.write(open);
            }
            w.write(text);
            for (int i = 0; i < depth; i++) {
                w.write(close);
            }
            w.write(suffix);
        }
    }

    /** The first {@code fraction} of the bytes: a file cut off in transfer. */
    static byte[] truncated(byte[] whole, double fraction) {
        return Arrays.copyOf(whole, (int) (whole.length * fraction));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, utf8(text));
    }

    // ---------------------------------------------------------------- running and looking at the result

    static ExtractSettings settings(Path spool) throws IOException {
        Files.createDirectories(spool);
        return new ExtractSettings(20_000_000, 20, false, spool);
    }

    /** Extracts in-process with the default limits, spooling to {@code spool}. */
    static List<ExtractedItem> extract(Path spool, Path file, String path) throws IOException {
        List<ExtractedItem> items = new ArrayList<>();
        new TikaExtractor(settings(spool)).extract(file, path, items::add);
        items = preOrder(items);
        observe(items);
        return items;
    }

    /**
     * The extractor hands over an item after its embedded items (it reads them while it reads the item);
     * the tests read more easily container first: each item before its embedded items, siblings in the
     * order they were read.
     */
    static List<ExtractedItem> preOrder(List<ExtractedItem> items) {
        Map<String, List<ExtractedItem>> children = new LinkedHashMap<>();
        List<ExtractedItem> roots = new ArrayList<>();
        Map<String, ExtractedItem> byId = new LinkedHashMap<>();
        for (ExtractedItem i : items) {
            byId.put(i.docId(), i);
        }
        // siblings are ordered by the first time their subtree was seen: a subtree is emitted contiguously
        Map<String, Integer> firstSeen = new java.util.HashMap<>();
        for (int n = 0; n < items.size(); n++) {
            ExtractedItem i = items.get(n);
            for (ExtractedItem a = i; a != null; a = a.parentDocId() == null ? null : byId.get(a.parentDocId())) {
                firstSeen.putIfAbsent(a.docId(), n);
            }
        }
        for (ExtractedItem i : items) {
            if (i.parentDocId() == null || !byId.containsKey(i.parentDocId())) {
                roots.add(i);
            } else {
                children.computeIfAbsent(i.parentDocId(), k -> new ArrayList<>()).add(i);
            }
        }
        java.util.Comparator<ExtractedItem> bySeen = java.util.Comparator.comparing(i -> firstSeen.get(i.docId()));
        List<ExtractedItem> out = new ArrayList<>();
        java.util.Deque<ExtractedItem> stack = new java.util.ArrayDeque<>();
        roots.stream().sorted(bySeen.reversed()).forEach(stack::push);
        while (!stack.isEmpty()) {
            ExtractedItem i = stack.pop();
            out.add(i);
            children.getOrDefault(i.docId(), List.of()).stream().sorted(bySeen.reversed()).forEach(stack::push);
        }
        return out;
    }

    static Map<String, ExtractedItem> byPath(List<ExtractedItem> items) {
        Map<String, ExtractedItem> m = new LinkedHashMap<>();
        for (ExtractedItem i : items) {
            if (m.put(i.path(), i) != null) {
                throw new AssertionError("two rows with the path " + i.path() + ":\n" + describe(items));
            }
        }
        return m;
    }

    /** One line per item: path, status, media type, detail: what an assertion message should show. */
    static String describe(List<ExtractedItem> items) {
        StringBuilder sb = new StringBuilder();
        for (ExtractedItem i : items) {
            sb.append("  ").append(i.path()).append(" | ").append(i.status()).append(" | ").append(i.mediaType())
                    .append(" | ").append(i.statusDetail()).append('\n');
        }
        return sb.toString();
    }

    /** Prints what was observed (grep the test output for OBSERVED) so that path shapes can be reported. */
    static void observe(List<ExtractedItem> items) {
        for (ExtractedItem i : items) {
            System.out.println("OBSERVED | " + i.path() + " | " + i.status() + " | " + i.mediaType() + " | "
                    + (i.statusDetail() == null ? "" : i.statusDetail()));
        }
    }

    /** The item at {@code path}, failing with the whole result when there is no such row. */
    static ExtractedItem item(List<ExtractedItem> items, String path) {
        ExtractedItem i = byPath(items).get(path);
        if (i == null) {
            throw new AssertionError("no row for " + path + "; the rows are:\n" + describe(items));
        }
        return i;
    }

    /** Total size of the regular files under {@code dir}, now. */
    static long sizeOf(Path dir) {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // deleted while walking
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
