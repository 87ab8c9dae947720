package org.leakscope.classifiers.resolve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The record keys of one big item in sorted runs on disk, so that an item of millions of rows does not hold
 * every row's key in the heap until its end: {@link ItemRecords} sorts its keys a chunk at a time and writes each
 * chunk here as a run of (key, record number, kind) in key order; the runs are then read merged, as many times as
 * needed, in the order of one stable sort of all the keys (equal keys by record number: a run holds later records
 * than the runs before it).
 */
final class KeyRuns implements AutoCloseable {

    /** One key of a record: the item's record number and its kind (see {@link ItemRecords}). */
    interface Entry {
        void accept(String key, int record, int kind);
    }

    private static final int BUFFER = 1 << 16;

    private final Path dir;
    private final List<Path> runs = new ArrayList<>();
    private DataOutputStream out;

    KeyRuns(Path dir) {
        this.dir = dir;
    }

    /** Starts a run: its entries follow in key order, their records after every record of the runs before. */
    void startRun() {
        finishRun();
        try {
            Files.createDirectories(dir);
            Path run = Files.createTempFile(dir, "row-keys-", ".run"); // MergeKeys writes keys-*.run
            runs.add(run);
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), BUFFER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write record keys to " + dir + ": " + e.getMessage(), e);
        }
    }

    void add(String key, int record, int kind) {
        try {
            out.writeInt(key.length());
            out.writeChars(key);
            out.writeInt(record);
            out.writeInt(kind);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write record keys to " + dir + ": " + e.getMessage(), e);
        }
    }

    private void finishRun() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write record keys to " + dir + ": " + e.getMessage(), e);
            }
            out = null;
        }
    }

    /** Every entry of every run, merged: by key (as String.compareTo), equal keys by record number. */
    void forEachInOrder(Entry entry) {
        finishRun();
        PriorityQueue<Reader> heads = new PriorityQueue<>((a, b) -> {
            int c = a.key.compareTo(b.key);
            return c != 0 ? c : Integer.compare(a.record, b.record);
        });
        List<Reader> open = new ArrayList<>();
        try {
            for (Path run : runs) {
                Reader r = new Reader(run);
                open.add(r);
                if (r.next()) {
                    heads.add(r);
                }
            }
            while (!heads.isEmpty()) {
                Reader r = heads.poll();
                entry.accept(r.key, r.record, r.kind);
                if (r.next()) {
                    heads.add(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read record keys in " + dir + ": " + e.getMessage(), e);
        } finally {
            for (Reader r : open) {
                r.close();
            }
        }
    }

    /** Deletes the runs. */
    @Override
    public void close() {
        finishRun();
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                // a temporary file in the run's folder: the folder goes with the run
            }
        }
        runs.clear();
    }

    private static final class Reader {
        private final DataInputStream in;
        String key;
        int record;
        int kind;

        Reader(Path run) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), BUFFER));
        }

        boolean next() throws IOException {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException e) {
                return false;
            }
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = in.readChar();
            }
            key = new String(chars);
            record = in.readInt();
            kind = in.readInt();
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read only
            }
        }
    }
}
