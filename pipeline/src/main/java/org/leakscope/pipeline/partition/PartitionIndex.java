package org.leakscope.pipeline.partition;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.text.TextUnit;
import org.leakscope.pipeline.extract.ExtractedItem;
import org.leakscope.pipeline.index.ItemIndex;

/**
 * The Lucene shard of one partition. Items are added as soon as they are classified, so their text does not
 * wait in memory for the end of the chunk (ten files of 20 million characters each would fill a small heap);
 * the writer commits the shard with the chunk. A chunk that fails leaves documents that the restart replaces
 * by key. Used by the partition's one thread. Not final: the step scope proxies it.
 *
 * <p>Analysing and storing the text (CJK bigrams, compressed stored fields: a sixth of the partition thread's
 * time on a text set) runs on a thread of its own, in the order the items came, while the partition thread
 * classifies the next item: on a text set the parser process leaves a core mostly idle. At most
 * {@link #PENDING_CHARS} characters wait (a larger item waits alone), so one item more is held than before.
 * {@link #commit()} waits for every add, so a committed chunk holds all its documents, as before.
 */
class PartitionIndex implements AutoCloseable {

    /** Characters of text waiting to be indexed, at most (a larger item takes them all). */
    static final int PENDING_CHARS = 4_000_000;

    private final Path dir;
    private final double ramBufferMb;
    private ItemIndex index;
    private ExecutorService adder;
    private final Semaphore pending = new Semaphore(PENDING_CHARS);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    PartitionIndex(Path dir, double ramBufferMb) {
        this.dir = dir;
        this.ramBufferMb = ramBufferMb;
    }

    /** @param part 0 for an item's first (or only) part of text, 1, 2 ... for the parts that follow */
    void add(ExtractedItem item, ClassificationResult result, int part) throws IOException {
        rethrow();
        if (index == null) {
            index = new ItemIndex(dir, ramBufferMb);
            adder = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "index-" + dir.getFileName());
                t.setDaemon(true);
                return t;
            });
        }
        int weight = weight(item);
        acquire(weight);
        ItemIndex to = index;
        adder.execute(() -> {
            try {
                if (failure.get() == null) {
                    to.add(item, result, part);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                pending.release(weight);
            }
        });
    }

    void commit() throws IOException {
        if (index != null) {
            drain();
            index.commit();
        }
    }

    /** Waits until every item handed over is in the writer's buffer; throws what an add threw. */
    private void drain() throws IOException {
        acquire(PENDING_CHARS);
        pending.release(PENDING_CHARS);
        rethrow();
    }

    private void acquire(int permits) throws IOException {
        try {
            pending.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the index");
        }
    }

    private void rethrow() throws IOException {
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof UncheckedIOException u) {
            throw u.getCause();
        } else if (e instanceof RuntimeException r) {
            throw r;
        } else if (e instanceof Error err) {
            throw err;
        } else if (e != null) {
            throw new IOException("cannot add to the index: " + e, e);
        }
    }

    private static int weight(ExtractedItem item) {
        long chars = 0;
        for (TextUnit u : item.units()) {
            chars += u.text().length() + 1;
        }
        return (int) Math.max(1, Math.min(PENDING_CHARS, chars));
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            try {
                drain();
            } finally {
                adder.shutdown();
                try {
                    index.close();
                } finally {
                    index = null;
                    adder = null;
                }
            }
        }
    }
}
