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
        Path big = tmp.resolve("big.txt");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String line = "x".repeat(99) + "\n";
            for (int i = 0; i < 400_000; i++) { // 40 MB of text, kept as one item
                w.write(line);
            }
        }
        try (ForkedExtractor small = new ForkedExtractor(settings(), 120_000, "48m", tmp.resolve("parser.log"))) {
            List<ExtractedItem> items = run(small, big, "big.txt");
            assertEquals(1, items.size());
            assertEquals(ExtractionStatus.TOO_LARGE, items.get(0).status(), items.get(0).statusDetail());
            // and the next file is read by a fresh process
            Path small2 = tmp.resolve("small.txt");
            Files.writeString(small2, "hello b@example.com\n");
            assertEquals(ExtractionStatus.OK, run(small, small2, "small.txt").get(0).status());
        }
    }
}
