package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.pipeline.extract.TestFiles.describe;
import static org.leakscope.pipeline.extract.TestFiles.entries;
import static org.leakscope.pipeline.extract.TestFiles.item;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input cannot stop or sink the job (issue 3 §3): each hostile file ends with a row and a
 * status within the per-item timeout, in bounded memory and temp disk, and nothing is written outside
 * the temp folder. The slow and memory-hungry cases run in the supervised parser process.
 */
class HostileFilesTest {

    /** Per-item timeout of the parser process in these tests. */
    private static final long ITEM_TIMEOUT_MS = 60_000;

    @TempDir
    Path tmp;

    private Path spool() throws IOException {
        return Files.createDirectories(tmp.resolve("spool"));
    }

    private List<ExtractedItem> forked(Path file, String path, String heap) throws IOException {
        List<ExtractedItem> items = new ArrayList<>();
        try (ForkedExtractor fx = new ForkedExtractor(TestFiles.settings(spool()), ITEM_TIMEOUT_MS, heap,
                tmp.resolve("parser.log"))) {
            fx.extract(file, path, items::add);
        }
        List<ExtractedItem> ordered = TestFiles.preOrder(items);
        TestFiles.observe(ordered);
        return ordered;
    }

    @Test
    void fiftyDeepNestedZipStopsAtTheDepthLimitAndRecordsWhatWasCutOff() throws IOException {
        Path zip = TestFiles.write(tmp, "n50.zip", TestFiles.nestedZip(50, "DEEPESTMARK"));
        List<ExtractedItem> items = TestFiles.extract(spool(), zip, "n50.zip");
        int limit = 20;
        // one row per level down to the first level beyond the limit, which is recorded but not opened
        assertEquals(limit + 2, items.size(), describe(items));
        for (ExtractedItem i : items) {
            if (i.depth() <= limit) {
                assertEquals(ExtractionStatus.OK, i.status(), i.path());
            }
        }
        ExtractedItem cut = items.get(items.size() - 1);
        assertEquals(limit + 1, cut.depth());
        assertEquals(ExtractionStatus.TOO_LARGE, cut.status(), describe(items));
        assertTrue(cut.statusDetail().contains("depth limit"), cut.statusDetail());
        assertNotNull(cut.sha256());
        assertTrue(cut.path().startsWith("n50.zip!/n49.zip!/n48.zip!/"), cut.path());
        assertEquals(limit + 1, cut.path().split("!/").length - 1);
        assertTrue(items.stream().noneMatch(i -> i.text().contains("DEEPESTMARK")));
        try (var s = Files.list(spool())) {
            assertEquals(0, s.count(), "spooled levels are deleted");
        }
    }

