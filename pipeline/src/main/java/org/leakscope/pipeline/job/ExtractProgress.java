package org.leakscope.pipeline.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.leakscope.pipeline.store.WorkStore;
import org.leakscope.pipeline.store.WorkStore.Progress;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Progress of the extract step on stderr for long runs: files done of the total, input MB/s, ETA and
 * items that could not be read so far; one plain line every few seconds (nothing with --quiet). It reads
 * the work tables, so it counts what the manager's threads and remote workers have committed alike.
 */
final class ExtractProgress implements StepExecutionListener {

    private final WorkStore store;
    private final PrintStream out;
    private final boolean quiet;
    private final long intervalMillis;
    private ScheduledExecutorService timer;
    private long totalFiles;
    private Progress before;
    private long started;

    ExtractProgress(WorkStore store, PrintStream out, boolean quiet, long intervalMillis) {
        this.store = store;
        this.out = out;
        this.quiet = quiet;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        // on a restart the files already done do not count towards speed or ETA
        before = store.progress(ReportTasklet.NOT_ASSESSED_STATUSES);
        totalFiles = store.countFiles() - before.files();
        started = System.nanoTime();
        if (!quiet) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "extract-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::print, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void print() {
        try {
            out.println(line(store.progress(ReportTasklet.NOT_ASSESSED_STATUSES), System.nanoTime()));
        } catch (RuntimeException e) {
            // a progress line is not worth failing the run for (e.g. the database is busy)
        }
    }

    String line(Progress now, long nanos) {
        long files = now.files() - before.files();
        long bytes = now.bytes() - before.bytes();
        double seconds = Math.max(1e-3, (nanos - started) / 1e9);
        long left = totalFiles - files;
        long eta = files == 0 ? -1 : Math.round(left * seconds / files);
        return String.format(Locale.ROOT, "  extract: %d/%d files, %.2f MB/s, ETA %s, %d item(s) unreadable so far",
                files, totalFiles, bytes / 1e6 / seconds,
                eta < 0 ? "?" : Duration.ofSeconds(eta).toString().substring(2).toLowerCase(Locale.ROOT),
                now.unreadable());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        return null;
    }
}
