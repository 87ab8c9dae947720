package org.leakscope.classifiers.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    /** Ends the key of a block of running text made of a form table's cells ({@link TextBlocks#formCells}). */
    private static final char FORM_CELLS = 'f';

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

    // a small item's keys in record order (null: a block of running text), for FormFields; null for a big item
    private String[] listedKeys;
    // the database rows' links (TextUnit#rowLinks) of the records that have them, and those records, for TableLinks
    private final List<String> links = new ArrayList<>(0);
    private int[] linked = new int[0];
    private final BitSet linkedNamed = new BitSet();

    /**
     * After {@link #finish}: the row key of each of the item's records in record order (sheet + "#" + row; null for
     * a block of running text), or null when the item has more than {@link FormFields#MAX_RECORDS} records.
     */
    String[] listedKeys() {
        return listedKeys;
    }

    /**
     * After {@link #finish}: the links ({@code self|ref}) of the item's records that are database rows with links,
     * in record order; {@link #linkedRecords} says which records they are.
     */
    List<String> links() {
        return links;
    }

    /**
     * After {@link #finish}: pairs of records (numbers in the records), a second person's record of a row
     * ({@link org.leakscope.classifiers.Classifier#SECOND_PERSON}: a dependant, a spouse) and the row's own
     * person's first record: one household.
     */
    int[] households() {
        return Arrays.copyOf(households, householdCount * 2);
    }

    /**
     * After {@link #finish}: of {@link #households}, the pairs whose second person shares the row's home
     * ({@link org.leakscope.classifiers.Classifier#HOUSEHOLD}: a guardian, a spouse), in the same form.
     */
    int[] homes() {
        return Arrays.copyOf(homes, homeCount * 2);
    }

    private int[] households = new int[0];
    private int householdCount;
    private int[] homes = new int[0];
    private int homeCount;
    // the last row key of a row's own person in the listing (sorted: a row's "+2" key comes after its own keys)
    private String lastRow;
    private int lastRowRecord = -1;

    /** Notes the household of the record just listed (its row key; null: running text). */
    private void noteHousehold(String rowKey) {
        if (rowKey == null) {
            return;
        }
        String row = org.leakscope.classifiers.text.TextUnit.rowOf(rowKey);
        String second = org.leakscope.classifiers.Classifier.SECOND_PERSON;
        String home = org.leakscope.classifiers.Classifier.HOUSEHOLD;
        boolean shared = row.endsWith(second + home);
        if (shared) {
            row = row.substring(0, row.length() - home.length());
        }
        if (row.endsWith(second)) {
            if (lastRow != null && row.length() == lastRow.length() + second.length() && row.startsWith(lastRow)) {
                if (householdCount * 2 == households.length) {
                    households = Arrays.copyOf(households, Math.max(8, households.length * 2));
                }
                households[householdCount * 2] = recs.size() - 1;
                households[householdCount * 2 + 1] = lastRowRecord;
                householdCount++;
                if (shared) {
                    if (homeCount * 2 == homes.length) {
                        homes = Arrays.copyOf(homes, Math.max(8, homes.length * 2));
                    }
                    homes[homeCount * 2] = recs.size() - 1;
                    homes[homeCount * 2 + 1] = lastRowRecord;
                    homeCount++;
                }
            }
            return;
        }
        if (!row.equals(lastRow)) {
            lastRow = row;
            lastRowRecord = recs.size() - 1;
        }
    }

    /** The records (numbers in the records) that {@link #links} belong to. */
    int[] linkedRecords() {
        return linked;
    }

    /** Which of {@link #links}' records name someone ({@link FormFields#namesSomeone}). */
    BitSet linkedNamed() {
        return linkedNamed;
    }

    /** At most this many records of an item keep their links: a dump's rows beyond are not joined across tables. */
    static final int MAX_LINKED = 1 << 18;

    /** Notes the links of the record just listed, when its row key has some and it may take part in a join. */
    private void noteLinks(String rowKey) {
        int l = rowKey == null ? -1 : rowKey.indexOf(org.leakscope.classifiers.text.TextUnit.LINKS);
        if (l < 0 || links.size() >= MAX_LINKED) {
            return;
        }
        String rowLinks = rowKey.substring(l + 1);
        boolean named = FormFields.namesSomeone(recs, recs.size() - 1);
        if (!TableLinks.takesPart(rowLinks, named)) {
            return;
        }
        if (links.size() == linked.length) {
            linked = Arrays.copyOf(linked, Math.max(16, linked.length * 2));
        }
        linked[links.size()] = recs.size() - 1;
        linkedNamed.set(links.size(), named);
        links.add(rowLinks);
    }

    /** Records whose keys are sorted in the heap at a time when the records are kept in a folder. */
    static final int CHUNK = 1 << 20;

    // with a folder: the keys of the item's records from chunkBase on are in keys/keyEnd/kind, those before in runs
    private final int chunk;
    private int chunkBase;
    private KeyRuns runs;

    /** Reads item {@code docId}, which follows every item of {@code recs}, into {@code recs}. */
    ItemRecords(TextBlocks blocks, Records recs, String docId) {
        this(blocks, recs, docId, CHUNK);
    }

    /**
     * As above; with {@code chunk}: when {@code recs} keeps its records in a folder, the keys of every {@code chunk}
     * records are sorted and written there (a roster of 15 million rows held some 40 bytes a row for its keys and
     * their sort until its end).
     */
    ItemRecords(TextBlocks blocks, Records recs, String docId, int chunk) {
        this.blocks = blocks;
        this.recs = recs;
        this.docId = docId;
        this.firstSlot = recs.stored();
        this.chunk = Math.max(1, chunk);
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
                if (TextBlocks.formCells(blockRecords.get(i))) {
                    keys.append(FORM_CELLS); // after the number: the blocks' order stays theirs
                }
                store(blockRecords.get(i), TEXT);
            }
            running.clear();
        }
        if (runs != null) {
            return finishFromRuns();
        }
        int[] order = stableOrder(count, this::compareKeys);
        Set<String> reopened = reopenedRows(order);
        if (!reopened.isEmpty()) {
            storeWhole(reopened);
            order = stableOrder(count, this::compareKeys);
        }
        int first = recs.size();
        List<String> listed = count <= FormFields.MAX_RECORDS ? new ArrayList<>(count) : null;
        for (int i : order) {
            if (kind[i] != DROPPED) {
                recs.list(firstSlot + i);
                noteLinks(kind[i] >= 0 ? rowKeyOf(i) : null);
                noteHousehold(kind[i] >= 0 ? rowKeyOf(i) : null);
                if (listed != null) {
                    listed.add(kind[i] != TEXT ? keys.substring(i == 0 ? 0 : keyEnd[i - 1], keyEnd[i])
                            : keys.charAt(keyEnd[i] - 1) == FORM_CELLS ? FormFields.FORM_BLOCK : null);
                }
            }
        }
        listedKeys = listed == null ? null : listed.toArray(new String[0]);
        keys = null; // the item's keys go before its records are joined
        keyEnd = null;
        kind = null;
        return first;
    }

    /** As the end of {@link #finish}, with the keys in sorted runs: the same order, read merged from disk. */
    private int finishFromRuns() {
        try (KeyRuns sorted = runs) {
            spill();
            Set<String> reopened = new HashSet<>();
            String[] last = {null};
            int[] lastKind = {TEXT};
            sorted.forEachInOrder((key, record, kindOf) -> {
                if (kindOf >= 0 && lastKind[0] >= 0 && key.equals(last[0])) {
                    reopened.add(key.substring(0, kindOf));
                }
                last[0] = key;
                lastKind[0] = kindOf;
            });
            BitSet dropped = new BitSet();
            if (!reopened.isEmpty()) {
                TreeMap<Integer, String> members = new TreeMap<>();
                sorted.forEachInOrder((key, record, kindOf) -> {
                    if (kindOf >= 0 && reopened.contains(key.substring(0, kindOf))) {
                        members.put(record, key.substring(0, kindOf));
                    }
                });
                Map<String, List<Finding>> cells = new LinkedHashMap<>();
                members.forEach((record, key) -> {
                    cellsOf(record, key, cells.computeIfAbsent(key, k -> new ArrayList<>()));
                    dropped.set(record);
                });
                cells.forEach(this::storeRow);
                spill();
            }
            int first = recs.size();
            sorted.forEachInOrder((key, record, kindOf) -> {
                if (!dropped.get(record)) {
                    recs.list(firstSlot + record);
                    noteLinks(kindOf >= 0 ? key.substring(0, kindOf) : null);
                    noteHousehold(kindOf >= 0 ? key.substring(0, kindOf) : null);
                }
            });
            keys = null;
            keyEnd = null;
            kind = null;
            return first;
        }
    }

    /** Sorts the keys held in the heap and writes them as a run. */
    private void spill() {
        int n = count - chunkBase;
        if (n == 0) {
            return;
        }
        if (runs == null) {
            runs = new KeyRuns(recs.folder());
        }
        runs.startRun();
        for (int i : stableOrder(n, this::compareKeys)) {
            int from = i == 0 ? 0 : keyEnd[i - 1];
            runs.add(keys.substring(from, keyEnd[i]), chunkBase + i, kind[i]);
        }
        chunkBase = count;
        keys = new StringBuilder();
        keyEnd = new int[16];
        kind = new int[16];
    }

    /** Adds the cells of the item's record {@code record} (row {@code key}) to {@code cells} and drops the record. */
    private void cellsOf(int record, String key, List<Finding> cells) {
        int slot = firstSlot + record;
        for (int f = recs.slotStart(slot); f < recs.slotEnd(slot); f++) {
            // what cutting a row reads: type, value and offset (a row's cells share their place)
            cells.add(new Finding(Category.PII, recs.type(f), recs.slotValue(slot, f), null, 0, null, null,
                    key, recs.slotOffset(slot, f)));
        }
        recs.releaseSlot(slot);
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
        int local = count - chunkBase;
        if (local == keyEnd.length) {
            keyEnd = Arrays.copyOf(keyEnd, local * 2);
            kind = Arrays.copyOf(kind, local * 2);
        }
        keyEnd[local] = keys.length();
        kind[local] = kindOf;
        recs.store(docId, record);
        count++;
        if (count - chunkBase >= chunk && recs.folder() != null) {
            spill();
        }
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
            cellsOf(i, key, cells.computeIfAbsent(key, k -> new ArrayList<>()));
            kind[i] = DROPPED;
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
