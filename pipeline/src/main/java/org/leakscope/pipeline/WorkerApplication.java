package org.leakscope.pipeline;

import org.leakscope.pipeline.partition.WorkerConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The Spring Boot application behind {@code worker}: the job repository, RabbitMQ and the partition step. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WorkerConfiguration.class)
public class WorkerApplication {
}
