package org.leakscope.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.MixedCorpus;
import org.leakscope.classifiers.text.TextUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Classifier#classify} with every detector of the default configuration on, one thread, on one
 * generated item ({@link MixedCorpus}: mixed English/Japanese running text, or a CSV roster as cells).
 * The {@code MB/s} figure is the aux counter {@code bytes}: UTF-8 bytes of the item's text classified per
 * second (1 MB = 10^6 bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ClassifierBenchmark {

    @Param({"mixed", "roster"})
    public String kind;

    @Param({"1024"})
    public int sizeKb;

    private Classifier classifier;
    private List<TextUnit> item;
    private long bytes;

    @Setup(Level.Trial)
    public void setUp() {
        classifier = new Classifier(ClassifierConfig.load(null));
        MixedCorpus corpus = new MixedCorpus(42);
        item = "roster".equals(kind) ? corpus.rosterItem(sizeKb * 1024) : corpus.mixedItem(sizeKb * 1024);
        bytes = MixedCorpus.bytes(item);
    }

    /** Bytes classified, reported per second by JMH next to ops/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        public double megabytes() {
            return bytes / 1e6;
        }
    }

    @Benchmark
    public ClassificationResult classify(Bytes counter) {
        ClassificationResult r = classifier.classify(item);
        counter.bytes += bytes;
        return r;
    }
}
