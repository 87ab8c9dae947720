package org.leakscope.pipeline.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.leakscope.classifiers.text.TextUnit;

/**
 * A data export in XML ({@code <customers><customer><dob>1965-03-02</dob>…}) as records, the way {@link JsonUnits}
 * reads JSON: Tika's XML parser keeps only the character data, all of it on one line, so the element names that
 * say what a value is ({@code dob}, {@code ssn}) and where one record ends were lost. Each child of the root
 * element that has elements of its own is a record (a row); its leaf elements and attributes are cells named by
 * their element or attribute name ({@code dateOfBirth} as "date Of Birth"). A leaf right under the root, and the
 * root's attributes, are lines "name: value".
 *
 * <p>Only for data: an element that holds both text and elements (XHTML, DocBook, an article) is a document, and
 * {@link #read} returns null so that Tika reads it as before.
 */
final class XmlUnits {

    private XmlUnits() {
    }

    private static final XMLInputFactory FACTORY = newFactory();

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // no DTDs, no external entities: a leaked file may be hostile
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The units, or null when the XML is a document rather than data (mixed content) or not well formed. */
    static List<TextUnit> read(InputStream in, long maxChars) {
        List<TextUnit> units = new ArrayList<>();
        // per open element: its name, whether it has child elements, its text so far
        List<String> names = new ArrayList<>();
        List<Boolean> parents = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        int row = 0;
        int line = 0;
        boolean openRecord = false;
        long chars = 0;
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        int depth = names.size() + 1;
                        if (!names.isEmpty()) {
                            int p = names.size() - 1;
                            if (!texts.get(p).toString().isBlank()) {
                                return null; // text beside elements: a document
                            }
                            parents.set(p, true);
                        }
                        names.add(r.getLocalName());
                        parents.add(false);
                        texts.add(new StringBuilder());
                        if (depth == 3 && !openRecord) {
                            // the first child of a child of the root: that element is a record
                            openRecord = true;
                            row++;
                        }
                        for (int a = 0; a < r.getAttributeCount(); a++) {
                            String v = r.getAttributeValue(a).strip();
                            if (v.isEmpty()) {
                                continue;
                            }
                            String h = JsonUnits.header(r.getAttributeLocalName(a));
                            chars += v.length();
                            if (depth >= 3 && openRecord) {
                                units.add(TextUnit.cell(null, row, path(names) + "@" + r.getAttributeLocalName(a), h, v));
                            } else {
                                units.add(TextUnit.line(++line, h + ": " + v));
                            }
                        }
                    } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                        if (names.isEmpty()) {
                            continue;
                        }
                        int p = names.size() - 1;
                        if (parents.get(p) && !r.isWhiteSpace() && !r.getText().isBlank()) {
                            return null; // text after child elements: a document
                        }
                        texts.get(p).append(r.getText());
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        int depth = names.size();
                        int p = depth - 1;
                        String text = texts.get(p).toString().strip();
                        if (!parents.get(p) && !text.isEmpty()) {
                            chars += text.length();
                            String h = JsonUnits.header(names.get(p));
                            if (depth >= 3 && openRecord) {
                                units.add(TextUnit.cell(null, row, path(names), h, text));
                            } else {
                                units.add(TextUnit.line(++line, h + ": " + text));
                            }
                        }
                        if (depth == 2) {
                            openRecord = false;
                        }
                        names.remove(p);
                        parents.remove(p);
                        texts.remove(p);
                    }
                    if (chars > maxChars) {
                        return null; // past the text limit: Tika's reader truncates and says so
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
        return units;
    }

    private static String path(List<String> names) {
        return String.join(".", names.subList(Math.min(2, names.size()), names.size()));
    }
}
