package org.leakscope.pipeline.partition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongSupplier;

import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.pipeline.extract.ExtractedItem;
import org.leakscope.pipeline.index.ItemIndex;

/**
 * The Lucene shard of one partition. Items are added as soon as they are classified, so their text does not
 * wait in memory for the end of the chunk (ten files of 20 million characters each would fill a small heap).
 * The shard is committed at a chunk's end once {@code commitEvery} has passed since its last commit, not with
 * every chunk: a commit seals a small segment with a term dictionary of its own, and merging those again cost
 * about an eighth of a text run's CPU. Between commits the documents wait in Lucene's flushed segments, not in
 * memory; {@link AnnouncingFileReader} saves as the restart position the last chunk whose documents are
 * committed, so a restart re-processes the files after it (both stores replace by key, nothing is doubled).
 * Used by the partition's one thread. Not final: the step scope proxies it.
 */
class PartitionIndex implements AutoCloseable {

    private final Path dir;
    private final double ramBufferMb;
    private final long commitEveryNanos;
    private final LongSupplier clock;
    private ItemIndex index;
    private boolean pending;
    private long lastCommit;

    PartitionIndex(Path dir, double ramBufferMb, long commitEveryNanos) {
        this(dir, ramBufferMb, commitEveryNanos, System::nanoTime);
    }

    PartitionIndex(Path dir, double ramBufferMb, long commitEveryNanos, LongSupplier clock) {
        this.dir = dir;
        this.ramBufferMb = ramBufferMb;
        this.commitEveryNanos = commitEveryNanos;
        this.clock = clock;
        this.lastCommit = clock.getAsLong();
    }

    /** @param part 0 for an item's first (or only) part of text, 1, 2 ... for the parts that follow */
    void add(ExtractedItem item, ClassificationResult result, int part) throws IOException {
        if (index == null) {
            index = new ItemIndex(dir, ramBufferMb);
        }
        index.add(item, result, part);
        pending = true;
    }

    /** Called at each chunk's end: commits what was added if the last commit is {@code commitEvery} old. */
    void commitIfDue() throws IOException {
        if (pending && clock.getAsLong() - lastCommit >= commitEveryNanos) {
            commit();
        }
    }

    void commit() throws IOException {
        if (index != null) {
            index.commit();
        }
        pending = false;
        lastCommit = clock.getAsLong();
    }

    /** Whether documents were added since the last commit (a kill now would lose them). */
    boolean pending() {
        return pending;
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            try {
                index.close();
            } finally {
                index = null;
                pending = false;
            }
        }
    }
}
