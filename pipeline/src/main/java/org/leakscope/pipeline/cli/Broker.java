package org.leakscope.pipeline.cli;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/** Reaching RabbitMQ before anything starts, so a wrong --broker is one line instead of endless retries. */
final class Broker {

    private Broker() {
    }

    /** Null when a connection opens with the URI's host, port and credentials; else why not, in one line. */
    static String problem(String uri) {
        ConnectionFactory f = new ConnectionFactory();
        try {
            f.setUri(uri);
            f.setConnectionTimeout(10_000);
            f.setAutomaticRecoveryEnabled(false);
            try (Connection c = f.newConnection("leakscope-check")) {
                return null;
            }
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return "cannot reach the broker " + WorkerCommand.redacted(uri) + ": " + why;
        }
    }
}
