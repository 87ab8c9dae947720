package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.pipeline.extract.TestFiles.describe;
import static org.leakscope.pipeline.extract.TestFiles.entries;
import static org.leakscope.pipeline.extract.TestFiles.item;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Containers, recursively (issue 3 §1): every inner item gets its own row with an {@code outer!/inner}
 * path, its own status, and its own text. Every file is generated here; MSG and PST are not (no open
 * library writes them) and are covered only by the third-party acceptance set.
 */
class ContainerFormatsTest {

    @TempDir
    Path tmp;

    private Path spool() {
        return tmp.resolve("spool");
    }

    private List<ExtractedItem> extract(Path file, String path) throws IOException {
        return TestFiles.extract(spool(), file, path);
    }

    /** The item exists, is OK and its own text contains {@code marker}. */
    private static ExtractedItem assertOkWithText(List<ExtractedItem> items, String path, String marker) {
        ExtractedItem i = item(items, path);
        assertEquals(ExtractionStatus.OK, i.status(), path + ": " + i.statusDetail() + "\n" + describe(items));
        assertTrue(i.text().contains(marker), path + " should contain " + marker + " but has: " + i.text());
        assertNotNull(i.sha256(), path);
        return i;
    }

    private static void assertPaths(List<ExtractedItem> items, String... expected) {
        assertEquals(List.of(expected), items.stream().map(ExtractedItem::path).toList(), describe(items));
    }

    private void assertSpoolEmpty() throws IOException {
        try (var s = Files.list(spool())) {
            assertEquals(List.of(), s.toList(), "spooled embedded items must be deleted after use");
        }
    }

    @Test
    void zipEntriesInFoldersAreItemsAndDirectoriesAreNot() throws IOException {
        Path zip = TestFiles.write(tmp, "a.zip", TestFiles.zip(entries(
                "dir/", new byte[0],
                "dir/b.txt", "ZIPMARK_B in a folder",
                "c.txt", "ZIPMARK_C at the top")));
        List<ExtractedItem> items = extract(zip, "hr/a.zip");
        assertPaths(items, "hr/a.zip", "hr/a.zip!/dir/b.txt", "hr/a.zip!/c.txt");
        assertEquals(ExtractionStatus.OK, items.get(0).status(), describe(items));
        assertEquals("application/zip", items.get(0).mediaType());
        ExtractedItem b = assertOkWithText(items, "hr/a.zip!/dir/b.txt", "ZIPMARK_B");
        assertFalse(b.text().contains("ZIPMARK_C"), "each entry has only its own text");
        assertEquals(items.get(0).docId(), b.parentDocId());
        assertEquals(1, b.depth());
        assertEquals(TestFiles.utf8("ZIPMARK_B in a folder").length, b.sizeBytes());
        assertOkWithText(items, "hr/a.zip!/c.txt", "ZIPMARK_C");
        assertSpoolEmpty();
    }

    @Test
    void zipInZipIsOpenedRecursively() throws IOException {
        byte[] inner = TestFiles.zip(entries("deep.txt", "INNERMARK deep inside"));
        Path zip = TestFiles.write(tmp, "outer.zip", TestFiles.zip(entries(
                "sub/inner.zip", inner, "top.txt", "TOPMARK")));
        List<ExtractedItem> items = extract(zip, "outer.zip");
        assertPaths(items, "outer.zip", "outer.zip!/sub/inner.zip", "outer.zip!/sub/inner.zip!/deep.txt",
                "outer.zip!/top.txt");
        assertEquals(ExtractionStatus.OK, item(items, "outer.zip!/sub/inner.zip").status(), describe(items));
        ExtractedItem deep = assertOkWithText(items, "outer.zip!/sub/inner.zip!/deep.txt", "INNERMARK");
        assertEquals(2, deep.depth());
        assertEquals(item(items, "outer.zip!/sub/inner.zip").docId(), deep.parentDocId());
        assertOkWithText(items, "outer.zip!/top.txt", "TOPMARK");
    }

