package org.leakscope.pipeline;

import java.util.HashMap;
import java.util.Map;

/** The Spring Boot properties shared by the {@code assess} manager and {@code worker} processes. */
public final class BootProperties {

    private BootProperties() {
    }

    public static Map<String, Object> of(String dbUrl, boolean embeddedH2, int threads) {
        Map<String, Object> props = new HashMap<>();
        props.put("spring.main.banner-mode", "off");
        props.put("spring.main.log-startup-info", "false");
        props.put("spring.batch.job.enabled", "false");
        props.put("spring.batch.jdbc.initialize-schema", "never");
        props.put("spring.datasource.url", dbUrl);
        if (embeddedH2) {
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        // each extract thread holds a connection for its chunk; the progress line and the step need a few more
        props.put("spring.datasource.hikari.maximum-pool-size", Integer.toString(threads + 4));
        props.put("leakscope.threads", Integer.toString(threads));
        props.put("logging.level.root", "INFO");
        props.put("logging.level.org.apache.pdfbox", "ERROR");
        props.put("logging.level.org.apache.fontbox", "ERROR");
        props.put("logging.level.org.apache.tika", "WARN");
        props.put("logging.level.org.apache.poi", "ERROR");
        // step-scoped parts are declared by their interfaces on purpose (the classes are final): not a warning
        props.put("logging.level.org.springframework.batch.core.listener.AbstractListenerFactoryBean", "ERROR");
        return props;
    }

    /** The broker and queue of the partition requests (remote partitioning), added to {@code props}. */
    public static Map<String, Object> withBroker(Map<String, Object> props, String broker, String queue) {
        props.put("leakscope.queue", queue);
        props.put("spring.rabbitmq.addresses", broker);
        return props;
    }
}
