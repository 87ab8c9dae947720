package org.leakscope.pipeline.extract;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A fillable PDF's entries as "label: value" lines. Tika lists AcroForm values under their field names, which are
 * often machine names (topmostSubform[0].Page1[0].f1_01[0]) that say nothing of what the value is; and a form filled
 * by a tool that wrote only the widgets' appearance streams (no /V) shows values Tika does not read at all. A reader
 * sees each value beside the printed label to its left, so that is the label given here: the page text left of the
 * widget on its line, else the field's tooltip (/TU), else its name. A value comes from /V, else from the text its
 * normal appearance stream draws.
 */
final class PdfFormFields {

    /** Forms with more widgets than this are read by Tika alone (a bound, not a rule: forms have tens). */
    private static final int MAX_WIDGETS = 2000;

    private PdfFormFields() {
    }

    /** The "label: value" lines of the PDF's filled text and choice fields, in page order; empty when none. */
    static List<String> lines(Path pdf) {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.ACRO_FORM) == null) {
                return out;
            }
            PDResources formResources = null;
            COSBase af = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.ACRO_FORM);
            if (af instanceof COSDictionary afd && afd.getDictionaryObject(COSName.DR) instanceof COSDictionary dr) {
                formResources = new PDResources(dr);
            }
            int widgets = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationWidget w) || ++widgets > MAX_WIDGETS) {
                        continue;
                    }
                    COSDictionary d = w.getCOSObject();
                    String ft = inheritedName(d, COSName.FT);
                    if (ft != null && !ft.equals("Tx") && !ft.equals("Ch")) {
                        continue;   // buttons and signatures hold no typed value
                    }
                    String value = fieldValue(d);
                    if (value.isBlank()) {
                        value = appearanceText(w, formResources);
                    }
                    value = value.replaceAll("\\s+", " ").strip();
                    if (value.isEmpty()) {
                        continue;
                    }
                    String label = labelLeftOf(page, w.getRectangle());
                    if (label.isEmpty()) {
                        label = inheritedString(d, COSName.TU);
                    }
                    if (label.isEmpty()) {
                        label = inheritedString(d, COSName.T);
                    }
                    out.add(label.isEmpty() ? value : label + ": " + value);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a form that PDFBox cannot walk keeps what Tika read from it
        }
        return out;
    }

    /** Writes the lines as paragraphs of a block after the pages, as Tika writes its own AcroForm list. */
    static void emit(Path pdf, DefaultHandler handler) throws SAXException {
        List<String> lines = lines(pdf);
        if (lines.isEmpty()) {
            return;
        }
        AttributesImpl cls = new AttributesImpl();
        cls.addAttribute("", "class", "class", "CDATA", "form-fields");
        handler.startElement("", "div", "div", cls);
        for (String s : lines) {
            handler.startElement("", "p", "p", new AttributesImpl());
            handler.characters(s.toCharArray(), 0, s.length());
            handler.endElement("", "p", "p");
        }
        handler.endElement("", "div", "div");
    }

    private static String fieldValue(COSDictionary d) {
        COSBase v = inherited(d, COSName.V);
        if (v instanceof COSString s) {
            return s.getString();
        }
        if (v instanceof COSArray arr) {   // a multi-select choice
            List<String> parts = new ArrayList<>();
            for (COSBase b : arr) {
                if (b instanceof COSString s) {
                    parts.add(s.getString());
                }
            }
            return String.join(", ", parts);
        }
        return "";
    }

    /** The strings the appearance stream shows (Tj, ', ", TJ), decoded with their font where it has a Unicode map. */
    private static String appearanceText(PDAnnotationWidget w, PDResources formResources) throws IOException {
        PDAppearanceStream ap = w.getNormalAppearanceStream();
        if (ap == null) {
            return "";
        }
        PDResources res = ap.getResources() != null ? ap.getResources() : formResources;
        StringBuilder sb = new StringBuilder();
        List<Object> tokens = new PDFStreamParser(ap).parse();
        PDFont font = null;
        List<COSBase> operands = new ArrayList<>();
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) {
                if (t instanceof COSBase b) {
                    operands.add(b);
                }
                continue;
            }
            switch (op.getName()) {
                case "Tf" -> {
                    if (!operands.isEmpty() && operands.get(0) instanceof COSName name && res != null) {
                        try {
                            font = res.getFont(name);
                        } catch (IOException e) {
                            font = null;
                        }
                    }
                }
                case "Tj", "'", "\"" -> {
                    if (!operands.isEmpty() && operands.get(operands.size() - 1) instanceof COSString s) {
                        sb.append(decode(font, s));
                    }
                }
                case "TJ" -> {
                    if (!operands.isEmpty() && operands.get(0) instanceof COSArray arr) {
                        for (COSBase b : arr) {
                            if (b instanceof COSString s) {
                                sb.append(decode(font, s));
                            }
                        }
                    }
                }
                case "Td", "TD", "T*", "Tm" -> {
                    if (!sb.isEmpty()) {
                        sb.append(' ');   // a new line of a multi-line field
                    }
                }
                default -> {
                }
            }
            operands.clear();
        }
        return sb.toString();
    }

    private static String decode(PDFont font, COSString s) {
        byte[] bytes = s.getBytes();
        if (font != null) {
            try {
                StringBuilder sb = new StringBuilder();
                ByteArrayInputStream in = new ByteArrayInputStream(bytes);
                while (in.available() > 0) {
                    int code = font.readCode(in);
                    String u = font.toUnicode(code);
                    if (u == null) {
                        return new String(bytes, StandardCharsets.ISO_8859_1);
                    }
                    sb.append(u);
                }
                return sb.toString();
            } catch (IOException | RuntimeException e) {
                // fall through to the bytes as Latin-1
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The page text on the widget's line, left of it: the printed label a reader pairs the value with. */
    private static String labelLeftOf(PDPage page, PDRectangle r) throws IOException {
        if (r == null || r.getLowerLeftX() < 5) {
            return "";
        }
        PDRectangle box = page.getCropBox();
        float top = box.getUpperRightY() - r.getUpperRightY();
        PDFTextStripperByArea strip = new PDFTextStripperByArea();
        strip.setSortByPosition(true);
        strip.addRegion("label", new Rectangle2D.Float(box.getLowerLeftX(), top - 2,
                r.getLowerLeftX() - box.getLowerLeftX(), r.getHeight() + 4));
        strip.extractRegions(page);
        String text = strip.getTextForRegion("label").strip();
        int nl = text.lastIndexOf('\n');
        text = (nl >= 0 ? text.substring(nl + 1) : text).replaceAll("\\s+", " ").strip();
        return text.replaceAll("[\\s:：]+$", "");
    }

    private static COSBase inherited(COSDictionary d, COSName key) {
        for (int i = 0; d != null && i < 16; i++) {
            COSBase v = d.getDictionaryObject(key);
            if (v != null) {
                return v;
            }
            d = d.getCOSDictionary(COSName.PARENT);
        }
        return null;
    }

    private static String inheritedName(COSDictionary d, COSName key) {
        return inherited(d, key) instanceof COSName n ? n.getName() : null;
    }

    private static String inheritedString(COSDictionary d, COSName key) {
        return inherited(d, key) instanceof COSString s ? s.getString().strip() : "";
    }
}
