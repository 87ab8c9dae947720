package org.leakscope.pipeline.partition;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;

/**
 * The classifier built on a thread of its own while the application starts: building it (dictionaries, rule
 * packs, the union automaton) takes seconds, and the first partition would otherwise wait for it after Spring
 * has started and the files have been listed. Taken once by {@link ExtractResources}; a classifier of another
 * configuration, or one that failed, is built again there (and fails there with its own message).
 */
public final class EarlyClassifier {

    private record Pending(Path configFile, CompletableFuture<Classifier> classifier) {
    }

    private static Pending pending;

    private EarlyClassifier() {
    }

    /** Starts building the classifier of {@code configFile} (null: the bundled configuration). */
    public static synchronized void start(Path configFile) {
        CompletableFuture<Classifier> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(new Classifier(ClassifierConfig.load(configFile)));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "classifier-build");
        t.setDaemon(true);
        t.start();
        pending = new Pending(configFile, future);
    }

    /** The classifier started for {@code configFile}, waiting for it; null when none was, or it failed. */
    static Classifier take(Path configFile) {
        Pending p;
        synchronized (EarlyClassifier.class) {
            p = pending;
            pending = null;
        }
        if (p == null || !Objects.equals(p.configFile(), configFile)) {
            return null;
        }
        try {
            return p.classifier().join();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Drops a classifier nobody took (the run needs no extraction): its memory is the later steps'. */
    public static synchronized void discard() {
        pending = null;
    }
}
