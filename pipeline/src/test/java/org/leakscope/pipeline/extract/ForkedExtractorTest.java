package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervised parser process: same items as in-process, and a hang or heap exhaustion costs one item. */
class ForkedExtractorTest {

    @TempDir
    Path tmp;

    private ExtractSettings settings() {
        return new ExtractSettings(20_000_000, 20, false, tmp);
    }

    private Path zipWithTwoFiles() throws IOException {
        Path zip = tmp.resolve("box.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("mail me: a@example.com\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("dir/b.csv"));
            z.write("name,phone\nAnn,+1 202 456 1414\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return zip;
    }

    private static List<ExtractedItem> run(ItemExtractor extractor, Path file, String path) {
        List<ExtractedItem> items = new ArrayList<>();
        extractor.extract(file, path, items::add);
        return items;
    }

    @Test
    void theParserProcessGivesTheSameItemsAsInProcessParsing() throws IOException {
        Path zip = zipWithTwoFiles();
        List<ExtractedItem> direct = run(new TikaExtractor(settings()), zip, "x/box.zip");
        try (ForkedExtractor forked = new ForkedExtractor(settings(), 60_000, "512m", tmp.resolve("parser.log"))) {
            List<ExtractedItem> viaProcess = run(forked, zip, "x/box.zip");
            assertEquals(direct, viaProcess);
            // the process is reused for the next file
            assertEquals(direct, run(forked, zip, "x/box.zip"));
        }
        assertEquals(List.of("x/box.zip", "x/box.zip!/a.txt", "x/box.zip!/dir/b.csv"),
                direct.stream().map(ExtractedItem::path).sorted().toList());
    }

    /**
     * The JVM writes to the parser process's stdout behind Java's back (its flag dump at start, GC logging all
     * along): the answers do not go there, so the items are the same; the chatter lands in the parser log.
     */
    @Test
    void aParserJvmThatWritesToStdoutGivesTheSameItems() throws IOException {
        Path zip = zipWithTwoFiles();
        List<ExtractedItem> direct = run(new TikaExtractor(settings()), zip, "x/box.zip");
        Path log = tmp.resolve("chatty.log");
        try (ForkedExtractor chatty = new ForkedExtractor(settings(), 60_000, 0, "512m", log,
                List.of("-XX:+PrintFlagsFinal", "-Xlog:gc*=debug:stdout"))) {
            assertEquals(direct, run(chatty, zip, "x/box.zip"));
            assertEquals(direct, run(chatty, zip, "x/box.zip"));
        }
        assertTrue(Files.readString(log).contains("MaxHeapSize"), "the JVM's stdout is kept in the parser log");
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".sock")).toList(),
                    "no socket file is left behind");
        }
    }

    @Test
    void aParserProcessThatCannotStartFailsTheItemAndTheJobGoesOn() throws IOException {
        Path a = text("a.txt", "call 03-1234-5678\n");
        try (ForkedExtractor broken = new ForkedExtractor(settings(), 60_000, 0, "512m", tmp.resolve("parser.log"),
                List.of("-XX:+NoSuchOptionForLeakscope"))) {
            List<ExtractedItem> items = run(broken, a, "a.txt");
            assertEquals(1, items.size());
            assertEquals(ExtractionStatus.ERROR, items.get(0).status());
            assertTrue(items.get(0).statusDetail().contains("parser process"), items.get(0).statusDetail());
        }
    }

    @Test
    void anItemThatTakesTooLongIsRecordedAsTimeoutAndTheNextFileIsRead() throws IOException {
        Path zip = zipWithTwoFiles();
        try (ForkedExtractor impatient = new ForkedExtractor(settings(), 1, "512m", tmp.resolve("parser.log"))) {
            List<ExtractedItem> items = run(impatient, zip, "box.zip");
            assertEquals(1, items.size(), items.toString());
            assertEquals(ExtractionStatus.TIMEOUT, items.get(0).status());
            assertEquals("box.zip", items.get(0).path());
            assertEquals(TikaExtractor.sha256(zip), items.get(0).sha256(), "a file's hash is known without parsing");
            assertTrue(items.get(0).statusDetail().contains("no result within"));
        }
        try (ForkedExtractor patient = new ForkedExtractor(settings(), 60_000, "512m", tmp.resolve("parser.log"))) {
            assertEquals(3, run(patient, zip, "box.zip").size());
        }
    }

    @Test
    void anItemThatExhaustsTheParserHeapIsRecordedAsTooLarge() throws IOException {
        Path big = bigHtml();
        try (ForkedExtractor small = new ForkedExtractor(settings(), 120_000, "48m", tmp.resolve("parser.log"))) {
            List<ExtractedItem> items = run(small, big, "big.html");
            assertEquals(1, items.size());
            assertEquals(ExtractionStatus.TOO_LARGE, items.get(0).status(), items.get(0).statusDetail());
            // and the next file is read by a fresh process
            Path small2 = tmp.resolve("small.txt");
            Files.writeString(small2, "hello b@example.com\n");
            assertEquals(ExtractionStatus.OK, run(small, small2, "small.txt").get(0).status());
        }
    }

    /** 40 MB of HTML: its text is held whole (plain text would come in parts), more than a 48 MB heap holds. */
    private Path bigHtml() throws IOException {
        Path big = tmp.resolve("big.html");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("<html><body>\n");
            String line = "<p>" + "x".repeat(92) + "</p>\n";
            for (int i = 0; i < 400_000; i++) {
                w.write(line);
            }
            w.write("</body></html>\n");
        }
        return big;
    }

    private Path text(String name, String content) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    @Test
    void filesReadAheadGiveTheSameItemsInTheSameOrder() throws IOException {
        Path zip = zipWithTwoFiles();
        Path a = text("a.txt", "call 03-1234-5678\n");
        Path b = text("b.txt", "mail c@example.com\n");
        TikaExtractor direct = new TikaExtractor(settings());
        try (ForkedExtractor forked = new ForkedExtractor(settings(), 60_000, "512m", tmp.resolve("parser.log"))) {
            forked.prefetch(a, "a.txt");
            forked.prefetch(zip, "box.zip");
            forked.prefetch(b, "b.txt");
            assertEquals(run(direct, a, "a.txt"), run(forked, a, "a.txt"));
            assertEquals(run(direct, zip, "box.zip"), run(forked, zip, "box.zip"));
            assertEquals(run(direct, b, "b.txt"), run(forked, b, "b.txt"));
            // no hint: read on demand as before
            assertEquals(run(direct, a, "a.txt"), run(forked, a, "a.txt"));
        }
    }

    @Test
    void aFileReadAheadButNotAskedForIsDroppedAndTheAskedOneIsRead() throws IOException {
        Path a = text("a.txt", "call 03-1234-5678\n");
        Path b = text("b.txt", "mail c@example.com\n");
        Path c = text("c.txt", "mail d@example.com\n");
        TikaExtractor direct = new TikaExtractor(settings());
        try (ForkedExtractor forked = new ForkedExtractor(settings(), 60_000, "512m", tmp.resolve("parser.log"))) {
            forked.prefetch(a, "a.txt");
            forked.prefetch(b, "b.txt");
            assertEquals(run(direct, a, "a.txt"), run(forked, a, "a.txt")); // b is sent ahead now
            // a chunk read again after a failure asks for another file: b's items must not leak into c's
            assertEquals(run(direct, c, "c.txt"), run(forked, c, "c.txt"));
            assertEquals(run(direct, b, "b.txt"), run(forked, b, "b.txt"));
        }
    }

    @Test
    void aFileReadAheadThatExhaustsTheParserHeapFailsAloneAndLate() throws IOException {
        Path big = bigHtml();
        Path a = text("a.txt", "call 03-1234-5678\n");
        Path b = text("b.txt", "mail c@example.com\n");
        try (ForkedExtractor small = new ForkedExtractor(settings(), 120_000, "48m", tmp.resolve("parser.log"))) {
            small.prefetch(a, "a.txt");
            small.prefetch(big, "big.html");
            small.prefetch(b, "b.txt");
            // the parser dies on big.html while a.txt's items are being taken: a.txt is still fine
            List<ExtractedItem> first = run(small, a, "a.txt");
            assertEquals(List.of(ExtractionStatus.OK), first.stream().map(ExtractedItem::status).toList());
            List<ExtractedItem> failed = run(small, big, "big.html");
            assertEquals(1, failed.size());
            assertEquals("big.html", failed.get(0).path());
            assertEquals(ExtractionStatus.TOO_LARGE, failed.get(0).status(), failed.get(0).statusDetail());
            assertEquals(ExtractionStatus.OK, run(small, b, "b.txt").get(0).status());
        }
    }
}
