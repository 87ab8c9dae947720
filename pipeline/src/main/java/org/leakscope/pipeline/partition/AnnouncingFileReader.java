package org.leakscope.pipeline.partition;


import org.leakscope.pipeline.extract.InputPaths;
import org.leakscope.pipeline.extract.ItemExtractor;
import org.leakscope.pipeline.store.FileRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * extractStep's reader: the partition's files, each announced to the extractor as it is read. A chunk is
 * read whole before it is processed, so the parser process can read file N+1 while file N is classified.
 */
final class AnnouncingFileReader implements ItemStreamReader<FileRow> {

    private final ItemStreamReader<FileRow> files;
    private final ItemExtractor extractor;

    AnnouncingFileReader(ItemStreamReader<FileRow> files, ItemExtractor extractor) {
        this.files = files;
        this.extractor = extractor;
    }

    @Override
    public FileRow read() throws Exception {
        FileRow file = files.read();
        if (file != null) {
            extractor.prefetch(InputPaths.open(file.absPath()), file.path());
        }
        return file;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        files.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        files.update(executionContext);
    }

    @Override
    public void close() {
        files.close();
    }
}
