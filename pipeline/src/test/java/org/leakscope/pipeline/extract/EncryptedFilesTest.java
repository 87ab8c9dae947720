package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.pipeline.extract.TestFiles.describe;
import static org.leakscope.pipeline.extract.TestFiles.entries;
import static org.leakscope.pipeline.extract.TestFiles.item;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statuses that tell the truth (issue 3 §2): password-protected files say ENCRYPTED (never OK with no
 * text, never CORRUPT), broken files say CORRUPT, and what could not be read is never silently dropped.
 * Encrypted DOC is not generated: POI cannot write a .doc from scratch (HWPF needs a template).
 */
class EncryptedFilesTest {

    @TempDir
    Path tmp;

    private List<ExtractedItem> extract(String name, byte[] bytes) throws IOException {
        Path f = TestFiles.write(tmp, name, bytes);
        return TestFiles.extract(tmp.resolve("spool"), f, name);
    }

    private static void assertStatus(ExtractionStatus expected, List<ExtractedItem> items, String path) {
        ExtractedItem i = item(items, path);
        assertEquals(expected, i.status(), path + "\n" + describe(items));
        if (expected != ExtractionStatus.OK) {
            assertNotNull(i.statusDetail(), "a status other than OK says why: " + path);
        }
        assertNotNull(i.sha256(), "an unreadable item still has its hash: " + path);
        assertTrue(i.sizeBytes() > 0, path);
    }

    private static void assertNoTextLeaked(ExtractedItem i, String secret) {
        assertFalse(i.text().contains(secret), i.path() + " must not pretend to have read the protected text");
    }

    // ---------------------------------------------------------------- encrypted

    @Test
    void passwordProtectedZipIsEncrypted() throws IOException {
        byte[] zip = TestFiles.zipWithEncryptedEntries(entries("secret.txt", "ZIPSECRET", "more.txt", "ZIPSECRET2"),
                List.of("secret.txt", "more.txt"));
        List<ExtractedItem> items = extract("locked.zip", zip);
        assertStatus(ExtractionStatus.ENCRYPTED, items, "locked.zip");
        assertTrue(items.get(0).statusDetail().contains("2 of 2"), items.get(0).statusDetail());
    }

    @Test
    void aZipWithSomeEncryptedEntriesStillGivesItsPlainEntriesAndRecordsTheLockedOnes() throws IOException {
        byte[] zip = TestFiles.zipWithEncryptedEntries(entries("locked.txt", "ZIPSECRET", "open.txt", "OPENMARK"),
                List.of("locked.txt"));
        List<ExtractedItem> items = extract("mixed.zip", zip);
        // the archive says it is (partly) encrypted ...
        assertStatus(ExtractionStatus.ENCRYPTED, items, "mixed.zip");
        // ... the plain entry is read ...
        assertStatus(ExtractionStatus.OK, items, "mixed.zip!/open.txt");
        assertTrue(item(items, "mixed.zip!/open.txt").text().contains("OPENMARK"));
        // ... and the locked entry is a row of its own that says ENCRYPTED (an unknown exposure with a name)
        assertEquals(ExtractionStatus.ENCRYPTED, item(items, "mixed.zip!/locked.txt").status(), describe(items));
    }

    @Test
    void anEncryptedZipInsideAZipIsEncryptedAndItsSiblingsAreRead() throws IOException {
        byte[] inner = TestFiles.zipWithEncryptedEntries(entries("s.txt", "X"), List.of("s.txt"));
        List<ExtractedItem> items = extract("outer.zip", TestFiles.zip(entries("in/locked.zip", inner,
                "readme.txt", "SIBLINGMARK")));
        assertStatus(ExtractionStatus.OK, items, "outer.zip");
        assertStatus(ExtractionStatus.ENCRYPTED, items, "outer.zip!/in/locked.zip");
        assertStatus(ExtractionStatus.OK, items, "outer.zip!/readme.txt");
    }

    @Test
    void passwordProtected7zIsEncrypted() throws IOException {
        Path sz = tmp.resolve("locked.7z");
        TestFiles.sevenZ(sz, entries("secret.txt", "SEVENSECRET"), "pa55word");
        List<ExtractedItem> items = TestFiles.extract(tmp.resolve("spool"), sz, "locked.7z");
        assertStatus(ExtractionStatus.ENCRYPTED, items, "locked.7z");
        for (ExtractedItem i : items) {
            assertNoTextLeaked(i, "SEVENSECRET");
            // an entry that could not be decrypted is not an "empty file"
            assertEquals(ExtractionStatus.ENCRYPTED, i.status(), describe(items));
        }
    }

