package org.leakscope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.resolve.ItemFindings;
import org.leakscope.classifiers.resolve.Subject;
import org.leakscope.classifiers.resolve.SubjectResolver;

/**
 * Times people resolution ({@link SubjectResolver#resolve(ItemFindings)}) on a fixed set of findings and dumps the
 * subjects, every field, so a change can be checked byte for byte with {@code diff}.
 * {@code java -cp benchmarks.jar org.leakscope.bench.SubjectResolverRun FINDINGS.tsv [rounds] [DUMP.txt|-] [RUN_DIR]}.
 * With RUN_DIR: one round as the resolve step runs it, the subjects streamed in id order (sorted runs in RUN_DIR)
 * to the dump and not kept, so the least {@code -Xmx} it runs in is the resolver's own need.
 * FINDINGS.tsv: one finding a line, tab-separated docId, category, type, value, confidence, location, recordKey,
 * offset; backslash escapes \t \n \r \\ and \N for null. Items in doc id order, as
 * {@code WorkStore.forEachDistinctItemPii} hands them (export it once from a run's work database; an export in
 * another order: {@code LC_ALL=C sort -s -t$'\t' -k1,1}). The file is read finding by finding while resolving, as the
 * resolve step reads the database, so the heap figures are the resolver's. Prints per round the CPU seconds and
 * bytes allocated by the resolving thread (reading and parsing the file included), the most heap in use after a
 * garbage collection during the round (an upper bound of what resolving holds), and the heap the result keeps.
 */
public final class SubjectResolverRun {

    private SubjectResolverRun() {
    }

    public static void main(String[] args) throws IOException {
        Path tsv = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dump = args.length > 2 && !args[2].equals("-") ? Path.of(args[2]) : null;
        if (args.length > 3) {
            streamed(tsv, dump, Path.of(args[3]));
            return;
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        AtomicLong maxAfterGc = watchHeapAfterGc();
        List<Subject> subjects = null;
        for (int r = 0; r < rounds; r++) {
            subjects = null;
            long heapBefore = usedAfterGc();
            maxAfterGc.set(0);
            long cpu0 = threads.getCurrentThreadCpuTime();
            long alloc0 = threads.getThreadAllocatedBytes(tid);
            subjects = new SubjectResolver(ClassifierConfig.load(null)).resolve(items(tsv));
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long alloc = threads.getThreadAllocatedBytes(tid) - alloc0;
            long peak = maxAfterGc.get();
            long kept = usedAfterGc() - heapBefore;
            System.out.printf(Locale.ROOT, "round %d: %d subjects, cpu %.3f s, allocated %.0f MB, max heap after GC"
                    + " %.1f MB, result keeps %.1f MB%n", r + 1, subjects.size(), cpu / 1e9, alloc / 1e6, peak / 1e6,
                    kept / 1e6);
        }
        if (dump != null && subjects != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
                for (Subject s : subjects) {
                    w.println(line(s));
                }
            }
        }
    }

    /**
     * One round as the resolve step runs it: the subjects go out in id order through sorted runs written to
     * {@code runDir} and are written to the dump as they come, none kept; the least heap it runs in is what
     * resolving needs ({@code -Xmx}).
     */
    private static void streamed(Path tsv, Path dump, Path runDir) throws IOException {
        long t0 = System.nanoTime();
        long[] count = {0};
        try (PrintWriter w = dump == null ? new PrintWriter(java.io.OutputStream.nullOutputStream())
                : new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
            new SubjectResolver(ClassifierConfig.load(null)).resolve(items(tsv), runDir, s -> {
                count[0]++;
                w.println(line(s));
            });
        }
        System.out.printf(Locale.ROOT, "streamed: %d subjects in %.1f s, max heap %d MB%n", count[0],
                (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String line(Subject s) {
        return String.join("\t", s.subjectId(), String.valueOf(s.name()), String.valueOf(s.emails()),
                String.valueOf(s.phones()), String.valueOf(s.postalAddress()), String.valueOf(s.jurisdictions()),
                String.valueOf(s.dataElements()), String.valueOf(s.sensitive()), String.valueOf(s.docIds()),
                String.valueOf(s.obligations()));
    }

    /** The largest heap in use after any garbage collection since it was last set to 0. */
    private static AtomicLong watchHeapAfterGc() {
        AtomicLong max = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    max.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return max;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The findings of the file, one item at a time (consecutive lines of one doc id). */
    private static ItemFindings items(Path tsv) {
        return each -> {
            try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
                // the first line of the next item, read by the one before: an item's findings are pushed as read
                String[] next = {r.readLine()};
                while (next[0] != null) {
                    String docId = unescape(next[0].split("\t", 2)[0]);
                    each.accept(docId, findings -> {
                        try {
                            for (; next[0] != null; next[0] = r.readLine()) {
                                String[] c = next[0].split("\t", -1);
                                if (!unescape(c[0]).equals(docId)) {
                                    return;
                                }
                                findings.accept(new Finding(Category.valueOf(c[1]), unescape(c[2]), unescape(c[3]),
                                        null, Double.parseDouble(c[4]), unescape(c[5]), null, unescape(c[6]),
                                        Integer.parseInt(c[7])));
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    while (next[0] != null && unescape(next[0].split("\t", 2)[0]).equals(docId)) {
                        next[0] = r.readLine(); // an item the resolver did not read
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static String unescape(String s) {
        if ("\\N".equals(s)) {
            return null;
        }
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
