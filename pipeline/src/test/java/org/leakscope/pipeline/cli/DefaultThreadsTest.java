package org.leakscope.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DefaultThreadsTest {

    private static final long GB = 1L << 30;

    @Test
    void oneThreadPerCoreWhileMemoryLasts() {
        assertEquals(2, DefaultThreads.of(2, 24 * GB));
        assertEquals(8, DefaultThreads.of(64, 24 * GB), "64 cores, 24 GB: 8 parser processes, not 64");
        assertEquals(1, DefaultThreads.of(8, 2 * GB), "never below one");
        assertEquals(4, DefaultThreads.of(4, -1), "memory unknown: the cores");
        assertEquals(1, DefaultThreads.of(0, 24 * GB));
    }
}
