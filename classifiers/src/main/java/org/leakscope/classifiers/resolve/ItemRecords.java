package org.leakscope.classifiers.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/**
 * Cuts one item's findings into its records as the findings come, so that an item of millions of findings (a
 * roster of half a million rows) is never in memory whole:
 * <ul>
 *   <li>a table row (findings sharing a recordKey; a value that would give it a second person's data is a record
 *       of its own, {@link TextBlocks#splitRow}) becomes its compact record as soon as a finding of another row
 *       comes: the classifier hands an item's findings in text order, and a row's cells stand together;</li>
 *   <li>running text is cut into blocks ({@link TextBlocks#split}) at the item's end: its findings wait;</li>
 *   <li>at the item's end its compact records are put in the order of their keys (doc id aside): the row key
 *       (then NUL and the part's number for a row's split-off values), or U+0001 and the block's number.</li>
 * </ul>
 * The records are those of the item read at once, whatever the order of its findings: a row whose cells do not
 * all come together (a JSON record whose nested records stand between its values, findings in any order) shows
 * at the end as two records of one key, and is cut again from all its cells. Each record's findings are sorted
 * ({@link #RECORD_ORDER}). One instance reads one item.
 */
final class ItemRecords {

    // row findings arrive in job order; sorted so that "first name seen" does not depend on it
    static final Comparator<Finding> RECORD_ORDER = (a, b) -> {
        int c = Integer.compare(a.offset(), b.offset());
        if (c == 0) {
            c = a.type().compareTo(b.type());
        }
        if (c == 0) {
            c = a.value().compareTo(b.value());
        }
        return c != 0 ? c : String.valueOf(a.location()).compareTo(String.valueOf(b.location()));
    };

    private final TextBlocks blocks;
    private final List<Finding> row = new ArrayList<>();
    private String rowKey;
    private final List<Finding> running = new ArrayList<>();
    private Pending pending = new Pending();

    ItemRecords(TextBlocks blocks) {
        this.blocks = blocks;
    }

    /** Takes the item's next finding; one that is not PII or has no value makes no record. */
    void add(Finding f) {
        if (f == null || f.category() != Category.PII || f.value() == null) {
            return;
        }
        String key = f.recordKey();
        if (key == null) {
            running.add(f);
            return;
        }
        if (!key.equals(rowKey)) {
            closeRow();
            rowKey = key;
        }
        row.add(f);
    }

    /**
     * Adds the item's records to {@code recs} in record order as records of {@code docId}; returns the number of
     * the first (the size of {@code recs} when the item has none).
     */
    int addTo(Records recs, String docId) {
        closeRow();
        if (!running.isEmpty()) {
            pending.addText(blocks.split(running));
            running.clear();
        }
        int[] order = pending.order();
        Set<String> reopened = pending.reopenedRows(order);
        if (!reopened.isEmpty()) {
            pending = pending.rejoined(reopened);
            order = pending.order();
        }
        int first = recs.size();
        for (int r : order) {
            recs.add(docId, pending.recs, r);
        }
        return first;
    }

    private void closeRow() {
        if (!row.isEmpty()) {
            pending.addRow(rowKey, row);
            row.clear();
        }
        rowKey = null;
    }

    /** The item's records so far, in the order they were made, with their keys and their findings' offsets. */
    private final class Pending {
        final Records recs = new Records(16);
        // by finding: its offset, to cut a row again from its records
        private int[] offsets = new int[64];
        // by record: where its key ends in keys, and the length of its row key (-1: a block of running text)
        private final StringBuilder keys = new StringBuilder();
        private int[] keyEnd = new int[16];
        private int[] rowKeyLength = new int[16];

        /** The records of one row, {@link TextBlocks#splitRow}. {@code findings} is free again on return. */
        void addRow(String key, List<Finding> findings) {
            List<List<Finding>> parts = blocks.splitRow(findings);
            for (int i = 0; i < parts.size(); i++) {
                keys.append(key);
                if (i > 0) {
                    keys.append('\u0000').append(zeroPadded(i, 4));
                }
                add(parts.get(i), key.length());
            }
        }

        void addText(List<List<Finding>> blockRecords) {
            for (int i = 0; i < blockRecords.size(); i++) {
                keys.append('\u0001').append(zeroPadded(i, 8));
                add(blockRecords.get(i), -1);
            }
        }