    @Test
    void shiftJisEntryNamesAreDecoded() throws IOException {
        // Japanese Windows zips store names in MS932 without the UTF-8 flag
        Path zip = TestFiles.write(tmp, "sjis.zip", TestFiles.zip(entries(
                "給与/社員名簿.txt", "SJISMARK 山田太郎", "議事録.txt", "SJISMARK2 議事録の本文です。"),
                Charset.forName("MS932")));
        List<ExtractedItem> items = extract(zip, "sjis.zip");
        assertPaths(items, "sjis.zip", "sjis.zip!/給与/社員名簿.txt", "sjis.zip!/議事録.txt");
        assertOkWithText(items, "sjis.zip!/給与/社員名簿.txt", "SJISMARK 山田太郎");
    }

    @Test
    void sevenZipEntriesAreItems() throws IOException {
        Path sz = tmp.resolve("x.7z");
        TestFiles.sevenZ(sz, entries("dir/", new byte[0], "dir/b.txt", "SEVENMARK_B", "c.txt", "SEVENMARK_C"), null,
                true);
        List<ExtractedItem> items = extract(sz, "x.7z");
        assertEquals("application/x-7z-compressed", items.get(0).mediaType(), describe(items));
        assertEquals(ExtractionStatus.OK, items.get(0).status(), describe(items));
        assertPaths(items, "x.7z", "x.7z!/dir/b.txt", "x.7z!/c.txt");
        assertOkWithText(items, "x.7z!/dir/b.txt", "SEVENMARK_B");
        assertOkWithText(items, "x.7z!/c.txt", "SEVENMARK_C");
    }

    @Test
    void sevenZipEntriesWithoutTimestampsAreStillRead() throws IOException {
        // 7-Zip writes no modification time with -mtm=off, and some tools never do: still a valid archive
        Path sz = tmp.resolve("notime.7z");
        TestFiles.sevenZ(sz, entries("a.txt", "NOTIMEMARK"), null, false);
        List<ExtractedItem> items = extract(sz, "notime.7z");
        assertEquals(ExtractionStatus.OK, items.get(0).status(), describe(items));
        assertPaths(items, "notime.7z", "notime.7z!/a.txt");
        assertOkWithText(items, "notime.7z!/a.txt", "NOTIMEMARK");
    }

    @Test
    void tarEntriesAreItems() throws IOException {
        Path tar = TestFiles.write(tmp, "x.tar", TestFiles.tar(entries(
                "dir/", new byte[0], "dir/b.txt", "TARMARK_B", "c.txt", "TARMARK_C")));
        List<ExtractedItem> items = extract(tar, "x.tar");
        assertEquals("application/x-tar", items.get(0).mediaType(), describe(items));
        assertPaths(items, "x.tar", "x.tar!/dir/b.txt", "x.tar!/c.txt");
        assertOkWithText(items, "x.tar!/dir/b.txt", "TARMARK_B");
    }

    @Test
    void tarGzHasTheTarAsAnItemAndItsEntriesBelowIt() throws IOException {
        byte[] tar = TestFiles.tar(entries("dir/b.txt", "TGZMARK_B", "c.txt", "TGZMARK_C"));
        Path tgz = TestFiles.write(tmp, "x.tar.gz", TestFiles.gzip(tar));
        List<ExtractedItem> items = extract(tgz, "x.tar.gz");
        assertEquals("application/gzip", items.get(0).mediaType(), describe(items));
        // the decompressed stream is an item of its own (its own sha256), named as gunzip would name it
        assertPaths(items, "x.tar.gz", "x.tar.gz!/x.tar", "x.tar.gz!/x.tar!/dir/b.txt", "x.tar.gz!/x.tar!/c.txt");
        assertOkWithText(items, "x.tar.gz!/x.tar!/dir/b.txt", "TGZMARK_B");

        Path tgz2 = TestFiles.write(tmp, "y.tgz", TestFiles.gzip(tar));
        List<ExtractedItem> items2 = extract(tgz2, "y.tgz");
        assertPaths(items2, "y.tgz", "y.tgz!/y.tar", "y.tgz!/y.tar!/dir/b.txt", "y.tgz!/y.tar!/c.txt");
    }

