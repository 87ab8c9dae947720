package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

class RecordsTest {

    private static Finding f(String type, String value) {
        return new Finding(Category.PII, type, value, "*", 0.9, "row=1", "t", "#1", 0);
    }

    @Test
    void aRecordGivesBackItsItemTypesAndValuesInOrder() {
        Records recs = new Records();
        assertEquals(0, recs.addItem("A", List.of(
                List.of(f("PERSON_NAME", "中島 恵子"), f("EMAIL_ADDRESS", "k@example.jp"), f("NOTE", "")),
                List.of(f("PHONE_NUMBER", "+819012345678")))));
        assertEquals(2, recs.addItem("B", List.of(List.of(f("US_SSN", "219-45-6789"), f("PERSON_NAME", "Ann Lee")))));
        assertEquals(3, recs.addItem("C", List.of()));
        assertEquals(3, recs.size());
        assertEquals(List.of("A:PERSON_NAME=中島 恵子", "A:EMAIL_ADDRESS=k@example.jp", "A:NOTE=",
                "A:PHONE_NUMBER=+819012345678", "B:US_SSN=219-45-6789", "B:PERSON_NAME=Ann Lee"), all(recs));
    }

    @Test
    void recordsReadBackFromAFileEqualThoseInMemoryWhateverTheBuffer(@TempDir Path dir) throws IOException {
        Random random = new Random(11);
        List<String> types = List.of("PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "POSTAL_ADDRESS", "CREDIT_CARD");
        List<List<List<Finding>>> items = new ArrayList<>();
        for (int item = 0; item < 40; item++) {
            List<List<Finding>> records = new ArrayList<>();
            for (int r = random.nextInt(30); r > 0; r--) {
                List<Finding> record = new ArrayList<>();
                for (int v = random.nextInt(6); v > 0; v--) {
                    // some values longer than any buffer, some empty, some not Latin
                    String value = switch (random.nextInt(4)) {
                        case 0 -> "中島 恵子 " + random.nextInt(1000);
                        case 1 -> "x".repeat(random.nextInt(3) == 0 ? 300 : random.nextInt(3));
                        default -> "v" + random.nextInt(100_000) + "@example.com";
                    };
                    record.add(new Finding(Category.PII, types.get(random.nextInt(types.size())), value, "*", 0.9,
                            "row=1", "t", "#1", random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(500)));
                }
                records.add(record);
            }
            items.add(records);
        }
        List<Integer> offsets = new ArrayList<>();
        items.forEach(records -> records.forEach(record -> record.forEach(x -> offsets.add(x.offset()))));
        Records memory = new Records();
        for (int item = 0; item < items.size(); item++) {
            memory.addItem(String.format("%05d", item), items.get(item));
        }
        List<String> expected = all(memory);
        for (int buffer : new int[] {1, 7, 64, 1 << 16}) {
            try (Records file = new Records(dir, buffer)) {
                for (int item = 0; item < items.size(); item++) {
                    file.addItem(String.format("%05d", item), items.get(item));
                    // read while written: the last records are still in the write buffer
                    if (file.size() > 0) {
                        int last = file.size() - 1;
                        assertEquals(memory.docId(last), file.docId(last));
                    }
                }
                assertEquals(expected, all(file), "buffer " + buffer);
                // out of order: back and forth over the file, values then types
                for (int i = 0; i < 500; i++) {
                    int r = random.nextInt(file.size());
                    for (int f = file.start(r); f < file.end(r); f++) {
                        assertEquals(memory.value(r, f), file.value(r, f));
                    }
                    int slot = random.nextInt(file.stored());
                    for (int f = file.slotStart(slot); f < file.slotEnd(slot); f++) {
                        assertEquals(memory.slotOffset(slot, f), file.slotOffset(slot, f));
                        assertEquals(offsets.get(f), file.slotOffset(slot, f));
                    }
                    if (file.end(r) > file.start(r)) {
                        int f = file.start(r) + random.nextInt(file.end(r) - file.start(r));
                        assertEquals(memory.type(f), file.type(f));
                    }
                }
                assertEquals(1, Files.list(dir).count(), "one file");
            }
            assertEquals(0, Files.list(dir).count(), "deleted on close");
        }
    }

    @Test
    void manyRecordsGrowTheColumns() {
        Records recs = new Records();
        List<String> expected = new ArrayList<>();
        for (int item = 0; item < 300; item++) {
            List<List<Finding>> records = new ArrayList<>();
            for (int r = 0; r < 7; r++) {
                List<Finding> record = new ArrayList<>();
                for (int v = 0; v <= (item + r) % 4; v++) {
                    String value = "v" + item + "." + r + "." + v;
                    record.add(f("T" + v, value));
                    expected.add(String.format("%05d:T%d=%s", item, v, value));
                }
                records.add(record);
            }
            recs.addItem(String.format("%05d", item), records);
        }
        assertEquals(2100, recs.size());
        assertEquals(expected, all(recs));
    }

    private static List<String> all(Records recs) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < recs.size(); r++) {
            for (int f = recs.start(r); f < recs.end(r); f++) {
                out.add(recs.docId(r) + ":" + recs.type(f) + "=" + recs.value(r, f));
            }
        }
        return out;
    }
}
