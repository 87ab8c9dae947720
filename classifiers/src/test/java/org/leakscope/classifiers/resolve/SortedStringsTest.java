package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SortedStringsTest {

    @Test
    void sortedDistinctAndEqualToATreeSet() {
        SortedSet<String> s = SortedStrings.copyOf(List.of("US-CA", "JP", "US-CA", "DE"));
        assertEquals(List.of("DE", "JP", "US-CA"), new ArrayList<>(s));
        assertEquals(new TreeSet<>(List.of("DE", "JP", "US-CA")), s);
        assertEquals(s, new TreeSet<>(List.of("DE", "JP", "US-CA")));
        assertEquals(new TreeSet<>(List.of("DE", "JP", "US-CA")).hashCode(), s.hashCode());
        assertTrue(s.contains("JP"));
        assertFalse(s.contains("FR"));
        assertFalse(s.contains(null));
        assertEquals("DE", s.first());
        assertEquals("US-CA", s.last());
        assertEquals(new TreeSet<>(List.of("JP")), s.subSet("E", "U"));
        assertEquals(new TreeSet<>(List.of("DE")), s.headSet("JP"));
        assertEquals(new TreeSet<>(List.of("JP", "US-CA")), s.tailSet("JP"));
    }

    @Test
    void emptyIsSharedAndNothingCanBeChanged() {
        assertSame(Collections.emptySortedSet(), SortedStrings.copyOf(List.of()));
        assertSame(Collections.emptySortedSet(), SortedStrings.copyOf(null));
        SortedSet<String> s = SortedStrings.copyOf(List.of("a"));
        assertThrows(UnsupportedOperationException.class, () -> s.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> s.iterator().remove());
        assertSame(s, SortedStrings.copyOf(s), "already compact: not copied again");
    }

    @Test
    void aSubjectKeepsCompactCopiesOfItsSets() {
        TreeSet<String> emails = new TreeSet<>(List.of("b@x.jp", "a@x.jp"));
        Subject subject = new Subject("S000001", "山田 太郎", emails, null, null, new TreeSet<>(), emails, false,
                emails, null);
        emails.add("c@x.jp");
        assertEquals(List.of("a@x.jp", "b@x.jp"), new ArrayList<>(subject.emails()), "a later change of the source is not seen");
        assertTrue(subject.phones().isEmpty());
        assertTrue(subject.obligations().isEmpty());
    }
}
