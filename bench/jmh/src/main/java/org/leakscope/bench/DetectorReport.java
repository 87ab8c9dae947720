package org.leakscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.MixedCorpus;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * A quick per-detector table (not JMH: a warm-up pass, then timed passes for about a second per detector):
 * where the classifier's time goes. {@code java -cp benchmarks.jar org.leakscope.bench.DetectorReport [kind] [sizeKb] [detector id]}.
 */
public final class DetectorReport {

    private DetectorReport() {
    }

    /** A text file's lines as the units of one item ({@code file:PATH}): a real document's profile. */
    private static List<TextUnit> lines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<TextUnit> units = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                units.add(TextUnit.line(i + 1, lines.get(i)));
            }
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "mixed";
        int sizeKb = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        MixedCorpus corpus = new MixedCorpus(42);
        List<TextUnit> item = kind.startsWith("file:") ? lines(Path.of(kind.substring(5)))
                : "roster".equals(kind) ? corpus.rosterItem(sizeKb * 1024) : corpus.mixedItem(sizeKb * 1024);
        long bytes = MixedCorpus.bytes(item);
        Classifier c = new Classifier(ClassifierConfig.load(null));
        ScanText text = new ScanText(item, c.triggers());
        System.out.printf(Locale.ROOT, "item %s: %.2f MB UTF-8, %d chars, %d units%n", kind, bytes / 1e6,
                text.text().length(), item.size());
        List<String> rows = new ArrayList<>();
        double total = 0;
        String only = args.length > 2 ? args[2] : null;
        double scan = seconds(() -> new ScanText(item));
        rows.add(row("(ScanText: normalise and join)", scan, bytes));
        total += scan;
        double index = seconds(() -> new org.leakscope.classifiers.detect.CharIndex(text.text()));
        rows.add(row("(CharIndex: one pass)", index, bytes));
        total += index;
        double triggers = seconds(() -> c.triggers().scan(text.text()));
        rows.add(row("(TriggerScan: " + c.triggers().size() + " rules)", triggers, bytes));
        total += triggers;
        text.index();
        for (Detector d : c.registry().detectors()) {
            if (only != null && !d.id().equals(only)) {
                continue;
            }
            // one ScanText for all: what is shared per item is counted once, in the row above
            double s = seconds(() -> d.detect(text));
            total += s;
            rows.add(row(d.id(), s, bytes));
        }
        rows.forEach(System.out::println);
        double all = seconds(() -> c.classify(item));
        System.out.printf(Locale.ROOT, "sum of rows %.1f ms; classify() %.1f ms = %.2f MB/s (CPU time of this thread)%n",
                total * 1e3, all * 1e3, bytes / 1e6 / all);
        if (only == null) {
            inClassifyOrder(c, item, bytes);
        }
    }

    /**
     * The rows above run each detector alone in a loop, hot: they are lower bounds. Here every pass runs the
     * detectors once each in classify()'s order on a fresh ScanText, as classify() does, and times each one:
     * these add up to classify(). The difference to the rows is what 33 detectors in turn cost in caches.
     */
    private static void inClassifyOrder(Classifier c, List<TextUnit> item, long bytes) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> cpu = new java.util.LinkedHashMap<>();
        int passes = 0;
        long begin = mx.getCurrentThreadCpuTime();
        for (int pass = -1; pass < 2 || mx.getCurrentThreadCpuTime() - begin < 3_000_000_000L; pass++) {
            long t0 = mx.getCurrentThreadCpuTime();
            ScanText t = new ScanText(item, c.triggers()); // its union automaton runs in the first regex detector
            t.index();
            long t1 = mx.getCurrentThreadCpuTime();
            if (pass >= 0) {
                cpu.merge("(ScanText and CharIndex)", t1 - t0, Long::sum);
            }
            for (Detector d : c.registry().detectors()) {
                long s = mx.getCurrentThreadCpuTime();
                d.detect(t);
                long e = mx.getCurrentThreadCpuTime();
                if (pass >= 0) {
                    cpu.merge(d.id(), e - s, Long::sum);
                }
            }
            if (pass >= 0) {
                passes++;
            } else {
                begin = mx.getCurrentThreadCpuTime(); // the first pass warms up
            }
        }
        System.out.printf(Locale.ROOT, "%nin classify()'s order, %d passes (CPU time of this thread):%n", passes);
        double total = 0;
        List<java.util.Map.Entry<String, Long>> es = new ArrayList<>(cpu.entrySet());
        es.sort(java.util.Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()));
        for (java.util.Map.Entry<String, Long> e : es) {
            double sec = e.getValue() / 1e9 / passes;
            total += sec;
            System.out.println(row(e.getKey(), sec, bytes));
        }
        System.out.printf(Locale.ROOT, "sum %.1f ms = %.2f MB/s (classify() adds overlap resolution and the language guess)%n",
                total * 1e3, bytes / 1e6 / total);
    }

    private static String row(String name, double s, long bytes) {
        return String.format(Locale.ROOT, "%-32s %10.2f ms %10.2f MB/s", name, s * 1e3, bytes / 1e6 / Math.max(1e-9, s));
    }

    /**
     * Mean CPU seconds of this thread per run after one warm-up run, over runs adding up to about a second (at
     * least 2). CPU time, not wall time: on a shared machine another process's load made rows measured at
     * different moments disagree (the detectors' wall times once added up to 0.56 s against 0.9 s for
     * classify(), while their CPU times add up to classify()'s). GC and JIT threads are not counted.
     */
    private static double seconds(Runnable r) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        r.run();
        long start = mx.getCurrentThreadCpuTime();
        int n = 0;
        while (n < 2 || mx.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
            r.run();
            n++;
        }
        return (mx.getCurrentThreadCpuTime() - start) / 1e9 / n;
    }
}
