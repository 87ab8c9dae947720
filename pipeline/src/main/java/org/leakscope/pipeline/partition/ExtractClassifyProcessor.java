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
import org.leakscope.pipeline.store.WorkStore.ItemRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * extractStep's processor: Tika extraction of a file and its embedded items, then classification and indexing
 * of each; the chunk keeps only what the work tables need (not the text).
 */
final class ExtractClassifyProcessor implements ItemProcessor<FileRow, FileResult> {

    private final ItemExtractor extractor;
    private final Classifier classifier;
    private final PartitionIndex index;

    ExtractClassifyProcessor(ItemExtractor extractor, Classifier classifier, PartitionIndex index) {
        this.extractor = extractor;
        this.classifier = classifier;
        this.index = index;
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
        return new FileResult(file, items);
    }
}
