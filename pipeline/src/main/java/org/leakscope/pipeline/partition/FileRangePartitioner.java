package org.leakscope.pipeline.partition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leakscope.pipeline.store.WorkStore;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts the crawled files into contiguous {@code file_no} ranges of about equal work (bytes plus a fixed
 * cost per file, so a folder of many small files weighs what it costs). Each partition carries everything
 * a worker in another JVM needs to run it: its range, its own Lucene shard folder and the run's options.
 * Spring Batch stores these contexts in the job repository, so a restart re-runs exactly the partitions
 * that did not complete, with the same ranges.
 */
public final class FileRangePartitioner implements Partitioner {

    /** Per-file cost in bytes: opening a file and starting its parse costs about as much as reading 64 KiB. */
    static final long FILE_COST = 64 * 1024;

    private final WorkStore store;
    private final PartitionSettings run;

    public FileRangePartitioner(WorkStore store, PartitionSettings run) {
        this.store = store;
        this.run = run;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<long[]> ranges = ranges(store.fileWeights(FILE_COST), Math.max(1, gridSize));
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            String name = String.format("partition%04d", i);
            ExecutionContext ctx = new ExecutionContext();
            ctx.putLong(PartitionSettings.FIRST_FILE, ranges.get(i)[0]);
            ctx.putLong(PartitionSettings.LAST_FILE, ranges.get(i)[1]);
            run.writeTo(ctx, run.shardsDir().resolve(name));
            out.put(name, ctx);
        }
        return out;
    }

    /**
     * Splits files (file_no, weight), ordered by file_no, into at most {@code n} contiguous ranges of about
     * equal total weight; never an empty range. No files: one empty range so the step still runs once.
     */
    static List<long[]> ranges(List<long[]> weights, int n) {
        if (weights.isEmpty()) {
            return List.of(new long[] {1, 0});
        }
        long total = 0;
        for (long[] w : weights) {
            total += w[1];
        }
        List<long[]> out = new java.util.ArrayList<>();
        long start = weights.get(0)[0];
        long acc = 0;
        int left = Math.min(n, weights.size());
        long remaining = total;
        for (int i = 0; i < weights.size(); i++) {
            long[] w = weights.get(i);
            acc += w[1];
            boolean last = i == weights.size() - 1;
            // close the range once it holds its share of what is left, keeping files for the other ranges
            if (last || (left > 1 && acc * left >= remaining && weights.size() - i - 1 >= left - 1)) {
                out.add(new long[] {start, w[0]});
                remaining -= acc;
                acc = 0;
                left--;
                if (!last) {
                    start = weights.get(i + 1)[0];
                }
            }
        }
        return out;
    }
}
