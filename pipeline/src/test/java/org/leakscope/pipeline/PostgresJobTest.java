package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job with its repository and work tables in PostgreSQL (the local server CI starts), in a schema of
 * its own; the outputs equal those of the embedded H2 default.
 */
class PostgresJobTest {

    static final String SERVER = System.getProperty("leakscope.test.pg",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    @TempDir
    Path tmp;

    private final String schema = "leakscope_test_" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void createSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void theJobRunsOnPostgresqlWithTheSameResults() throws Exception {
        Path input = tmp.resolve("leak");
        TestCorpus.write(input);
        Path h2 = tmp.resolve("h2");
        Path pg = tmp.resolve("pg");
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", h2.toString(), "--quiet"));
        String url = SERVER + "&currentSchema=" + schema;
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", pg.toString(), "--quiet",
                "--db-url", url));
        for (String f : new String[] {"documents.csv", "findings.csv", "subjects.csv"}) {
            assertEquals(Files.readString(h2.resolve(f)), Files.readString(pg.resolve(f)), f);
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the job repository lives in PostgreSQL");
        }
        // the same command again: already complete, nothing repeated
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", pg.toString(), "--quiet",
                "--db-url", url));
    }
}
