package org.leakscope.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * report.pdf: the human report. For now the totals of summary.json, written from the same {@link Summary} so every
 * figure equals the JSON's. Labels and values sit on one baseline, so a text extractor reads "label value" lines.
 */
public final class PdfReportWriter {

    public static final String TITLE = "leakscope \u2014 data-leak impact assessment";
    /** Printed next to the not-assessed count: an unreadable item is an unknown exposure, not a clean one. */
    public static final String NOT_ASSESSED_NOTE = "Encrypted or unreadable items (ENCRYPTED, CORRUPT, UNSUPPORTED, "
            + "TIMEOUT, TOO_LARGE, ERROR) could not be assessed and are NOT counted as safe: "
            + "treat their contents as an unknown exposure.";
    static final String NOT_GIVEN = "(not given)";

    /** Heading of the table of the documents with the highest risk (issue 6 item 6). */
    public static final String TOP_RISK_TITLE = "Documents with the highest risk";
    /** At most this many rows in {@value #TOP_RISK_TITLE}. */
    public static final int TOP_RISK_ROWS = 20;
    /** Heading of the list of items that could not be assessed. */
    public static final String NOT_ASSESSED_TITLE = "Items that could not be assessed";
    /** At most this many paths are listed under {@value #NOT_ASSESSED_TITLE}; the rest are counted. */
    public static final int NOT_ASSESSED_LISTED = 200;
    /** Opening sentence of {@value #NOT_ASSESSED_TITLE}. */
    public static final String NOT_ASSESSED_LIST_NOTE = "These items could not be read (encrypted, corrupt, "
            + "unsupported, too large, timed out or failed). They are neither counted as safe nor as exposed: "
            + "their contents are unknown until they are opened by other means.";
    static final String[] TOP_RISK_COLUMNS = {"Risk", "Path", "Highest marking", "PII types", "Subjects"};

    private PdfReportWriter() {
    }

    /** Heading of the annex that lists every marking of every marked document. */
    public static final String MARKED_ANNEX_TITLE = "Annex: Documents with markings";

    public static void write(Path file, Summary s) throws IOException {
        write(file, s, List.of());
    }

    /**
     * The report with an annex "Documents with markings": per document (in the order given, grouped by path)
     * each marking code, where it stands and the exact marking text.
     */
    public static void write(Path file, Summary s, List<MarkedDocumentRow> marked) throws IOException {
        write(file, s, marked, ReportDetails.EMPTY);
    }

    /**
     * The report with the marked-documents annex and, when {@code details} has them, the sections
     * {@value #TOP_RISK_TITLE} (a table of the first {@value #TOP_RISK_ROWS} documents in the order given) and
     * {@value #NOT_ASSESSED_TITLE} (the first {@value #NOT_ASSESSED_LISTED} paths, then "and N more"). A section
     * whose list is empty is left out.
     */
    public static void write(Path file, Summary s, List<MarkedDocumentRow> marked, ReportDetails details)
            throws IOException {
        write(file, s, marked, details, PdfFonts.explicitFont(), PdfFonts.defaultFontDirs());
    }

    /** With an explicit font search, for tests of both the CJK and the fallback path. */
    static void write(Path file, Summary s, Optional<Path> explicitFont, List<Path> fontDirs) throws IOException {
        write(file, s, List.of(), explicitFont, fontDirs);
    }

    static void write(Path file, Summary s, List<MarkedDocumentRow> marked, Optional<Path> explicitFont,
                      List<Path> fontDirs) throws IOException {
        write(file, s, marked, ReportDetails.EMPTY, explicitFont, fontDirs);
    }

