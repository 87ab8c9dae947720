package org.leakscope.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * report.pdf: the human report, in English or Japanese (words from {@link ReportText}). Every figure comes from
 * the same {@link Summary} that summary.json is written from, so the two cannot disagree. Sections: cover with
 * executive summary; documents; personal data; persons by jurisdiction; notification obligations; APPI and GDPR
 * regulator items; documents with the highest risk; method and limits with the items not assessed; annex of
 * marked documents.
 */
public final class PdfReportWriter {

    private static final ReportText EN = ReportText.of(ReportLanguage.EN);

    // The English words of a few sections, for callers and tests; they come from report-en.properties.
    public static final String TITLE = EN.get("title");
    public static final String NOT_ASSESSED_NOTE = EN.get("notAssessed.note");
    static final String NOT_GIVEN = EN.get("notGiven");
    public static final String TOP_RISK_TITLE = EN.get("risk.title");
    public static final String NOT_ASSESSED_TITLE = EN.get("notAssessed.title");
    public static final String NOT_ASSESSED_LIST_NOTE = EN.get("notAssessed.listNote");
    public static final String MARKED_ANNEX_TITLE = EN.get("annex.title");

    /** At most this many rows in the table of the documents with the highest risk. */
    public static final int TOP_RISK_ROWS = 20;
    /** At most this many paths are listed among the items not assessed; the rest are counted. */
    public static final int NOT_ASSESSED_LISTED = 200;

    private PdfReportWriter() {
    }

    public static void write(Path file, Summary s) throws IOException {
        write(file, s, List.of());
    }

    public static void write(Path file, Summary s, List<MarkedDocumentRow> marked) throws IOException {
        write(file, s, marked, ReportDetails.EMPTY);
    }

    public static void write(Path file, Summary s, List<MarkedDocumentRow> marked, ReportDetails details)
            throws IOException {
        write(file, s, marked, details, ReportSettings.DEFAULT);
    }

    /**
     * The whole report. Sections whose list is empty (risk table, items not assessed, annex) are left out.
     *
     * @throws IOException also when the report is to be Japanese and no font with Japanese glyphs is found: a
     *                     report of question marks is no report (see {@link #japaneseFont()})
     */
    public static void write(Path file, Summary s, List<MarkedDocumentRow> marked, ReportDetails details,
                             ReportSettings settings) throws IOException {
        write(file, s, marked, details, settings, PdfFonts.explicitFont(), PdfFonts.defaultFontDirs());
    }

