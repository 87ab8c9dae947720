package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning for real, on loopback: one manager ({@code assess --workers remote}) and two worker
 * JVMs ({@code leakscope worker}) against the local RabbitMQ and PostgreSQL. The outputs equal a
 * single-process run; a worker killed in the middle of a partition makes that partition fail, and running
 * the same command again completes it with the same outputs.
 */
class RemoteWorkersTest {

    static final String BROKER = System.getProperty("leakscope.test.amqp", "amqp://guest:guest@127.0.0.1:5672");
    private static final int FILES = 240;

    @TempDir
    Path tmp;

    private final String schema = "leakscope_remote_" + Long.toHexString(System.nanoTime());
    private final String queue = "leakscope.test." + Long.toHexString(System.nanoTime());
    private final List<Process> workers = new ArrayList<>();

    @BeforeEach
    void createSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresJobTest.SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void stopWorkersAndDropSchema() throws Exception {
        for (Process w : workers) {
            w.destroyForcibly();
            w.waitFor(30, TimeUnit.SECONDS);
        }
        try (Connection c = DriverManager.getConnection(PostgresJobTest.SERVER); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void twoWorkersGiveTheOutputsOfOneProcessAndAKilledWorkersPartitionIsCompletedByARestart() throws Exception {
        Path input = tmp.resolve("leak");
        TestCorpus.write(input);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(input.resolve(String.format("misc/note-%04d.txt", i)), "Write to person" + i
                    + "@example.com, SSN 219-45-" + (1000 + i) + ".\n");
        }
        Path reference = tmp.resolve("reference");
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", reference.toString(),
                "--quiet"));

        String db = PostgresJobTest.SERVER + "&currentSchema=" + schema;
        Process a = startWorker(db, tmp.resolve("worker-a.log"));
        Process b = startWorker(db, tmp.resolve("worker-b.log"));
        awaitLine(tmp.resolve("worker-a.log"), "taking partitions", a);
        awaitLine(tmp.resolve("worker-b.log"), "taking partitions", b);

        // 1. a distributed run equals the single-process run
        Path remote = tmp.resolve("remote");
        assertEquals(0, manager(input, remote, db));
        assertSameOutputs(reference, remote);
        assertTrue(Files.readString(tmp.resolve("worker-a.log")).contains("running partition"), "worker a ran nothing");
        assertTrue(Files.readString(tmp.resolve("worker-b.log")).contains("running partition"), "worker b ran nothing");
        assertTrue(Files.isDirectory(remote.resolve("index")) && !Files.exists(remote.resolve("index-shards")),
                "the shards were merged into DIR/index and removed");

        // 2. kill worker a in the middle of a partition: that partition fails, the job fails; a restart completes it
        Path killed = tmp.resolve("killed");
        ExecutorService manager = Executors.newSingleThreadExecutor();
        try {
            int mark = Files.readString(tmp.resolve("worker-a.log")).length();
            Future<Integer> run = manager.submit(() -> manager(input, killed, db));
            String partition = awaitPartition(tmp.resolve("worker-a.log"), mark, a);
            RestartAfterKillTest.waitForCommits(killed.resolve("index-shards").resolve(partition), a);
            a.destroyForcibly();
            a.waitFor(30, TimeUnit.SECONDS);
            assertEquals(1, run.get(300, TimeUnit.SECONDS), "the job must fail when a worker is lost");
        } finally {
            manager.shutdownNow();
        }
        assertTrue(Files.readString(tmp.resolve("worker-b.log")).contains("lost worker"),
                "the surviving worker marks the lost worker's partition failed");
        assertEquals(0, manager(input, killed, db));
        assertSameOutputs(reference, killed);
    }

    private int manager(Path input, Path output, String db) {
        return LeakscopeMain.run("assess", "--input", input.toString(), "--output", output.toString(), "--quiet",
                "--workers", "remote", "--broker", BROKER, "--queue", queue, "--db-url", db, "--partitions", "6");
    }

    private Process startWorker(String db, Path log) throws IOException {
        // the shard commits every 0.2 s, so a kill finds committed chunks and chunks not yet committed after them
        Process p = new ProcessBuilder(javaBin(), "-Xmx1g", "-Dleakscope.chunk-size=1", "-Dleakscope.index-commit-seconds=0.2",
                "-cp", System.getProperty("java.class.path"), LeakscopeMain.class.getName(),
                "worker", "--db-url", db, "--broker", BROKER, "--queue", queue, "--threads", "1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        workers.add(p);
        return p;
    }

    private static void assertSameOutputs(Path expected, Path actual) throws IOException {
        for (String f : List.of("documents.csv", "findings.csv", "subjects.csv", "notices.csv")) {
            assertEquals(Files.readString(expected.resolve(f)), Files.readString(actual.resolve(f)), f);
        }
        assertEquals(Files.readString(expected.resolve("summary.json")).replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]*\"", ""),
                Files.readString(actual.resolve("summary.json")).replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]*\"", ""));
        assertEquals(RestartAfterKillTest.indexedDocIds(expected.resolve("index")),
                RestartAfterKillTest.indexedDocIds(actual.resolve("index")), "the merged index's documents");
    }

    private static void awaitLine(Path log, String text, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            assertTrue(p.isAlive(), "worker ended: " + (Files.exists(log) ? Files.readString(log) : ""));
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + text + "' in " + log + " within 120 s");
    }

    /** The partition the worker starts after {@code from} in its log. */
    private static String awaitPartition(Path log, int from, Process p) throws Exception {
        Pattern running = Pattern.compile("running partition extractPartitionStep:(partition\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log);
            Matcher m = running.matcher(text.substring(Math.min(from, text.length())));
            if (m.find()) {
                return m.group(1);
            }
            assertTrue(p.isAlive(), "worker ended: " + text);
            Thread.sleep(50);
        }
        throw new AssertionError("the worker started no partition within 120 s");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
