package org.leakscope.pipeline.job;

import org.leakscope.pipeline.store.WorkStore;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** assessStep: the number of people and the risk of every item. */
final class AssessTasklet implements Tasklet {

    private final WorkStore store;

    AssessTasklet(WorkStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        store.assessItems();
        return RepeatStatus.FINISHED;
    }
}
