package org.leakscope.classifiers.resolve;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable sorted set of strings in one sorted array. A run holds a subject per person, hundreds of
 * thousands of them, each with six small sets (most empty or of one element): as TreeSets behind unmodifiable
 * views they took ~1.3 KB a person and ran a 1 GB heap out of memory at about 340,000 people; as arrays they
 * take a fifth of that. Natural order, like the TreeSets it replaces.
 */
public final class SortedStrings extends AbstractSet<String> implements SortedSet<String> {

    private final String[] items; // ascending, distinct, no nulls

    private SortedStrings(String[] items) {
        this.items = items;
    }

    /** The strings of {@code c} as a compact immutable sorted set (the shared empty set when there are none). */
    public static SortedSet<String> copyOf(Collection<String> c) {
        if (c == null || c.isEmpty()) {
            return Collections.emptySortedSet();
        }
        if (c instanceof SortedStrings s) {
            return s;
        }
        String[] a = (c instanceof SortedSet<String> s && s.comparator() == null ? s : new TreeSet<>(c))
                .toArray(new String[0]);
        return new SortedStrings(a);
    }

    /**
     * The distinct strings of {@code values} (any order, repeats allowed) as a compact sorted set: one array
     * sort where a TreeSet would allocate a node per value.
     */
    static SortedSet<String> ofUnsorted(Collection<String> values) {
        if (values.isEmpty()) {
            return Collections.emptySortedSet();
        }
        String[] a = values.toArray(new String[0]);
        Arrays.sort(a);
        int n = 1;
        for (int i = 1; i < a.length; i++) {
            if (!a[i].equals(a[n - 1])) {
                a[n++] = a[i];
            }
        }
        return new SortedStrings(n == a.length ? a : Arrays.copyOf(a, n));
    }

    /** The strings of {@code items}, ascending and distinct already (as {@link #items} gives them), as a set. */
    static SortedSet<String> ofSorted(String[] items) {
        return items.length == 0 ? Collections.emptySortedSet() : new SortedStrings(items);
    }

    /** The strings of a set this class made (or an empty one), ascending; the caller must not change them. */
    static String[] items(SortedSet<String> set) {
        return set instanceof SortedStrings s ? s.items : set.toArray(new String[0]);
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && Arrays.binarySearch(items, s) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < items.length;
            }

            @Override
            public String next() {
                if (next >= items.length) {
                    throw new NoSuchElementException();
                }
                return items[next++];
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String first() {
        return items[0];
    }

    @Override
    public String last() {
        return items[items.length - 1];
    }

    @Override
    public SortedSet<String> subSet(String fromElement, String toElement) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(this).subSet(fromElement, toElement));
    }

    @Override
    public SortedSet<String> headSet(String toElement) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(this).headSet(toElement));
    }

    @Override
    public SortedSet<String> tailSet(String fromElement) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(this).tailSet(fromElement));
    }
}
