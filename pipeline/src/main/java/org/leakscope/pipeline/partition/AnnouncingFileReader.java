package org.leakscope.pipeline.partition;

import org.leakscope.pipeline.extract.InputPaths;
import org.leakscope.pipeline.extract.ItemExtractor;
import org.leakscope.pipeline.store.FileRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * extractStep's reader: the partition's files, each announced to the extractor as it is read. A chunk is
 * read whole before it is processed, so the parser process can read file N+1 while file N is classified.
 * <p>
 * The restart position is the number of the last file of the last chunk whose Lucene documents are committed
 * (the shard is not committed with every chunk, see {@link PartitionIndex}); a restart reads the files after it
 * ({@link #RESUME_AFTER}). A file number, not the wrapped reader's own state: a paging reader's saved state
 * holds only for the page size it was saved with, and a restart may run with another chunk size.
 */
final class AnnouncingFileReader implements ItemStreamReader<FileRow> {

    /** Execution context key: the partition's files up to this number are done, in the tables and the shard. */
    static final String RESUME_AFTER = "resumeAfterFile";

    private final ItemStreamReader<FileRow> files;
    private final ItemExtractor extractor;
    private final PartitionIndex index;
    private long lastRead = -1;

    /** @param files the partition's files after its restart position, in file number order; keeps no state */
    AnnouncingFileReader(ItemStreamReader<FileRow> files, ItemExtractor extractor, PartitionIndex index) {
        this.files = files;
        this.extractor = extractor;
        this.index = index;
    }

    /** The first file number a partition of files {@code first..} reads, after a restart too. */
    static long firstToRead(ExecutionContext ctx, long first) {
        return ctx.containsKey(RESUME_AFTER) ? Math.max(first, ctx.getLong(RESUME_AFTER) + 1) : first;
    }

    @Override
    public FileRow read() throws Exception {
        FileRow file = files.read();
        if (file != null) {
            lastRead = file.fileNo();
            extractor.prefetch(InputPaths.open(file.absPath()), file.path());
        }
        return file;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        files.open(executionContext);
    }

    /**
     * Called after the chunk's writer, inside the chunk's transaction (Spring Batch's order): every file read so
     * far is processed, its rows are in this transaction, and its documents are committed unless still pending.
     */
    @Override
    public void update(ExecutionContext executionContext) {
        files.update(executionContext);
        if (!index.pending() && lastRead >= 0) {
            executionContext.putLong(RESUME_AFTER, lastRead);
        }
    }

    @Override
    public void close() {
        files.close();
    }
}
