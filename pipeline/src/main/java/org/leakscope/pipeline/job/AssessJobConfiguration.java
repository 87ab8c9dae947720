package org.leakscope.pipeline.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.obligations.ObligationEngine;
import org.leakscope.classifiers.resolve.SubjectResolver;
import org.leakscope.pipeline.RunSettings;
import org.leakscope.pipeline.extract.ExtractSettings;
import org.leakscope.pipeline.extract.ExtractorPool;
import org.leakscope.pipeline.extract.ForkedExtractor;
import org.leakscope.pipeline.extract.ItemExtractor;
import org.leakscope.pipeline.extract.TikaExtractor;
import org.leakscope.pipeline.store.FileRow;
import org.leakscope.pipeline.store.WorkSchema;
import org.leakscope.pipeline.store.WorkStore;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one job of leakscope, {@code assessJob}, and all of its configuration:
 * crawlStep → extractStep (extract, classify, index) → resolveStep → assessStep → reportStep.
 * Work tables and the job repository share one database, so a killed run restarts where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class AssessJobConfiguration {

    public static final String JOB_NAME = "assessJob";

    @Bean
    WorkStore workStore(DataSource dataSource) {
        WorkSchema.ensure(dataSource);
        return new WorkStore(new JdbcTemplate(dataSource));
    }

    @Bean
    ClassifierConfig classifierConfig(RunSettings settings) {
        return ClassifierConfig.load(settings.configFile());
    }

    /** Tika in a supervised parser process (default), or in the job's own JVM with {@code extract.fork: false}. */
    @Bean
    ItemExtractor itemExtractor(RunSettings settings, ClassifierConfig config) {
        Map<?, ?> extract = config.raw().get("extract") instanceof Map<?, ?> m ? m : Map.of();
        long maxChars = number(extract.get("max-text-chars"), 20_000_000L).longValue();
        int maxDepth = number(extract.get("max-depth"), 20).intValue();
        ExtractSettings es = new ExtractSettings(maxChars, maxDepth, settings.ocr(),
                Path.of(System.getProperty("java.io.tmpdir")),
                number(extract.get("max-embedded-bytes"), 4L << 30).longValue(),
                number(extract.get("max-expansion-ratio"), 100).longValue(),
                number(extract.get("min-expansion-bytes"), 128L << 20).longValue());
        if (Boolean.FALSE.equals(extract.get("fork"))) {
            return new TikaExtractor(es);
        }
        long timeoutSeconds = number(extract.get("timeout-seconds"), 120).longValue();
        String heap = String.valueOf(extract.containsKey("worker-heap") ? extract.get("worker-heap") : "2g");
        long perMb = number(extract.get("timeout-seconds-per-mb"), 1).longValue();
        List<ItemExtractor> parsers = new ArrayList<>();
        for (int i = 0; i < settings.threads(); i++) {
            parsers.add(new ForkedExtractor(es, timeoutSeconds * 1000, perMb * 1000, heap,
                    settings.workDir().resolve("parser.log")));
        }
        return parsers.size() == 1 ? parsers.get(0) : new ExtractorPool(parsers);
    }

    private static Number number(Object value, Number fallback) {
        return value instanceof Number n ? n : fallback;
    }

    /** The threads of the extract step (one parser process each); shut down with the application. */
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

    @Bean
    Step extractStep(JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource,
                     RunSettings settings, WorkStore store, ItemExtractor extractor, ClassifierConfig config,
                     ThreadPoolTaskExecutor extractExecutor,
                     @Value("${leakscope.chunk-size:10}") int chunkSize) throws Exception {
        JdbcPagingItemReader<FileRow> reader = new JdbcPagingItemReaderBuilder<FileRow>()
                .name("crawledFiles")
                .dataSource(dataSource)
                .selectClause("SELECT file_no, path, abs_path, size_bytes, modified")
                .fromClause("FROM ls_file")
                .sortKeys(Map.of("file_no", Order.ASCENDING))
                .rowMapper((rs, n) -> new FileRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .pageSize(chunkSize)
                .build();
        reader.afterPropertiesSet();
        double ramBufferMb = Math.max(16, Math.min(512, Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 16)));
        ChunkOrientedStepBuilder<FileRow, FileResult> step = new StepBuilder("extractStep", jobRepository)
                .<FileRow, FileResult>chunk(chunkSize)
                .transactionManager(tx);
        if (settings.threads() > 1) {
            // Spring Batch 6: the items of a chunk are processed concurrently; reading, writing and the
            // restart state stay on the step's thread, so a restart resumes exactly as with one thread
            step = step.taskExecutor(extractExecutor);
        }
        return step
                .reader(reader)
                .processor(new ExtractClassifyProcessor(extractor, new Classifier(config)))
                .writer(new FileResultWriter(store, settings.indexDir(), ramBufferMb))
                .listener(new ExtractProgress(store, System.err, settings.quiet()))
                .build();
    }

    @Bean
    Step resolveStep(JobRepository jobRepository, PlatformTransactionManager tx, WorkStore store,
                     ClassifierConfig config) {
        return new StepBuilder("resolveStep", jobRepository)
                .tasklet(new ResolveTasklet(store, new SubjectResolver(config)), tx)
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
                .tasklet(new ReportTasklet(settings, store, version == null ? "dev" : version, config), tx)
                .build();
    }

    @Bean
    Job assessJob(JobRepository jobRepository, Step crawlStep, Step extractStep, Step resolveStep, Step assessStep,
                  Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(crawlStep)
                .next(extractStep)
                .next(resolveStep)
                .next(assessStep)
                .next(reportStep)
                .build();
    }
}
