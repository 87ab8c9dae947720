package org.leakscope.pipeline.partition;

import java.util.Map;

import javax.sql.DataSource;

import org.leakscope.pipeline.store.FileRow;
import org.leakscope.pipeline.store.WorkSchema;
import org.leakscope.pipeline.store.WorkStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code extractPartitionStep}: extract, classify and index one range of files. The same step runs on the
 * manager's own threads ({@code --threads}) and in remote workers ({@code leakscope worker}); everything
 * it needs comes from the database and the partition's execution context.
 */
@Configuration(proxyBeanMethods = false)
public class ExtractPartitionConfiguration {

    public static final String STEP_NAME = "extractPartitionStep";

    @Bean
    WorkStore workStore(DataSource dataSource) {
        WorkSchema.ensure(dataSource);
        return new WorkStore(new JdbcTemplate(dataSource));
    }

    /** Parser processes and the classifier, shared by the partitions this process runs. */
    @Bean(destroyMethod = "close")
    ExtractResources extractResources(@Value("${leakscope.threads:1}") int threads) {
        return new ExtractResources(threads);
    }

    @Bean
    @StepScope
    ItemStreamReader<FileRow> partitionFiles(DataSource dataSource, ExtractResources resources,
                                             PartitionIndex partitionIndex,
                                             @Value("#{stepExecution}") StepExecution step,
                                             @Value("${leakscope.chunk-size:10}") int chunkSize) throws Exception {
        var ctx = step.getExecutionContext();
        long first = AnnouncingFileReader.firstToRead(ctx, ctx.getLong(PartitionSettings.FIRST_FILE));
        JdbcPagingItemReader<FileRow> reader = new JdbcPagingItemReaderBuilder<FileRow>()
                .name("crawledFiles")
                .saveState(false) // the restart position is AnnouncingFileReader's, by file number
                .dataSource(dataSource)
                .selectClause("SELECT file_no, path, abs_path, size_bytes, modified")
                .fromClause("FROM ls_file")
                .whereClause("file_no BETWEEN " + first + " AND " + ctx.getLong(PartitionSettings.LAST_FILE))
                .sortKeys(Map.of("file_no", Order.ASCENDING))
                .rowMapper((rs, n) -> new FileRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .pageSize(chunkSize)
                .build();
        reader.afterPropertiesSet();
        return new AnnouncingFileReader(reader, resources.extractor(PartitionSettings.from(ctx)), partitionIndex);
    }

    @Bean
    @StepScope
    ItemProcessor<FileRow, FileResult> partitionProcessor(ExtractResources resources, PartitionIndex partitionIndex,
                                                          WorkStore store, @Value("#{stepExecution}") StepExecution step) {
        PartitionSettings run = PartitionSettings.from(step.getExecutionContext());
        return new ExtractClassifyProcessor(resources.extractor(run), resources.classifier(run), partitionIndex, store);
    }

    /**
     * The partition's Lucene shard, shared by its processor (adds), writer (commits when due, closes) and reader
     * (saves the position of the last committed chunk).
     */
    @Bean
    @StepScope
    PartitionIndex partitionIndex(@Value("#{stepExecution}") StepExecution step,
                                  @Value("${leakscope.threads:1}") int threads,
                                  @Value("${leakscope.index-commit-seconds:30}") double commitSeconds) {
        // a sixteenth of the heap for Lucene's buffers, shared by the partitions running at once in this JVM
        double heapMb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024);
        double ramBufferMb = Math.max(16, Math.min(512, heapMb / 16 / Math.max(1, threads)));
        return new PartitionIndex(PartitionSettings.shardOf(step.getExecutionContext()), ramBufferMb,
                (long) (commitSeconds * 1e9));
    }

    @Bean
    @StepScope
    ItemStreamWriter<FileResult> partitionWriter(PartitionIndex partitionIndex) {
        return new IndexCommitWriter(partitionIndex);
    }

    @Bean
    Step extractPartitionStep(JobRepository jobRepository, PlatformTransactionManager tx,
                              ItemStreamReader<FileRow> partitionFiles,
                              ItemProcessor<FileRow, FileResult> partitionProcessor,
                              ItemStreamWriter<FileResult> partitionWriter, @Value("${leakscope.chunk-size:10}") int chunkSize) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .<FileRow, FileResult>chunk(chunkSize)
                .transactionManager(tx)
                .reader(partitionFiles)
                .processor(partitionProcessor)
                .writer(partitionWriter)
                .build();
    }
}
