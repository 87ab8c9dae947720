package org.leakscope.pipeline.partition;

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

/** extractStep's processor: Tika extraction of a file and its embedded items, then classification of each. */
final class ExtractClassifyProcessor implements ItemProcessor<FileRow, FileResult> {

    private final ItemExtractor extractor;
    private final Classifier classifier;

    ExtractClassifyProcessor(ItemExtractor extractor, Classifier classifier) {
        this.extractor = extractor;
        this.classifier = classifier;
    }

    @Override
    public FileResult process(FileRow file) {
        List<ItemRecord> items = new ArrayList<>();
        extractor.extract(Path.of(file.absPath()), file.path(), item -> {
            ClassificationResult result = item.status() == ExtractionStatus.OK
                    ? classifier.classify(item.units())
                    : classifier.classify(List.of());
            items.add(new ItemRecord(item, result));
        });
        return new FileResult(file, items);
    }
}