    @Test
    void singleFileCompressorsGzBzip2Xz() throws IOException {
        byte[] text = TestFiles.utf8("COMPRESSMARK notes");
        for (String[] kind : new String[][] {{"gz", "application/gzip"}, {"bz2", "application/x-bzip2"},
                {"xz", "application/x-xz"}}) {
            byte[] packed = switch (kind[0]) {
                case "gz" -> TestFiles.gzip(text);
                case "bz2" -> TestFiles.bzip2(text);
                default -> TestFiles.xz(text);
            };
            String name = "notes.txt." + kind[0];
            Path f = TestFiles.write(tmp, name, packed);
            List<ExtractedItem> items = extract(f, name);
            assertEquals(kind[1], items.get(0).mediaType(), describe(items));
            assertEquals(ExtractionStatus.OK, items.get(0).status(), describe(items));
            assertPaths(items, name, name + "!/notes.txt");
            assertOkWithText(items, name + "!/notes.txt", "COMPRESSMARK");
        }
    }

    @Test
    void emlBodyIsTheMessageTextAndAttachmentsAreItemsBelowIt() throws IOException {
        byte[] zip = TestFiles.zip(entries("inside.txt", "EMLZIPMARK"));
        String eml = TestFiles.eml("Alice <alice@example.com>", "Quarterly", "m1@example.com", "EMLBODYMARK hello",
                new TestFiles.Attachment("report.txt", "text/plain", TestFiles.utf8("EMLATTMARK report")),
                new TestFiles.Attachment("pack.zip", "application/zip", zip));
        Path f = TestFiles.write(tmp, "mail/msg.eml", eml);
        List<ExtractedItem> items = extract(f, "mail/msg.eml");
        assertPaths(items, "mail/msg.eml", "mail/msg.eml!/report.txt", "mail/msg.eml!/pack.zip",
                "mail/msg.eml!/pack.zip!/inside.txt");
        ExtractedItem msg = assertOkWithText(items, "mail/msg.eml", "EMLBODYMARK");
        assertEquals("message/rfc822", msg.mediaType());
        assertFalse(msg.text().contains("EMLATTMARK"), "an attachment's text is its own item's, not the body's");
        assertOkWithText(items, "mail/msg.eml!/report.txt", "EMLATTMARK");
        assertOkWithText(items, "mail/msg.eml!/pack.zip!/inside.txt", "EMLZIPMARK");
    }

    @Test
    void mboxMessagesAreItemsByIndexWithTheirAttachmentsBelow() throws IOException {
        String m1 = TestFiles.eml("Alice <alice@example.com>", "first", "one@example.com", "MBOXMARK_ONE");
        String m2 = TestFiles.eml("Bob <bob@example.com>", "second", "two@example.com", "MBOXMARK_TWO",
                new TestFiles.Attachment("att.txt", "text/plain", TestFiles.utf8("MBOXATTMARK")));
        Path f = TestFiles.write(tmp, "inbox.mbox", TestFiles.mbox(m1, m2));
        List<ExtractedItem> items = extract(f, "mail/inbox.mbox");
        assertEquals("application/mbox", items.get(0).mediaType(), describe(items));
        assertPaths(items, "mail/inbox.mbox", "mail/inbox.mbox!/1", "mail/inbox.mbox!/2",
                "mail/inbox.mbox!/2!/att.txt");
        assertOkWithText(items, "mail/inbox.mbox!/1", "MBOXMARK_ONE");
        ExtractedItem two = assertOkWithText(items, "mail/inbox.mbox!/2", "MBOXMARK_TWO");
        assertEquals("message/rfc822", two.mediaType());
        assertFalse(item(items, "mail/inbox.mbox!/1").text().contains("MBOXMARK_TWO"), "one message per item");
        assertOkWithText(items, "mail/inbox.mbox!/2!/att.txt", "MBOXATTMARK");
    }

