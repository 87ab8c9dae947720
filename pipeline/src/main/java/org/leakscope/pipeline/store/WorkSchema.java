package org.leakscope.pipeline.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates the Spring Batch job repository tables and leakscope's work tables on first use, in H2 or
 * PostgreSQL; leaves existing ones alone so a restart finds its state.
 */
public final class WorkSchema {

    /** PostgreSQL advisory lock key held while the schema is created ("LKSC"). */
    private static final long SCHEMA_LOCK = 0x4c4b5343L;

    private WorkSchema() {
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    public static void ensure(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String platform = product.contains("postgres") ? "postgresql" : "h2";
            boolean shared = platform.equals("postgresql");
            if (shared) {
                // a manager and its workers may all start on an empty database at once: one creates, the others wait
                execute(c, "SELECT pg_advisory_lock(" + SCHEMA_LOCK + ")");
            }
            try {
                if (!tableExists(c.getMetaData(), c.getSchema(), "batch_job_instance")) {
                    new ResourceDatabasePopulator(
                            new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
                            .populate(c);
                }
                if (tableExists(c.getMetaData(), c.getSchema(), "ls_finding")) {
                    // an older version kept a row per finding; resuming its run here would lose those findings
                    throw new IllegalStateException("the job database was written by an older version of leakscope"
                            + " (a row per finding); run the job again with a new --output folder");
                }
                new ResourceDatabasePopulator(new ClassPathResource("leakscope-schema.sql")).populate(c);
            } finally {
                if (shared) {
                    execute(c, "SELECT pg_advisory_unlock(" + SCHEMA_LOCK + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the job database: " + e.getMessage(), e);
        }
    }

    /** Looks in the connection's own schema only: another schema's tables (another case) do not count. */
    private static boolean tableExists(DatabaseMetaData md, String schema, String table) throws SQLException {
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(null, schema, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
