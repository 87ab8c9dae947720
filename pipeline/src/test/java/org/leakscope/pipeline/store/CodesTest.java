package org.leakscope.pipeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void splitsSortsAndDropsBlankParts() {
        assertEquals(List.of(), List.copyOf(Codes.split(null)));
        assertEquals(List.of(), List.copyOf(Codes.split("")));
        assertEquals(List.of(), List.copyOf(Codes.split(" ; ;")));
        assertEquals(List.of("US-CA"), List.copyOf(Codes.split("US-CA")));
        assertEquals(List.of("EMAIL_ADDRESS", "PERSON_NAME", "US_SSN"),
                List.copyOf(Codes.split(" US_SSN;PERSON_NAME ;;EMAIL_ADDRESS;")));
        assertEquals(List.of("a"), List.copyOf(Codes.split("a;a")));
    }

    @Test
    void joinIsSortedAndSplitReadsItBack() {
        assertNull(Codes.join(List.of()));
        assertNull(Codes.join(null));
        String joined = Codes.join(List.of("JP", "DE", "US-NY"));
        assertEquals("DE;JP;US-NY", joined);
        assertEquals(List.of("DE", "JP", "US-NY"), List.copyOf(Codes.split(joined)));
    }
}
