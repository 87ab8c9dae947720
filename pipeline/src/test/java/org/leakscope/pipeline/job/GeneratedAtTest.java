package org.leakscope.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** summary.json's generated_at has one shape, also on the full minute. */
class GeneratedAtTest {

    @Test
    void secondsAreWrittenOnTheFullMinuteAndFractionsAreNot() {
        assertEquals("2026-11-29T05:36:00Z",
                ReportTasklet.GENERATED_AT.format(OffsetDateTime.of(2026, 11, 29, 5, 36, 0, 0, ZoneOffset.UTC)));
        assertEquals("2026-11-29T05:36:07Z",
                ReportTasklet.GENERATED_AT.format(OffsetDateTime.of(2026, 11, 29, 5, 36, 7, 999_000_000, ZoneOffset.UTC)));
    }
}
