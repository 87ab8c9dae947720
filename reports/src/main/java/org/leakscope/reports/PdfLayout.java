package org.leakscope.reports;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A minimal flowing A4 layout: lines top to bottom, a new page when one is full, page numbers at the end.
 * Labels and values sit on one baseline, so a text extractor reads "label value" lines; a chart row is
 * "label bar value", which a text extractor reads as "label value", the same as the figure in summary.json.
 */
final class PdfLayout implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 50f;
    static final float BODY = 10f;
    static final float LEADING = 14f;
    static final float INDENT = 18f;
    private static final int MAX_CELL_LINES = 30;
    private static final float RIGHT = SIZE.getWidth() - MARGIN;
    private static final Color INK = Color.BLACK;
    private static final Color ACCENT = new Color(31, 59, 110);
    private static final Color BAR = new Color(70, 115, 178);
    private static final Color MUTED = new Color(110, 110, 110);
    private static final Color BAND = new Color(228, 233, 242);
    private static final float CHART_LABEL_WIDTH = 150f;
    private static final float CHART_VALUE_ROOM = 60f;

    private final PDDocument doc;
    private final PdfText text;
    private final String footerLeft;
    private final String pageFormat;
    private PDPageContentStream cs;
    private float y;

    /**
     * @param footerLeft text at the bottom left of every page (e.g. the case name)
     * @param pageFormat the page number at the bottom right, with {0} = page and {1} = pages
     */
    PdfLayout(PDDocument doc, PdfText text, String footerLeft, String pageFormat) throws IOException {
        this.doc = doc;
        this.text = text;
        this.footerLeft = footerLeft;
        this.pageFormat = pageFormat;
        newPage();
    }

    void coverTitle(String t) throws IOException {
        y -= 40f;
        wrapped(t, MARGIN, width(), 22f, 30f, ACCENT);
        y -= 8f;
        rule(ACCENT, 1.5f);
        y -= 6f;
    }

    void title(String t) throws IOException {
        wrapped(t, MARGIN, width(), 16f, 22f, ACCENT);
        y -= 6f;
    }

    void heading(String h) throws IOException {
        y -= 10f;
        ensure(4 * LEADING);
        wrapped(h, MARGIN, width(), 13f, 18f, ACCENT);
        y -= 3f;
        rule(ACCENT, 0.6f);
        y -= 2f;
    }

    void subheading(String h) throws IOException {
        y -= 3f;
        ensure(3 * LEADING);
        wrapped(h, MARGIN, width(), 11f, 16f, INK);
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
        float room = RIGHT - x - text.width(l, BODY) - 12f;
        if (text.width(v, BODY) <= room) {
            ensure(LEADING);
            y -= LEADING;
            put(l, x, BODY, INK);
            put(v, RIGHT - text.width(v, BODY), BODY, INK);
        } else {
            show(l, x, BODY, LEADING, INK);
            wrapped(value, x + INDENT, RIGHT - x - INDENT, BODY, LEADING, INK);
        }
    }

    /**
     * A horizontal bar chart, one row per entry in the map's order: the key, a bar of length value / scaleMax,
     * the value. {@code scaleMax} lets several charts share one scale (0 or less: the largest value here).
     */
    void barChart(Map<String, Long> counts, long scaleMax, String noneText) throws IOException {
        if (counts == null || counts.isEmpty()) {
            indentedParagraph(noneText);
            return;
        }
        long max = scaleMax > 0 ? scaleMax : counts.values().stream().mapToLong(v -> v == null ? 0 : v).max().orElse(0);
        final float size = 9f;
        final float rowHeight = 13f;
        float x0 = MARGIN + INDENT + CHART_LABEL_WIDTH + 6f;
        float barRoom = RIGHT - x0 - CHART_VALUE_ROOM;
        float top = y;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            long v = e.getValue() == null ? 0L : e.getValue();
            if (y - rowHeight < MARGIN + LEADING) {
                axis(x0, top);
                newPage();
                top = y;
            }
            y -= rowHeight;
            List<String> label = text.wrap(e.getKey(), size, CHART_LABEL_WIDTH);
            put(label.get(0) + (label.size() > 1 ? "\u2026" : ""), MARGIN + INDENT, size, INK);
            float len = max <= 0 ? 0f : Math.max(v > 0 ? 1.5f : 0f, barRoom * v / max);
            if (len > 0) {
                cs.setNonStrokingColor(BAR);
                cs.addRect(x0, y - 2f, len, rowHeight - 4f);
                cs.fill();
            }
            put(Long.toString(v), x0 + len + 4f, size, INK);
        }
        axis(x0, top);
        y -= 4f;
    }

    private void axis(float x, float top) throws IOException {
        cs.setStrokingColor(MUTED);
        cs.setLineWidth(0.5f);
        cs.moveTo(x, top - 4f); // below the descenders of the line above
        cs.lineTo(x, y - 3f);
        cs.stroke();
    }

    /**
     * A labelled empty box for what only counsel can write; the hint stands inside it in grey, so a printed
     * report is a form to complete and an extracted text still says what is missing.
     */
    void blank(String label, String hint) throws IOException {
        blank(null, label, hint);
    }

    /** {@link #blank(String, String)} under a subheading, kept on one page with it. */
    void blank(String subheading, String label, String hint) throws IOException {
        List<String> hintLines = text.wrap(hint, 9f, width() - INDENT - 12f);
        float boxHeight = Math.max(3, hintLines.size() + 1) * 12f + 6f;
        ensure((subheading == null ? 0f : 20f) + 2 * LEADING + boxHeight + 4f);
        if (subheading != null) {
            subheading(subheading);
        }
        wrapped(label, MARGIN + INDENT, width() - INDENT, BODY, LEADING, INK);
        y -= 3f;
        cs.setStrokingColor(MUTED);
        cs.setLineWidth(0.5f);
        cs.addRect(MARGIN + INDENT, y - boxHeight, width() - INDENT, boxHeight);
        cs.stroke();
        float inner = y;
        for (String line : hintLines) {
            inner -= 12f;
            putAt(line, MARGIN + INDENT + 6f, inner, 9f, MUTED);
        }
        y -= boxHeight + 4f;
    }

    /**
     * A table: a shaded header row, then one row per entry; each cell wraps inside its column (fractions of the
     * text width). The header is repeated on every page the table runs onto.
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
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < row.length; i++) {
                List<String> wrapped = text.wrap(row[i], size, w[i]);
                if (wrapped.size() > MAX_CELL_LINES) { // a row must fit on one page
                    wrapped = new ArrayList<>(wrapped.subList(0, MAX_CELL_LINES));
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
                        put(cells.get(i).get(k), x[i], size, INK);
                    }
                }
            }
            y -= 2f;
        }
        y -= 4f;
    }

    private void tableHeader(String[] header, float[] x, float size, float leading) throws IOException {
        ensure(3 * leading);
        y -= leading;
        cs.setNonStrokingColor(BAND);
        cs.addRect(MARGIN, y - 4f, width(), leading + 1f);
        cs.fill();
        for (int i = 0; i < header.length; i++) {
            put(text.safe(header[i]), x[i], size, INK);
        }
        y -= 4f;
        cs.setStrokingColor(MUTED);
        cs.setLineWidth(0.5f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(RIGHT, y);
        cs.stroke();
        y -= 1f;
    }

    void paragraph(String p) throws IOException {
        wrapped(p, MARGIN, width(), BODY, LEADING, INK);
    }

    void indentedParagraph(String p) throws IOException {
        wrapped(p, MARGIN + INDENT, width() - INDENT, BODY, LEADING, INK);
    }

    /** A smaller grey paragraph: notes and caveats. */
    void note(String p) throws IOException {
        y -= 3f;
        wrapped(p, MARGIN, width(), 8.5f, 11f, MUTED);
    }

    void space(float points) {
        y -= points;
    }

    private float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    private void rule(Color color, float lineWidth) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.moveTo(MARGIN, y);
        cs.lineTo(RIGHT, y);
        cs.stroke();
    }

    /** {@code t} wrapped to {@code width} and shown line by line from {@code x}. */
    private void wrapped(String t, float x, float width, float size, float leading, Color color) throws IOException {
        for (String line : text.wrap(t, size, width)) {
            show(line, x, size, leading, color);
        }
    }

    private void show(String safeLine, float x, float size, float leading, Color color) throws IOException {
        ensure(leading);
        y -= leading;
        put(safeLine, x, size, color);
    }

    private void put(String safeText, float x, float size, Color color) throws IOException {
        putAt(safeText, x, y, size, color);
    }

    private void putAt(String safeText, float x, float baseline, float size, Color color) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(color);
        cs.setFont(text.font(), size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text.safe(safeText));
        cs.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN + LEADING) {
            newPage();
        }
    }

    void newPage() throws IOException {
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
                String f = text.safe(pageFormat.replace("{0}", Integer.toString(i + 1))
                        .replace("{1}", Integer.toString(total)));
                footer.beginText();
                footer.setNonStrokingColor(MUTED);
                footer.setFont(text.font(), 8f);
                footer.newLineAtOffset(RIGHT - text.width(f, 8f), MARGIN / 2);
                footer.showText(f);
                footer.endText();
                String left = text.wrap(footerLeft, 8f, (RIGHT - MARGIN) * 0.7f).get(0);
                footer.beginText();
                footer.setFont(text.font(), 8f);
                footer.newLineAtOffset(MARGIN, MARGIN / 2);
                footer.showText(left);
                footer.endText();
            }
        }
    }
}