    @Test
    void mboxMessagesInEightBitUtf8KeepEveryByte() throws IOException {
        // 送 is E9 80 81 and 東 E6 9D B1: bytes windows-1252 leaves undefined, which Tika's mbox parser turned to '?'
        String body = "送付先：〒760-0023 香川県高松市寿町5-24-3\n東京の担当 藤田\n>From the start of the quote\n";
        String msg = "From: a@example.jp\nSubject: test\nContent-Type: text/plain; charset=\"utf-8\"\n"
                + "Content-Transfer-Encoding: 8bit\nMIME-Version: 1.0\n\n" + body;
        String box = "From MAILER-DAEMON Tue May  7 10:02:00 2024\n" + msg
                + "From MAILER-DAEMON Tue May  7 10:03:00 2024\n" + msg.replace("藤田", "前田");
        Path f = tmp.resolve("ja.mbox");
        java.nio.file.Files.write(f, box.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<ExtractedItem> items = extract(f, "mail/ja.mbox");
        assertPaths(items, "mail/ja.mbox", "mail/ja.mbox!/1", "mail/ja.mbox!/2");
        ExtractedItem one = assertOkWithText(items, "mail/ja.mbox!/1", "送付先：〒760-0023 香川県高松市寿町5-24-3");
        assertTrue(one.text().contains("東京の担当 藤田"), one.text());
        assertTrue(one.text().contains("\nFrom the start of the quote"), "mboxrd quoting undone: " + one.text());
        assertFalse(one.text().contains("前田"), "one message per item");
        assertOkWithText(items, "mail/ja.mbox!/2", "東京の担当 前田");
    }

    /** A line longer than the parser holds at once: read in pieces, and "From " inside it starts no message. */
    @Test
    void mboxLongLinesAreReadInPiecesAndAPieceStartingFromStartsNoMessage() throws IOException {
        String longLine = "x".repeat(MboxByteParser.MAX_CHUNK) + "From here on the line goes on LONGLINEMARK\n";
        String msg = "From: a@example.com\nSubject: long\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
                + "before it\n" + longLine + "after it ENDMARK\n";
        String box = "From MAILER-DAEMON Tue May  7 10:02:00 2024\n" + msg
                + "From MAILER-DAEMON Tue May  7 10:03:00 2024\n" + msg.replace("ENDMARK", "SECONDMARK");
        Path f = tmp.resolve("long.mbox");
        java.nio.file.Files.write(f, box.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        List<ExtractedItem> items = extract(f, "mail/long.mbox");
        assertPaths(items, "mail/long.mbox", "mail/long.mbox!/1", "mail/long.mbox!/2");
        ExtractedItem one = assertOkWithText(items, "mail/long.mbox!/1", "xxxFrom here on the line goes on LONGLINEMARK");
        assertTrue(one.text().contains("after it ENDMARK"), "the message goes on after the long line");
        assertOkWithText(items, "mail/long.mbox!/2", "SECONDMARK");
    }

    @Test
    void pdfAttachmentsAreItemsBelowThePdf() throws IOException {
        Path f = TestFiles.write(tmp, "doc.pdf", TestFiles.pdf("PDFPAGEMARK on page one", "secret.txt",
                TestFiles.utf8("PDFATTMARK attached"), null, null));
        List<ExtractedItem> items = extract(f, "doc.pdf");
        assertPaths(items, "doc.pdf", "doc.pdf!/secret.txt");
        ExtractedItem pdf = assertOkWithText(items, "doc.pdf", "PDFPAGEMARK");
        assertFalse(pdf.text().contains("PDFATTMARK"));
        assertOkWithText(items, "doc.pdf!/secret.txt", "PDFATTMARK");
    }

    @Test
    void officeEmbeddedObjectIsAnItemBelowTheDocument() throws IOException {
        Path f = TestFiles.write(tmp, "book.xlsx", TestFiles.xlsxWithEmbeddedFile("XLSXCELLMARK", "embedded.txt",
                TestFiles.utf8("OLEMARK inside the workbook")));
        List<ExtractedItem> items = extract(f, "book.xlsx");
        assertOkWithText(items, "book.xlsx", "XLSXCELLMARK");
        List<ExtractedItem> withOle = items.stream().filter(i -> i.text().contains("OLEMARK")).toList();
        assertEquals(1, withOle.size(), "the embedded file's text is in exactly one item:\n" + describe(items));
        ExtractedItem ole = withOle.get(0);
        assertTrue(ole.path().startsWith("book.xlsx!/"), ole.path());
        assertEquals(ExtractionStatus.OK, ole.status(), describe(items));
        assertFalse(item(items, "book.xlsx").text().contains("OLEMARK"));
    }

    @Test
    void plainOfficeFilesPdfCsvAreOkWithText() throws IOException {
        record Case(String name, byte[] bytes, String type) {
        }
        List<Case> cases = List.of(
                new Case("w.docx", TestFiles.docx("DOCXMARK text"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                new Case("s.xlsx", TestFiles.xlsx("XLSXMARK"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                new Case("p.pptx", TestFiles.pptx("PPTXMARK slide"),
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                new Case("old.xls", TestFiles.xls("XLSMARK", null), "application/vnd.ms-excel"),
                new Case("d.pdf", TestFiles.pdf("PDFMARK"), "application/pdf"),
                new Case("t.csv", TestFiles.utf8("name,note\nAnn,CSVMARK\n"), "text/csv"));
        for (Case c : cases) {
            Path f = TestFiles.write(tmp, c.name(), c.bytes());
            List<ExtractedItem> items = extract(f, c.name());
            assertEquals(c.name(), items.get(0).path());
            // a package's own thumbnail (POI's blank pptx has one) is an image item below it; nothing else is
            for (ExtractedItem extra : items.subList(1, items.size())) {
                assertTrue(extra.path().startsWith(c.name() + "!/") && extra.path().contains("thumbnail"),
                        describe(items));
            }
            assertEquals(c.type(), items.get(0).mediaType(), c.name());
            String marker = c.name().endsWith(".csv") ? "CSVMARK"
                    : c.name().endsWith(".xls") ? "XLSMARK" : c.type().endsWith("pdf") ? "PDFMARK"
                    : c.name().substring(c.name().indexOf('.') + 1).toUpperCase() + "MARK";
            assertOkWithText(items, c.name(), marker);
        }
    }

    @Test
    void pdfWithLittleOrNoTextIsReadWhenOcrIsOff() throws IOException {
        // a short text (fewer characters than Tika's OCR-auto threshold) and a page without any text
        Path shortPdf = TestFiles.write(tmp, "short.pdf", TestFiles.pdf("Hi ABC"));
        List<ExtractedItem> items = extract(shortPdf, "short.pdf");
        assertOkWithText(items, "short.pdf", "Hi ABC");
        Path blank = TestFiles.write(tmp, "blank.pdf", TestFiles.pdf(""));
        List<ExtractedItem> blankItems = extract(blank, "blank.pdf");
        assertEquals(ExtractionStatus.NO_TEXT, blankItems.get(0).status(), describe(blankItems));
    }

    @Test
    void anImageWithoutOcrIsNoText() throws IOException {
        Path f = TestFiles.write(tmp, "scan.png", TestFiles.png());
        List<ExtractedItem> items = extract(f, "scan.png");
        assertPaths(items, "scan.png");
        assertEquals(ExtractionStatus.NO_TEXT, items.get(0).status(), describe(items));
        assertEquals("image/png", items.get(0).mediaType());
        assertTrue(items.get(0).statusDetail().contains("OCR"), items.get(0).statusDetail());
    }

    @Test
    void anImageInsideAZipIsANoTextItem() throws IOException {
        Path zip = TestFiles.write(tmp, "scans.zip", TestFiles.zip(entries("p1.png", TestFiles.png())));
        List<ExtractedItem> items = extract(zip, "scans.zip");
        assertPaths(items, "scans.zip", "scans.zip!/p1.png");
        assertEquals(ExtractionStatus.NO_TEXT, item(items, "scans.zip!/p1.png").status(), describe(items));
    }

    @Test
    void rarIsUnsupportedWithAReasonNeverACrash() throws IOException {
        for (var rar : List.of(new Object[] {"old.rar", TestFiles.rar4()}, new Object[] {"new.rar", TestFiles.rar5()})) {
            String name = (String) rar[0];
            Path f = TestFiles.write(tmp, name, (byte[]) rar[1]);
            List<ExtractedItem> items = extract(f, name);
            assertPaths(items, name);
            ExtractedItem r = items.get(0);
            assertEquals(ExtractionStatus.UNSUPPORTED, r.status(), describe(items));
            assertTrue(r.mediaType().contains("rar"), r.mediaType());
            assertTrue(r.statusDetail() != null && r.statusDetail().contains("RAR"), r.statusDetail());
        }
        // and inside a zip: the rar is a row of its own, the zip is still read
        Path zip = TestFiles.write(tmp, "with-rar.zip", TestFiles.zip(entries(
                "x.rar", TestFiles.rar4(), "y.txt", "RARSIBLINGMARK")));
        List<ExtractedItem> items = extract(zip, "with-rar.zip");
        assertEquals(ExtractionStatus.OK, items.get(0).status(), describe(items));
        assertEquals(ExtractionStatus.UNSUPPORTED, item(items, "with-rar.zip!/x.rar").status(), describe(items));
        assertOkWithText(items, "with-rar.zip!/y.txt", "RARSIBLINGMARK");
    }
}
