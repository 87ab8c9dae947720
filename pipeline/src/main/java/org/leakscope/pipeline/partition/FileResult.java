package org.leakscope.pipeline.partition;

import java.util.List;

import org.leakscope.pipeline.store.FileRow;
import org.leakscope.pipeline.store.WorkStore.ItemRecord;

/** A crawled file with every item read from it (the file first, then its embedded items). */
record FileResult(FileRow file, List<ItemRecord> items) {
}
