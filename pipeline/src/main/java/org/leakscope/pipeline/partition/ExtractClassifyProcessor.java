package org.leakscope.pipeline.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.Classifier;
import org.leakscope.pipeline.extract.ExtractionStatus;
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
 * chunk. A restart re-processes the chunk that was running; both stores replace by key.
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
        List<ItemRecord> items = new ArrayList<>();
        extractor.extract(Path.of(file.absPath()), file.path(), item -> {
            ClassificationResult result = item.status() == ExtractionStatus.OK
                    ? classifier.classify(item.units())
                    : classifier.classify(List.of());
            try {
                index.add(item, result);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot add " + item.path() + " to the index: " + e.getMessage(), e);
            }
            items.add(new ItemRecord(item.withoutText(), result));
        });
        store.replaceFileItems(file.fileNo(), items);
        return new FileResult(file, items.size());
    }
}
