package org.leakscope.pipeline.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.leakscope.classifiers.ClassifierConfig;

import org.leakscope.pipeline.AssessRunner;
import org.leakscope.pipeline.RunSettings;
import org.leakscope.pipeline.partition.PartitionRequests;
import org.leakscope.reports.PdfReportWriter;
import org.leakscope.reports.ReportLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code leakscope assess}: the whole assessment of a leaked file set into an output folder. */
@Command(name = "assess", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Assess a leaked file set: extract, classify, index, link people, report.")
public final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "Folder, file or archive to assess; repeat for several.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder for reports, index and job database.")
    Path output;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file overriding config/leakscope.yml.")
    Path config;

    @Option(names = "--incident-date", paramLabel = "YYYY-MM-DD", description = "Date the organisation became aware of the breach.")
    String incidentDate;

    @Option(names = "--case", paramLabel = "NAME", description = "Case name shown in the reports.")
    String caseName;

    @Option(names = "--case-file", paramLabel = "FILE",
            description = "YAML file with a case: section (organisation, role, contact) for the report; overrides"
                    + " the configuration's case: keys.")
    Path caseFile;

    @Option(names = "--lang", paramLabel = "en|ja", defaultValue = "en",
            description = "Language of report.pdf: en (default) or ja (needs a Japanese font).")
    String lang = "en";

    @Option(names = "--malicious", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "The data was taken by an attacker (default); --no-malicious for e.g. a misdirected mail.")
    boolean malicious = true;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "Job database (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres). Default: H2 file in DIR/work.")
    String dbUrl;

    @Option(names = "--rerun", description = "Run again from scratch even if a completed run exists in DIR.")
    boolean rerun;

    @Option(names = "--excel", description = "Write a UTF-8 byte-order mark in the CSV files (for Excel).")
    boolean excel;

    @Option(names = "--unmasked", description = "findings.csv shows full values (masked by default); summary.json says so.")
    boolean unmasked;

    @Option(names = "--ocr", description = "OCR images with Tesseract (must be installed).")
    boolean ocr;

    @Option(names = "--threads", paramLabel = "N",
            description = "Partitions of the extract step run at once, each with its own parser process"
                    + " (default: the cores, at most one per 3 GB of memory: ${DEFAULT-VALUE}).")
    int threads = DefaultThreads.get();

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the extract step (default: 4 per thread; 16 with --workers remote).")
    int partitions;

    @Option(names = "--workers", paramLabel = "local|remote", defaultValue = "local",
            description = "local (default): partitions run on this process's threads; remote: they go over RabbitMQ"
                    + " (--broker) to 'leakscope worker' processes sharing the job database (--db-url).")
    String workers = "local";

    @Option(names = "--broker", paramLabel = "AMQP_URI",
            description = "RabbitMQ for --workers remote, e.g. amqp://guest:guest@127.0.0.1:5672.")
    String broker;

    @Option(names = "--queue", paramLabel = "NAME", defaultValue = PartitionRequests.DEFAULT_QUEUE,
            description = "Broker queue of the partition requests (default ${DEFAULT-VALUE}); one per job database.")
    String queue = PartitionRequests.DEFAULT_QUEUE;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Show logs and stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintStream err = spec.commandLine().getErr() == null ? System.err : new PrintStream(System.err, true);
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                return Exits.fail(err, Exits.INPUT, "input path does not exist: " + in);
            }
            if (!Files.isReadable(in)) {
                return Exits.fail(err, Exits.INPUT, "input path cannot be read: " + in);
            }
        }
        if (config != null && !Files.isReadable(config)) {
            return Exits.fail(err, Exits.INPUT, "configuration file does not exist or cannot be read: " + config);
        }
        if (caseFile != null && !Files.isReadable(caseFile)) {
            return Exits.fail(err, Exits.INPUT, "case file does not exist or cannot be read: " + caseFile);
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return Exits.fail(err, Exits.USAGE, "--output must be a folder, but is a file: " + output);
        }
        LocalDate date = null;
        if (incidentDate != null) {
            try {
                date = LocalDate.parse(incidentDate);
            } catch (DateTimeParseException e) {
                return Exits.fail(err, Exits.USAGE, "invalid --incident-date '" + incidentDate + "': expected YYYY-MM-DD");
            }
        }
        Optional<ReportLanguage> language = ReportLanguage.of(lang);
        if (language.isEmpty()) {
            return Exits.fail(err, Exits.USAGE, "invalid --lang '" + lang + "': expected en or ja");
        }
        CaseSection.Resolved theCase;
        try {
            theCase = CaseSection.resolve(ClassifierConfig.load(config).path("case"),
                    config == null ? "config/leakscope.yml" : config.toString(), caseFile, caseName);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Exits.fail(err, Exits.USAGE, String.valueOf(e.getMessage()).lines().findFirst().orElse("bad case"));
        }
        if (threads < 1) {
            return Exits.fail(err, Exits.USAGE, "--threads must be at least 1, not " + threads);
        }
        if (partitions < 0) {
            return Exits.fail(err, Exits.USAGE, "--partitions must be at least 1, not " + partitions);
        }
        String remoteProblem = WorkerCommand.remoteProblem(workers, broker, dbUrl);
        if (remoteProblem != null) {
            return Exits.fail(err, Exits.USAGE, remoteProblem);
        }
        if ("remote".equals(workers)) {
            String unreachable = Broker.problem(broker);
            if (unreachable != null) {
                return Exits.fail(err, Exits.USAGE, unreachable);
            }
        }
        if (ocr && !Tesseract.available()) {
            return Exits.fail(err, Exits.USAGE, "--ocr needs Tesseract, but 'tesseract' was not found on the PATH");
        }
        if (language.get() == ReportLanguage.JA && PdfReportWriter.japaneseFont().isEmpty()) {
            return Exits.fail(err, Exits.USAGE, "--lang ja needs a Japanese font, but none was found (Debian: apt-get"
                    + " install fonts-ipafont-gothic, or set LEAKSCOPE_PDF_FONT to a .ttf file)");
        }
        List<Path> absInputs = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        RunSettings settings = new RunSettings(absInputs, output.toAbsolutePath().normalize(),
                config == null ? null : config.toAbsolutePath().normalize(), date, theCase.name(), malicious, dbUrl, rerun, excel, unmasked, ocr, threads,
                partitions, "remote".equals(workers) ? broker : null, queue, quiet, debug, language.get(), theCase.details());
        try {
            new AssessRunner(settings, System.out).run();
            return Exits.OK;
        } catch (AssessRunner.JobFailedException e) {
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace(err);
            }
            return Exits.fail(err, Exits.INTERNAL, e.getMessage());
        }
    }
}
