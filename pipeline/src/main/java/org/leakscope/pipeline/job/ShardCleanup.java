package org.leakscope.pipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.leakscope.pipeline.RunSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Deletes the partitions' index shards once the job has completed: until then a restart may still need
 * to merge them again.
 */
final class ShardCleanup implements JobExecutionListener {

    private final RunSettings settings;

    ShardCleanup(RunSettings settings) {
        this.settings = settings;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
            try {
                CrawlTasklet.deleteTree(settings.shardsDir());
            } catch (IOException | UncheckedIOException e) {
                // leftovers take disk space only; the next run's crawl deletes them
            }
        }
    }
}
