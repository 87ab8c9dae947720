package org.leakscope.classifiers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScanTextTest {

    @Test
    void mapsOffsetsBackToUnits() {
        ScanText t = ScanText.ofLines("ab", "ｃｄｅ", "f");
        assertEquals("ab\ncde\nf", t.text());
        assertEquals(0, t.unitIndexAt(0));
        assertEquals(0, t.unitIndexAt(2));      // the '\n' belongs to the line before
        assertEquals(1, t.unitIndexAt(3));
        assertEquals(2, t.unitIndexAt(7));
        assertEquals("line=2", t.unitAt(4).location());
    }

    @Test
    void cellContextIsItsHeaderNotItsNeighbours() {
        ScanText t = new ScanText(List.of(
                TextUnit.cell("S", 2, "A", "Routing", "222176709"),
                TextUnit.cell("S", 2, "B", "SSN", "123456789")));
        int start = t.start(1);
        String ctx = t.context(start, start + 9, 60, 15);
        assertTrue(ctx.contains("ssn"));
        assertTrue(!ctx.contains("routing"));
    }
}
