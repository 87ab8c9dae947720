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
import org.leakscope.classifiers.text.TextUnit;

/** Plain and delimited text of any length is read whole, in parts of bounded size, in and out of process. */
class TextInPartsTest {

    @TempDir
    Path tmp;

    /** A small text limit (which plain and delimited text ignore) and parts of 5,000 characters. */
    private ExtractSettings smallParts() {
        return new ExtractSettings(1_000, 20, false, tmp, 4L << 30, 100, 128L << 20, 5_000);
    }

    private ExtractSettings oneWhole() {
        return new ExtractSettings(20_000_000, 20, false, tmp);
    }

    private static List<ExtractedItem> run(ItemExtractor extractor, Path file, String path) {
        List<ExtractedItem> items = new ArrayList<>();
        extractor.extract(file, path, items::add);
        return items;
    }

    private Path roster(int rows) throws IOException {
        StringBuilder s = new StringBuilder("Name,Email,Phone\n");
        for (int i = 1; i <= rows; i++) {
            s.append("Person ").append(i).append(",p").append(i).append("@example.com,+1 202 555 ")
                    .append(String.format("%04d", i % 10000)).append('\n');
        }
        Path csv = tmp.resolve("roster.csv");
        Files.writeString(csv, s, StandardCharsets.UTF_8);
        return csv;
    }

