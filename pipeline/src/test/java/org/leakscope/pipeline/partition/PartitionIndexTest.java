package org.leakscope.pipeline.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.text.TextUnit;
import org.leakscope.pipeline.extract.ExtractedItem;
import org.leakscope.pipeline.extract.ExtractionStatus;
import org.leakscope.pipeline.index.IndexFields;

/**
 * Items are indexed on the shard's own thread, yet a commit holds every item added before it, in the order they
 * came, and an item added again (a re-processed file) replaces its documents.
 */
class PartitionIndexTest {

    private static final ClassificationResult NONE = new ClassificationResult(List.of(), new TreeSet<>(),
            new TreeSet<>(), null, null);

    @TempDir
    Path dir;

    private static ExtractedItem item(String docId, String text) {
        return new ExtractedItem(docId, null, docId + ".txt", 0, null, "text/plain", text.length(),
                ExtractionStatus.OK, null, false, List.of(TextUnit.line(1, text)));
    }

    @Test
    void aCommitHoldsEveryItemAddedBeforeItInOrder() throws Exception {
        PartitionIndex index = new PartitionIndex(dir, 16);
        String big = "x".repeat(PartitionIndex.PENDING_CHARS + 10); // waits alone for the queue
        for (int i = 0; i < 200; i++) {
            index.add(item("D" + i, i == 50 ? big : "text of item " + i), NONE, 0);
        }
        index.add(item("D7", "text of item 7, again"), NONE, 0);
        index.commit();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (i != 7) {
                expected.add("D" + i);
            }
        }
        expected.add("D7");
        List<String> ids = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
            for (LeafReaderContext leaf : r.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) {
                        ids.add(fields.document(d).get(IndexFields.DOC_ID));
                    }
                }
            }
            assertEquals(expected, ids);
        }
        index.close();
    }
}
