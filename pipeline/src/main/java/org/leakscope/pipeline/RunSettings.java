package org.leakscope.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.leakscope.reports.CaseDetails;
import org.leakscope.reports.ReportLanguage;

/**
 * Everything one {@code assess} run was asked to do, as given on the command line.
 *
 * @param inputs       input folders, files or archives (absolute, normalised)
 * @param output       the output folder DIR (absolute)
 * @param configFile   a user configuration file overriding the defaults, or null
 * @param incidentDate the date the organisation became aware, or null
 * @param caseName     the case name for the reports, or null
 * @param malicious    the data was taken by an attacker (APPI's 不正の目的 trigger); default true
 * @param dbUrl        JDBC URL of the job database; null means the embedded H2 file in DIR/work
 * @param rerun        start over even when a completed run exists
 * @param excel        write a UTF-8 BOM in CSV files for Excel
 * @param unmasked     findings.csv shows full values instead of masked ones
 * @param ocr          OCR images (needs Tesseract)
 * @param threads      threads (and parser processes) of the extract step
 * @param partitions   partitions of the extract step; 0 for the default ({@link #gridSize()})
 * @param broker       RabbitMQ URI ({@code amqp://user:pass@host:5672}) when partitions go to remote workers,
 *                     else null
 * @param queue        the broker queue of the partition requests
 * @param quiet        print nothing but errors
 * @param debug        stack traces and verbose logs
 * @param lang         the language of report.pdf ({@code --lang})
 * @param caseDetails  organisation and contact point: the {@code case:} sections of the configuration and of
 *                     {@code --case-file}, already checked
 */
public record RunSettings(List<Path> inputs, Path output, Path configFile, LocalDate incidentDate, String caseName,
                          boolean malicious, String dbUrl, boolean rerun, boolean excel, boolean unmasked, boolean ocr, int threads,
                          int partitions, String broker, String queue, boolean quiet, boolean debug, ReportLanguage lang,
                          CaseDetails caseDetails) {

    public RunSettings {
        inputs = List.copyOf(inputs);
        lang = lang == null ? ReportLanguage.EN : lang;
        caseDetails = caseDetails == null ? CaseDetails.NONE : caseDetails;
    }

    /** Partitions go to {@code leakscope worker} processes over the broker instead of this process's threads. */
    public boolean remoteWorkers() {
        return broker != null;
    }

    /**
     * Partitions of the extract step: four per thread by default, so a thread that drew slow files does not
     * hold up the end; with remote workers 16, as the workers' total threads are not known here.
     */
    public int gridSize() {
        return partitions > 0 ? partitions : remoteWorkers() ? 16 : 4 * threads;
    }

    /** The folder inside DIR that holds the embedded job database and the run state. */
    public Path workDir() {
        return output.resolve("work");
    }

    public Path indexDir() {
        return output.resolve("index");
    }

    /** One Lucene index per partition of the extract step, merged into {@link #indexDir()} after it. */
    public Path shardsDir() {
        return output.resolve("index-shards");
    }

    public String effectiveDbUrl() {
        // WRITE_DELAY=0: a committed chunk is in the file at once, so a killed run resumes right after it
        // (H2 otherwise keeps up to a second of commits in memory)
        return dbUrl != null ? dbUrl : "jdbc:h2:file:" + workDir().resolve("leakscope").toAbsolutePath() + ";WRITE_DELAY=0";
    }
}
