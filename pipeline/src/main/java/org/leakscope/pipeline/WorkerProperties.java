package org.leakscope.pipeline;

import java.util.Map;

/** The Spring Boot properties of a {@code worker} process. */
public final class WorkerProperties {

    private WorkerProperties() {
    }

    public static Map<String, Object> of(String dbUrl, int threads, String queue, String broker, boolean quiet) {
        Map<String, Object> props = BootProperties.of(dbUrl, false, threads);
        props.put("leakscope.queue", queue);
        props.put("spring.rabbitmq.addresses", broker);
        props.put("logging.threshold.console", quiet ? "WARN" : "INFO");
        return props;
    }
}
