package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {

    private final List<String> asked = new ArrayList<>();

    private Memo<String> memo(int max) {
        return new Memo<>(k -> {
            asked.add(k);
            return k == null || k.isEmpty() ? null : k.toUpperCase();
        }, max);
    }

    @Test
    void computesEachKeyOnce() {
        Memo<String> m = memo(10);
        assertEquals("A", m.get("a"));
        assertEquals("A", m.get("a"));
        assertEquals("B", m.get("b"));
        assertEquals(List.of("a", "b"), asked);
    }

    @Test
    void remembersNullResults() {
        Memo<String> m = memo(10);
        assertNull(m.get(""));
        assertNull(m.get(""));
        assertEquals(List.of(""), asked);
    }

    @Test
    void nullKeyGoesToTheFunctionEveryTime() {
        Memo<String> m = memo(10);
        assertNull(m.get(null));
        assertNull(m.get(null));
        assertEquals(2, asked.size());
    }

    @Test
    void startsOverWhenFullAndStillAnswersRight() {
        Memo<String> m = memo(2);
        m.get("a");
        m.get("b");
        assertEquals("C", m.get("c")); // full: forgets a and b
        assertEquals("A", m.get("a"));
        assertEquals(List.of("a", "b", "c", "a"), asked);
    }
}
