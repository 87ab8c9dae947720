package org.leakscope.pipeline.cli;

import java.lang.management.ManagementFactory;

/**
 * The default of {@code --threads}: one per core, but at most one per 3 GB of the machine's memory, since
 * each thread has its own parser process (up to {@code extract.worker-heap}, 2 GB) beside the job's heap.
 */
final class DefaultThreads {

    static final long BYTES_PER_THREAD = 3L << 30;

    private DefaultThreads() {
    }

    static int get() {
        return of(Runtime.getRuntime().availableProcessors(), totalMemory());
    }

    static int of(int cores, long memoryBytes) {
        int byMemory = memoryBytes <= 0 ? cores : (int) Math.max(1, memoryBytes / BYTES_PER_THREAD);
        return Math.max(1, Math.min(cores, byMemory));
    }

    private static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }
}
