package org.leakscope.pipeline.partition;

import java.io.IOException;
import java.nio.file.Path;

import org.leakscope.pipeline.index.ItemIndex;
import org.leakscope.pipeline.store.WorkStore;
import org.leakscope.pipeline.store.WorkStore.ItemRecord;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * extractStep's writer: stores items and findings in the work tables (in the chunk's transaction) and
 * adds them to the Lucene index, committed with every chunk. A restart re-processes at most the chunk
 * that was running; both stores replace by key, so nothing is doubled.
 */
final class FileResultWriter implements ItemStreamWriter<FileResult> {

    private final WorkStore store;
    private final Path indexDir;
    private final double ramBufferMb;
    private ItemIndex index;

    FileResultWriter(WorkStore store, Path indexDir, double ramBufferMb) {
        this.store = store;
        this.indexDir = indexDir;
        this.ramBufferMb = ramBufferMb;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        if (index == null) {
            index = new ItemIndex(indexDir, ramBufferMb);
        }
    }

    @Override
    public void write(Chunk<? extends FileResult> chunk) throws IOException {
        for (FileResult r : chunk) {
            store.replaceFileItems(r.file().fileNo(), r.items());
            for (ItemRecord item : r.items()) {
                index.add(item.item(), item.result());
            }
        }
        index.commit();
    }

    @Override
    public void close() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close the index: " + e.getMessage(), e);
            } finally {
                index = null;
            }
        }
    }
}
