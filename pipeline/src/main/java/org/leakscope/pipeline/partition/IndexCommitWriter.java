package org.leakscope.pipeline.partition;

import java.io.IOException;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * extractStep's writer: the processor has stored each file in the work tables and its Lucene shard; here the
 * shard is committed when its commit is due ({@link PartitionIndex#commitIfDue}), just before the chunk's
 * transaction commits the tables. A restart re-processes the files after the last chunk whose shard commit
 * was saved as the restart position; both stores replace by key, so nothing is doubled.
 */
final class IndexCommitWriter implements ItemStreamWriter<FileResult> {

    private final PartitionIndex index;

    IndexCommitWriter(PartitionIndex index) {
        this.index = index;
    }

    @Override
    public void write(Chunk<? extends FileResult> chunk) throws IOException {
        index.commitIfDue();
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