    @Test
    void zipBombEndsWithinTheTimeoutWithBoundedTempDiskAndSaysTooLarge() throws IOException, InterruptedException {
        long inflated = 2L << 30; // 2 GiB of zeros
        Path bomb = tmp.resolve("bomb.zip");
        long t0 = System.nanoTime();
        TestFiles.zipBomb(bomb, "zeros.bin", inflated);
        long genMs = (System.nanoTime() - t0) / 1_000_000;
        long compressed = Files.size(bomb);
        assertTrue(compressed < 4 << 20, "the bomb is small on disk: " + compressed);

        Path spool = spool();
        FileStore store = Files.getFileStore(spool);
        long freeBefore = store.getUsableSpace();
        AtomicLong peakSpool = new AtomicLong();
        AtomicLong peakDisk = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread meter = new Thread(() -> {
            while (running.get()) {
                peakSpool.accumulateAndGet(TestFiles.sizeOf(spool), Math::max);
                try {
                    peakDisk.accumulateAndGet(freeBefore - store.getUsableSpace(), Math::max);
                    Thread.sleep(20);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }, "temp-disk-meter");
        meter.start();
        long t1 = System.nanoTime();
        List<ExtractedItem> items;
        try {
            items = forked(bomb, "bomb.zip", "256m");
        } finally {
            running.set(false);
            meter.join();
        }
        long runMs = (System.nanoTime() - t1) / 1_000_000;
        String measured = String.format("bomb %d bytes -> %d inflated; generated in %d ms; extracted in %d ms;"
                        + " peak spool %d MB; peak disk use %d MB", compressed, inflated, genMs, runMs,
                peakSpool.get() >> 20, Math.max(0, peakDisk.get()) >> 20);
        System.out.println("MEASURED | " + measured);

        assertTrue(runMs < ITEM_TIMEOUT_MS * 2, measured);
        ExtractedItem outer = item(items, "bomb.zip");
        assertNotEquals(ExtractionStatus.TIMEOUT, outer.status(), measured + "\n" + describe(items));
        // the bomb's entry is recorded as cut off, with a reason ...
        ExtractedItem entry = item(items, "bomb.zip!/zeros.bin");
        assertEquals(ExtractionStatus.TOO_LARGE, entry.status(), measured + "\n" + describe(items));
        assertNotNull(entry.statusDetail());
        // ... and the guard stops it long before 2 GiB reach the temp folder
        assertTrue(peakSpool.get() < 256L << 20, "temp disk must stay bounded: " + measured);
    }

    @Test
    void billionLaughsEndsWithAStatusAndTheNextItemIsRead() throws IOException {
        Path zip = TestFiles.write(tmp, "lol.zip", TestFiles.zip(entries(
                "lol.xml", TestFiles.billionLaughs(), "after.txt", "AFTERMARK")));
        long t0 = System.nanoTime();
        List<ExtractedItem> items = forked(zip, "lol.zip", "256m");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("MEASURED | billion laughs in " + ms + " ms");
        ExtractedItem lol = item(items, "lol.zip!/lol.xml");
        assertTrue(Set.of(ExtractionStatus.CORRUPT, ExtractionStatus.TOO_LARGE).contains(lol.status()),
                "entity expansion is refused, not run to the end or timed out:\n" + describe(items));
        assertNotNull(lol.statusDetail());
        assertTrue(lol.text().length() < 1_000_000, "no expanded text: " + lol.text().length());
        assertEquals(ExtractionStatus.OK, item(items, "lol.zip!/after.txt").status(), describe(items));
        assertTrue(ms < ITEM_TIMEOUT_MS, "refused quickly: " + ms + " ms");
    }

    @Test
    void pdfWithALoopInItsPageTreeEndsWithAStatus() throws IOException {
        // enough text on the page that no OCR fallback is involved: only the loop is under test
        Path pdf = TestFiles.write(tmp, "loop.pdf",
                TestFiles.pdfWithPageTreeLoop("LOOPMARK this page has more than enough text to be read as text"));
        List<ExtractedItem> items = forked(pdf, "loop.pdf", "256m");
        assertEquals(1, items.size(), describe(items));
        ExtractedItem i = items.get(0);
        assertEquals("application/pdf", i.mediaType(), describe(items));
        assertTrue(Set.of(ExtractionStatus.OK, ExtractionStatus.CORRUPT).contains(i.status()),
                "a loop is detected, not followed until timeout or stack/heap exhaustion:\n" + describe(items));
        assertFalse(String.valueOf(i.statusDetail()).contains("NullPointerException"), i.statusDetail());
        if (i.status() == ExtractionStatus.OK) {
            assertTrue(i.text().contains("LOOPMARK"), "the one real page is read: " + i.text());
        }
    }

    @Test
    void xmlWithAMillionNestedElementsIsReadOrRefusedButNeverSinksTheJob() throws IOException {
        Path xml = tmp.resolve("deep.xml");
        TestFiles.deeplyNested(xml, "<a>", "</a>", "<?xml version=\"1.0\"?>\n", "\n", 1_000_000, "XMLDEEPMARK");
        List<ExtractedItem> items = forked(xml, "deep.xml", "512m");
        assertEquals(1, items.size(), describe(items));
        ExtractedItem i = items.get(0);
        assertTrue(Set.of(ExtractionStatus.OK, ExtractionStatus.CORRUPT).contains(i.status()), describe(items));
        if (i.status() == ExtractionStatus.OK) {
            assertTrue(i.text().contains("XMLDEEPMARK"));
        }
    }

    @Test
    void htmlWithAMillionNestedElementsIsReadOrRefusedButNeverSinksTheJob() throws IOException {
        Path html = tmp.resolve("deep.html");
        TestFiles.deeplyNested(html, "<div>", "</div>", "<html><body>\n", "\n</body></html>\n", 1_000_000,
                "HTMLDEEPMARK");
        List<ExtractedItem> items = forked(html, "deep.html", "512m");
        assertEquals(1, items.size(), describe(items));
        ExtractedItem i = items.get(0);
        // refused: as corrupt, or stopped at the item timeout (a million nested elements take Tika's HTML parser
        // 20-90 s depending on the machine and its load: seen timing out on a loaded two-core machine)
        assertTrue(Set.of(ExtractionStatus.OK, ExtractionStatus.CORRUPT, ExtractionStatus.TIMEOUT).contains(i.status()),
                describe(items));
        if (i.status() == ExtractionStatus.OK) {
            assertTrue(i.text().contains("HTMLDEEPMARK"));
        }
    }

    @Test
    void zipSlipEntryNamesWriteNothingOutsideTheTempFolder() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("a/b/c"));
        Path zip = TestFiles.write(work, "slip.zip", TestFiles.zip(entries(
                "../../evil-slip1.txt", "SLIPMARK1",
                "/tmp/evil-slip2.txt", "SLIPMARK2",
                "ok/../../../../../../evil-slip3.txt", "SLIPMARK3",
                "..\\..\\evil-slip4.txt", "SLIPMARK4")));
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> watched = List.of(tmp, tmp.getParent(), work, work.getParent(), cwd, cwd.getParent(),
                Path.of("/"), Path.of("/tmp"), spool(), spool().getParent());
        List<ExtractedItem> items = TestFiles.extract(spool(), zip, "slip.zip");
        List<ExtractedItem> viaProcess = forked(zip, "slip.zip", "256m");
        assertEquals(items, viaProcess);

        for (Path dir : watched) {
            for (int n = 1; n <= 4; n++) {
                assertFalse(Files.exists(dir.resolve("evil-slip" + n + ".txt")), dir + "/evil-slip" + n + ".txt");
            }
        }
        try (var s = Files.walk(tmp)) {
            List<Path> evil = s.filter(p -> p.getFileName().toString().contains("evil-slip")).toList();
            assertEquals(List.of(), evil);
        }
        // every entry is still an item of its own, read in full, its path the entry's name below the zip
        assertEquals(5, items.size(), describe(items));
        for (int n = 1; n <= 4; n++) {
            String mark = "SLIPMARK" + n;
            List<ExtractedItem> with = items.stream().filter(i -> i.text().contains(mark)).toList();
            assertEquals(1, with.size(), mark + "\n" + describe(items));
            assertTrue(with.get(0).path().startsWith("slip.zip!/"), with.get(0).path());
            assertEquals(ExtractionStatus.OK, with.get(0).status());
        }
    }

    @Test
    void zipSlipEntryNamesGiveContractPathsWithoutDotDotSegments() throws IOException {
        Path zip = TestFiles.write(tmp, "slip.zip", TestFiles.zip(entries(
                "../../evil-slip1.txt", "SLIPMARK1", "ok/../../../evil-slip3.txt", "SLIPMARK3",
                "..\\..\\evil-slip4.txt", "SLIPMARK4", "./dot/./x.txt", "DOTMARK")));
        List<ExtractedItem> items = TestFiles.extract(spool(), zip, "slip.zip");
        assertEquals(5, items.size(), describe(items));
        // a path never climbs out of its container: no "..", "." or empty segment in a documents.csv path
        for (ExtractedItem i : items) {
            for (String part : i.path().split("!/")) {
                List<String> segments = List.of(part.split("/", -1));
                assertFalse(segments.contains("..") || segments.contains(".") || segments.contains(""),
                        "path with a '..', '.' or empty segment: " + i.path());
            }
        }
    }
}
