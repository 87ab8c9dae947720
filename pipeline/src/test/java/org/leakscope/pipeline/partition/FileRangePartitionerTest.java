package org.leakscope.pipeline.partition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;

class FileRangePartitionerTest {

    private static List<long[]> files(long... weights) {
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            out.add(new long[] {i + 1, weights[i]});
        }
        return out;
    }

    /** Every file in exactly one range, ranges contiguous and in order. */
    private static void assertCovers(List<long[]> files, List<long[]> ranges) {
        long next = files.get(0)[0];
        for (long[] r : ranges) {
            assertEquals(next, r[0], "ranges are contiguous");
            assertTrue(r[1] >= r[0], "no empty range");
            next = r[1] + 1;
        }
        assertEquals(files.get(files.size() - 1)[0] + 1, next, "the last file is covered");
    }

    @Test
    void equalFilesAreSplitEvenly() {
        List<long[]> f = files(1, 1, 1, 1, 1, 1, 1, 1);
        List<long[]> r = FileRangePartitioner.ranges(f, 4);
        assertEquals(4, r.size());
        assertCovers(f, r);
        for (long[] range : r) {
            assertEquals(2, range[1] - range[0] + 1);
        }
    }

    @Test
    void oneHugeFileGetsARangeOfItsOwn() {
        List<long[]> f = files(1, 1, 1000, 1, 1, 1);
        List<long[]> r = FileRangePartitioner.ranges(f, 3);
        assertCovers(f, r);
        assertTrue(r.stream().anyMatch(x -> x[0] == 3 && x[1] == 3) || r.stream().anyMatch(x -> x[1] == 3),
                "the huge file closes a range");
        assertTrue(r.size() >= 2);
    }

    @Test
    void moreRangesThanFilesGivesOneFileEach() {
        List<long[]> f = files(5, 5, 5);
        List<long[]> r = FileRangePartitioner.ranges(f, 10);
        assertEquals(3, r.size());
        assertCovers(f, r);
    }

    @Test
    void noFilesStillGivesOneEmptyPartition() {
        List<long[]> r = FileRangePartitioner.ranges(List.of(), 4);
        assertEquals(1, r.size());
        assertTrue(r.get(0)[1] < r.get(0)[0], "an empty range reads nothing");
    }

    @Test
    void oneRangeTakesAll() {
        List<long[]> f = files(3, 9, 27);
        assertArrayEquals(new long[] {1, 3}, FileRangePartitioner.ranges(f, 1).get(0));
    }

    @Test
    void partitionRequestsTravelAsPlainText() {
        String wire = PartitionRequests.encode(new StepExecutionRequest("extractPartitionStep", 42L));
        assertEquals("extractPartitionStep/42", wire);
        StepExecutionRequest back = PartitionRequests.decode(wire);
        assertEquals("extractPartitionStep", back.getStepName());
        assertEquals(42L, back.getStepExecutionId());
        assertThrows(IllegalArgumentException.class, () -> PartitionRequests.decode("rO0ABXNy"));
        assertThrows(IllegalArgumentException.class, () -> PartitionRequests.decode("step/notanumber"));
    }
}
