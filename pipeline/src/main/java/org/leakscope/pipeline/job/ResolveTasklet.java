package org.leakscope.pipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.leakscope.classifiers.resolve.SubjectResolver;
import org.leakscope.pipeline.store.WorkStore;
import org.leakscope.pipeline.store.WorkStore.SubjectRows;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * resolveStep: marks duplicate items, then links the PII findings of distinct items into people. The findings
 * go from the work database to the resolver one item at a time, an item's a few blocks at a time; the people
 * come back in id order (sorted in runs written to {@code runDir}) and go to the database in batches. The
 * records and merge keys of the people being linked are written to {@code runDir} too, not held in the heap.
 */
final class ResolveTasklet implements Tasklet {

    private final WorkStore store;
    private final SubjectResolver resolver;
    private final Path runDir;

    /** @param runDir the folder of the resolver's files (records, merge keys, sorted runs): the step's own, emptied before and after */
    ResolveTasklet(WorkStore store, SubjectResolver resolver, Path runDir) {
        this.store = store;
        this.resolver = resolver;
        this.runDir = runDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        store.markDuplicates();
        clearRuns(); // what a killed run left
        try (SubjectRows subjects = store.replaceSubjects()) {
            resolver.resolve(store::forEachDistinctItemPii, runDir, subjects::add);
            contribution.incrementWriteCount(subjects.count());
        } finally {
            clearRuns();
        }
        return RepeatStatus.FINISHED;
    }

    private void clearRuns() {
        try {
            CrawlTasklet.deleteTree(runDir);
        } catch (IOException | UncheckedIOException e) {
            // leftovers take disk space only: the runs' files have names of their own
        }
    }
}
