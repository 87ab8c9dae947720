package org.leakscope.pipeline.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** An extractor that reads nothing and records which files it was told about and which it was asked for. */
final class RecordingExtractor implements ItemExtractor {
    final List<String> announced = new CopyOnWriteArrayList<>();
    final List<String> asked = new CopyOnWriteArrayList<>();

    @Override
    public void extract(Path file, String path, Consumer<ExtractedItem> out) {
        asked.add(path);
    }

    @Override
    public void prefetch(Path file, String path) {
        announced.add(path);
    }
}
