package org.leakscope.pipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.resolve.Subject;
import org.leakscope.pipeline.RunSettings;
import org.leakscope.pipeline.store.WorkStore;
import org.leakscope.reports.CsvReportWriter;
import org.leakscope.reports.DocumentRow;
import org.leakscope.reports.FindingRow;
import org.leakscope.reports.ManifestRow;
import org.leakscope.reports.NoticeRow;
import org.leakscope.reports.ObligationSummary;
import org.leakscope.reports.PdfReportWriter;
import org.leakscope.reports.ReportDetails;
import org.leakscope.reports.ReportSettings;
import org.leakscope.reports.Summary;
import org.leakscope.reports.SummaryJsonWriter;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * reportStep: documents.csv, findings.csv, subjects.csv, manifest.csv, notices.csv, summary.json and report.pdf,
 * from the work tables.
 */
final class ReportTasklet implements Tasklet {

    /** UTC to the second; the seconds are always written (OffsetDateTime.toString leaves out ":00"). */
    static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    static final String NOT_ASSESSED_STATUSES = "('ENCRYPTED','CORRUPT','UNSUPPORTED','TIMEOUT','TOO_LARGE','ERROR')";

    private final RunSettings settings;
    private final WorkStore store;
    private final String toolVersion;
    private final ClassifierConfig config;
    private final TransactionTemplate readOnly;

    ReportTasklet(RunSettings settings, WorkStore store, String toolVersion, ClassifierConfig config,
                  PlatformTransactionManager tx) {
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.settings = settings;
        this.store = store;
        this.toolVersion = toolVersion;
        this.config = config;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Files.createDirectories(settings.output());
        // three independent writers, each reading its own cursors: findings.csv, subjects.csv (then the summary
        // and the PDF, which need its counts) and notices.csv are each a pass over a large table. With more than
        // one thread the first and the last run beside the middle one, each in a read-only transaction of its own
        // (on PostgreSQL the cursors stream only inside a transaction)
        List<Callable<Void>> writers = List.of(this::writeDocumentsAndFindings, this::writeNotices);
        ExecutorService pool = settings.threads() > 1
                ? Executors.newFixedThreadPool(Math.min(writers.size(), settings.threads() - 1), r -> {
                    Thread t = new Thread(r, "report-writer");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> w : writers) {
                running.add(pool == null ? done(w.call()) : pool.submit(() -> readOnly.execute(status -> {
                    try {
                        return w.call();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (Exception e) {
                        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    }
                })));
            }
            writeSubjectsSummaryAndPdf();
            for (Future<Void> f : running) {
                await(f);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return RepeatStatus.FINISHED;
    }

    private Void writeDocumentsAndFindings() throws IOException {
        try (Stream<DocumentRow> rows = store.documents()) {
            CsvReportWriter.writeDocuments(settings.output().resolve("documents.csv"), rows::iterator, settings.excel());
        }
        try (Stream<FindingRow> rows = store.findings(settings.unmasked())) {
            CsvReportWriter.writeFindings(settings.output().resolve("findings.csv"), rows::iterator, settings.excel());
        }
        try (Stream<ManifestRow> rows = store.manifest()) {
            CsvReportWriter.writeManifest(settings.output().resolve("manifest.csv"), rows::iterator, settings.excel());
        }
        return null;
    }

    private Void writeNotices() throws IOException {
        try (Stream<NoticeRow> rows = store.notices()) {
            CsvReportWriter.writeNotices(settings.output().resolve("notices.csv"), rows::iterator, settings.excel(),
                    settings.unmasked());
        }
        return null;
    }

    private void writeSubjectsSummaryAndPdf() throws IOException {
        PeoplePerObligation perObligation = new PeoplePerObligation();
        try (Stream<Subject> people = store.subjects()) {
            // counted as they are written: the people are read once here and never held
            CsvReportWriter.writeSubjects(settings.output().resolve("subjects.csv"),
                    people.peek(perObligation::add)::iterator, settings.excel());
        }
        Summary summary = summary(perObligation.of(store.obligations()));
        SummaryJsonWriter.write(settings.output().resolve("summary.json"), summary);
        PdfReportWriter.write(settings.output().resolve("report.pdf"), summary, store.markedDocuments(),
                new ReportDetails(store.topDocumentsByRisk(PdfReportWriter.TOP_RISK_ROWS),
                        store.notAssessedPaths(NOT_ASSESSED_STATUSES)), reportSettings());
    }

    private static Future<Void> done(Void v) {
        return CompletableFuture.completedFuture(v);
    }

    /** The writer's own exception, as it was thrown. */
    private static void await(Future<Void> f) throws Exception {
        try {
            f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw cause instanceof Exception x ? x : new IllegalStateException(cause);
        }
    }

    /** The report's language and the thresholds and limits its "method and limits" section states. */
    ReportSettings reportSettings() {
        SortedMap<String, String> limits = new TreeMap<>();
        if (config.path("extract") instanceof Map<?, ?> extract) {
            extract.forEach((k, v) -> limits.put(String.valueOf(k), String.valueOf(v)));
        }
        return new ReportSettings(settings.lang(), config.reportThreshold(), limits);
    }

    /** Per obligation, how many of its persons have which data element and how many have sensitive data. */
    static final class PeoplePerObligation {

        private final Map<String, SortedMap<String, Long>> byType = new HashMap<>();
        private final Map<String, Long> sensitive = new HashMap<>();

        void add(Subject p) {
            for (String code : p.obligations()) {
                SortedMap<String, Long> counts = byType.computeIfAbsent(code, c -> new TreeMap<>());
                p.dataElements().forEach(e -> counts.merge(e, 1L, Long::sum));
                if (p.sensitive()) {
                    sensitive.merge(code, 1L, Long::sum);
                }
            }
        }

        /** The obligations with their persons' breakdown. */
        List<ObligationSummary> of(List<ObligationSummary> obligations) {
            return obligations.stream()
                    .map(o -> o.withPeople(sensitive.getOrDefault(o.code(), 0L), byType.get(o.code())))
                    .toList();
        }
    }

    Summary summary(List<ObligationSummary> obligations) {
        return new Summary(settings.caseName(),
                settings.incidentDate() == null ? null : settings.incidentDate().toString(),
                GENERATED_AT.format(OffsetDateTime.now(ZoneOffset.UTC)),
                store.count("SELECT COUNT(*) FROM ls_item"),
                store.countBy("SELECT status, COUNT(*) FROM ls_item GROUP BY status"),
                store.count("SELECT COUNT(*) FROM ls_item WHERE pii_types IS NOT NULL"),
                store.count("SELECT COUNT(*) FROM ls_item WHERE markings IS NOT NULL"),
                store.countCodes("SELECT pii_types FROM ls_item WHERE pii_types IS NOT NULL"),
                store.countCodes("SELECT markings FROM ls_item WHERE markings IS NOT NULL"),
                store.count("SELECT COUNT(*) FROM ls_subject"),
                store.count("SELECT COUNT(*) FROM ls_subject WHERE sensitive = TRUE"),
                store.countCodes("SELECT jurisdictions FROM ls_subject WHERE jurisdictions IS NOT NULL"),
                obligations,
                store.count("SELECT COUNT(*) FROM ls_item WHERE status IN " + NOT_ASSESSED_STATUSES),
                store.countFindings(),
                toolVersion, settings.unmasked(),
                store.countCodes("SELECT data_elements FROM ls_subject WHERE data_elements IS NOT NULL"),
                settings.caseDetails(), settings.malicious());
    }
}
