package org.leakscope.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.MixedCorpus;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Every finding of a fixed set of generated items, one line each, in a stable order: run it before and after
 * a speed change and {@code diff} the two files to see exactly which findings the change moved.
 * {@code java -cp benchmarks.jar org.leakscope.bench.FindingsDump OUT.txt [items] [sizeKb]}.
 */
public final class FindingsDump {

    private FindingsDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "findings-dump.txt");
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int sizeKb = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        Classifier c = new Classifier(ClassifierConfig.load(null));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            MixedCorpus corpus = new MixedCorpus(1000 + i);
            String kind = i % 4 == 3 ? "roster" : "mixed";
            List<TextUnit> item = "roster".equals(kind) ? corpus.rosterItem(sizeKb * 1024) : corpus.mixedItem(sizeKb * 1024);
            for (Finding f : c.classify(item).findings()) {
                lines.add(String.format(Locale.ROOT, "%s#%d\t%07d\t%s\t%s\t%s\t%.3f\t%s\t%s\t%s", kind, i, f.offset(),
                        f.type(), f.detector(), f.value(), f.confidence(), f.masked(), f.location(), f.recordKey()));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            lines.forEach(w::println);
        }
        System.out.printf(Locale.ROOT, "%d findings of %d items written to %s%n", lines.size(), items, out);
    }
}
