package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.row;
import static org.leakscope.classifiers.resolve.Rows.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/** People resolution fed one item at a time ({@link ItemFindings}), as the resolve step reads the work database. */
class ItemFindingsTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    // doc ids of which some are the start of others: records sort by doc id + NUL + row, i.e. item by item
    private static final List<DocFinding> RUN = List.of(
            row("D1", 2, "PERSON_NAME", "Ann Lee"), row("D1", 2, "EMAIL_ADDRESS", "ann@example.com"),
            row("D1", 3, "PERSON_NAME", "Robert Smith"), row("D1", 3, "PHONE_NUMBER", "+15123198632"),
            row("D10", 7, "EMAIL_ADDRESS", "Ann@Example.com"), row("D10", 7, "US_SSN", "219-45-6789"),
            row("D1a", 4, "PERSON_NAME", "Bob Smith"), row("D1a", 4, "US_DRIVERS_LICENSE", "D1234567"),
            text("D2", 10, "PERSON_NAME", "Maria Carter"), text("D2", 30, "US_SSN", "536-22-1234"),
            text("D2", 200, "EMAIL_ADDRESS", "m.carter@example.com"),
            row("D3", 1, "PERSON_NAME", "Maria Carter"));

    private static ItemFindings byItem(List<DocFinding> findings) {
        SortedMap<String, List<Finding>> items = new TreeMap<>();
        findings.forEach(df -> items.computeIfAbsent(df.docId(), d -> new ArrayList<>()).add(df.finding()));
        return each -> items.forEach((docId, itemFindings) -> each.accept(docId, itemFindings::forEach));
    }

    @Test
    void itemsInDocIdOrderGiveWhatTheFindingsInAnyOrderGive() {
        List<Subject> streamed = r.resolve(byItem(RUN));
        for (long seed = 1; seed <= 5; seed++) {
            List<DocFinding> shuffled = new ArrayList<>(RUN);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(streamed, r.resolve(shuffled));
        }
        // Ann through her e-mail in D1 and D10; Bob Smith (name only) to Robert Smith, who has a phone
        Subject ann = streamed.stream().filter(s -> "Ann Lee".equals(s.name())).findFirst().orElseThrow();
        assertEquals(Set.of("D1", "D10"), ann.docIds());
        Subject robert = streamed.stream().filter(s -> s.phones().contains("+15123198632")).findFirst().orElseThrow();
        assertEquals(Set.of("D1", "D1a"), robert.docIds());
        assertTrue(robert.dataElements().contains("US_DRIVERS_LICENSE"), robert.toString());
    }

    @Test
    void itemsOutOfOrderOrTwiceAreRefused() {
        Finding f = row("X", 1, "EMAIL_ADDRESS", "a@example.com").finding();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.resolve(each -> {
            each.accept("D2", List.of(f)::forEach);
            each.accept("D10", List.of(f)::forEach);
        }));
        assertTrue(e.getMessage().contains("D10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.resolve(each -> {
            each.accept("D1", List.of(f)::forEach);
            each.accept("D1", List.of(f)::forEach);
        }));
        assertThrows(IllegalArgumentException.class,
                () -> r.resolve(each -> each.accept("D\u00001", List.of(f)::forEach)));
    }

    @Test
    void itemsWithoutPiiValuesMakeNoRecord() {
        List<Finding> none = new ArrayList<>();
        none.add(new Finding(Category.MARKING, "US_SECRET", "SECRET", "SECRET", 0.9, "line=1", "m", null, 0));
        none.add(new Finding(Category.PII, "EMAIL_ADDRESS", null, "*", 0.9, "line=2", "t", null, 5));
        none.add(null);
        List<Subject> s = r.resolve(each -> {
            each.accept("A", none::forEach);
            each.accept("B", List.<Finding>of()::forEach);
            each.accept("C", List.of(row("C", 1, "EMAIL_ADDRESS", "c@example.com").finding())::forEach);
        });
        assertEquals(1, s.size());
        assertEquals(Set.of("C"), s.get(0).docIds());
    }
}
