package org.leakscope.pipeline.partition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.pipeline.extract.ExtractSettings;
import org.leakscope.pipeline.extract.ExtractorPool;
import org.leakscope.pipeline.extract.ForkedExtractor;
import org.leakscope.pipeline.extract.InProcessTextExtractor;
import org.leakscope.pipeline.extract.ItemExtractor;
import org.leakscope.pipeline.extract.TikaExtractor;

/**
 * The expensive parts of the extract step, built once per process and shared by all partitions it runs:
 * the classifier (dictionaries, rule packs) and the parser processes, exactly {@code parsers} of them, so
 * that parsing follows {@code --threads} and never starves the machine. A worker serving partitions of a
 * run with other options (another config file) rebuilds them.
 */
public final class ExtractResources implements AutoCloseable {

    private final int parsers;
    private PartitionSettings current;
    private Classifier classifier;
    private ItemExtractor extractor;

    public ExtractResources(int parsers) {
        if (parsers < 1) {
            throw new IllegalArgumentException("at least one parser process is needed, not " + parsers);
        }
        this.parsers = parsers;
    }

    synchronized Classifier classifier(PartitionSettings run) {
        use(run);
        return classifier;
    }

    synchronized ItemExtractor extractor(PartitionSettings run) {
        use(run);
        return extractor;
    }

    private void use(PartitionSettings run) {
        PartitionSettings key = new PartitionSettings(run.configFile(), run.ocr(), run.workDir(), null);
        if (key.equals(current)) {
            return;
        }
        close();
        ClassifierConfig config = ClassifierConfig.load(run.configFile());
        extractor = extractor(config, run.ocr(), run.workDir(), parsers);
        extractor.prepare(); // the parser processes boot on the other cores while the classifier is built here
        classifier = new Classifier(config);
        current = key;
    }

    /**
     * Tika in supervised parser processes (default), plain and delimited text files up to
     * {@code extract.in-process-text-max-bytes} in this JVM ({@link InProcessTextExtractor}); or everything in this JVM
     * with {@code extract.fork: false}.
     */
    static ItemExtractor extractor(ClassifierConfig config, boolean ocr, Path workDir, int parsers) {
        Map<?, ?> extract = config.raw().get("extract") instanceof Map<?, ?> m ? m : Map.of();
        long maxChars = number(extract.get("max-text-chars"), 20_000_000L).longValue();
        int maxDepth = number(extract.get("max-depth"), 20).intValue();
        ExtractSettings es = new ExtractSettings(maxChars, maxDepth, ocr,
                Path.of(System.getProperty("java.io.tmpdir")),
                number(extract.get("max-embedded-bytes"), 4L << 30).longValue(),
                number(extract.get("max-expansion-ratio"), 100).longValue(),
                number(extract.get("min-expansion-bytes"), 128L << 20).longValue(),
                Math.max(1, number(extract.get("text-part-chars"), ExtractSettings.PART_CHARS).longValue()));
        if (Boolean.FALSE.equals(extract.get("fork"))) {
            return new TikaExtractor(es);
        }
        long timeoutSeconds = number(extract.get("timeout-seconds"), 120).longValue();
        String heap = String.valueOf(extract.containsKey("worker-heap") ? extract.get("worker-heap") : "2g");
        long perMb = number(extract.get("timeout-seconds-per-mb"), 1).longValue();
        List<String> jvmOptions = extract.get("parser-jvm-options") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList() : List.of();
        List<ItemExtractor> all = new ArrayList<>();
        for (int i = 0; i < parsers; i++) {
            all.add(new ForkedExtractor(es, timeoutSeconds * 1000, perMb * 1000, heap, workDir.resolve("parser.log"),
                    jvmOptions));
        }
        ItemExtractor forked = all.size() == 1 ? all.get(0) : new ExtractorPool(all);
        long textHere = number(extract.get("in-process-text-max-bytes"), 16L << 20).longValue();
        return textHere > 0 ? new InProcessTextExtractor(new TikaExtractor(es), forked, textHere) : forked;
    }

    private static Number number(Object value, Number fallback) {
        return value instanceof Number n ? n : fallback;
    }

    @Override
    public synchronized void close() {
        if (extractor != null) {
            extractor.close();
        }
        extractor = null;
        classifier = null;
        current = null;
    }
}
