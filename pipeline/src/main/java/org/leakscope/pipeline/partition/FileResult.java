package org.leakscope.pipeline.partition;

import org.leakscope.pipeline.store.FileRow;

/** A crawled file, read, classified and stored: how many items it gave (the file and its embedded items). */
record FileResult(FileRow file, int items) {
}
