package org.leakscope.pipeline.store;

/** A file found by the crawl: its number in crawl order, its contract path and where it lies. */
public record FileRow(long fileNo, String path, String absPath, long sizeBytes, String modified) {
}
