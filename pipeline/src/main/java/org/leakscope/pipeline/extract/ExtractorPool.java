package org.leakscope.pipeline.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Several extractors shared by the threads of the extract step: a thread borrows one for a file and gives
 * it back. With parser processes this keeps exactly one parser process per thread, so parsing never
 * starves the machine beyond {@code --threads}. Each thread has an extractor of its own while there are
 * enough (and gets it whenever it is free), so the files it announces with {@link #prefetch} are read ahead
 * by the process that will be asked for them.
 */
public final class ExtractorPool implements ItemExtractor {

    private final List<ItemExtractor> all;
    private final BlockingQueue<ItemExtractor> idle;
    private final ThreadLocal<ItemExtractor> own = new ThreadLocal<>();
    private final Set<ItemExtractor> owned = ConcurrentHashMap.newKeySet();

    public ExtractorPool(List<ItemExtractor> extractors) {
        if (extractors.isEmpty()) {
            throw new IllegalArgumentException("an extractor pool needs at least one extractor");
        }
        this.all = List.copyOf(extractors);
        this.idle = new LinkedBlockingQueue<>(all);
    }

    @Override
    public void extract(Path file, String path, Consumer<ExtractedItem> out) {
        ItemExtractor e = own();
        if (e == null || !idle.remove(e)) {
            try {
                e = idle.take();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a parser for " + path, ex);
            }
        }
        try {
            e.extract(file, path, out);
        } finally {
            idle.add(e);
        }
    }

    /** Passed to this thread's own extractor, the one it gets for that file unless another thread holds it. */
    @Override
    public void prefetch(Path file, String path) {
        ItemExtractor e = own();
        if (e != null) {
            e.prefetch(file, path);
        }
    }

    /** This thread's extractor: the first one no other thread owns, or null when all are owned. */
    private ItemExtractor own() {
        ItemExtractor e = own.get();
        if (e == null) {
            for (ItemExtractor candidate : all) {
                if (owned.add(candidate)) {
                    own.set(candidate);
                    return candidate;
                }
            }
        }
        return e;
    }

    @Override
    public void prepare() {
        all.forEach(ItemExtractor::prepare);
    }

    public int size() {
        return all.size();
    }

    @Override
    public void close() {
        all.forEach(ItemExtractor::close);
    }
}