    @Test
    void passwordProtectedOoxmlIsEncrypted() throws Exception {
        for (var c : List.of(new Object[] {"locked.docx", TestFiles.docx("DOCXSECRET")},
                new Object[] {"locked.xlsx", TestFiles.xlsx("XLSXSECRET")},
                new Object[] {"locked.pptx", TestFiles.pptx("PPTXSECRET")})) {
            String name = (String) c[0];
            List<ExtractedItem> items = extract(name, TestFiles.encryptOoxml((byte[]) c[1], "pa55word"));
            assertEquals(List.of(name), items.stream().map(ExtractedItem::path).toList(), describe(items));
            assertStatus(ExtractionStatus.ENCRYPTED, items, name);
            assertNoTextLeaked(items.get(0), "SECRET");
        }
    }

    @Test
    void passwordProtectedXlsIsEncrypted() throws IOException {
        List<ExtractedItem> items = extract("locked.xls", TestFiles.xls("XLSSECRET", "pa55word"));
        assertStatus(ExtractionStatus.ENCRYPTED, items, "locked.xls");
        assertNoTextLeaked(items.get(0), "XLSSECRET");
    }

    @Test
    void pdfWithAPasswordToOpenIsEncrypted() throws IOException {
        List<ExtractedItem> items = extract("locked.pdf", TestFiles.pdf("PDFSECRET", null, null, "pa55word", null));
        assertStatus(ExtractionStatus.ENCRYPTED, items, "locked.pdf");
        assertNoTextLeaked(items.get(0), "PDFSECRET");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsReadable() throws IOException {
        // permissions-only protection (empty user password) opens without a password: the text is exposed
        List<ExtractedItem> items = extract("restricted.pdf", TestFiles.pdf("PDFOPENMARK", null, null, null, "owner"));
        assertStatus(ExtractionStatus.OK, items, "restricted.pdf");
        assertTrue(items.get(0).text().contains("PDFOPENMARK"));
    }

    @Test
    void encryptedFilesInsideAContainerAreEncryptedRows() throws Exception {
        byte[] zip = TestFiles.zip(entries(
                "a/locked.docx", TestFiles.encryptOoxml(TestFiles.docx("S1"), "pw"),
                "a/locked.pdf", TestFiles.pdf("S2", null, null, "pw", null),
                "a/locked.xls", TestFiles.xls("S3", "pw"),
                "a/open.txt", "OPENMARK"));
        List<ExtractedItem> items = extract("box.zip", zip);
        assertStatus(ExtractionStatus.OK, items, "box.zip");
        assertStatus(ExtractionStatus.ENCRYPTED, items, "box.zip!/a/locked.docx");
        assertStatus(ExtractionStatus.ENCRYPTED, items, "box.zip!/a/locked.pdf");
        assertStatus(ExtractionStatus.ENCRYPTED, items, "box.zip!/a/locked.xls");
        assertStatus(ExtractionStatus.OK, items, "box.zip!/a/open.txt");
    }

    // ---------------------------------------------------------------- corrupt

    private static byte[] noisyText(int lines, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append("line ").append(i).append(' ').append(Long.toHexString(r.nextLong())).append('\n');
        }
        return TestFiles.utf8(sb.toString());
    }

    @Test
    void truncatedZipIsCorrupt() throws IOException {
        byte[] zip = TestFiles.zip(entries("first.txt", "FIRSTMARK", "big.txt", noisyText(5000, 1),
                "last.txt", "LASTMARK"));
        List<ExtractedItem> items = extract("cut.zip", TestFiles.truncated(zip, 0.6));
        assertStatus(ExtractionStatus.CORRUPT, items, "cut.zip");
        // what could be read before the cut is still an item
        assertStatus(ExtractionStatus.OK, items, "cut.zip!/first.txt");
        // the entry the cut goes through is only partly there: not OK
        ExtractedItem partial = TestFiles.byPath(items).get("cut.zip!/big.txt");
        if (partial != null) {
            assertEquals(ExtractionStatus.CORRUPT, partial.status(), "a partly read entry\n" + describe(items));
        }
        assertFalse(TestFiles.byPath(items).containsKey("cut.zip!/last.txt"), describe(items));
    }

    @Test
    void truncatedPdfIsCorrupt() throws IOException {
        byte[] pdf = TestFiles.pdf("PDFCUTMARK");
        List<ExtractedItem> items = extract("cut.pdf", TestFiles.truncated(pdf, 0.5));
        assertStatus(ExtractionStatus.CORRUPT, items, "cut.pdf");
    }

    @Test
    void truncatedDocxIsCorrupt() throws IOException {
        List<ExtractedItem> items = extract("cut.docx", TestFiles.truncated(TestFiles.docx("DOCXCUTMARK"), 0.5));
        assertStatus(ExtractionStatus.CORRUPT, items, "cut.docx");
    }

    @Test
    void garbageNamedDocxIsCorrupt() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4; // starts like a zip, as a docx does, then nonsense
        List<ExtractedItem> items = extract("garbage.docx", garbage);
        assertEquals(1, items.size(), describe(items));
        assertStatus(ExtractionStatus.CORRUPT, items, "garbage.docx");
    }
}
