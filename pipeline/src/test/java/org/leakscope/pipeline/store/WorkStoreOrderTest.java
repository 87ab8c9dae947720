package org.leakscope.pipeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.pipeline.extract.ExtractedItem;
import org.leakscope.pipeline.extract.ExtractionStatus;
import org.leakscope.pipeline.store.WorkStore.ItemRecord;
import org.leakscope.reports.FindingRow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The findings come out item by item (by path for findings.csv, by doc id for resolve), then in the order the
 * classifier gave them, whatever order the rows were stored in: not through one sorted join.
 */
class WorkStoreOrderTest {

    private WorkStore store;

    @BeforeEach
    void setUp() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:order" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        WorkSchema.ensure(ds);
        store = new WorkStore(new JdbcTemplate(ds));
        store.insertFiles(List.of(new FileRow(1, "b.txt", "/in/b.txt", 1, null),
                new FileRow(2, "a.txt", "/in/a.txt", 1, null), new FileRow(3, "c.txt", "/in/c.txt", 1, null)));
    }

    private static ItemRecord item(String docId, String path, String sha, String... values) {
        List<Finding> findings = new ArrayList<>();
        for (String v : values) {
            findings.add(new Finding(Category.PII, "EMAIL_ADDRESS", v, "*" + v, 0.9, "line=1", "t", null, 0));
        }
        ExtractedItem it = new ExtractedItem(docId, null, path, 0, sha, "text/plain", 1, ExtractionStatus.OK, null,
                false, List.of());
        return new ItemRecord(it, new ClassificationResult(findings, new TreeSet<>(List.of("EMAIL_ADDRESS")),
                new TreeSet<>(), null, "en"));
    }

    @Test
    void findingsFollowPathThenSeqEvenAfterAFileIsStoredAgain() {
        store.replaceFileItems(1, List.of(item("d1", "b.txt", "h1", "b1@x", "b2@x", "b3@x")));
        store.replaceFileItems(2, List.of(item("d2", "a.txt", "h2", "a1@x", "a2@x")));
        // a restart stores file 1 again: its rows are newer than file 2's now
        store.replaceFileItems(1, List.of(item("d1", "b.txt", "h1", "b1@x", "b2@x", "b3@x")));
        try (Stream<FindingRow> rows = store.findings(false)) {
            assertEquals(List.of("a.txt:*a1@x", "a.txt:*a2@x", "b.txt:*b1@x", "b.txt:*b2@x", "b.txt:*b3@x"),
                    rows.map(r -> r.path() + ":" + r.valueMasked()).toList());
        }
        store.markDuplicates();
        // resolve reads them by doc id: d1 (b.txt) before d2 (a.txt)
        assertEquals(List.of("d1:b1@x", "d1:b2@x", "d1:b3@x", "d2:a1@x", "d2:a2@x"), resolveInput());
    }

    @Test
    void duplicatesGiveNoFindingsToResolveButKeepTheirRowsInFindingsCsv() {
        store.replaceFileItems(1, List.of(item("d1", "b.txt", "same", "x@x")));
        store.replaceFileItems(2, List.of(item("d2", "a.txt", "same", "x@x")));
        store.replaceFileItems(3, List.of(item("d3", "c.txt", "other")));
        store.markDuplicates();
        // d3 has no finding: it comes as an item without any
        assertEquals(List.of("d2:x@x", "d3:-"), resolveInput());
        try (Stream<FindingRow> rows = store.findings(true)) {
            assertEquals(List.of("a.txt:x@x", "b.txt:x@x"), rows.map(r -> r.path() + ":" + r.valueMasked()).toList());
        }
    }

    /** What the resolver is handed: each finding as doc:value, an item without findings as doc:-. */
    private List<String> resolveInput() {
        List<String> out = new ArrayList<>();
        store.forEachDistinctItemPii((docId, findings) -> {
            int before = out.size();
            findings.forEach(f -> out.add(docId + ":" + f.value()));
            if (out.size() == before) {
                out.add(docId + ":-");
            }
        });
        return out;
    }
}
