package org.leakscope.pipeline.extract;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Tika writes a slide's text boxes in order, without where they stand; a banner or a "Company Confidential"
 * footer is at the slide's edge, and on a one-slide deck it is not repeated either. The slides are read again
 * with POI: the text of a footer, header or date placeholder, or of a shape lying wholly in the top or bottom
 * {@link #EDGE} of the slide, marks its units as page header/footer lines (as {@link DocxHeaderFooter} does
 * for a DOCX's header parts). Titles are never edges, wherever they are placed.
 */
final class PptxEdges {

    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** The share of the slide's height at the top and at the bottom that is its edge. */
    static final double EDGE = 0.15;

    private PptxEdges() {
    }

    static List<TextUnit> mark(Path pptx, List<TextUnit> units) {
        return DocxHeaderFooter.markTexts(units, texts(pptx));
    }

    /** The non-blank paragraph texts of the decks' edge shapes; empty when the file cannot be read. */
    static Set<String> texts(Path pptx) {
        Set<String> texts = new HashSet<>();
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow deck = new XMLSlideShow(in)) {
            Dimension page = deck.getPageSize();
            for (XSLFSlide slide : deck.getSlides()) {
                for (XSLFShape s : slide.getShapes()) {
                    if (s instanceof XSLFTextShape t && edge(t, page.getHeight())) {
                        for (XSLFTextParagraph p : t.getTextParagraphs()) {
                            String line = p.getText().strip();
                            if (!line.isEmpty()) {
                                texts.add(line);
                            }
                        }
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            // Tika has already said what is wrong with the file, if anything
        }
        return texts;
    }

    private static boolean edge(XSLFTextShape t, double height) {
        Placeholder ph = t.getTextType() == null ? null : t.getPlaceholder();
        if (ph == Placeholder.FOOTER || ph == Placeholder.HEADER || ph == Placeholder.DATETIME) {
            return true;
        }
        if (ph == Placeholder.TITLE || ph == Placeholder.CENTERED_TITLE || ph == Placeholder.SUBTITLE || height <= 0) {
            return false;
        }
        Rectangle2D a = t.getAnchor();
        if (a == null || a.getHeight() <= 0) {
            return false;
        }
        return a.getMaxY() <= height * EDGE || a.getMinY() >= height * (1 - EDGE);
    }
}