    static void write(Path file, Summary s, List<MarkedDocumentRow> marked, ReportDetails details,
                      Optional<Path> explicitFont, List<Path> fontDirs) throws IOException {
        ReportDetails d = details == null ? ReportDetails.EMPTY : details;
        Path part = ReportFiles.partOf(file);
        try (PDDocument doc = new PDDocument();
             PdfFonts.Loaded font = PdfFonts.load(doc, explicitFont, fontDirs)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(s.caseName() == null ? TITLE : TITLE + ": " + s.caseName());
            info.setCreator(Summary.TOOL_NAME + (s.toolVersion() == null ? "" : " " + s.toolVersion()));
            try (Layout out = new Layout(doc, new PdfText(font.font()))) {
                render(out, s);
                if (!d.topByRisk().isEmpty()) {
                    renderTopRisk(out, d.topByRisk());
                }
                if (!d.notAssessedPaths().isEmpty()) {
                    renderNotAssessed(out, d.notAssessedPaths());
                }
                if (marked != null && !marked.isEmpty()) {
                    renderMarked(out, marked);
                }
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

    private static void render(Layout out, Summary s) throws IOException {
        out.title(TITLE);
        out.row("Case", orNotGiven(s.caseName()));
        out.row("Incident date", orNotGiven(s.incidentDate()));
        out.row("Generated at", orNotGiven(s.generatedAt()));
        out.row("Tool", Summary.TOOL_NAME + (s.toolVersion() == null ? "" : " " + s.toolVersion()));

        out.heading("Documents");
        out.row("Documents total", s.documentsTotal());
        out.row("Documents with PII", s.documentsWithPii());
        out.row("Documents with markings", s.documentsWithMarkings());
        out.row("Documents not assessed", s.notAssessed());
        out.paragraph(NOT_ASSESSED_NOTE);
        out.row("Findings total", s.findingsTotal());
        out.subheading("Documents by status");
        out.counts(s.documentsByStatus());

        out.heading("Personal data (PII) by type");
        out.counts(s.piiByType());

        out.heading("Markings by code");
        out.counts(s.markingsByCode());

        out.heading("Data subjects");
        out.row("Subjects total", s.subjectsTotal());
        out.row("Subjects with sensitive data", s.subjectsSensitive());
        out.subheading("Subjects by jurisdiction");
        out.counts(s.subjectsByJurisdiction());

        out.heading("Notification obligations");
        List<ObligationSummary> obligations = s.obligations() == null ? List.of() : s.obligations();
        if (obligations.isEmpty()) {
            out.paragraph("none");
        }
        for (ObligationSummary o : obligations) {
            out.row(o.code(), o.subjects() + " subjects");
            out.indentedRow("Deadline", o.deadline() == null ? "(not computed: no incident date)" : o.deadline());
            if (o.recipient() != null) {
                out.indentedRow("Recipient", o.recipient());
            }
            if (o.basis() != null) {
                out.indentedParagraph("Basis: " + o.basis());
            }
        }
    }

    /** The top documents by risk as a table, in the order given (the caller ranks them). */
    private static void renderTopRisk(Layout out, List<RiskyDocument> docs) throws IOException {
        out.heading(TOP_RISK_TITLE);
        int shown = Math.min(TOP_RISK_ROWS, docs.size());
        out.paragraph("Showing " + shown + " of " + docs.size() + " ranked documents, highest risk first "
                + "(documents.csv column risk; at most " + TOP_RISK_ROWS + " are shown).");
        List<String[]> rows = new java.util.ArrayList<>(shown);
        for (RiskyDocument r : docs.subList(0, shown)) {
            rows.add(new String[] {orNone(r.risk()), orNone(r.path()), orNone(r.highestMarking()),
                orNone(r.piiTypes()), Integer.toString(r.subjects())});
        }
        out.table(TOP_RISK_COLUMNS, new float[] {0.10f, 0.36f, 0.20f, 0.25f, 0.09f}, rows);
    }

    /** The paths of the items that could not be assessed: at most {@value #NOT_ASSESSED_LISTED}, then a count. */
    private static void renderNotAssessed(Layout out, List<String> paths) throws IOException {
        out.heading(NOT_ASSESSED_TITLE);
        out.paragraph(NOT_ASSESSED_LIST_NOTE);
        int shown = Math.min(NOT_ASSESSED_LISTED, paths.size());
        for (String p : paths.subList(0, shown)) {
            out.indentedParagraph(orNone(p));
        }
        if (paths.size() > shown) {
            out.indentedParagraph("and " + (paths.size() - shown) + " more");
        }
    }

    /** The annex: one block per document path, one entry per marking (code, location, exact text). */
    private static void renderMarked(Layout out, List<MarkedDocumentRow> marked) throws IOException {
        out.heading(MARKED_ANNEX_TITLE);
        java.util.Map<String, List<MarkedDocumentRow>> byPath = new java.util.LinkedHashMap<>();
        for (MarkedDocumentRow r : marked) {
            if (r != null) {
                byPath.computeIfAbsent(r.path() == null ? "" : r.path(), k -> new java.util.ArrayList<>()).add(r);
            }
        }
        out.paragraph(byPath.size() + " documents bear markings. Each entry gives the marking code, where the "
                + "marking stands and the exact marking text.");
        for (java.util.Map.Entry<String, List<MarkedDocumentRow>> e : byPath.entrySet()) {
            out.subheading(e.getKey());
            for (MarkedDocumentRow r : e.getValue()) {
                out.indentedRow(orNone(r.code()), orNone(r.location()));
                out.indentedParagraph("\u201C" + orNone(r.markingText()) + "\u201D");
            }
        }
    }

    private static String orNone(String v) {
        return v == null || v.isBlank() ? "-" : v;
    }

    private static String orNotGiven(String v) {
        return v == null || v.isBlank() ? NOT_GIVEN : v;
    }

    /** A minimal flowing layout: lines top to bottom, a new A4 page when one is full, page numbers at the end. */
    private static final class Layout implements AutoCloseable {
        private static final PDRectangle SIZE = PDRectangle.A4;
        private static final float MARGIN = 50f;
        private static final float BODY = 10f;
        private static final float LEADING = 14f;
        private static final float INDENT = 18f;
        private static final int MAX_CELL_LINES = 30;
        private static final float VALUE_RIGHT = SIZE.getWidth() - MARGIN;

        private final PDDocument doc;
        private final PdfText text;
        private PDPageContentStream cs;
        private float y;

        Layout(PDDocument doc, PdfText text) throws IOException {
            this.doc = doc;
            this.text = text;
            newPage();
        }

        void title(String t) throws IOException {
            for (String line : text.wrap(t, 16f, width())) {
                show(line, MARGIN, 16f, 22f);
            }
            y -= 6f;
        }

        void heading(String h) throws IOException {
            y -= 8f;
            ensure(3 * LEADING);
            show(text.safe(h), MARGIN, 13f, 18f);
        }

        void subheading(String h) throws IOException {
            ensure(2 * LEADING);
            for (String line : text.wrap(h, 11f, width())) {
                show(line, MARGIN, 11f, 16f);
            }
        }

        void row(String label, long value) throws IOException {
            row(label, Long.toString(value));
        }

        void row(String label, String value) throws IOException {
            labelled(MARGIN, label, value);
        }

        void indentedRow(String label, String value) throws IOException {
            labelled(MARGIN + INDENT, label, value);
        }

        /** Label left, value right-aligned on the same baseline; a value too long for that wraps under the label. */
        private void labelled(float x, String label, String value) throws IOException {
            String l = text.safe(label);
            String v = text.safe(value);
            float room = VALUE_RIGHT - x - text.width(l, BODY) - 12f;
            if (text.width(v, BODY) <= room) {
                ensure(LEADING);
                y -= LEADING;
                put(l, x, BODY);
                put(v, VALUE_RIGHT - text.width(v, BODY), BODY);
            } else {
                show(l, x, BODY, LEADING);
                for (String line : text.wrap(value, BODY, VALUE_RIGHT - x - INDENT)) {
                    show(line, x + INDENT, BODY, LEADING);
                }
            }
        }

        void counts(Map<String, Long> counts) throws IOException {
            if (counts == null || counts.isEmpty()) {
                indentedParagraph("none");
                return;
            }
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                indentedRow(e.getKey(), Long.toString(e.getValue() == null ? 0L : e.getValue()));
            }
        }

        /**
         * A table: a header row with a rule under it, then one row per entry; each cell wraps inside its column
         * (fractions of the text width). The header is repeated on every page the table runs onto.
         */
        void table(String[] header, float[] fractions, List<String[]> rows) throws IOException {
            final float size = 9f;
            final float leading = 12f;
            float[] x = new float[fractions.length];
            float[] w = new float[fractions.length];
            float left = MARGIN;
            for (int i = 0; i < fractions.length; i++) {
                x[i] = left;
                w[i] = width() * fractions[i] - 6f;
                left += width() * fractions[i];
            }
            tableHeader(header, x, size, leading);
            for (String[] row : rows) {
                List<List<String>> cells = new java.util.ArrayList<>();
                int lines = 1;
                for (int i = 0; i < row.length; i++) {
                    List<String> wrapped = text.wrap(row[i], size, w[i]);
                    if (wrapped.size() > MAX_CELL_LINES) { // a row must fit on one page
                        wrapped = new java.util.ArrayList<>(wrapped.subList(0, MAX_CELL_LINES));
                        wrapped.set(MAX_CELL_LINES - 1, wrapped.get(MAX_CELL_LINES - 1) + "...");
                    }
                    cells.add(wrapped);
                    lines = Math.max(lines, wrapped.size());
                }
                if (y - lines * leading < MARGIN + LEADING) {
                    newPage();
                    tableHeader(header, x, size, leading);
                }
                // line by line across the cells, so a text extractor reads a row's first line as one line
                for (int k = 0; k < lines; k++) {
                    y -= leading;
                    for (int i = 0; i < cells.size(); i++) {
                        if (k < cells.get(i).size()) {
                            put(cells.get(i).get(k), x[i], size);
                        }
                    }
                }
                y -= 2f;
            }
        }

        private void tableHeader(String[] header, float[] x, float size, float leading) throws IOException {
            ensure(3 * leading);
            y -= leading;
            for (int i = 0; i < header.length; i++) {
                put(text.safe(header[i]), x[i], size);
            }
            y -= 4f;
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN, y);
            cs.lineTo(VALUE_RIGHT, y);
            cs.stroke();
            y -= 1f;
        }

        void paragraph(String p) throws IOException {
            for (String line : text.wrap(p, BODY, width())) {
                show(line, MARGIN, BODY, LEADING);
            }
        }

        void indentedParagraph(String p) throws IOException {
            for (String line : text.wrap(p, BODY, width() - INDENT)) {
                show(line, MARGIN + INDENT, BODY, LEADING);
            }
        }

        private float width() {
            return SIZE.getWidth() - 2 * MARGIN;
        }

        private void show(String safeLine, float x, float size, float leading) throws IOException {
            ensure(leading);
            y -= leading;
            put(safeLine, x, size);
        }

        private void put(String safeText, float x, float size) throws IOException {
            cs.beginText();
            cs.setFont(text.font(), size);
            cs.newLineAtOffset(x, y);
            cs.showText(safeText);
            cs.endText();
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN + LEADING) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(SIZE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = SIZE.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            cs.close();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String f = text.safe(String.format(Locale.ROOT, "page %d of %d", i + 1, total));
                    footer.beginText();
                    footer.setFont(text.font(), 8f);
                    footer.newLineAtOffset(VALUE_RIGHT - text.width(f, 8f), MARGIN / 2);
                    footer.showText(f);
                    footer.endText();
                }
            }
        }
    }
}
