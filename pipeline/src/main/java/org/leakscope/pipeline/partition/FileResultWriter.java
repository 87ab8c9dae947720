package org.leakscope.pipeline.partition;

import java.io.IOException;

import org.leakscope.pipeline.store.WorkStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * extractStep's writer: stores items and findings in the work tables (in the chunk's transaction) and commits
 * the partition's Lucene shard, to which the processor added them. A restart re-processes at most the chunk
 * that was running; both stores replace by key, so nothing is doubled.
 */
final class FileResultWriter implements ItemStreamWriter<FileResult> {

    private final WorkStore store;
    private final PartitionIndex index;

    FileResultWriter(WorkStore store, PartitionIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public void write(Chunk<? extends FileResult> chunk) throws IOException {
        for (FileResult r : chunk) {
            store.replaceFileItems(r.file().fileNo(), r.items());
        }
        index.commit();
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new ItemStreamException("cannot close the index: " + e.getMessage(), e);
        }
    }
}
