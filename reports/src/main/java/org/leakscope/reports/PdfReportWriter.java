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
        write(file, s, marked, PdfFonts.explicitFont(), PdfFonts.defaultFontDirs());
    }

    /** With an explicit font search, for tests of both the CJK and the fallback path. */
    static void write(Path file, Summary s, Optional<Path> explicitFont, List<Path> fontDirs) throws IOException {
        write(file, s, List.of(), explicitFont, fontDirs);
    }

    static void write(Path file, Summary s, List<MarkedDocumentRow> marked, Optional<Path> explicitFont,
                      List<Path> fontDirs) throws IOException {
        Path part = ReportFiles.partOf(file);
        try (PDDocument doc = new PDDocument();
             PdfFonts.Loaded font = PdfFonts.load(doc, explicitFont, fontDirs)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(s.caseName() == null ? TITLE : TITLE + ": " + s.caseName());
            info.setCreator(Summary.TOOL_NAME + (s.toolVersion() == null ? "" : " " + s.toolVersion()));
            try (Layout out = new Layout(doc, new PdfText(font.font()))) {
                render(out, s);
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
