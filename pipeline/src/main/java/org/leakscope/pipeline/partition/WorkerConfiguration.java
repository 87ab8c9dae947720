package org.leakscope.pipeline.partition;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A worker ({@code leakscope worker}): takes partition requests from the RabbitMQ queue, {@code threads} at
 * a time, and runs {@code extractPartitionStep} for each against the shared job database. A request is
 * acknowledged only when its partition has ended, so the broker hands the request of a killed worker to
 * another one, which records that partition as failed; the next run of the job re-runs it.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
@Import(ExtractPartitionConfiguration.class)
public class WorkerConfiguration {

    @Bean
    Queue partitionQueue(@Value("${leakscope.queue:" + PartitionRequests.DEFAULT_QUEUE + "}") String queue) {
        return new Queue(queue, true);
    }

    @Bean
    PartitionRequestHandler partitionRequestHandler(JobRepository jobRepository, BeanFactory beanFactory) {
        return new PartitionRequestHandler(jobRepository, beanFactory);
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, Queue partitionQueue,
                                                PartitionRequestHandler partitionRequestHandler,
                                                @Value("${leakscope.threads:1}") int threads) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, partitionQueue.getName())
                        .configureContainer(c -> c.concurrentConsumers(threads)
                                .prefetchCount(1)
                                .acknowledgeMode(AcknowledgeMode.AUTO)
                                .defaultRequeueRejected(false)))
                .handle(String.class, (text, headers) -> {
                    partitionRequestHandler.handle(text);
                    return null;
                })
                .get();
    }
}
