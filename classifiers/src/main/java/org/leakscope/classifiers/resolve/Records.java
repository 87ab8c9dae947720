package org.leakscope.classifiers.resolve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leakscope.classifiers.model.Finding;

/**
 * The records of a run in record order, each kept as what the rules after record building read: its item and
 * the type and value of each of its findings, in the record's order, and the finding's offset (read only when
 * an item's row is cut again from all its cells). Location, record key and confidence only serve to cut an item
 * into records, so they are not kept.
 *
 * <p>A record is encoded as it is stored ({@link #store}) and appended to {@link AppendOnlyBytes}: a file in the
 * run's folder when there is one, so the heap keeps per record only where it starts (8 bytes) and where its
 * findings end (4 bytes), and its place in record order (4 bytes); a record is decoded again when it is read.
 * The rules read records mostly in record order, and a few at a time: the last records decoded are kept.
 * Encoding: doc number, number of findings, then per finding its type's number, its offset (zig-zag) and its
 * value (UTF-8 length and bytes), numbers as 7-bit variable-length integers.
 *
 * <p>A record is stored in a slot as it is made ({@link #store}) and takes its place in record order when it is
 * listed ({@link #list}): an item's rows are stored as they end and listed in the order of their keys at the
 * item's end, so the records of a big item are not held a second time to be sorted. Record numbers (the
 * arguments named {@code rec}) are places in record order; a finding number is one of {@code start(rec)} to
 * {@code end(rec) - 1}.
 */
final class Records implements AutoCloseable {

    /** Records decoded and kept: a record and the one a merge key's owner check reads meanwhile, and some. */
    private static final int DECODED = 4;

    private final AppendOnlyBytes bytes;
    private final Path folder;
    private final List<String> docIds = new ArrayList<>();
    // one string per finding type, numbered: the same few types recur millions of times
    private final Map<String, Integer> typeNumbers = new HashMap<>();
    private final List<String> typeNames = new ArrayList<>();
    // by slot: where its bytes start (the next slot's start is where they end), where its findings end
    private long[] at;
    private int[] end; // a slot's findings are [end[s - 1], end[s])
    private int slots;
    // by record: its slot
    private int[] order;
    private int size;
    private byte[] buffer = new byte[256];
    private final Decoded[] decoded = new Decoded[DECODED];
    private int nextDecoded;

    /** Kept in memory (pages of bytes). */
    Records() {
        this(AppendOnlyBytes.inMemory(), null);
    }

    /** Written to a temporary file in {@code dir}, deleted on {@link #close}. */
    Records(Path dir, int bufferBytes) {
        this(AppendOnlyBytes.inFolder(dir, "records-", bufferBytes), dir);
    }

    private Records(AppendOnlyBytes bytes, Path folder) {
        this.bytes = bytes;
        this.folder = folder;
        int n = 1024;
        at = new long[n + 1];
        end = new int[n];
        order = new int[n];
        for (int i = 0; i < DECODED; i++) {
            decoded[i] = new Decoded();
        }
    }

    /** The folder the records are written to (an item's sorted keys may go there too), or null: in memory. */
    Path folder() {
        return folder;
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
        if (slots == end.length) {
            end = Arrays.copyOf(end, slots + (slots >> 1));
            at = Arrays.copyOf(at, end.length + 1);
        }
        int n = 0;
        n = putVInt(n, docIds.size() - 1);
        n = putVInt(n, record.size());
        for (Finding f : record) {
            Integer type = typeNumbers.get(f.type());
            if (type == null) {
                type = typeNames.size();
                typeNumbers.put(f.type(), type);
                typeNames.add(f.type());
            }
            byte[] value = f.value().getBytes(StandardCharsets.UTF_8);
            n = putVInt(n, type);
            n = putVInt(n, (f.offset() << 1) ^ (f.offset() >> 31));
            n = putVInt(n, value.length);
            ensure(n + value.length);
            System.arraycopy(value, 0, buffer, n, value.length);
            n += value.length;
        }
        at[slots] = bytes.append(buffer, 0, n);
        at[slots + 1] = bytes.size();
        end[slots] = slotStart(slots) + record.size();
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
        return docIds.get(decode(order[rec]).doc);
    }

