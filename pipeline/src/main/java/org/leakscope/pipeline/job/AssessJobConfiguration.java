package org.leakscope.pipeline.job;

import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.obligations.ObligationEngine;
import org.leakscope.classifiers.resolve.SubjectResolver;
import org.leakscope.pipeline.RunSettings;
import org.leakscope.pipeline.partition.ExtractPartitionConfiguration;
import org.leakscope.pipeline.partition.ExtractResources;
import org.leakscope.pipeline.partition.FileRangePartitioner;
import org.leakscope.pipeline.partition.PartitionSettings;
import org.leakscope.pipeline.partition.RemoteManagerConfiguration;
import org.leakscope.pipeline.store.WorkStore;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.MessageChannel;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one job of leakscope, {@code assessJob}, and all of its configuration:
 * crawlStep → extractStep (partitioned: extract, classify, index a shard) → indexStep (merge the shards) →
 * resolveStep → assessStep → reportStep. Work tables and the job repository share one database, so a
 * killed run restarts where it stopped.
 */
@Configuration(proxyBeanMethods = false)
@Import({ExtractPartitionConfiguration.class, RemoteManagerConfiguration.class})
public class AssessJobConfiguration {

    public static final String JOB_NAME = "assessJob";

    @Bean
    ClassifierConfig classifierConfig(RunSettings settings) {
        return ClassifierConfig.load(settings.configFile());
    }

    /** The manager's threads: each runs one partition at a time (one parser process each). */
    @Bean
    ThreadPoolTaskExecutor extractExecutor(RunSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.threads());
        executor.setMaxPoolSize(settings.threads());
        executor.setThreadNamePrefix("extract-");
        return executor;
    }

    @Bean
    Step crawlStep(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings, WorkStore store) {
        return new StepBuilder("crawlStep", jobRepository)
                .tasklet(new CrawlTasklet(settings, store), tx)
                .build();
    }

    /**
     * The extract step is partitioned by file ranges: the partitions run on this process's threads, or, with
     * {@code --workers remote}, in worker processes that receive them over RabbitMQ (Spring Batch
     * Integration's remote partitioning; the manager polls the job repository for their end).
     */
    @Bean
    Step extractStep(JobRepository jobRepository, RunSettings settings, WorkStore store, Step extractPartitionStep,
                     ThreadPoolTaskExecutor extractExecutor, ObjectProvider<MessageChannel> partitionRequests,
                     ObjectProvider<ExtractResources> extractResources) {
        FileRangePartitioner partitioner = new FileRangePartitioner(store, PartitionSettings.of(settings));
        ExtractProgress progress = new ExtractProgress(store, System.err, settings.quiet(), 5000);
        if (settings.remoteWorkers()) {
            return new RemotePartitioningManagerStepBuilder("extractStep", jobRepository)
                    .partitioner(ExtractPartitionConfiguration.STEP_NAME, partitioner)
                    .gridSize(settings.gridSize())
                    .outputChannel(partitionRequests.getObject())
                    .pollInterval(1000)
                    .listener(progress)
                    .build();
        }
        return new StepBuilder("extractStep", jobRepository)
                .partitioner(ExtractPartitionConfiguration.STEP_NAME, partitioner)
                .step(extractPartitionStep)
                .gridSize(settings.gridSize())
                .taskExecutor(extractExecutor)
                .listener(progress)
                .listener(new StepExecutionListener() {
                    // the parser processes (some 350 MB each) and the classifier are not needed after the step:
                    // the people step of a big roster wants the memory; a resumed run builds them again
                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        extractResources.ifAvailable(ExtractResources::close);
                        return null;
                    }
                })
                .build();
    }

    @Bean
    Step indexStep(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings) {
        return new StepBuilder("indexStep", jobRepository)
                .tasklet(new IndexMergeTasklet(settings), tx)
                .build();
    }

    @Bean
    Step resolveStep(JobRepository jobRepository, PlatformTransactionManager tx, WorkStore store,
                     ClassifierConfig config, RunSettings settings) {
        return new StepBuilder("resolveStep", jobRepository)
                .tasklet(new ResolveTasklet(store, new SubjectResolver(config), settings.workDir().resolve("resolve")),
                        tx)
                .build();
    }

    @Bean
    Step assessStep(JobRepository jobRepository, PlatformTransactionManager tx, WorkStore store,
                    ClassifierConfig config, RunSettings settings) {
        return new StepBuilder("assessStep", jobRepository)
                .tasklet(new AssessTasklet(store, ObligationEngine.fromConfig(config), settings), tx)
                .build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings,
                    WorkStore store, ClassifierConfig config) {
        String version = AssessJobConfiguration.class.getPackage().getImplementationVersion();
        return new StepBuilder("reportStep", jobRepository)
                .tasklet(new ReportTasklet(settings, store, version == null ? "dev" : version, config, tx), tx)
                .build();
    }

    @Bean
    Job assessJob(JobRepository jobRepository, RunSettings settings, Step crawlStep, Step extractStep, Step indexStep,
                  Step resolveStep, Step assessStep, Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new ShardCleanup(settings))
                .start(crawlStep)
                .next(extractStep)
                .next(indexStep)
                .next(resolveStep)
                .next(assessStep)
                .next(reportStep)
                .build();
    }
}
