package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A DOCX's tracked deletions (w:del) as lines of their own. A deletion is still in the file and so disclosed, but
 * Tika writes its text inline with the text around it, glued to the insertion that replaced it: "and Shauna
 * Lindqvist" inserted over "the Employee identified in Schedule A" read "Shauna Lindqvistthe Employee…", a name no
 * reader sees. So in a DOCX with deletions Tika leaves them out (its streaming reader honours that setting), and
 * each paragraph's deletions follow the body as "Deleted text: …" lines, as a review pane lists them.
 */
final class DocxDeletions {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The body part is read only up to this size (a bound against zip bombs; bodies are far smaller). */
    private static final long MAX_PART = 64L << 20;

    private DocxDeletions() {
    }

    /** One line per paragraph holding deletions, its deleted runs joined with " … "; empty when none. */
    static List<String> lines(Path docx) {
        List<String> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            ZipEntry e = zip.getEntry("word/document.xml");
            if (e == null || e.getSize() > MAX_PART) {
                return out;
            }
            byte[] xml;
            try (InputStream in = zip.getInputStream(e)) {
                xml = in.readNBytes((int) MAX_PART);
            }
            // most documents have no deletion: a byte search spares them a second parse of the body (Word writes the
            // w: prefix; a body with another prefix keeps Tika's inline reading, nothing is lost)
            if (indexOf(xml, DEL_OPEN) < 0 && indexOf(xml, DEL_OPEN_ATTRS) < 0) {
                return out;
            }
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            try (InputStream in = new java.io.ByteArrayInputStream(xml)) {
                f.newSAXParser().parse(in, new DefaultHandler() {
                    private int delDepth;
                    private final StringBuilder piece = new StringBuilder();
                    private final List<String> para = new ArrayList<>();

                    @Override
                    public void startElement(String uri, String local, String q, Attributes atts) {
                        if (W.equals(uri) && local.equals("del")) {
                            delDepth++;
                        } else if (W.equals(uri) && delDepth > 0 && local.equals("tab")) {
                            piece.append(' ');
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (delDepth > 0) {
                            piece.append(ch, start, length);
                        }
                    }

                    @Override
                    public void endElement(String uri, String local, String q) {
                        if (!W.equals(uri)) {
                            return;
                        }
                        if (local.equals("del") && delDepth > 0 && --delDepth == 0) {
                            String s = piece.toString().strip();
                            if (!s.isEmpty()) {
                                para.add(s);
                            }
                            piece.setLength(0);
                        } else if (local.equals("p") && delDepth == 0 && !para.isEmpty()) {
                            out.add("Deleted text: " + String.join(" … ", para));
                            para.clear();
                        }
                    }
                });
            }
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            // a body that cannot be read again keeps what Tika read from it
        }
        return out;
    }

    private static final byte[] DEL_OPEN = "<w:del>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] DEL_OPEN_ATTRS = "<w:del ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Writes the lines as paragraphs of a block after the body. */
    static void emit(List<String> lines, DefaultHandler handler) throws SAXException {
        if (lines.isEmpty()) {
            return;
        }
        handler.startElement("", "div", "div", new AttributesImpl());
        for (String s : lines) {
            handler.startElement("", "p", "p", new AttributesImpl());
            handler.characters(s.toCharArray(), 0, s.length());
            handler.endElement("", "p", "p");
        }
        handler.endElement("", "div", "div");
    }
}
