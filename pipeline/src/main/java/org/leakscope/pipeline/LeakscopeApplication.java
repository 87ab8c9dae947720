package org.leakscope.pipeline;

import org.leakscope.pipeline.job.AssessJobConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Spring Boot application behind {@code assess}: Boot's batch and JDBC auto-configuration (job
 * repository, JobOperator, DataSource, transactions) plus the one job configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(AssessJobConfiguration.class)
public class LeakscopeApplication {
}
