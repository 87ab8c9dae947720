package org.leakscope.pipeline.extract;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads a file and everything embedded in it into items; never throws for a bad file. */
public interface ItemExtractor extends AutoCloseable {

    /**
     * @param file the file on disk
     * @param path its contract path (relative to the input root)
     * @param out  receives the file's item first, then its embedded items depth first
     */
    void extract(Path file, String path, Consumer<ExtractedItem> out);

    /**
     * A hint that the calling thread will soon ask for {@code file}, after the files it announced before: an
     * extractor may start reading it early, and must still give exactly the same items. May be called from any
     * thread at any time; a hint that turns out wrong costs time, never items.
     */
    default void prefetch(Path file, String path) {
    }

    /** Starts what reading needs (a parser process) in the background, so it is ready when the first file comes. */
    default void prepare() {
    }

    @Override
    default void close() {
    }
}
