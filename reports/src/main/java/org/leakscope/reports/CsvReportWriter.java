package org.leakscope.reports;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.resolve.Subject;

/**
 * Streaming writer of documents.csv, findings.csv and subjects.csv (output contract v1).
 *
 * <p>Format: UTF-8 (a BOM only when {@code excelBom}), comma separated, RFC 4180 quoting applied only to cells
 * that need it (a comma, a double quote, CR or LF; quotes are doubled), records end with {@code \n} (RFC 4180 says
 * CRLF; every CSV reader we target accepts LF, and it keeps diffs and {@code wc -l} simple). The header row is the
 * contract's column names in the contract's order; extra columns only ever come after them.
 *
 * <p>Rows are written one at a time, so the caller can stream millions of them from a cursor. The file appears
 * under its final name only on {@link #close()}; {@link #abort()} discards it.
 */
public final class CsvReportWriter<T> implements AutoCloseable {

    public static final List<String> DOCUMENTS_HEADER = List.of(
            "doc_id", "path", "sha256", "media_type", "size_bytes", "status", "language", "duplicate_of",
            "markings", "highest_marking", "pii_types", "pii_count", "subject_count", "risk",
            "status_detail");
    public static final List<String> FINDINGS_HEADER = List.of(
            "doc_id", "path", "category", "type", "value_masked", "confidence", "location", "detector");
    public static final List<String> SUBJECTS_HEADER = List.of(
            "subject_id", "name", "emails", "phones", "postal_address", "jurisdictions", "data_elements",
            "sensitive", "document_count", "doc_ids", "obligations");

    /** manifest.csv: every input file with its size, hash and modification time (chain of custody). */
    public static final List<String> MANIFEST_HEADER = List.of(
            "path", "size_bytes", "sha256", "modified", "doc_id", "status");

    /**
     * notices.csv (issue 6 item 5): one row per person and regime, the data a mail-merge of the notification letter
     * needs. Not part of output contract v1's column list; these names are fixed the same way.
     */
    public static final List<String> NOTICES_HEADER = List.of(
            "subject_id", "name", "postal_address", "emails", "phones", "data_elements", "obligation", "deadline",
            "recipient");

    private static final char BOM = '\uFEFF';

    private final Path file;
    private final Path part;
    private final ICSVWriter csv;
    private final Function<? super T, String[]> toCells;
    private long rows;
    private boolean done;

