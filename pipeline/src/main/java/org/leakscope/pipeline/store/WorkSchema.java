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

    private WorkSchema() {
    }

    public static void ensure(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String platform = product.contains("postgres") ? "postgresql" : "h2";
            if (!tableExists(c.getMetaData(), c.getSchema(), "batch_job_instance")) {
                new ResourceDatabasePopulator(
                        new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
                        .populate(c);
            }
            new ResourceDatabasePopulator(new ClassPathResource("leakscope-schema.sql")).populate(c);
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