        /** Adds a record whose key was just appended to {@code keys}. */
        private void add(List<Finding> record, int rowKeyLen) {
            if (record.size() > 1) {
                record.sort(RECORD_ORDER);
            }
            int f = room(record.size(), rowKeyLen);
            for (Finding x : record) {
                offsets[f++] = x.offset();
            }
            recs.add("", record);
        }

        /** Adds record {@code r} of {@code from}, whose key was just appended to {@code keys}. */
        private void copy(Pending from, int r) {
            int first = from.recs.start(r);
            int count = from.recs.end(r) - first;
            int at = room(count, from.rowKeyLength[r]); // may grow offsets
            System.arraycopy(from.offsets, first, offsets, at, count);
            recs.add("", from.recs, r);
        }

        /** Notes the key just appended for the next record, of {@code count} findings; returns its first finding. */
        private int room(int count, int rowKeyLen) {
            int r = recs.size();
            int f = r == 0 ? 0 : recs.end(r - 1);
            if (r == keyEnd.length) {
                keyEnd = Arrays.copyOf(keyEnd, r * 2);
                rowKeyLength = Arrays.copyOf(rowKeyLength, r * 2);
            }
            if (f + count > offsets.length) {
                offsets = Arrays.copyOf(offsets, Math.max(f + count, offsets.length * 2));
            }
            keyEnd[r] = keys.length();
            rowKeyLength[r] = rowKeyLen;
            return f;
        }

        /** The record numbers in the order of their keys; records of equal keys in the order they were made. */
        int[] order() {
            return stableOrder(recs.size(), this::compareKeys);
        }

        private int compareKeys(int a, int b) {
            int i = a == 0 ? 0 : keyEnd[a - 1];
            int j = b == 0 ? 0 : keyEnd[b - 1];
            int iEnd = keyEnd[a];
            int jEnd = keyEnd[b];
            for (; i < iEnd && j < jEnd; i++, j++) {
                char x = keys.charAt(i);
                char y = keys.charAt(j);
                if (x != y) {
                    return x - y;
                }
            }
            return (iEnd - i) - (jEnd - j); // as String.compareTo: the shorter first
        }

        /** The row keys of which two records have one key: rows whose cells did not all come together. */
        Set<String> reopenedRows(int[] order) {
            Set<String> out = new HashSet<>();
            for (int k = 1; k < order.length; k++) {
                int a = order[k - 1];
                int b = order[k];
                if (rowKeyLength[a] >= 0 && rowKeyLength[b] >= 0 && compareKeys(a, b) == 0) {
                    out.add(rowKey(b));
                }
            }
            return out;
        }

        private String rowKey(int r) {
            int from = r == 0 ? 0 : keyEnd[r - 1];
            return keys.substring(from, from + rowKeyLength[r]);
        }

        /** These records with the rows of {@code rows} cut again from all their cells at once. */
        Pending rejoined(Set<String> rows) {
            Pending out = new Pending();
            Map<String, List<Finding>> cells = new LinkedHashMap<>();
            for (int r = 0; r < recs.size(); r++) {
                int from = r == 0 ? 0 : keyEnd[r - 1];
                String key = rowKeyLength[r] >= 0 ? rowKey(r) : null;
                if (key != null && rows.contains(key)) {
                    List<Finding> cellsOfRow = cells.computeIfAbsent(key, k -> new ArrayList<>());
                    for (int f = recs.start(r); f < recs.end(r); f++) {
                        // what cutting a row reads: type, value and offset (a row's cells share their place)
                        cellsOfRow.add(new Finding(Category.PII, recs.type(f), recs.value(r, f), null, 0, null, null, key,
                                offsets[f]));
                    }
                } else {
                    out.keys.append(keys, from, keyEnd[r]);
                    out.copy(this, r);
                }
            }
            cells.forEach(out::addRow);
            return out;
        }
    }

    /** {@code value} in decimal with leading zeros to {@code width} digits (String.format's %0Nd). */
    static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /**
     * The numbers 0..n-1 sorted by {@code compare}, ties in ascending order (a stable bottom-up merge sort on two
     * int arrays: no boxed numbers for the half million rows of a roster).
     */
    static int[] stableOrder(int n, IntBinaryOperator compare) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                if (mid >= hi || compare.applyAsInt(a[mid - 1], a[mid]) <= 0) {
                    System.arraycopy(a, lo, b, lo, hi - lo); // already in order
                    continue;
                }
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    b[k] = j >= hi || (i < mid && compare.applyAsInt(a[i], a[j]) <= 0) ? a[i++] : a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
