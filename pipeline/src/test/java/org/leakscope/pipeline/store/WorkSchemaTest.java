package org.leakscope.pipeline.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The work tables are created once and left alone; a database of the older layout is refused, not half-used. */
class WorkSchemaTest {

    private static JdbcDataSource freshDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:schema" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    void aSecondRunOnTheSameDatabaseKeepsItsTables() {
        JdbcDataSource ds = freshDatabase();
        WorkSchema.ensure(ds);
        new JdbcTemplate(ds).update("INSERT INTO ls_file (file_no, path, abs_path) VALUES (1, 'a', '/a')");
        assertDoesNotThrow(() -> WorkSchema.ensure(ds));
        assertTrue(new WorkStore(new JdbcTemplate(ds)).countFiles() == 1);
    }

    @Test
    void aDatabaseWithARowPerFindingIsRefusedWithAReason() {
        JdbcDataSource ds = freshDatabase();
        new JdbcTemplate(ds).execute("CREATE TABLE ls_finding (doc_id VARCHAR(32), seq INT)");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WorkSchema.ensure(ds));
        assertTrue(e.getMessage().contains("older version") && e.getMessage().contains("--output"), e.getMessage());
    }
}
