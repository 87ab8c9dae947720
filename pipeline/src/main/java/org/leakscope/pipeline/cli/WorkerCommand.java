package org.leakscope.pipeline.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.leakscope.pipeline.BootProperties;
import org.leakscope.pipeline.WorkerApplication;
import org.leakscope.pipeline.partition.PartitionRequests;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code leakscope worker}: runs partitions of the extract step that an {@code assess --workers remote}
 * manager sends over RabbitMQ, until stopped (Ctrl-C or SIGTERM; a partition cut short is failed and
 * re-run when the job is run again). Inputs and DIR must be at the same paths as on the manager's machine.
 */
@Command(name = "worker", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Run extract partitions sent by 'assess --workers remote' (RabbitMQ + shared job database).")
public final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--db-url", required = true, paramLabel = "JDBC_URL",
            description = "The manager's job database, e.g. jdbc:postgresql://db-host:5432/leakscope?user=leakscope.")
    String dbUrl;

    @Option(names = "--broker", required = true, paramLabel = "AMQP_URI",
            description = "RabbitMQ, e.g. amqp://guest:guest@broker-host:5672.")
    String broker;

    @Option(names = "--queue", paramLabel = "NAME", defaultValue = PartitionRequests.DEFAULT_QUEUE,
            description = "Queue of the partition requests (default ${DEFAULT-VALUE}).")
    String queue = PartitionRequests.DEFAULT_QUEUE;

    @Option(names = "--threads", paramLabel = "N",
            description = "Partitions run at once, each with its own parser process (default: the cores, at most one"
                    + " per 3 GB of memory: ${DEFAULT-VALUE}).")
    int threads = DefaultThreads.get();

    @Option(names = "--quiet", description = "Log only warnings and errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        String problem = remoteProblem("remote", broker, dbUrl);
        if (problem != null) {
            return Exits.fail(err, Exits.USAGE, problem);
        }
        if (threads < 1) {
            return Exits.fail(err, Exits.USAGE, "--threads must be at least 1, not " + threads);
        }
        String unreachable = Broker.problem(broker);
        if (unreachable != null) {
            return Exits.fail(err, Exits.USAGE, unreachable);
        }
        Map<String, Object> props = BootProperties.withBroker(BootProperties.of(dbUrl, false, threads), broker, queue);
        props.put("logging.threshold.console", quiet ? "WARN" : "INFO");
        CountDownLatch closed = new CountDownLatch(1);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(WorkerApplication.class)
                .web(WebApplicationType.NONE)
                .properties(props)
                .listeners(e -> {
                    if (e instanceof ContextClosedEvent) {
                        closed.countDown();
                    }
                })
                .logStartupInfo(false)
                .run()) {
            if (!quiet) {
                System.out.println("leakscope worker: " + threads + " thread(s) taking partitions from queue '" + queue
                        + "' at " + redacted(broker) + "; Ctrl-C to stop");
            }
            closed.await();
        }
        return Exits.OK;
    }

    /**
     * What is wrong with the options of remote partitioning, in one line, or null: remote workers need a
     * broker and a job database that every machine reaches (not the embedded H2 file).
     */
    static String remoteProblem(String workers, String broker, String dbUrl) {
        if (!"local".equals(workers) && !"remote".equals(workers)) {
            return "--workers must be local or remote, not '" + workers + "'";
        }
        if ("local".equals(workers)) {
            return broker == null ? null : "--broker is only used with --workers remote";
        }
        if (broker == null) {
            return "--workers remote needs --broker amqp://user:password@host:5672";
        }
        try {
            URI uri = new URI(broker);
            if (!"amqp".equals(uri.getScheme()) && !"amqps".equals(uri.getScheme()) || uri.getHost() == null) {
                return "--broker must be an amqp:// or amqps:// URI with a host, not '" + redacted(broker) + "'";
            }
        } catch (URISyntaxException e) {
            return "--broker is not a valid URI: '" + redacted(broker) + "'";
        }
        if (dbUrl == null || !dbUrl.startsWith("jdbc:") || dbUrl.startsWith("jdbc:h2:")) {
            return "remote workers need a job database every machine reaches: --db-url jdbc:postgresql://host:5432/db?user=...";
        }
        return null;
    }

    /** The broker URI without its password, for messages. */
    static String redacted(String broker) {
        return broker == null ? null : broker.replaceAll("//([^:@/]*):[^@/]*@", "//$1:***@");
    }
}
