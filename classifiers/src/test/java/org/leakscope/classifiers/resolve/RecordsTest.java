package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    void aRecordOfOneValueKeepsThatString() {
        Records recs = new Records();
        Finding phone = f("PHONE_NUMBER", new String("+819012345678"));
        recs.addItem("A", List.of(List.of(phone)));
        assertSame(phone.value(), recs.value(0, recs.start(0)));
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
