package org.leakscope.pipeline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.pipeline.index.IndexSearch;
import org.leakscope.pipeline.index.SnippetMasker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code leakscope search}: query the index of an assessed output folder. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index of an output folder. Fields: text (default), path, media_type, status, pii, markings,"
                + " e.g. 'markings:US_SECRET' or 'pii:US_SSN AND text:payroll'.")
public final class SearchCommand implements Callable<Integer> {

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder of an assess run.")
    Path output;

    @Option(names = "--limit", paramLabel = "N", description = "Most hits to print (default ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--unmasked", description = "Show personal data in the snippets in full (masked by default).")
    boolean unmasked;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration the snippets are masked with (the run's).")
    Path config;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Lucene query.")
    java.util.List<String> query;

    @Override
    public Integer call() {
        if (limit < 1) {
            return Exits.fail(System.err, Exits.USAGE, "--limit must be at least 1");
        }
        if (config != null && !java.nio.file.Files.isReadable(config)) {
            return Exits.fail(System.err, Exits.INPUT, "configuration file does not exist or cannot be read: " + config);
        }
        try {
            UnaryOperator<String> mask = unmasked ? UnaryOperator.identity()
                    : new SnippetMasker(new Classifier(ClassifierConfig.load(config)));
            IndexSearch.search(output.resolve("index"), String.join(" ", query), limit, System.out, mask);
            return Exits.OK;
        } catch (IndexSearch.BadQueryException e) {
            return Exits.fail(System.err, Exits.USAGE, e.getMessage());
        } catch (IOException e) {
            return Exits.fail(System.err, Exits.INPUT, e.getMessage());
        }
    }
}