    /** The first finding of record {@code rec}: its findings are {@code start(rec)} to {@code end(rec) - 1}. */
    int start(int rec) {
        return slotStart(order[rec]);
    }

    int end(int rec) {
        return end[order[rec]];
    }

    String type(int finding) {
        Decoded d = holding(finding);
        return d.types[finding - d.start];
    }

    /** The value of finding {@code finding} of record {@code rec}. */
    String value(int rec, int finding) {
        return slotValue(order[rec], finding);
    }

    /**
     * Once record {@code rec}'s subject is made, it is not read again. Nothing to let go of: the records are
     * out of the heap.
     */
    void release(int rec) {
        // kept for the callers' sake: what a record holds in the heap does not wait for it
    }

    // ---- by slot: the records of an item before they are listed

    int slotStart(int slot) {
        return slot == 0 ? 0 : end[slot - 1];
    }

    int slotEnd(int slot) {
        return end[slot];
    }

    String slotValue(int slot, int finding) {
        Decoded d = decode(slot);
        return d.values[finding - d.start];
    }

    /** The offset of finding {@code finding} of the record in {@code slot}. */
    int slotOffset(int slot, int finding) {
        Decoded d = decode(slot);
        return d.offsets[finding - d.start];
    }

    /** A slot that will not be listed (a row stored again whole): its bytes stay where they are, unread. */
    void releaseSlot(int slot) {
        // appended bytes are not taken back
    }

    /** How many records are stored. */
    int stored() {
        return slots;
    }

    /** Deletes the file of the records. */
    @Override
    public void close() {
        bytes.close();
    }

    // ---- decoding

    /** One record decoded: its slot, first finding number, doc number, types and values. */
    private static final class Decoded {
        int slot = -1;
        int start;
        int doc;
        String[] types = new String[8];
        String[] values = new String[8];
        int[] offsets = new int[8];
    }

    private Decoded holding(int finding) {
        for (Decoded d : decoded) {
            if (d.slot >= 0 && finding >= d.start && finding < end[d.slot]) {
                return d;
            }
        }
        // the slot whose findings end first after the finding
        int lo = 0;
        int hi = slots - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] > finding) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return decode(lo);
    }

    private Decoded decode(int slot) {
        for (Decoded d : decoded) {
            if (d.slot == slot) {
                return d;
            }
        }
        Decoded d = decoded[nextDecoded];
        nextDecoded = (nextDecoded + 1) % DECODED;
        int length = (int) (at[slot + 1] - at[slot]);
        ensure(length);
        bytes.read(at[slot], buffer, 0, length);
        pos = 0;
        d.doc = getVInt();
        int n = getVInt();
        if (d.types.length < n) {
            d.types = new String[n];
            d.values = new String[n];
            d.offsets = new int[n];
        }
        for (int i = 0; i < n; i++) {
            d.types[i] = typeNames.get(getVInt());
            int zigzag = getVInt();
            d.offsets[i] = (zigzag >>> 1) ^ -(zigzag & 1);
            int len = getVInt();
            d.values[i] = new String(buffer, pos, len, StandardCharsets.UTF_8);
            pos += len;
        }
        d.slot = slot;
        d.start = slotStart(slot);
        return d;
    }

    private int pos;

    private int getVInt() {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = buffer[pos++];
            v |= (b & 0x7f) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }

    private int putVInt(int n, int v) {
        ensure(n + 5);
        while ((v & ~0x7f) != 0) {
            buffer[n++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        buffer[n++] = (byte) v;
        return n;
    }

    private void ensure(int capacity) {
        if (capacity > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(capacity, buffer.length * 2));
        }
    }
}
