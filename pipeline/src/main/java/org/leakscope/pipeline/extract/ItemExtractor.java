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

    @Override
    default void close() {
    }
}
