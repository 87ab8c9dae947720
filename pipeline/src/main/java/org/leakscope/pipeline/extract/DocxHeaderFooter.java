package org.leakscope.pipeline.extract;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Tika writes a DOCX's header and footer parts as plain paragraphs; a classifier must know that a line
 * stood in the page header or footer, where banners and handling marks are printed. The parts are read
 * again with POI and the units with their text are marked.
 */
final class DocxHeaderFooter {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocxHeaderFooter() {
    }

    static List<TextUnit> mark(Path docx, List<TextUnit> units) {
        Set<String> texts = texts(docx);
        if (texts.isEmpty()) {
            return units;
        }
        List<TextUnit> out = new ArrayList<>(units.size());
        for (TextUnit u : units) {
            boolean hf = !u.isCell() && texts.contains(u.text().strip());
            out.add(hf && !u.headerFooter()
                    ? new TextUnit(u.text(), u.page(), u.line(), true, u.sheet(), u.row(), u.column(), u.columnHeader())
                    : u);
        }
        return out;
    }

    /** The non-blank paragraph texts of all header and footer parts; empty when the file cannot be read. */
    static Set<String> texts(Path docx) {
        Set<String> texts = new HashSet<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFHeader h : doc.getHeaderList()) {
                add(h.getParagraphs(), texts);
                h.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                        .forEach(c -> add(c.getParagraphs(), texts))));
            }
            for (XWPFFooter f : doc.getFooterList()) {
                add(f.getParagraphs(), texts);
                f.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                        .forEach(c -> add(c.getParagraphs(), texts))));
            }
        } catch (Exception | LinkageError e) {
            // Tika has already said what is wrong with the file, if anything
        }
        return texts;
    }

    private static void add(List<XWPFParagraph> paragraphs, Set<String> texts) {
        for (XWPFParagraph p : paragraphs) {
            String t = p.getText().strip();
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
    }
}
