package org.leakscope.classifiers.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leakscope.classifiers.model.Finding;

/**
 * The records of a run in record order, each kept as what the rules after record building read: its item and
 * the type and value of each of its findings, in the record's order. Location, record key, offset and
 * confidence only serve to cut an item into records, so they are not kept. Columns in arrays, and a record's
 * values one after another in one string: a finding costs its value's characters and two array slots, where a
 * finding object with its strings cost hundreds of bytes (a string alone some 40 bytes besides its text).
 */
final class Records {

    private final List<String> docIds = new ArrayList<>();
    // one string per finding type: the same few types recur millions of times
    private final Map<String, String> typeNames = new HashMap<>();
    private int[] doc;
    private int[] end; // a record's findings are [end[r - 1], end[r])
    private String[] packs; // by record: its values one after another
    private String[] types;
    private int[] valueEnd; // by finding: where its value ends in its record's pack
    private int size;
    private int findings;
    private final StringBuilder pack = new StringBuilder();

    Records() {
        this(1024);
    }

    /** With room for {@code records} records at first (they grow as needed). */
    Records(int records) {
        int n = Math.max(4, records);
        doc = new int[n];
        end = new int[n];
        packs = new String[n];
        types = new String[4 * n];
        valueEnd = new int[4 * n];
    }

    /** Adds the records of an item that follows every item added so far; returns the number of its first. */
    int addItem(String docId, List<List<Finding>> records) {
        int first = size;
        for (List<Finding> r : records) {
            add(docId, r);
        }
        return first;
    }

    /** Adds a record of item {@code docId}: the last item's or one that follows it. */
    void add(String docId, List<Finding> record) {
        int d = item(docId);
        room(record.size());
        pack.setLength(0);
        for (Finding f : record) {
            types[findings] = typeNames.computeIfAbsent(f.type(), t -> t);
            pack.append(f.value());
            valueEnd[findings] = pack.length();
            findings++;
        }
        // a record of one value keeps the value itself
        packs[size] = record.size() == 1 ? record.get(0).value() : pack.toString();
        doc[size] = d;
        end[size] = findings;
        size++;
    }

    /** Adds a copy of record {@code rec} of {@code from} as a record of item {@code docId} (as {@link #add}). */
    void add(String docId, Records from, int rec) {
        int d = item(docId);
        int first = from.start(rec);
        int count = from.end(rec) - first;
        room(count);
        int base = findings;
        for (int f = 0; f < count; f++) {
            types[findings] = typeNames.computeIfAbsent(from.types[first + f], t -> t);
            valueEnd[findings] = from.valueEnd[first + f];
            findings++;
        }
        packs[size] = from.packs[rec]; // immutable: shared, not copied
        doc[size] = d;
        end[size] = base + count;
        size++;
    }

    /** The number of item {@code docId}, added when it is not the last one. */
    private int item(String docId) {
        if (docIds.isEmpty() || !docIds.get(docIds.size() - 1).equals(docId)) {
            docIds.add(docId);
        }
        return docIds.size() - 1;
    }

    /** Room for one more record of {@code count} findings. */
    private void room(int count) {
        if (size == doc.length) {
            doc = Arrays.copyOf(doc, size + (size >> 1));
            end = Arrays.copyOf(end, doc.length);
            packs = Arrays.copyOf(packs, doc.length);
        }
        int need = findings + count;
        if (need > types.length) {
            int grown = Math.max(need, types.length + (types.length >> 1));
            types = Arrays.copyOf(types, grown);
            valueEnd = Arrays.copyOf(valueEnd, grown);
        }
    }

    int size() {
        return size;
    }

    String docId(int rec) {
        return docIds.get(doc[rec]);
    }

    /** The first finding of record {@code rec}: its findings are {@code start(rec)} to {@code end(rec) - 1}. */
    int start(int rec) {
        return rec == 0 ? 0 : end[rec - 1];
    }

    int end(int rec) {
        return end[rec];
    }

    String type(int finding) {
        return types[finding];
    }

    /** The value of finding {@code finding} of record {@code rec}: a new string unless it is the record's only one. */
    String value(int rec, int finding) {
        int from = finding == start(rec) ? 0 : valueEnd[finding - 1];
        return packs[rec].substring(from, valueEnd[finding]);
    }

    /**
     * Lets go of the values of record {@code rec} once its subject is made, so the records shrink as the
     * subjects grow instead of both being whole at the end.
     */
    void release(int rec) {
        packs[rec] = null;
    }
}
