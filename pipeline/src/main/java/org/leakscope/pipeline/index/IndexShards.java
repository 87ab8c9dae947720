package org.leakscope.pipeline.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The extract step writes one Lucene index per partition (a thread or a remote worker each, no shared
 * writer across machines); {@link #merge} builds DIR/index from them with {@code addIndexes}, which copies
 * segments instead of re-analysing text. Merging again from the same shards gives the same index, so a
 * merge interrupted by a kill is simply redone.
 */
public final class IndexShards {

    private IndexShards() {
    }

    /** Replaces {@code index} with the union of the shard indexes under {@code shardsDir}; returns the documents. */
    public static int merge(Path shardsDir, Path index) throws IOException {
        List<Path> shards = shards(shardsDir);
        List<Directory> dirs = new ArrayList<>();
        try {
            for (Path s : shards) {
                Directory d = FSDirectory.open(s);
                dirs.add(d);
            }
            IndexWriterConfig cfg = new IndexWriterConfig(IndexFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            try (Directory dest = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dest, cfg)) {
                writer.addIndexes(dirs.toArray(Directory[]::new));
                writer.commit();
                return writer.getDocStats().numDocs;
            }
        } finally {
            for (Directory d : dirs) {
                d.close();
            }
        }
    }

    /** The shard folders that hold a committed index, in name order. */
    static List<Path> shards(Path shardsDir) throws IOException {
        if (!Files.isDirectory(shardsDir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(shardsDir)) {
            for (Path p : s.sorted().toList()) {
                try (Directory d = FSDirectory.open(p)) {
                    if (Files.isDirectory(p) && DirectoryReader.indexExists(d)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }
}
