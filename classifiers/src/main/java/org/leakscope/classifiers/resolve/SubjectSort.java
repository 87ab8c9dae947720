package org.leakscope.classifiers.resolve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * Puts a run's subjects in id order ({@link SubjectOrder}; equal subjects in the order they came, as a stable
 * sort) without holding them all: a 1 GB roster makes millions of people. They are taken into a buffer; when it
 * holds about {@code runBytes}, it is sorted and written to a file of its own in {@code dir} (a sorted run), and
 * at the end the runs are merged, at most {@value #FAN_IN} at a time. A tie goes to the earlier run, so the
 * order is the one sorting them all at once gives. Without a folder nothing is written: one run, in memory.
 */
final class SubjectSort implements AutoCloseable {

    /** About this much of subjects (estimated heap bytes) is sorted in memory at a time: a few per cent of 1 GB. */
    static final long RUN_BYTES = 32L << 20;
    /** Runs merged at once: open files and their read buffers. */
    static final int FAN_IN = 64;
    private static final int BUFFER = 1 << 16;

    private final Path dir;
    private final long runBytes;
    private List<Subject> buffer = new ArrayList<>();
    private long bufferBytes;
    private final List<Path> runs = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();

    /** @param dir where the runs are written (made when needed), null: never written */
    SubjectSort(Path dir, long runBytes) {
        this.dir = dir;
        this.runBytes = runBytes;
    }

    void add(Subject s) {
        buffer.add(s);
        bufferBytes += estimate(s);
        if (dir != null && bufferBytes >= runBytes) {
            spill();
        }
    }

    /** How many runs went to files so far. */
    int spilledRuns() {
        return written.size();
    }

    /** Hands every subject to {@code out} in order; once. */
    void forEachSorted(Consumer<Subject> out) {
        buffer.sort(new SubjectOrder());
        if (runs.isEmpty()) {
            List<Subject> sorted = buffer;
            buffer = List.of();
            for (int i = 0; i < sorted.size(); i++) {
                out.accept(sorted.set(i, null)); // let each go once handed on
            }
            return;
        }
        if (!buffer.isEmpty()) {
            spill();
        }
        buffer = List.of();
        List<Path> level = new ArrayList<>(runs);
        while (level.size() > FAN_IN) {
            // consecutive runs merged into one: a tie still goes to the subject that came first
            List<Path> next = new ArrayList<>();
            for (int from = 0; from < level.size(); from += FAN_IN) {
                List<Path> group = level.subList(from, Math.min(level.size(), from + FAN_IN));
                Path merged = newRun();
                try (DataOutputStream w = writer(merged)) {
                    merge(group, s -> write(w, s));
                    w.writeBoolean(false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                group.forEach(SubjectSort::delete);
                next.add(merged);
            }
            level = next;
        }
        merge(level, out);
    }

    /** Deletes the runs this sort wrote. */
    @Override
    public void close() {
        written.forEach(SubjectSort::delete);
    }

    private void spill() {
        buffer.sort(new SubjectOrder());
        Path run = newRun();
        try (DataOutputStream w = writer(run)) {
            for (Subject s : buffer) {
                write(w, s);
            }
            w.writeBoolean(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.add(run);
        buffer = new ArrayList<>();
        bufferBytes = 0;
    }

    private Path newRun() {
        try {
            Files.createDirectories(dir);
            Path run = Files.createTempFile(dir, "subjects-", ".run");
            written.add(run);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head of one run in the merge. */
    private record Head(Subject subject, int run, DataInputStream in) {
    }

    private static void merge(List<Path> runs, Consumer<Subject> out) {
        SubjectOrder order = new SubjectOrder();
        PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, runs.size()),
                Comparator.<Head, Subject>comparing(Head::subject, order).thenComparingInt(Head::run));
        List<DataInputStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < runs.size(); i++) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(runs.get(i)),
                        BUFFER));
                open.add(in);
                Subject first = read(in);
                if (first != null) {
                    heads.add(new Head(first, i, in));
                }
            }
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                out.accept(h.subject());
                Subject next = read(h.in());
                if (next != null) {
                    heads.add(new Head(next, h.run(), h.in()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (DataInputStream in : open) {
                try {
                    in.close();
                } catch (IOException e) {
                    // read to its end or failing already: nothing to keep
                }
            }
        }
    }

    private static DataOutputStream writer(Path run) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), BUFFER));
    }

    private static void delete(Path run) {
        try {
            Files.deleteIfExists(run);
        } catch (IOException e) {
            // a leftover takes disk space only; the next run's resolve step empties the folder
        }
    }

    /** Roughly the heap a subject takes: objects and strings (sets shared between subjects counted each time). */
    static long estimate(Subject s) {
        return 120 + estimate(s.name()) + estimate(s.postalAddress()) + estimate(s.emails()) + estimate(s.phones())
                + estimate(s.jurisdictions()) + estimate(s.dataElements()) + estimate(s.docIds())
                + estimate(s.obligations());
    }

    private static long estimate(String v) {
        return v == null ? 0 : 48 + v.length();
    }

    private static long estimate(SortedSet<String> set) {
        long bytes = 24;
        for (String v : set) {
            bytes += 4 + estimate(v);
        }
        return bytes;
    }

    // ---- the run files: per subject a true, then its fields; a false at the end

    private static void write(DataOutputStream out, Subject s) {
        try {
            out.writeBoolean(true);
            writeString(out, s.subjectId());
            writeString(out, s.name());
            writeSet(out, s.emails());
            writeSet(out, s.phones());
            writeString(out, s.postalAddress());
            writeSet(out, s.jurisdictions());
            writeSet(out, s.dataElements());
            out.writeBoolean(s.sensitive());
            writeSet(out, s.docIds());
            writeSet(out, s.obligations());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next subject of a run, null at its end. */
    private static Subject read(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new Subject(readString(in), readString(in), readSet(in), readSet(in), readString(in), readSet(in),
                readSet(in), in.readBoolean(), readSet(in), readSet(in));
    }

    private static void writeSet(DataOutputStream out, SortedSet<String> set) throws IOException {
        String[] items = SortedStrings.items(set);
        out.writeInt(items.length);
        for (String v : items) {
            writeString(out, v);
        }
    }

    private static SortedSet<String> readSet(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == 0) {
            return Collections.emptySortedSet();
        }
        String[] items = new String[n];
        for (int i = 0; i < n; i++) {
            items[i] = readString(in);
        }
        return SortedStrings.ofSorted(items);
    }

    /**
     * A string as its length in chars, its length in bytes and each char in one to three bytes (the modified UTF-8
     * of {@link DataOutputStream#writeUTF}, without its 64 KB limit): every char comes back, a lone surrogate too.
     */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = new byte[3 * s.length()];
        int m = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x01 && c <= 0x7f) {
                bytes[m++] = (byte) c;
            } else if (c <= 0x7ff) {
                bytes[m++] = (byte) (0xc0 | (c >> 6));
                bytes[m++] = (byte) (0x80 | (c & 0x3f));
            } else {
                bytes[m++] = (byte) (0xe0 | (c >> 12));
                bytes[m++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                bytes[m++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        out.writeInt(s.length());
        out.writeInt(m);
        out.write(bytes, 0, m);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        char[] chars = new char[n];
        for (int i = 0, j = 0; i < n; i++) {
            int b = bytes[j++] & 0xff;
            if (b < 0x80) {
                chars[i] = (char) b;
            } else if (b < 0xe0) {
                chars[i] = (char) (((b & 0x1f) << 6) | (bytes[j++] & 0x3f));
            } else {
                chars[i] = (char) (((b & 0x0f) << 12) | ((bytes[j++] & 0x3f) << 6) | (bytes[j++] & 0x3f));
            }
        }
        return new String(chars);
    }
}
