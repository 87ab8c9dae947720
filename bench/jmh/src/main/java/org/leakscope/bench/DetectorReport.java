package org.leakscope.bench;

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

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "mixed";
        int sizeKb = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        MixedCorpus corpus = new MixedCorpus(42);
        List<TextUnit> item = "roster".equals(kind) ? corpus.rosterItem(sizeKb * 1024) : corpus.mixedItem(sizeKb * 1024);
        long bytes = MixedCorpus.bytes(item);
        Classifier c = new Classifier(ClassifierConfig.load(null));
        ScanText text = new ScanText(item);
        System.out.printf(Locale.ROOT, "item %s: %.2f MB UTF-8, %d chars, %d units%n", kind, bytes / 1e6,
                text.text().length(), item.size());
        List<String> rows = new ArrayList<>();
        double total = 0;
        double scan = seconds(() -> new ScanText(item));
        rows.add(row("(ScanText: normalise and join)", scan, bytes));
        total += scan;
        double index = seconds(() -> new org.leakscope.classifiers.detect.CharIndex(text.text()));
        rows.add(row("(CharIndex: one pass)", index, bytes));
        total += index;
        text.index();
        String only = args.length > 2 ? args[2] : null;
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
