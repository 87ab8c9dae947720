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
 * ({@link #RECORD_ORDER}). A record is stored as soon as it is made ({@link Records#store}) and listed in key
 * order at the item's end ({@link Records#list}): the item's records are not held a second time for the sort.
 * One instance reads one item.
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

    private static final int TEXT = -1;
    private static final int DROPPED = -2;

    private final TextBlocks blocks;
    private final Records recs;
    private final String docId;
    private final List<Finding> row = new ArrayList<>();
    private String rowKey;
    private final List<Finding> running = new ArrayList<>();
    // the item's records so far, stored in recs from firstSlot on in the order they were made (record i of the
    // item is slot firstSlot + i), with their keys
    private final int firstSlot;
    private int count;
    private StringBuilder keys = new StringBuilder();
    // by record of the item: where its key ends in keys, and the length of its row key (TEXT: a block of running
    // text; DROPPED: a part of a row stored again whole). The findings' offsets, to cut a row again from its
    // records, are stored with them (Records#slotOffset)
    private int[] keyEnd = new int[16];
    private int[] kind = new int[16];

    /** Reads item {@code docId}, which follows every item of {@code recs}, into {@code recs}. */
    ItemRecords(TextBlocks blocks, Records recs, String docId) {
        this.blocks = blocks;
        this.recs = recs;
        this.docId = docId;
        this.firstSlot = recs.stored();
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
     * Lists the item's records in record order (after the records listed so far); returns the number of the
     * first (the size of the records when the item has none). The item is read.
     */
    int finish() {
        closeRow();
        if (!running.isEmpty()) {
            List<List<Finding>> blockRecords = blocks.split(running);
            for (int i = 0; i < blockRecords.size(); i++) {
                keys.append('\u0001').append(zeroPadded(i, 8));
                store(blockRecords.get(i), TEXT);
            }
            running.clear();
        }
        int[] order = stableOrder(count, this::compareKeys);
        Set<String> reopened = reopenedRows(order);
        if (!reopened.isEmpty()) {
            storeWhole(reopened);
            order = stableOrder(count, this::compareKeys);
        }
        int first = recs.size();
        for (int i : order) {
            if (kind[i] != DROPPED) {
                recs.list(firstSlot + i);
            }
        }
        keys = null; // the item's keys go before its records are joined
        keyEnd = null;
        kind = null;
        return first;
    }

    private void closeRow() {
        if (!row.isEmpty()) {
            storeRow(rowKey, row);
            row.clear();
        }
        rowKey = null;
    }

    /** Stores the records of one row, {@link TextBlocks#splitRow}. {@code findings} is free again on return. */
    private void storeRow(String key, List<Finding> findings) {
        List<List<Finding>> parts = blocks.splitRow(findings);
        for (int i = 0; i < parts.size(); i++) {
            keys.append(key);
            if (i > 0) {
                keys.append('\u0000').append(zeroPadded(i, 4));
            }
            store(parts.get(i), key.length());
        }
    }

    /** Stores a record whose key was just appended to {@code keys}. */
    private void store(List<Finding> record, int kindOf) {
        if (record.size() > 1) {
            record.sort(RECORD_ORDER);
        }
        if (count == keyEnd.length) {
            keyEnd = Arrays.copyOf(keyEnd, count * 2);
            kind = Arrays.copyOf(kind, count * 2);
        }
        keyEnd[count] = keys.length();
        kind[count] = kindOf;
        recs.store(docId, record);
        count++;
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
    private Set<String> reopenedRows(int[] order) {
        Set<String> out = new HashSet<>();
        for (int k = 1; k < order.length; k++) {
            int a = order[k - 1];
            int b = order[k];
            if (kind[a] >= 0 && kind[b] >= 0 && compareKeys(a, b) == 0) {
                out.add(rowKeyOf(b));
            }
        }
        return out;
    }

    private String rowKeyOf(int i) {
        int from = i == 0 ? 0 : keyEnd[i - 1];
        return keys.substring(from, from + kind[i]);
    }

    /** Drops the records of the rows {@code rows} and stores those rows again, each cut from all its cells at once. */
    private void storeWhole(Set<String> rows) {
        Map<String, List<Finding>> cells = new LinkedHashMap<>();
        for (int i = 0, made = count; i < made; i++) {
            String key = kind[i] >= 0 ? rowKeyOf(i) : null;
            if (key == null || !rows.contains(key)) {
                continue;
            }
            List<Finding> cellsOfRow = cells.computeIfAbsent(key, k -> new ArrayList<>());
            int slot = firstSlot + i;
            for (int f = recs.slotStart(slot); f < recs.slotEnd(slot); f++) {
                // what cutting a row reads: type, value and offset (a row's cells share their place)
                cellsOfRow.add(new Finding(Category.PII, recs.type(f), recs.slotValue(slot, f), null, 0, null, null,
                        key, recs.slotOffset(slot, f)));
            }
            kind[i] = DROPPED;
            recs.releaseSlot(slot);
        }
        cells.forEach(this::storeRow);
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