    /** The Japanese font report.pdf would embed on this machine (its file), or empty when there is none. */
    public static Optional<String> japaneseFont() {
        try (PDDocument doc = new PDDocument(); PdfFonts.Loaded f = PdfFonts.load(doc)) {
            return f.cjk() ? Optional.of(f.source()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** With an explicit font search, for tests of both the CJK and the fallback path. */
    static void write(Path file, Summary s, Optional<Path> explicitFont, List<Path> fontDirs) throws IOException {
        write(file, s, List.of(), explicitFont, fontDirs);
    }

    static void write(Path file, Summary s, List<MarkedDocumentRow> marked, Optional<Path> explicitFont,
                      List<Path> fontDirs) throws IOException {
        write(file, s, marked, ReportDetails.EMPTY, ReportSettings.DEFAULT, explicitFont, fontDirs);
    }

    static void write(Path file, Summary s, List<MarkedDocumentRow> marked, ReportDetails details,
                      ReportSettings settings, Optional<Path> explicitFont, List<Path> fontDirs) throws IOException {
        ReportDetails d = details == null ? ReportDetails.EMPTY : details;
        ReportSettings rs = settings == null ? ReportSettings.DEFAULT : settings;
        ReportText t = ReportText.of(rs.language());
        Path part = ReportFiles.partOf(file);
        try (PDDocument doc = new PDDocument();
             PdfFonts.Loaded font = PdfFonts.load(doc, explicitFont, fontDirs)) {
            if (rs.language() == ReportLanguage.JA && !font.cjk()) {
                throw new IOException("a Japanese report (--lang ja) needs a font with Japanese glyphs, but none was"
                        + " found (Debian: apt-get install fonts-ipafont-gothic; or set " + PdfFonts.FONT_ENV + ")");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(s.caseName() == null ? t.get("title") : t.get("title") + ": " + s.caseName());
            info.setCreator(tool(s));
            String footer = t.get("footer.confidential") + (s.caseName() == null ? "" : " \u2014 " + s.caseName());
            try (PdfLayout out = new PdfLayout(doc, new PdfText(font.font()), footer, t.get("footer.page"))) {
                new PdfReportWriter.Sections(out, t, s, d, rs).render(marked);
            }
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(part))) {
                doc.save(os);
            }
        } catch (IOException | RuntimeException e) {
            ReportFiles.discard(part);
            throw e;
        }
        ReportFiles.commit(part, file);
    }

    static String tool(Summary s) {
        return Summary.TOOL_NAME + (s.toolVersion() == null ? "" : " " + s.toolVersion());
    }

    /** The obligation's deadline, or why there is none: nothing to count from, or the rule sets no date. */
    static String deadline(ReportText t, Summary s, ObligationSummary o) {
        if (o.deadline() != null) {
            return o.deadline();
        }
        return t.get(s.incidentDate() == null ? "obligations.noDeadline" : "obligations.noDate");
    }

    static String orNone(String v) {
        return v == null || v.isBlank() ? "-" : v;
    }

    /** The sections in order; one instance per report. */
    private record Sections(PdfLayout out, ReportText t, Summary s, ReportDetails d, ReportSettings settings) {

        void render(List<MarkedDocumentRow> marked) throws IOException {
            cover();
            out.newPage();
            documents();
            personalData();
            jurisdictions();
            obligations();
            RegulatorItems items = new RegulatorItems(out, t, s);
            items.appi();
            items.gdpr();
            if (!d.topByRisk().isEmpty()) {
                topRisk();
            }
            method();
            if (!d.notAssessedPaths().isEmpty()) {
                notAssessed();
            }
            if (marked != null && !marked.isEmpty()) {
                annex(marked);
            }
        }

        private void cover() throws IOException {
            out.coverTitle(t.get("title"));
            out.paragraph(t.get("cover.subtitle"));
            out.space(10f);
            CaseDetails c = s.caseDetails();
            out.row(t.get("cover.case"), given(s.caseName()));
            out.row(t.get("cover.organisation"), given(c.organisation()));
            out.row(t.get("cover.role"), c.role() == null ? t.get("notGiven") : t.nameOf("role.", c.role()));
            out.row(t.get("cover.contact"), given(c.contact()));
            out.row(t.get("cover.incidentDate"), given(s.incidentDate()));
            out.row(t.get("cover.malicious"), t.get(s.malicious() ? "yes" : "no"));
            out.row(t.get("cover.generatedAt"), given(s.generatedAt()));
            out.row(t.get("cover.tool"), tool(s));
            out.row(t.get("cover.values"), t.get(s.unmasked() ? "values.unmasked" : "values.masked"));

            out.heading(t.get("exec.title"));
            out.row(t.get("fig.documentsTotal"), s.documentsTotal());
            out.row(t.get("fig.documentsWithPii"), s.documentsWithPii());
            out.row(t.get("fig.documentsWithMarkings"), s.documentsWithMarkings());
            out.row(t.get("fig.documentsNotAssessed"), s.notAssessed());
            out.row(t.get("fig.findingsTotal"), s.findingsTotal());
            out.row(t.get("fig.subjectsTotal"), s.subjectsTotal());
            out.row(t.get("fig.subjectsSensitive"), s.subjectsSensitive());
            out.note(t.get("notAssessed.note"));
            out.subheading(t.get("exec.obligations"));
            List<ObligationSummary> obligations = obligationList();
            if (obligations.isEmpty()) {
                out.indentedParagraph(t.get("none"));
            } else {
                List<String[]> rows = new ArrayList<>();
                for (ObligationSummary o : obligations) {
                    rows.add(new String[] {o.code(), Integer.toString(o.subjects()), deadline(o),
                        orNone(o.recipient())});
                }
                out.table(new String[] {t.get("col.obligation"), t.get("col.persons"), t.get("col.deadline"),
                    t.get("col.recipient")}, new float[] {0.23f, 0.10f, 0.22f, 0.45f}, rows);
            }
            out.note(t.get("exec.disclaimer"));
        }

        private void documents() throws IOException {
            out.heading(t.get("documents.title"));
            out.subheading(t.get("chart.byStatus"));
            out.barChart(s.documentsByStatus(), 0, t.get("none"));
            out.subheading(t.get("chart.byMarking"));
            out.barChart(s.markingsByCode(), 0, t.get("none"));
            out.note(t.get("chart.codesNote"));
        }

        private void personalData() throws IOException {
            out.heading(t.get("pii.title"));
            out.subheading(t.get("chart.personsByElement"));
            out.barChart(s.subjectsByPiiType(), 0, t.get("none"));
            out.subheading(t.get("chart.documentsByPii"));
            out.barChart(s.piiByType(), 0, t.get("none"));
        }

        /** Persons per jurisdiction: Japan, each EU/EEA/UK country, each US state, others; one scale for all. */
        private void jurisdictions() throws IOException {
            out.heading(t.get("subjects.title"));
            out.row(t.get("fig.subjectsTotal"), s.subjectsTotal());
            out.row(t.get("fig.subjectsSensitive"), s.subjectsSensitive());
            out.subheading(t.get("chart.byJurisdiction"));
            SortedMap<String, Long> all = s.subjectsByJurisdiction() == null ? new TreeMap<>()
                    : s.subjectsByJurisdiction();
            if (all.isEmpty()) {
                out.indentedParagraph(t.get("none"));
            }
            Map<String, SortedMap<String, Long>> groups = new LinkedHashMap<>();
            for (String g : List.of("jp", "eea", "us", "other")) {
                groups.put(g, new TreeMap<>());
            }
            all.forEach((k, v) -> groups.get(groupOf(k)).put(k, v));
            long max = all.values().stream().mapToLong(v -> v == null ? 0 : v).max().orElse(0);
            for (Map.Entry<String, SortedMap<String, Long>> g : groups.entrySet()) {
                if (!g.getValue().isEmpty()) {
                    long sum = g.getValue().values().stream().mapToLong(v -> v == null ? 0 : v).sum();
                    out.indentedParagraph(t.format("juris.group." + g.getKey(), sum));
                    out.barChart(g.getValue(), max, t.get("none"));
                }
            }
            out.note(t.get("juris.note"));
        }

        private static String groupOf(String jurisdiction) {
            if ("JP".equals(jurisdiction)) {
                return "jp";
            }
            if ("US".equals(jurisdiction) || jurisdiction.startsWith("US-")) {
                return "us";
            }
            return DataElements.EEA_UK.contains(jurisdiction) ? "eea" : "other";
        }

        private void obligations() throws IOException {
            out.heading(t.get("obligations.title"));
            List<ObligationSummary> obligations = obligationList();
            if (obligations.isEmpty()) {
                out.paragraph(t.get("none"));
            }
            for (ObligationSummary o : obligations) {
                out.row(o.code(), t.format("obligations.persons", o.subjects()));
                out.indentedRow(t.get("col.deadline"), deadline(o));
                for (String step : o.deadlines()) {
                    out.indentedRow(t.get("obligations.step"), step);
                }
                if (o.recipient() != null) {
                    out.indentedRow(t.get("col.recipient"), o.recipient());
                }
                if (o.basis() != null) {
                    out.indentedParagraph(t.get("obligations.basis") + " " + o.basis());
                }
            }
            out.note(t.get("exec.disclaimer"));
        }

        private void topRisk() throws IOException {
            out.heading(t.get("risk.title"));
            List<RiskyDocument> docs = d.topByRisk();
            int shown = Math.min(TOP_RISK_ROWS, docs.size());
            out.paragraph(t.format("risk.showing", shown, docs.size(), TOP_RISK_ROWS));
            List<String[]> rows = new ArrayList<>(shown);
            for (RiskyDocument r : docs.subList(0, shown)) {
                rows.add(new String[] {orNone(r.risk()), orNone(r.path()), orNone(r.highestMarking()),
                    orNone(r.piiTypes()), Integer.toString(r.subjects())});
            }
            out.table(new String[] {t.get("col.risk"), t.get("col.path"), t.get("col.highestMarking"),
                t.get("col.piiTypes"), t.get("col.subjects")}, new float[] {0.10f, 0.33f, 0.23f, 0.25f, 0.09f}, rows);
        }

        /** What was read and what not, the thresholds and limits of the run, and how values are shown. */
        private void method() throws IOException {
            out.heading(t.get("method.title"));
            out.subheading(t.get("method.statuses"));
            List<String[]> rows = new ArrayList<>();
            SortedMap<String, Long> byStatus = s.documentsByStatus() == null ? new TreeMap<>() : s.documentsByStatus();
            byStatus.forEach((status, n) -> rows.add(new String[] {status, Long.toString(n == null ? 0 : n),
                t.nameOf("status.", status)}));
            if (rows.isEmpty()) {
                out.indentedParagraph(t.get("none"));
            } else {
                out.table(new String[] {t.get("col.status"), t.get("col.items"), t.get("col.meaning")},
                        new float[] {0.16f, 0.10f, 0.74f}, rows);
            }
            out.row(t.get("fig.documentsNotAssessed"), s.notAssessed());
            out.paragraph(t.get("notAssessed.note"));

            out.subheading(t.get("method.settings"));
            out.indentedRow("classify.report-threshold", settings.reportThreshold() == null ? t.get("notGiven")
                    : settings.reportThreshold().toString());
            out.indentedParagraph(t.get("method.threshold"));
            if (settings.extractLimits().isEmpty()) {
                out.indentedRow("extract.*", t.get("notGiven"));
            }
            for (Map.Entry<String, String> e : settings.extractLimits().entrySet()) {
                out.indentedRow("extract." + e.getKey(), e.getValue());
            }
            out.subheading(t.get("method.other"));
            out.indentedRow(t.get("cover.tool"), tool(s));
            out.indentedParagraph(t.get(s.unmasked() ? "method.unmasked" : "method.masked"));
            out.indentedParagraph(t.get("method.people"));
            out.indentedParagraph(t.get("method.rules"));
        }

        private void notAssessed() throws IOException {
            out.heading(t.get("notAssessed.title"));
            out.paragraph(t.get("notAssessed.listNote"));
            List<String> paths = d.notAssessedPaths();
            int shown = Math.min(NOT_ASSESSED_LISTED, paths.size());
            for (String p : paths.subList(0, shown)) {
                out.indentedParagraph(orNone(p));
            }
            if (paths.size() > shown) {
                out.indentedParagraph(t.format("notAssessed.more", paths.size() - shown));
            }
        }

        /** The annex: one block per document path, one entry per marking (code, location, exact text). */
        private void annex(List<MarkedDocumentRow> marked) throws IOException {
            out.heading(t.get("annex.title"));
            Map<String, List<MarkedDocumentRow>> byPath = new LinkedHashMap<>();
            for (MarkedDocumentRow r : marked) {
                if (r != null) {
                    byPath.computeIfAbsent(r.path() == null ? "" : r.path(), k -> new ArrayList<>()).add(r);
                }
            }
            out.paragraph(t.format("annex.intro", byPath.size()));
            for (Map.Entry<String, List<MarkedDocumentRow>> e : byPath.entrySet()) {
                out.subheading(e.getKey());
                for (MarkedDocumentRow r : e.getValue()) {
                    out.indentedRow(orNone(r.code()), orNone(r.location()));
                    out.indentedParagraph("\u201C" + orNone(r.markingText()) + "\u201D");
                }
            }
        }

        private List<ObligationSummary> obligationList() {
            return s.obligations() == null ? List.of() : s.obligations();
        }

        private String deadline(ObligationSummary o) {
            return PdfReportWriter.deadline(t, s, o);
        }

        private String given(String v) {
            return v == null || v.isBlank() ? t.get("notGiven") : v;
        }
    }
}
