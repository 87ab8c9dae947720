package org.leakscope.pipeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written by the background thread are all there, in order, once close() returns; what the writer meets
 * (a failed insert) reaches the caller instead of being lost, and the writer's rows are one transaction.
 */
class BackgroundBatchesTest {

    private JdbcDataSource ds;
    private JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:batches" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(ds);
        jdbc.update("CREATE TABLE t (id INT PRIMARY KEY, seq INT)");
    }

    private BackgroundBatches<Integer> writer(int batch, List<Integer> seen) {
        return new BackgroundBatches<>("test-rows", ds, batch, () -> jdbc.update("DELETE FROM t"), rows -> {
            seen.addAll(rows);
            List<Object[]> args = new ArrayList<>();
            for (Integer r : rows) {
                args.add(new Object[] {r, seen.size()});
            }
            jdbc.batchUpdate("INSERT INTO t (id, seq) VALUES (?,?)", args);
        }, () -> jdbc.update("INSERT INTO t (id, seq) VALUES (-1, -1)"));
    }

    @Test
    void everyRowIsWrittenInOrderWhenCloseReturns() {
        jdbc.update("INSERT INTO t (id, seq) VALUES (5, 0)"); // replaced: begin deletes it
        List<Integer> seen = new ArrayList<>();
        try (BackgroundBatches<Integer> w = writer(7, seen)) {
            for (int i = 0; i < 1000; i++) {
                w.add(i);
            }
        }
        assertEquals(1001, jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class));
        assertEquals(-1, jdbc.queryForObject("SELECT seq FROM t WHERE id = -1", Integer.class));
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void aFailedInsertReachesTheCallerAndNothingIsCommitted() {
        jdbc.update("INSERT INTO t (id, seq) VALUES (5, 0)");
        List<Integer> seen = new ArrayList<>();
        BackgroundBatches<Integer> w = writer(3, seen);
        // 0..9 then 4 again: a duplicate key in the fourth batch
        DataAccessException e = assertThrows(DataAccessException.class, () -> {
            try (w) {
                for (int i = 0; i < 10; i++) {
                    w.add(i);
                }
                w.add(4);
                for (int i = 100; i < 400; i++) {
                    w.add(i); // the writer has failed: the caller learns it here or at close, never hangs
                }
            }
        });
        assertTrue(e.getMessage().toLowerCase().contains("primary key") || e.getMessage().contains("23505"),
                e.getMessage());
        // the writer's transaction rolled back: its delete too
        assertEquals(List.of(5), jdbc.queryForList("SELECT id FROM t", Integer.class));
    }
}