    private Path log(int lines) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            s.append("line ").append(i).append(": user u").append(i).append("@example.org logged in\n");
        }
        Path txt = tmp.resolve("access.log.txt");
        Files.writeString(txt, s, StandardCharsets.UTF_8);
        return txt;
    }

    private static List<TextUnit> allUnits(List<ExtractedItem> parts) {
        List<TextUnit> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.units()));
        return all;
    }

    /** Every item but the last says more follows; all carry the item's identity; the last one is OK. */
    private static void assertParts(List<ExtractedItem> parts, String path) {
        assertTrue(parts.size() > 2, "several parts: " + parts.size());
        for (int i = 0; i < parts.size(); i++) {
            ExtractedItem p = parts.get(i);
            assertEquals(path, p.path());
            assertEquals(DocIds.of(path), p.docId());
            assertEquals(i < parts.size() - 1, p.more(), "part " + i);
            assertTrue(p.units().stream().mapToInt(u -> u.text().length()).sum() < 5_000 + 200,
                    "a part holds about partChars characters");
        }
        ExtractedItem last = parts.get(parts.size() - 1);
        assertEquals(ExtractionStatus.OK, last.status());
        assertFalse(last.textTruncated());
    }

    @Test
    void aLongCsvComesInPartsWithEveryRowAndNoLimit() throws IOException {
        Path csv = roster(3_000);
        List<ExtractedItem> parts = run(new TikaExtractor(smallParts()), csv, "hr/roster.csv");
        assertParts(parts, "hr/roster.csv");
        List<ExtractedItem> whole = run(new TikaExtractor(oneWhole()), csv, "hr/roster.csv");
        assertEquals(1, whole.size());
        assertEquals(whole.get(0).units(), allUnits(parts), "the parts add up to the whole text, in order");
        TextUnit lastCell = allUnits(parts).get(allUnits(parts).size() - 1);
        assertEquals(3_001, lastCell.row());
        assertEquals("Phone", lastCell.columnHeader(), "the header row types the columns of every part");
        // a part ends at a row's end: no row is cut in two
        for (int i = 0; i < parts.size() - 1; i++) {
            List<TextUnit> u = parts.get(i).units();
            assertEquals("C", u.get(u.size() - 1).column(), "part " + i + " ends with a row's last cell");
        }
    }

    @Test
    void aTablePartIsCutByItsCellsAsWellAsItsCharacters() throws IOException {
        Path csv = roster(3_000);
        List<ExtractedItem> parts = run(new TikaExtractor(smallParts()), csv, "hr/roster.csv");
        for (int i = 0; i < parts.size(); i++) {
            List<TextUnit> u = parts.get(i).units();
            long chars = u.stream().mapToInt(x -> x.text().length()).sum();
            long weight = chars + (long) u.size() * CsvUnits.CELL_CHARS;
            // a row weighs well under 400: a part ends within a row of the limit
            assertTrue(weight < 5_000 + 400, "part " + i + " weighs " + weight);
            if (i < parts.size() - 1) {
                assertTrue(weight >= 5_000, "part " + i + " ends once it weighs the limit: " + weight);
                // counted by characters alone, the same part would hold about three times the cells
                assertTrue(chars < 2_500, "part " + i + " holds " + chars + " characters");
            }
        }
    }

    @Test
    void aLongPlainTextComesInPartsWithEveryLine() throws IOException {
        Path txt = log(2_000);
        List<ExtractedItem> parts = run(new TikaExtractor(smallParts()), txt, "logs/access.log.txt");
        assertParts(parts, "logs/access.log.txt");
        List<TextUnit> all = allUnits(parts);
        assertEquals(2_000, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).line());
            assertTrue(all.get(i).text().startsWith("line " + (i + 1) + ":"));
        }
    }

    @Test
    void theParserProcessHandsOnThePartsAsTheyCome() throws IOException {
        Path csv = roster(3_000);
        Path txt = log(2_000);
        List<ExtractedItem> direct = run(new TikaExtractor(smallParts()), csv, "roster.csv");
        try (ForkedExtractor forked = new ForkedExtractor(smallParts(), 60_000, "512m", tmp.resolve("parser.log"))) {
            // read ahead: the second file's parts wait in the parser process while the first one's are taken
            forked.prefetch(csv, "roster.csv");
            forked.prefetch(txt, "access.log.txt");
            assertEquals(direct, run(forked, csv, "roster.csv"));
            assertEquals(run(new TikaExtractor(smallParts()), txt, "access.log.txt"), run(forked, txt, "access.log.txt"));
        }
    }

    @Test
    void fortyMegabytesOfTextAreReadWholeByAParserProcessWithA48MegabyteHeap() throws IOException {
        Path big = tmp.resolve("big.txt");
        String line = "x".repeat(99) + "\n";
        Files.writeString(big, line.repeat(400_000), StandardCharsets.UTF_8);
        long[] seen = new long[3]; // units, characters, parts
        ExtractionStatus[] last = new ExtractionStatus[1];
        try (ForkedExtractor small = new ForkedExtractor(oneWhole(), 120_000, "48m", tmp.resolve("parser.log"))) {
            small.extract(big, "big.txt", item -> {
                seen[0] += item.units().size();
                item.units().forEach(u -> seen[1] += u.text().length());
                seen[2]++;
                last[0] = item.status();
            });
        }
        assertEquals(ExtractionStatus.OK, last[0]);
        assertEquals(400_000, seen[0]);
        assertEquals(400_000L * 99, seen[1]);
        assertEquals(20, seen[2], "parts of two million characters");
    }

    @Test
    void aCsvWithAQuoteLeftOpenIsReadAsPlainTextNotAsOneEndlessCell() throws IOException {
        StringBuilder s = new StringBuilder("name,email,note\nAnn Lee,ann@example.com,\"the quote is never closed\n");
        for (int i = 0; i < 5_000; i++) {
            s.append("Person ").append(i).append(",p").append(i).append("@example.com,ok\n");
        }
        Path csv = tmp.resolve("broken.csv");
        Files.writeString(csv, s, StandardCharsets.UTF_8);
        List<ExtractedItem> items = run(new TikaExtractor(oneWhole()), csv, "broken.csv");
        assertEquals(1, items.size());
        ExtractedItem item = items.get(0);
        assertEquals(ExtractionStatus.OK, item.status(), item.statusDetail());
        assertEquals("not a well-formed table: a quoted cell from row 2 runs over more than 200 lines; read as plain text",
                item.statusDetail(), "the detail says why, and quotes no text");
        assertEquals(5_002, item.units().size(), "every line");
        assertTrue(item.text().contains("p4999@example.com"));
        // a quote left open in the last line of a small file
        Path tail = tmp.resolve("tail.csv");
        Files.writeString(tail, "name,email\nBob Ray,bob@example.com\n\"Eve,eve@example.com\n", StandardCharsets.UTF_8);
        ExtractedItem t = run(new TikaExtractor(oneWhole()), tail, "tail.csv").get(0);
        assertEquals(ExtractionStatus.OK, t.status(), t.statusDetail());
        assertTrue(t.text().contains("eve@example.com"), t.units().toString());
    }

    @Test
    void aTextWithoutLineBreaksIsCutIntoUnitsOfAPartAtMost() throws IOException {
        Path blob = tmp.resolve("blob.txt");
        Files.writeString(blob, "x".repeat(23_000) + " contact me at blob@example.com", StandardCharsets.UTF_8);
        List<ExtractedItem> parts = run(new TikaExtractor(smallParts()), blob, "blob.txt");
        assertEquals(ExtractionStatus.OK, parts.get(parts.size() - 1).status());
        List<TextUnit> all = allUnits(parts);
        assertTrue(all.size() >= 5, "cut: " + all.size());
        assertTrue(all.stream().allMatch(u -> u.text().length() <= 5_000), "no unit longer than a part");
        assertEquals(23_031, all.stream().mapToInt(u -> u.text().length()).sum(), "nothing lost");
        // a value across where the part's length runs out is not cut: the cut goes back to the last blank
        Path words = tmp.resolve("words.txt");
        Files.writeString(words, "w ".repeat(2_495) + "edge@example.com " + "w ".repeat(3_000), StandardCharsets.UTF_8);
        List<TextUnit> cut = allUnits(run(new TikaExtractor(smallParts()), words, "words.txt"));
        assertTrue(cut.size() >= 2, "cut: " + cut.size());
        assertTrue(cut.stream().anyMatch(u -> u.text().contains("edge@example.com")), "whole: " + cut.get(0).text().length());
    }

    @Test
    void shortTextComesWhole() throws IOException {
        Path csv = roster(10);
        List<ExtractedItem> items = run(new TikaExtractor(smallParts()), csv, "small.csv");
        assertEquals(1, items.size());
        assertFalse(items.get(0).more());
        assertEquals(33, items.get(0).units().size());
    }
}
