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
 *
 * <p>A record is stored in a slot as it is made ({@link #store}) and takes its place in record order when it is
 * listed ({@link #list}): an item's rows are stored as they end and listed in the order of their keys at the
 * item's end, so the records of a big item are not held a second time to be sorted. Record numbers (the
 * arguments named {@code rec}) are places in record order; a finding number is one of {@code start(rec)} to
 * {@code end(rec) - 1}.
 */
final class Records {

    private final List<String> docIds = new ArrayList<>();
    // one string per finding type: the same few types recur millions of times
    private final Map<String, String> typeNames = new HashMap<>();
    // by slot
    private int[] doc;
    private int[] end; // a slot's findings are [end[s - 1], end[s])
    private String[] packs; // its values one after another
    private int slots;
    // by finding
    private String[] types;
    private int[] valueEnd; // where its value ends in its record's pack
    private int findings;
    // by record: its slot
    private int[] order;
    private int size;
    private final StringBuilder pack = new StringBuilder();

    Records() {
        int n = 1024;
        doc = new int[n];
        end = new int[n];
        packs = new String[n];
        order = new int[n];
        types = new String[4 * n];
        valueEnd = new int[4 * n];
    }

    /** Adds the records of an item that follows every item added so far; returns the number of its first. */
    int addItem(String docId, List<List<Finding>> records) {
        int first = size;
        for (List<Finding> r : records) {
            list(store(docId, r));
        }
        return first;
    }

    /**
     * Stores a record of item {@code docId} (the last item's or one that follows it) without giving it a place in
     * record order yet; returns its slot.
     */
    int store(String docId, List<Finding> record) {
        if (docIds.isEmpty() || !docIds.get(docIds.size() - 1).equals(docId)) {
            docIds.add(docId);
        }
        if (slots == doc.length) {
            doc = Arrays.copyOf(doc, slots + (slots >> 1));
            end = Arrays.copyOf(end, doc.length);
            packs = Arrays.copyOf(packs, doc.length);
        }
        int need = findings + record.size();
        if (need > types.length) {
            int grown = Math.max(need, types.length + (types.length >> 1));
            types = Arrays.copyOf(types, grown);
            valueEnd = Arrays.copyOf(valueEnd, grown);
        }
        pack.setLength(0);
        for (Finding f : record) {
            types[findings] = typeNames.computeIfAbsent(f.type(), t -> t);
            pack.append(f.value());
            valueEnd[findings] = pack.length();
            findings++;
        }
        // a record of one value keeps the value itself
        packs[slots] = record.size() == 1 ? record.get(0).value() : pack.toString();
        doc[slots] = docIds.size() - 1;
        end[slots] = findings;
        return slots++;
    }

    /** Gives the record stored in {@code slot} the next place in record order. */
    void list(int slot) {
        if (size == order.length) {
            order = Arrays.copyOf(order, size + (size >> 1));
        }
        order[size++] = slot;
    }

    /** How many records are listed. */
    int size() {
        return size;
    }

    String docId(int rec) {
        return docIds.get(doc[order[rec]]);
    }

    /** The first finding of record {@code rec}: its findings are {@code start(rec)} to {@code end(rec) - 1}. */
    int start(int rec) {
        return slotStart(order[rec]);
    }

    int end(int rec) {
        return end[order[rec]];
    }

    String type(int finding) {
        return types[finding];
    }

    /** The value of finding {@code finding} of record {@code rec}: a new string unless it is the record's only one. */
    String value(int rec, int finding) {
        return slotValue(order[rec], finding);
    }

    /**
     * Lets go of the values of record {@code rec} once its subject is made, so the records shrink as the
     * subjects grow instead of both being whole at the end.
     */
    void release(int rec) {
        releaseSlot(order[rec]);
    }

    // ---- by slot: the records of an item before they are listed

    int slotStart(int slot) {
        return slot == 0 ? 0 : end[slot - 1];
    }

    int slotEnd(int slot) {
        return end[slot];
    }

    String slotValue(int slot, int finding) {
        int from = finding == slotStart(slot) ? 0 : valueEnd[finding - 1];
        return packs[slot].substring(from, valueEnd[finding]);
    }

    /** Lets go of the values of a slot that will not be listed (a row stored again whole). */
    void releaseSlot(int slot) {
        packs[slot] = null;
    }

    /** How many records are stored. */
    int stored() {
        return slots;
    }
}
