package org.leakscope.pipeline.job;

import java.io.PrintStream;
import java.time.Duration;

import org.leakscope.pipeline.store.WorkStore;
import org.leakscope.pipeline.store.WorkStore.ItemRecord;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of the extract step on stderr for long runs: files done of the total, input MB/s, ETA and
 * items that could not be read so far; one plain line at most every few seconds (nothing with --quiet).
 */
final class ExtractProgress implements ItemWriteListener<FileResult>, StepExecutionListener {

    private static final long INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

    private final WorkStore store;
    private final PrintStream out;
    private final boolean quiet;
    private long totalFiles;
    private long files;
    private long bytes;
    private long unreadable;
    private long started;
    private long lastPrint;

    ExtractProgress(WorkStore store, PrintStream out, boolean quiet) {
        this.store = store;
        this.out = out;
        this.quiet = quiet;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        // on a restart the reader resumes after the files already done
        Object read = stepExecution.getExecutionContext().get("crawledFiles.read.count");
        long done = read instanceof Number n ? n.longValue() : 0L;
        totalFiles = Math.max(0, store.countFiles() - done);
        files = bytes = unreadable = 0;
        started = lastPrint = System.nanoTime();
    }

    @Override
    public void afterWrite(Chunk<? extends FileResult> chunk) {
        for (FileResult r : chunk) {
            files++;
            bytes += r.file().sizeBytes();
            for (ItemRecord i : r.items()) {
                if (i.item().status().notAssessed()) {
                    unreadable++;
                }
            }
        }
        long now = System.nanoTime();
        if (!quiet && now - lastPrint >= INTERVAL_NANOS) {
            lastPrint = now;
            out.println(line(now));
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double mbPerSecond = bytes / 1e6 / seconds;
        long left = totalFiles - files;
        long eta = files == 0 ? -1 : Math.round(left * seconds / files);
        return String.format(java.util.Locale.ROOT, "  extract: %d/%d files, %.1f MB/s, ETA %s, %d item(s) unreadable so far",
                files, totalFiles, mbPerSecond, eta < 0 ? "?" : Duration.ofSeconds(eta).toString().substring(2).toLowerCase(
                        java.util.Locale.ROOT), unreadable);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return null;
    }
}
