package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text files are read in this JVM, exactly as Tika reads them; everything else goes to the parser processes. */
class InProcessTextExtractorTest {

    @TempDir
    Path tmp;

    private TikaExtractor tika() {
        return new TikaExtractor(new ExtractSettings(20_000_000, 20, false, tmp));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static List<ExtractedItem> read(ItemExtractor x, Path file, String path) {
        List<ExtractedItem> items = new ArrayList<>();
        x.extract(file, path, items::add);
        return items;
    }

    @Test
    void textFilesAreReadHereAsTikaReadsThem() throws IOException {
        RecordingExtractor elsewhere = new RecordingExtractor(); // the parser processes
        InProcessTextExtractor x = new InProcessTextExtractor(tika(), elsewhere, 1 << 20);
        Path txt = write("note.txt", "Call Ann Lee on 090-1234-5678.\nThanks\n".getBytes(StandardCharsets.UTF_8));
        Path csv = write("staff.csv", "name,email\nAnn Lee,ann@example.com\n".getBytes(StandardCharsets.UTF_8));
        Path log = write("app.log", "2026-11-01 12:00:01 INFO login user=ann@example.com\n".getBytes(StandardCharsets.UTF_8));
        for (Path p : List.of(txt, csv, log)) {
            List<ExtractedItem> here = read(x, p, "in/" + p.getFileName());
            assertEquals(read(tika(), p, "in/" + p.getFileName()), here);
            assertEquals(ExtractionStatus.OK, here.get(0).status());
            assertFalse(here.get(0).units().isEmpty());
        }
        assertEquals(List.of(), elsewhere.asked);
    }

    @Test
    void everythingElseGoesToTheParserProcesses() throws IOException {
        RecordingExtractor elsewhere = new RecordingExtractor(); // the parser processes
        InProcessTextExtractor x = new InProcessTextExtractor(tika(), elsewhere, 1 << 20);
        Path docx = write("memo.docx", TestFiles.docx("Ann Lee"));
        // a zip under a text name: Tika reads the bytes, not the name
        Path zipAsText = write("notes.txt", TestFiles.zip(TestFiles.entries("a.txt", "Ann Lee")));
        Path mail = write("m.eml", ("From: Ann Lee <ann@example.com>\r\nTo: bob@example.com\r\nSubject: hi\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n").getBytes(StandardCharsets.UTF_8));
        Path big = write("big.txt", "Ann Lee\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), write("target.txt", TestFiles.utf8("Ann Lee")));
        InProcessTextExtractor small = new InProcessTextExtractor(tika(), elsewhere, 1000);
        for (Path p : List.of(docx, zipAsText, mail, link)) {
            assertTrue(read(x, p, p.getFileName().toString()).isEmpty(), p + " was read here");
        }
        assertTrue(read(small, big, "big.txt").isEmpty(), "above the size");
        assertEquals(List.of("memo.docx", "notes.txt", "m.eml", "link.txt", "big.txt"), elsewhere.asked);
        assertEquals(1, read(x, big, "big.txt").size(), "within the size it is read here");
    }

    @Test
    void extractIfReadsAndTellsNothingOfAnotherType() throws IOException {
        Path docx = write("memo.docx", TestFiles.docx("Ann Lee"));
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), write("target.txt", TestFiles.utf8("Ann Lee")));
        Path txt = write("a.txt", TestFiles.utf8("Ann Lee"));
        List<ExtractedItem> items = new ArrayList<>();
        assertFalse(tika().extractIf(InProcessTextExtractor.TEXT_TYPES, docx, "memo.docx", items::add));
        assertFalse(tika().extractIf(InProcessTextExtractor.TEXT_TYPES, link, "link.txt", items::add), "a link");
        assertEquals(List.of(), items);
        assertTrue(tika().extractIf(InProcessTextExtractor.TEXT_TYPES, txt, "a.txt", items::add));
        assertEquals(read(tika(), txt, "a.txt"), items);
    }

    @Test
    void onlyFilesForTheParserProcessesAreAnnounced() throws IOException {
        RecordingExtractor elsewhere = new RecordingExtractor(); // the parser processes
        InProcessTextExtractor x = new InProcessTextExtractor(tika(), elsewhere, 1 << 20);
        Path txt = write("a.txt", TestFiles.utf8("Ann Lee"));
        Path docx = write("b.docx", TestFiles.docx("Ann Lee"));
        Path missing = tmp.resolve("gone.txt");
        x.prefetch(txt, "a.txt");
        x.prefetch(docx, "b.docx");
        x.prefetch(missing, "gone.txt");
        assertEquals(List.of("b.docx", "gone.txt"), elsewhere.announced);
        read(x, missing, "gone.txt");
        assertEquals(List.of("gone.txt"), elsewhere.asked, "a file that cannot be read: the parser process records why");
    }
}
