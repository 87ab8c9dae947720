package org.leakscope.classifiers.detect;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Transition;

/**
 * The automata a classifier's build determinizes (each rule's trigger, its reverse for the union scan, its
 * confirming automaton), kept in a file from one run to the next: computing them was most of a classifier's build
 * (about 5 s of a 2-core machine, and the JIT compiling the code that computes them). The file is named by the system
 * property {@value #PROPERTY}; the launcher keeps it beside the class-data archive, which is made again for each build
 * of the jar, so no entry outlives the code that computed it. Without the property nothing is read or written.
 *
 * <p>An entry's key names what its automaton depends on (the rule's flags and text, how it is cut). A file that is
 * missing, unreadable or of another format is ignored and written anew when the JVM exits; it is replaced whole
 * (written beside, then moved), so two runs at once cannot leave half a file.
 */
public final class AutomatonStore {

    /** The system property naming the store's file. */
    public static final String PROPERTY = "leakscope.automaton-cache";

    private static final int MAGIC = 0x4c53_4155; // "LSAU"
    private static final int FORMAT = 1;

    private static final AutomatonStore SHARED = shared();

    private final Map<String, Optional<Automaton>> entries = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();

    /** An empty store (tests; the shared one reads its file). */
    AutomatonStore() {
    }

    private static AutomatonStore shared() {
        AutomatonStore store = new AutomatonStore();
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file);
            store.read(path);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> store.writeIfChanged(path), "automaton-store"));
        }
        return store;
    }

    /** The automaton of {@code key} from the run's store, computed (and kept) when it has none; null is a result too. */
    static Automaton get(String key, Supplier<Automaton> compute) {
        return SHARED.lookup(key, compute);
    }

    Automaton lookup(String key, Supplier<Automaton> compute) {
        Optional<Automaton> known = entries.get(key);
        if (known == null) {
            known = Optional.ofNullable(compute.get());
            if (entries.putIfAbsent(key, known) == null) {
                changed.set(true);
            }
        }
        return known.orElse(null);
    }

    int size() {
        return entries.size();
    }

    /** Reads {@code file}'s entries; a missing or unreadable file leaves the store as it was (and to be written). */
    void read(Path file) {
        if (!Files.isRegularFile(file)) {
            changed.set(true);
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                changed.set(true);
                return;
            }
            Map<String, Optional<Automaton>> read = new java.util.HashMap<>();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = new String(in.readNBytes(length(in)), StandardCharsets.UTF_8);
                read.put(key, Optional.ofNullable(readAutomaton(in)));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            read.forEach(entries::putIfAbsent);
        } catch (IOException | RuntimeException e) {
            changed.set(true); // computed as if there were no file, and written anew
        }
    }

    /** Writes every entry to {@code file} when some were computed since it was read. */
    void writeIfChanged(Path file) {
        if (!changed.get()) {
            return;
        }
        Path tmp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
                Map<String, Optional<Automaton>> snapshot = Map.copyOf(entries);
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(snapshot.size());
                for (Map.Entry<String, Optional<Automaton>> e : new java.util.TreeMap<>(snapshot).entrySet()) {
                    byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
                    out.writeInt(key.length);
                    out.write(key);
                    writeAutomaton(out, e.getValue().orElse(null));
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed.set(false);
        } catch (IOException | RuntimeException e) {
            // the next run computes them again
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // a leftover temp file beside the store
            }
        }
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 26)) {
            throw new IOException("bad length " + n);
        }
        return n;
    }

    /** States in order, each with its accept flag and its transitions (min, max, destination). */
    static void writeAutomaton(DataOutputStream out, Automaton a) throws IOException {
        if (a == null) {
            out.writeInt(-1);
            return;
        }
        int states = a.getNumStates();
        out.writeInt(states);
        Transition t = new Transition();
        for (int s = 0; s < states; s++) {
            out.writeBoolean(a.isAccept(s));
            int n = a.initTransition(s, t);
            out.writeInt(n);
            for (int k = 0; k < n; k++) {
                a.getNextTransition(t);
                out.writeInt(t.min);
                out.writeInt(t.max);
                out.writeInt(t.dest);
            }
        }
    }

    static Automaton readAutomaton(DataInputStream in) throws IOException {
        int states = in.readInt();
        if (states == -1) {
            return null;
        }
        if (states < 0 || states > (1 << 24)) {
            throw new IOException("bad state count " + states);
        }
        Automaton a = new Automaton();
        for (int s = 0; s < states; s++) {
            a.createState();
        }
        for (int s = 0; s < states; s++) {
            a.setAccept(s, in.readBoolean());
            int n = in.readInt();
            for (int k = 0; k < n; k++) {
                int min = in.readInt();
                int max = in.readInt();
                int dest = in.readInt();
                if (dest < 0 || dest >= states || min > max) {
                    throw new IOException("bad transition");
                }
                a.addTransition(s, dest, min, max);
            }
        }
        a.finishState();
        return a;
    }
}
