package org.leakscope.pipeline.partition;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager's side of remote partitioning ({@code assess --workers remote}): the extract step's partition
 * requests go from {@code partitionRequests} to a durable RabbitMQ queue; workers take them one at a time.
 * The manager learns that partitions ended by polling the job repository, which it shares with the workers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "leakscope.workers", havingValue = "remote")
@EnableIntegration
public class RemoteManagerConfiguration {

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    Queue partitionQueue(@Value("${leakscope.queue:" + PartitionRequests.DEFAULT_QUEUE + "}") String queue) {
        return new Queue(queue, true);
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, AmqpTemplate rabbit, Queue partitionQueue) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, PartitionRequests::encode)
                .handle(Amqp.outboundAdapter(rabbit).routingKey(partitionQueue.getName()))
                .get();
    }
}
