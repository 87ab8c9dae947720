package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/**
 * An item's findings pushed one by one (as the work database's blocks hand them) give the records that reading
 * the whole item at once gives: {@link #atOnce} is that reading, as the resolver did it before it streamed.
 */
class ItemRecordsTest {

    private final TextBlocks blocks = new TextBlocks(3, 6, 1, 2);

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    private static Finding cell(int row, int offset, String type, String value) {
        return new Finding(Category.PII, type, value, null, 0.9, null, null, "#" + row, offset);
    }

    private static Finding text(int line, int offset, String type, String value) {
        return new Finding(Category.PII, type, value, null, 0.9, "line=" + line, null, null, offset);
    }

    /** The records of one item read whole: rows by a map, blocks of text, then sorted by key. */
    private List<List<Finding>> atOnce(List<Finding> findings) {
        Map<String, List<Finding>> rows = new HashMap<>();
        List<Finding> running = new ArrayList<>();
        for (Finding f : findings) {
            if (f == null || f.category() != Category.PII || f.value() == null) {
                continue;
            }
            if (f.recordKey() != null) {
                rows.computeIfAbsent(f.recordKey(), k -> new ArrayList<>()).add(f);
            } else {
                running.add(f);
            }
        }
        List<String> keys = new ArrayList<>();
        List<List<Finding>> recs = new ArrayList<>();
        rows.forEach((recordKey, rowFindings) -> {
            List<List<Finding>> parts = blocks.splitRow(rowFindings);
            for (int i = 0; i < parts.size(); i++) {
                keys.add(i == 0 ? recordKey : recordKey + "\u0000" + ItemRecords.zeroPadded(i, 4));
                recs.add(parts.get(i));
            }
        });
        if (!running.isEmpty()) {
            List<List<Finding>> bs = blocks.split(running);
            for (int i = 0; i < bs.size(); i++) {
                keys.add("\u0001" + ItemRecords.zeroPadded(i, 8));
                recs.add(bs.get(i));
            }
        }
        recs.forEach(r -> r.sort(ItemRecords.RECORD_ORDER));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < recs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(keys::get));
        return order.stream().map(recs::get).toList();
    }

    /** The records {@link ItemRecords} makes of the findings pushed in {@code pushes} (blocks), as type=value. */
    private List<List<String>> streamed(List<List<Finding>> pushes) {
        return streamed(pushes, new Records(), ItemRecords.CHUNK);
    }

    /** As above with the records in {@code recs}, the keys sorted {@code chunk} at a time when it keeps a folder. */
    private List<List<String>> streamed(List<List<Finding>> pushes, Records recs, int chunk) {
        // an item before, so that slots and findings of this one do not start at 0
        new ItemRecords(blocks, recs, "C").finish();
        recs.addItem("C", List.of(List.of(cell(1, 0, "EMAIL_ADDRESS", "c@x.com"))));
        ItemRecords item = new ItemRecords(blocks, recs, "D", chunk);
        pushes.forEach(block -> block.forEach(item::add));
        int first = item.finish();
        assertEquals(1, first);
        List<List<String>> out = new ArrayList<>();
        for (int r = first; r < recs.size(); r++) {
            assertEquals("D", recs.docId(r));
            List<String> values = new ArrayList<>();
            for (int f = recs.start(r); f < recs.end(r); f++) {
                values.add(recs.type(f) + "=" + recs.value(r, f));
            }
            out.add(values);
        }
        return out;
    }

    private static List<List<String>> asText(List<List<Finding>> records) {
        return records.stream().map(r -> r.stream().map(f -> f.type() + "=" + f.value()).toList()).toList();
    }

    /** Cuts {@code findings} into pushed blocks of {@code size}. */
    private static List<List<Finding>> blocksOf(List<Finding> findings, int size) {
        List<List<Finding>> out = new ArrayList<>();
        for (int from = 0; from < findings.size(); from += size) {
            out.add(findings.subList(from, Math.min(findings.size(), from + size)));
        }
        return out;
    }

    @Test
    void aDirectoryRowsDisplayNameSurnameAndGivenNameAreOnePerson() {
        // an Entra ID export: userPrincipalName | displayName | surname | mail | givenName | streetAddress | mobilePhone;
        // the second e-mail cell makes the row one to cut
        List<Finding> row = List.of(cell(2, 0, "EMAIL_ADDRESS", "m.s@example.eu"), cell(2, 20, "PERSON_NAME", "Matthias Schäfer"),
                cell(2, 40, "PERSON_NAME", "Schäfer"), cell(2, 50, "EMAIL_ADDRESS", "m.s@example.eu"),
                cell(2, 70, "PERSON_NAME", "Matthias"), cell(2, 80, "POSTAL_ADDRESS", "Bahnhofstraße 33, 50667 Köln"),
                cell(2, 110, "PHONE_NUMBER", "+4917690852863"));
        assertEquals(1, blocks.splitRow(new ArrayList<>(row)).size());
        // two people in one cell-less row stay two
        List<Finding> two = List.of(cell(3, 0, "PERSON_NAME", "Ann Lee"), cell(3, 10, "PHONE_NUMBER", "+15123198632"),
                cell(3, 30, "PERSON_NAME", "Bob Ray"), cell(3, 40, "PHONE_NUMBER", "+15123198633"));
        assertEquals(2, blocks.splitRow(new ArrayList<>(two)).size());
    }

    @Test
    void aRowSplitAcrossTwoPushedBlocksIsOneRecord() {
        List<Finding> item = List.of(cell(2, 0, "PERSON_NAME", "Ann Lee"), cell(2, 8, "EMAIL_ADDRESS", "ann@x.com"),
                cell(3, 20, "PERSON_NAME", "Bob Ray"), cell(3, 28, "EMAIL_ADDRESS", "bob@x.com"),
                cell(3, 40, "US_SSN", "219-45-6789"));
        // the block boundary falls inside row 3
        List<List<String>> records = streamed(blocksOf(item, 3));
        assertEquals(List.of(List.of("PERSON_NAME=Ann Lee", "EMAIL_ADDRESS=ann@x.com"),
                List.of("PERSON_NAME=Bob Ray", "EMAIL_ADDRESS=bob@x.com", "US_SSN=219-45-6789")), records);
        assertEquals(asText(atOnce(item)), records);
    }

    @Test
    void anItemOfRowsAndTextGivesTheTextBlocksThenTheRowsByKey() {
        List<Finding> item = List.of(text(1, 0, "PERSON_NAME", "Carl Poe"), text(2, 10, "EMAIL_ADDRESS", "carl@x.com"),
                cell(10, 30, "EMAIL_ADDRESS", "ten@x.com"), cell(2, 50, "EMAIL_ADDRESS", "two@x.com"),
                // a second e-mail in row 2 is a record of its own (key #2 NUL 0001), after row 2 and before #3
                cell(2, 60, "EMAIL_ADDRESS", "other@x.com"), cell(3, 70, "PHONE_NUMBER", "+15123198632"),
                text(40, 90, "PERSON_NAME", "Dana Fox"));
        List<List<String>> records = streamed(List.of(item));
        assertEquals(List.of(List.of("PERSON_NAME=Carl Poe", "EMAIL_ADDRESS=carl@x.com"), List.of("PERSON_NAME=Dana Fox"),
                List.of("EMAIL_ADDRESS=ten@x.com"), List.of("EMAIL_ADDRESS=two@x.com"),
                List.of("EMAIL_ADDRESS=other@x.com"), List.of("PHONE_NUMBER=+15123198632")), records);
        assertEquals(asText(atOnce(item)), records);
    }

    @Test
    void anEmptyItemMakesNoRecordAndNoItem() {
        List<Finding> noPii = new ArrayList<>();
        noPii.add(new Finding(Category.MARKING, "US_SECRET", "SECRET", "SECRET", 0.9, "line=1", "m", null, 0));
        noPii.add(new Finding(Category.PII, "EMAIL_ADDRESS", null, "*", 0.9, "line=2", "t", "#2", 5));
        noPii.add(null);
        for (List<Finding> findings : List.of(List.<Finding>of(), noPii)) {
            Records recs = new Records();
            ItemRecords item = new ItemRecords(blocks, recs, "E");
            findings.forEach(item::add);
            assertEquals(0, item.finish());
            assertEquals(0, recs.size());
            assertEquals(0, recs.stored());
        }
    }

    @Test
    void aRowWhoseCellsComeApartIsCutFromAllOfThem() {
        // a JSON record whose nested record stands between its values: row 1, row 2, row 1 again
        List<Finding> item = List.of(cell(1, 0, "PERSON_NAME", "Ann Lee"), cell(1, 5, "EMAIL_ADDRESS", "ann@x.com"),
                cell(2, 10, "EMAIL_ADDRESS", "nested@x.com"), cell(1, 20, "PHONE_NUMBER", "+15123198632"),
                cell(1, 30, "EMAIL_ADDRESS", "second@x.com"));
        List<List<String>> records = streamed(List.of(item));
        assertEquals(List.of(List.of("PERSON_NAME=Ann Lee", "EMAIL_ADDRESS=ann@x.com", "PHONE_NUMBER=+15123198632"),
                List.of("EMAIL_ADDRESS=second@x.com"), List.of("EMAIL_ADDRESS=nested@x.com")), records);
        assertEquals(asText(atOnce(item)), records);
    }

    @Test
    void anyOrderAndAnyBlockSizeGiveTheRecordsOfTheWholeItem() throws java.io.IOException {
        Random random = new Random(5);
        String[] types = {"PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "POSTAL_ADDRESS"};
        for (int round = 0; round < 200; round++) {
            List<Finding> item = new ArrayList<>();
            int offset = 0;
            for (int row = 1, rows = random.nextInt(60); row <= rows; row++) {
                for (int c = random.nextInt(6); c > 0; c--) {
                    String type = types[random.nextInt(types.length)];
                    item.add(cell(row, offset, type, type.charAt(0) + "v" + random.nextInt(4)));
                    offset += 1 + random.nextInt(3);
                }
            }
            for (int t = random.nextInt(80); t > 0; t--) {
                String type = types[random.nextInt(types.length)];
                item.add(random.nextInt(item.size() + 1),
                        text(1 + random.nextInt(20), random.nextInt(500), type, type.charAt(0) + "t" + random.nextInt(4)));
            }
            if (random.nextInt(3) == 0) {
                Collections.shuffle(item, random); // rows apart: cut again from all their cells
            }
            List<List<String>> expected = asText(atOnce(item));
            assertEquals(expected, streamed(blocksOf(item, 1 + random.nextInt(7))), "round " + round);
            assertEquals(expected, streamed(List.of(item)), "round " + round);
            // the keys of a big item sorted a few at a time on disk and merged: the same records in the same order
            try (Records onDisk = new Records(tmp, 256)) {
                assertEquals(expected, streamed(blocksOf(item, 1 + random.nextInt(7)), onDisk, 1 + random.nextInt(9)),
                        "round " + round + " on disk");
            }
        }
        try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "the key runs and record files are deleted");
        }
    }

    @Test
    void stableOrderSortsAsAStableListSort() {
        Random random = new Random(3);
        for (int n : new int[] {0, 1, 2, 3, 7, 64, 65, 1000}) {
            int[] keys = random.ints(n, 0, Math.max(1, n / 3)).toArray();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(i);
            }
            expected.sort(Comparator.comparingInt(i -> keys[i]));
            int[] order = ItemRecords.stableOrder(n, (a, b) -> Integer.compare(keys[a], keys[b]));
            assertEquals(expected, Arrays.stream(order).boxed().toList(), "n=" + n);
        }
    }
}
