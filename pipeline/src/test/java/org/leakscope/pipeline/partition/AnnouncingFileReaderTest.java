package org.leakscope.pipeline.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.text.TextUnit;
import org.leakscope.pipeline.extract.ExtractedItem;
import org.leakscope.pipeline.extract.ExtractionStatus;
import org.leakscope.pipeline.extract.ItemExtractor;
import org.leakscope.pipeline.store.FileRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The restart position the reader saves is the last file of the last chunk whose documents the shard has
 * committed: the files after it are read again by a restart. Driven as Spring Batch drives a chunk: read, add
 * to the shard, the writer's {@code commitIfDue}, then {@code update}.
 */
class AnnouncingFileReaderTest {

    @TempDir
    Path shard;

    private long now;

    private static final ItemExtractor NO_EXTRACTOR = (file, path, out) -> {
    };

    /** Files numbered from..to, as the partition's paging reader gives them. */
    private static ItemStreamReader<FileRow> files(long from, long to) {
        Deque<FileRow> rows = new ArrayDeque<>();
        for (long n = from; n <= to; n++) {
            rows.add(new FileRow(n, "f" + n, "/nowhere/f" + n, 1, null));
        }
        return new ItemStreamReader<>() {
            @Override
            public FileRow read() {
                return rows.poll();
            }
        };
    }

    @Test
    void savesTheLastFileOfTheLastCommittedChunk() throws Exception {
        PartitionIndex index = new PartitionIndex(shard, 16, 100, () -> now);
        AnnouncingFileReader reader = new AnnouncingFileReader(files(5, 14), NO_EXTRACTOR, index);
        ExecutionContext ctx = new ExecutionContext();
        reader.open(ctx);

        chunk(reader, index, ctx, 2, 10); // 10 ns after the start: not due, nothing committed
        assertTrue(index.pending());
        assertFalse(ctx.containsKey(AnnouncingFileReader.RESUME_AFTER));
        assertEquals(5, AnnouncingFileReader.firstToRead(ctx, 5), "a restart now starts from the first file");

        chunk(reader, index, ctx, 2, 150); // due: committed
        assertFalse(index.pending());
        assertEquals(8, ctx.getLong(AnnouncingFileReader.RESUME_AFTER));

        chunk(reader, index, ctx, 3, 200); // 50 ns after the commit: not due
        assertEquals(8, ctx.getLong(AnnouncingFileReader.RESUME_AFTER), "a chunk not committed is read again");
        chunk(reader, index, ctx, 1, 230);
        assertEquals(9, AnnouncingFileReader.firstToRead(ctx, 5));

        chunk(reader, index, ctx, 1, 260); // due
        assertEquals(13, ctx.getLong(AnnouncingFileReader.RESUME_AFTER));
        assertEquals(14, AnnouncingFileReader.firstToRead(ctx, 5));
        index.close();
    }

    @Test
    void aChunkThatAddedNothingNewSavesItsLastFile() throws Exception {
        PartitionIndex index = new PartitionIndex(shard, 16, 1_000, () -> now);
        AnnouncingFileReader reader = new AnnouncingFileReader(files(1, 9), NO_EXTRACTOR, index);
        ExecutionContext ctx = new ExecutionContext();
        reader.open(ctx);
        for (int i = 0; i < 3; i++) {
            reader.read();
        }
        index.commitIfDue();
        reader.update(ctx);
        assertEquals(3, ctx.getLong(AnnouncingFileReader.RESUME_AFTER));
        assertEquals(4, AnnouncingFileReader.firstToRead(ctx, 1));
    }

    @Test
    void aCommitWithTheChunkSavesEveryChunk() throws Exception {
        PartitionIndex index = new PartitionIndex(shard, 16, 0, () -> now);
        AnnouncingFileReader reader = new AnnouncingFileReader(files(1, 9), NO_EXTRACTOR, index);
        ExecutionContext ctx = new ExecutionContext();
        reader.open(ctx);
        chunk(reader, index, ctx, 2, 0);
        assertEquals(2, ctx.getLong(AnnouncingFileReader.RESUME_AFTER));
        chunk(reader, index, ctx, 3, 0);
        assertEquals(5, ctx.getLong(AnnouncingFileReader.RESUME_AFTER));
        index.close();
    }

    @Test
    void theFirstFileToReadIsNeverBeforeThePartitionsFirst() {
        ExecutionContext ctx = new ExecutionContext();
        ctx.putLong(AnnouncingFileReader.RESUME_AFTER, 3);
        assertEquals(10, AnnouncingFileReader.firstToRead(ctx, 10));
        assertEquals(4, AnnouncingFileReader.firstToRead(ctx, 1));
    }

    /** Reads {@code files} files, adds each to the shard, then the writer's and the stream's ends of a chunk. */
    private void chunk(AnnouncingFileReader reader, PartitionIndex index, ExecutionContext ctx, int files, long at)
            throws Exception {
        for (int i = 0; i < files; i++) {
            FileRow f = reader.read();
            index.add(item(f), new ClassificationResult(List.of(), new TreeSet<>(), new TreeSet<>(), null, null), 0);
        }
        now = at;
        index.commitIfDue();
        reader.update(ctx);
    }

    private static ExtractedItem item(FileRow f) {
        return new ExtractedItem("d" + f.fileNo(), null, f.path(), 0, null, "text/plain", 1, ExtractionStatus.OK, null,
                false, List.of(TextUnit.line(1, "text of " + f.path())));
    }
}
