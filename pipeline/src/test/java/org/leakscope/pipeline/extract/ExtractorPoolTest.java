package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

/** Each thread keeps its own extractor, so what it announces is read ahead by the one it then asks. */
class ExtractorPoolTest {

    private static void announceThenAsk(ItemExtractor pool, String prefix) {
        for (int i = 0; i < 3; i++) {
            pool.prefetch(Path.of(prefix + i), prefix + i);
        }
        for (int i = 0; i < 3; i++) {
            pool.extract(Path.of(prefix + i), prefix + i, item -> { });
        }
    }

    @Test
    void eachThreadAnnouncesToAndAsksTheSameExtractor() throws InterruptedException {
        RecordingExtractor x = new RecordingExtractor();
        RecordingExtractor y = new RecordingExtractor();
        ExtractorPool pool = new ExtractorPool(List.of(x, y));
        CountDownLatch bothOwn = new CountDownLatch(2);
        Thread a = new Thread(() -> {
            pool.prefetch(Path.of("a-first"), "a-first");
            bothOwn.countDown();
            await(bothOwn);
            announceThenAsk(pool, "a");
        });
        Thread b = new Thread(() -> {
            pool.prefetch(Path.of("b-first"), "b-first");
            bothOwn.countDown();
            await(bothOwn);
            announceThenAsk(pool, "b");
        });
        a.start();
        b.start();
        a.join();
        b.join();
        RecordingExtractor ofA = x.announced.contains("a-first") ? x : y;
        RecordingExtractor ofB = ofA == x ? y : x;
        assertNotSame(ofA, ofB);
        assertEquals(List.of("a-first", "a0", "a1", "a2"), ofA.announced);
        assertEquals(List.of("a0", "a1", "a2"), ofA.asked);
        assertEquals(List.of("b-first", "b0", "b1", "b2"), ofB.announced);
        assertEquals(List.of("b0", "b1", "b2"), ofB.asked);
    }

    @Test
    void aThreadWithoutAnExtractorOfItsOwnBorrowsAFreeOne() throws InterruptedException {
        RecordingExtractor x = new RecordingExtractor();
        ExtractorPool pool = new ExtractorPool(List.of(x));
        pool.extract(Path.of("main"), "main", item -> { }); // this thread owns x now
        Thread other = new Thread(() -> pool.extract(Path.of("other"), "other", item -> { }));
        other.start();
        other.join();
        assertEquals(List.of("main", "other"), x.asked);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
