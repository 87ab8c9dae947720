package org.leakscope.pipeline.partition;

import java.io.IOException;
import java.nio.file.Path;

import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.pipeline.extract.ExtractedItem;
import org.leakscope.pipeline.index.ItemIndex;

/**
 * The Lucene shard of one partition. Items are added as soon as they are classified, so their text does not
 * wait in memory for the end of the chunk (ten files of 20 million characters each would fill a small heap);
 * the writer commits the shard with the chunk. A chunk that fails leaves documents that the restart replaces
 * by key. Used by the partition's one thread. Not final: the step scope proxies it.
 */
class PartitionIndex implements AutoCloseable {

    private final Path dir;
    private final double ramBufferMb;
    private ItemIndex index;

    PartitionIndex(Path dir, double ramBufferMb) {
        this.dir = dir;
        this.ramBufferMb = ramBufferMb;
    }

    /** @param part 0 for an item's first (or only) part of text, 1, 2 ... for the parts that follow */
    void add(ExtractedItem item, ClassificationResult result, int part) throws IOException {
        if (index == null) {
            index = new ItemIndex(dir, ramBufferMb);
        }
        index.add(item, result, part);
    }

    void commit() throws IOException {
        if (index != null) {
            index.commit();
        }
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            try {
                index.close();
            } finally {
                index = null;
            }
        }
    }
}
