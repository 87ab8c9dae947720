package org.leakscope.pipeline.job;

import java.io.IOException;

import org.leakscope.pipeline.RunSettings;
import org.leakscope.pipeline.index.IndexShards;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** indexStep: merges the partitions' Lucene shards into DIR/index. */
final class IndexMergeTasklet implements Tasklet {

    private final RunSettings settings;

    IndexMergeTasklet(RunSettings settings) {
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        int docs = IndexShards.merge(settings.shardsDir(), settings.indexDir());
        contribution.incrementWriteCount(docs);
        return RepeatStatus.FINISHED;
    }
}
