/**
 * Writers of the job's output files (output contract v1): documents.csv, findings.csv, subjects.csv
 * ({@link org.leakscope.reports.CsvReportWriter}), summary.json ({@link org.leakscope.reports.SummaryJsonWriter}) and
 * report.pdf ({@link org.leakscope.reports.PdfReportWriter}).
 *
 * <p>Reports never re-run detection: they format rows handed to them. CSV rows are streamed from an
 * {@link java.lang.Iterable} so a million-row table is never held in memory. Every file is written as
 * {@code NAME.part} and moved into place when complete. CSV records end with LF; cells are quoted only when they
 * contain a comma, a double quote, CR or LF.
 *
 * <p>PDF font: a CJK font found on the machine (system property {@code leakscope.pdf.font}, environment variable
 * {@code LEAKSCOPE_PDF_FONT}, or the usual font folders; on Debian {@code fonts-ipafont-gothic}) is embedded as a
 * subset; without one, Japanese characters are printed as '?' in DejaVu Sans or Helvetica rather than failing.
 */
package org.leakscope.reports;
