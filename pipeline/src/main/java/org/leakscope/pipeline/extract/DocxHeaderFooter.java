package org.leakscope.pipeline.extract;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        Set<String> watermarks = new LinkedHashSet<>();
        Set<String> texts = texts(docx, watermarks);
        return markTexts(units, texts, watermarks);
    }

    /** The units, those whose text is one of {@code texts} (not table cells) marked as header/footer lines. */
    static List<TextUnit> markTexts(List<TextUnit> units, Set<String> texts) {
        return markTexts(units, texts, Set.of());
    }

    /** As {@link #markTexts(List, Set)}; each of {@code extra} not among the units' texts added as a header line. */
    private static List<TextUnit> markTexts(List<TextUnit> units, Set<String> texts, Set<String> extra) {
        if (texts.isEmpty() && extra.isEmpty()) {
            return units;
        }
        List<TextUnit> out = new ArrayList<>(units.size() + extra.size());
        Set<String> seen = new HashSet<>();
        int lastLine = 0;
        for (TextUnit u : units) {
            boolean hf = !u.isCell() && texts.contains(u.text().strip());
            out.add(hf && !u.headerFooter()
                    ? new TextUnit(u.text(), u.page(), u.line(), true, u.sheet(), u.row(), u.column(), u.columnHeader())
                    : u);
            seen.add(u.text().strip());
            lastLine = Math.max(lastLine, u.line());
        }
        // a watermark ("CONFIDENTIAL" across every page) is a header shape Tika does not read: a header line of its own
        for (String w : extra) {
            if (seen.add(w)) {
                out.add(new TextUnit(w, 0, ++lastLine, true, null, 0, null, null));
            }
        }
        return out;
    }

    private static final Pattern TEXTPATH = Pattern.compile("<v:textpath\\b[^>]*?\\bstring=\"([^\"]*)\"");

    /** The strings of the VML WordArt shapes (v:textpath, how Word writes a watermark) of a header part. */
    private static void watermarks(XWPFHeader h, Set<String> out) {
        try (InputStream in = h.getPackagePart().getInputStream()) {
            Matcher m = TEXTPATH.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                String t = m.group(1).replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&amp;", "&").strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        } catch (Exception e) {
            // no watermark read: the header's paragraphs still are
        }
    }

    /** The non-blank paragraph texts of all header and footer parts; empty when the file cannot be read. */
    static Set<String> texts(Path docx) {
        return texts(docx, new LinkedHashSet<>());
    }

    /** As {@link #texts(Path)}; the headers' watermark strings go to {@code watermarks}. */
    static Set<String> texts(Path docx, Set<String> watermarks) {
        Set<String> texts = new HashSet<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFHeader h : doc.getHeaderList()) {
                add(h.getParagraphs(), texts);
                watermarks(h, watermarks);
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
