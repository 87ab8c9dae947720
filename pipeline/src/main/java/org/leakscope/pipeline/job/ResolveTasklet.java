package org.leakscope.pipeline.job;

import java.util.List;

import org.leakscope.classifiers.resolve.Subject;
import org.leakscope.classifiers.resolve.SubjectResolver;
import org.leakscope.pipeline.store.WorkStore;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * resolveStep: marks duplicate items, then links the PII findings of distinct items into people. The findings
 * go from the work database to the resolver one item at a time.
 */
final class ResolveTasklet implements Tasklet {

    private final WorkStore store;
    private final SubjectResolver resolver;

    ResolveTasklet(WorkStore store, SubjectResolver resolver) {
        this.store = store;
        this.resolver = resolver;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        store.markDuplicates();
        List<Subject> subjects = resolver.resolve(store::forEachDistinctItemPii);
        store.replaceSubjects(subjects);
        contribution.incrementWriteCount(subjects.size());
        return RepeatStatus.FINISHED;
    }
}