    private CsvReportWriter(Path file, boolean excelBom, List<String> header, Function<? super T, String[]> toCells)
            throws IOException {
        this.file = file;
        this.part = ReportFiles.partOf(file);
        this.toCells = toCells;
        // OutputStreamWriter(Charset) replaces unencodable input (a lone surrogate from a broken file) with '?'
        // instead of failing the whole report, unlike Files.newBufferedWriter.
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8),
                1 << 16);
        try {
            if (excelBom) {
                out.write(BOM);
            }
            this.csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                    ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n");
            writeCells(header.toArray(String[]::new));
        } catch (IOException | RuntimeException e) {
            out.close();
            ReportFiles.discard(part);
            throw e;
        }
    }

    public static CsvReportWriter<DocumentRow> documents(Path file, boolean excelBom) throws IOException {
        return new CsvReportWriter<>(file, excelBom, DOCUMENTS_HEADER, CsvReportWriter::documentCells);
    }

    public static CsvReportWriter<FindingRow> findings(Path file, boolean excelBom) throws IOException {
        return new CsvReportWriter<>(file, excelBom, FINDINGS_HEADER, CsvReportWriter::findingCells);
    }

    public static CsvReportWriter<Subject> subjects(Path file, boolean excelBom) throws IOException {
        return new CsvReportWriter<>(file, excelBom, SUBJECTS_HEADER, CsvReportWriter::subjectCells);
    }

    public static CsvReportWriter<ManifestRow> manifest(Path file, boolean excelBom) throws IOException {
        return new CsvReportWriter<>(file, excelBom, MANIFEST_HEADER, CsvReportWriter::manifestCells);
    }

    /**
     * notices.csv writer. Unless {@code unmasked}, e-mails and phones are masked as in findings.csv
     * ({@link Masks#email}, {@link Masks#keepLast} with 4). Names and postal addresses are ALWAYS written in full,
     * because the letter cannot be addressed without them: the file is therefore as sensitive as subjects.csv
     * (a list of named, locatable people whose data leaked) and must be handled the same way, masked or not.
     */
    public static CsvReportWriter<NoticeRow> notices(Path file, boolean excelBom, boolean unmasked)
            throws IOException {
        return new CsvReportWriter<>(file, excelBom, NOTICES_HEADER, r -> noticeCells(r, unmasked));
    }

    /** Writes all of notices.csv; see {@link #notices} for what is masked. */
    public static void writeNotices(Path file, Iterable<NoticeRow> rows, boolean excelBom, boolean unmasked)
            throws IOException {
        writeAllAndCommit(notices(file, excelBom, unmasked), rows);
    }

    public static void writeManifest(Path file, Iterable<ManifestRow> rows, boolean excelBom) throws IOException {
        writeAllAndCommit(manifest(file, excelBom), rows);
    }

    public static void writeDocuments(Path file, Iterable<DocumentRow> rows, boolean excelBom) throws IOException {
        writeAllAndCommit(documents(file, excelBom), rows);
    }

    public static void writeFindings(Path file, Iterable<FindingRow> rows, boolean excelBom) throws IOException {
        writeAllAndCommit(findings(file, excelBom), rows);
    }

    public static void writeSubjects(Path file, Iterable<Subject> rows, boolean excelBom) throws IOException {
        writeAllAndCommit(subjects(file, excelBom), rows);
    }

    public void write(T row) throws IOException {
        if (done) {
            throw new IllegalStateException("writer for " + file + " is already closed");
        }
        writeCells(toCells.apply(Objects.requireNonNull(row, "row")));
        rows++;
    }

    public void writeAll(Iterable<? extends T> rowsToWrite) throws IOException {
        for (T row : rowsToWrite) {
            write(row);
        }
    }

    /** Data rows written so far (the header not counted). */
    public long rowCount() {
        return rows;
    }

    /** Flushes and moves the finished file into place. */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            csv.flush();
            rethrowCsvError();
            csv.close();
        } catch (IOException | RuntimeException e) {
            ReportFiles.discard(part);
            throw e;
        }
        ReportFiles.commit(part, file);
    }

    /** Discards what was written; the final file is left as it was. */
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        try {
            csv.close();
        } catch (IOException ignored) {
            // the file is discarded anyway
        }
        ReportFiles.discard(part);
    }

    private void writeCells(String[] cells) throws IOException {
        csv.writeNext(cells, false);
        rethrowCsvError();
    }

    // OpenCSV keeps an IOException instead of throwing it; surface it at once so a full disk fails the step.
    private void rethrowCsvError() throws IOException {
        IOException e = csv.getException();
        if (e != null) {
            throw e;
        }
    }

    private static <T> void writeAllAndCommit(CsvReportWriter<T> writer, Iterable<? extends T> rows)
            throws IOException {
        try {
            writer.writeAll(rows);
        } catch (Throwable t) {
            writer.abort();
            throw t;
        }
        writer.close();
    }

    static String[] manifestCells(ManifestRow r) {
        return new String[] {
            Cells.text(r.path()), Long.toString(r.sizeBytes()), Cells.text(r.sha256()), Cells.text(r.modified()),
            Cells.text(r.docId()), Cells.text(r.status())
        };
    }

    static String[] documentCells(DocumentRow r) {
        return new String[] {
            Cells.text(r.docId()), Cells.text(r.path()), Cells.text(r.sha256()), Cells.text(r.mediaType()),
            Long.toString(r.sizeBytes()), Cells.text(r.status()), Cells.text(r.language()),
            Cells.text(r.duplicateOf()), Cells.multi(r.markings()), Cells.text(r.highestMarking()),
            Cells.multi(r.piiTypes()), Integer.toString(r.piiCount()), Integer.toString(r.subjectCount()),
            Cells.text(r.risk()), Cells.text(r.statusDetail())
        };
    }

    static String[] findingCells(FindingRow r) {
        return new String[] {
            Cells.text(r.docId()), Cells.text(r.path()), Cells.text(r.category()), Cells.text(r.type()),
            Cells.text(r.valueMasked()), Cells.confidence(r.confidence()), Cells.text(r.location()),
            Cells.text(r.detector())
        };
    }

    static String[] noticeCells(NoticeRow r, boolean unmasked) {
        return new String[] {
            Cells.text(r.subjectId()), Cells.text(r.name()), Cells.text(r.postalAddress()),
            Cells.multi(unmasked ? r.emails() : masked(r.emails(), Masks::email)),
            Cells.multi(unmasked ? r.phones() : masked(r.phones(), p -> Masks.keepLast(p, 4))),
            Cells.multi(r.dataElements()), Cells.text(r.obligationCode()), Cells.text(r.deadline()),
            Cells.text(r.recipient())
        };
    }

    /**
     * Masks each value; the cell is then sorted by the masked text. Two values that mask alike (taro@x, tom@x) show
     * once, as in any multi-valued cell: the masked file is for review, only the unmasked one is for sending.
     */
    private static List<String> masked(java.util.Collection<String> values, Function<String, String> mask) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).filter(v -> !v.isEmpty()).map(mask)
                .collect(Collectors.toList());
    }

    static String[] subjectCells(Subject s) {
        return new String[] {
            Cells.text(s.subjectId()), Cells.text(s.name()), Cells.multi(s.emails()), Cells.multi(s.phones()),
            Cells.text(s.postalAddress()), Cells.multi(s.jurisdictions()), Cells.multi(s.dataElements()),
            Boolean.toString(s.sensitive()), Long.toString(Cells.count(s.docIds())), Cells.multi(s.docIds()),
            Cells.multi(s.obligations())
        };
    }
}
