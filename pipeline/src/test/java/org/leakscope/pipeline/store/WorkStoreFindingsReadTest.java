package org.leakscope.pipeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.pipeline.extract.ExtractedItem;
import org.leakscope.pipeline.extract.ExtractionStatus;
import org.leakscope.pipeline.store.WorkStore.ItemRecord;
import org.leakscope.reports.FindingRow;
import org.springframework.jdbc.core.JdbcTemplate;

/** An item of many blocks, stored part by part, is read back whole and in order, a few blocks at a time. */
class WorkStoreFindingsReadTest {

    @Test
    void anItemOfManyBlocksComesOutWholeAndInOrder() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:findings" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        WorkSchema.ensure(ds);
        WorkStore store = new WorkStore(new JdbcTemplate(ds));
        store.insertFiles(List.of(new FileRow(1, "big.csv", "/in/big.csv", 1, null),
                new FileRow(2, "a.txt", "/in/a.txt", 1, null)));
        // 70 blocks in two parts, then a small item whose path sorts first
        int perPart = 35 * FindingBlocks.FINDINGS_PER_BLOCK;
        int first = store.insertFindingBlocks("big", 0, findings(0, perPart), 0);
        store.insertFindingBlocks("big", first, findings(perPart, perPart), 0);
        store.insertItems(1, List.of(item("big", "big.csv", findings(2 * perPart, 3))));
        store.insertItems(2, List.of(item("small", "a.txt", findings(0, 2))));
        List<String> expected = new ArrayList<>(List.of("small:v0", "small:v1"));
        for (int i = 0; i < 2 * perPart + 3; i++) {
            expected.add("big:v" + i);
        }
        try (Stream<FindingRow> rows = store.findings(true)) {
            assertEquals(expected, rows.map(r -> r.docId() + ":" + r.valueMasked()).toList());
        }
    }

    private static List<Finding> findings(int from, int n) {
        List<Finding> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(new Finding(Category.PII, "EMAIL_ADDRESS", "v" + i, "m" + i, 0.9, "line=" + i, "t", null, i));
        }
        return out;
    }

    private static ItemRecord item(String docId, String path, List<Finding> lastPart) {
        ExtractedItem it = new ExtractedItem(docId, null, path, 0, "h" + docId, "text/plain", 1, ExtractionStatus.OK,
                null, false, List.of());
        int earlierBlocks = docId.equals("big") ? 70 : 0;
        return new ItemRecord(it, new ClassificationResult(lastPart, new TreeSet<>(List.of("EMAIL_ADDRESS")),
                new TreeSet<>(), null, "en"), earlierBlocks, earlierBlocks * FindingBlocks.FINDINGS_PER_BLOCK);
    }
}
