package org.leakscope.pipeline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows handed over one by one and written a batch at a time by a thread of its own, in one transaction of its
 * own: the resolver links people on the calling thread while the inserts (half the people step on a dense
 * roster) run on the other core. At most {@value #QUEUED} batches wait, so memory stays bounded. {@link #close()}
 * waits for the last insert and commits, or throws what the writer met; a failure also shows at the next add.
 * The writer's transaction is not the caller's: what it writes must not need the caller's uncommitted rows, and
 * it must delete what it replaces itself ({@code begin}), else its inserts would wait on the caller's locks.
 */
final class BackgroundBatches<T> implements AutoCloseable {

    private static final int QUEUED = 4;
    private static final List<Object> END = new ArrayList<>(0);

    private final int batchSize;
    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread writer;
    private List<T> batch;
    private volatile Throwable failure;
    private boolean reported; // thrown once: close() after a failed add() must not throw it again
    private boolean closed;

    /**
     * @param begin  runs first, in the writer's transaction (the deletes of a replace)
     * @param insert writes one batch
     * @param end    runs last, in the same transaction (what the writer still buffers)
     */
    BackgroundBatches(String name, DataSource dataSource, int batchSize, Runnable begin, Consumer<List<T>> insert,
                      Runnable end) {
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.writer = new Thread(() -> {
            try {
                tx.executeWithoutResult(status -> {
                    begin.run();
                    for (List<T> b = take(); b != END; b = take()) {
                        insert.accept(b);
                    }
                    end.run();
                });
            } catch (Throwable e) {
                failure = e;
                // the caller may be waiting to queue a batch: take the rest so that it gets to close()
                while (take() != END) {
                    // dropped
                }
            }
        }, name);
        writer.setDaemon(true);
        writer.start();
    }

    @SuppressWarnings("unchecked")
    private List<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return (List<T>) END;
        }
    }

    void add(T row) {
        batch.add(row);
        if (batch.size() == batchSize) {
            put(batch);
            batch = new ArrayList<>(batchSize);
        }
    }

    @SuppressWarnings("unchecked")
    private void put(List<T> b) {
        rethrow();
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new DataAccessResourceFailureException("interrupted while writing rows", e);
        }
    }

    private void rethrow() {
        Throwable e = reported ? null : failure;
        if (e != null) {
            reported = true;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        } else if (e instanceof Error err) {
            throw err;
        } else if (e != null) {
            throw new DataAccessResourceFailureException("cannot write rows: " + e, e);
        }
    }

    /**
     * Queues the last batch, waits for the writer to commit; throws what it met. Closed after the caller failed,
     * it still commits what was handed over: a step that failed runs again and replaces its rows.
     */
    @Override
    @SuppressWarnings("unchecked")
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!batch.isEmpty() && failure == null) {
                queue.put(batch);
            }
            queue.put((List<T>) END); // the writer takes it even after a failure: it drains to END
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new DataAccessResourceFailureException("interrupted while writing rows", e);
        } finally {
            batch = List.of();
        }
        rethrow();
    }
}
