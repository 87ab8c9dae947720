package org.leakscope.pipeline.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.Classifier;
import org.leakscope.pipeline.extract.ExtractionStatus;
import org.leakscope.pipeline.extract.InputPaths;
import org.leakscope.pipeline.extract.ItemExtractor;
import org.leakscope.pipeline.store.FileRow;
import org.leakscope.pipeline.store.WorkStore;
import org.leakscope.pipeline.store.WorkStore.ItemRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * extractStep's processor: Tika extraction of a file and its embedded items, classification of each, then
 * the file's items and findings into the Lucene shard and the work tables. Storing here, in the chunk's
 * transaction, rather than in the writer keeps one file's findings in memory instead of a whole chunk's
 * (ten dense 20-million-character rosters hold millions of findings); the writer commits the shard with the
 * chunk. A restart re-processes the chunk that was running; both stores replace by key. A long plain or
 * delimited text comes in parts: each part is classified, indexed and its findings stored as it comes, and the
 * item's row, written with its last part, sums them up.
 */
final class ExtractClassifyProcessor implements ItemProcessor<FileRow, FileResult> {

    private final ItemExtractor extractor;
    private final Classifier classifier;
    private final PartitionIndex index;
    private final WorkStore store;

    ExtractClassifyProcessor(ItemExtractor extractor, Classifier classifier, PartitionIndex index, WorkStore store) {
        this.extractor = extractor;
        this.classifier = classifier;
        this.index = index;
        this.store = store;
    }

    @Override
    public FileResult process(FileRow file) {
        store.clearFile(file.fileNo());
        List<ItemRecord> items = new ArrayList<>();
        ItemParts[] inParts = {null}; // the item whose text is coming in parts, if any
        extractor.extract(InputPaths.open(file.absPath()), file.path(), item -> {
            ItemParts parts = inParts[0] != null && inParts[0].docId().equals(item.docId()) ? inParts[0] : null;
            if (parts == null && item.more()) {
                parts = new ItemParts(item.docId());
                inParts[0] = parts;
            }
            // the text of an item that failed after some of its parts is kept as far as it was read
            ClassificationResult result = parts != null
                    ? classifier.classifyPart(item.units(), parts.parts() == 0, !item.more())
                    : classifier.classify(item.status() == ExtractionStatus.OK ? item.units() : List.of());
            try {
                index.add(item, result, parts == null ? 0 : parts.parts());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot add " + item.path() + " to the index: " + e.getMessage(), e);
            }
            if (item.more()) {
                int blocks = store.insertFindingBlocks(item.docId(), parts.blocks(), result.findings(),
                        parts.offsetBase());
                parts.add(item.units(), result, blocks);
            } else if (parts != null) {
                items.add(new ItemRecord(item.withoutText(), parts.withLast(item.units(), result, classifier), parts.blocks(),
                        parts.pii()));
                inParts[0] = null;
            } else {
                items.add(new ItemRecord(item.withoutText(), result));
            }
        });
        store.insertItems(file.fileNo(), items);
        return new FileResult(file, items.size());
    }
}
