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
 * <p>A database dump in XML (mysqldump --xml, phpMyAdmin) names each value by an attribute:
 * {@code <row><field name="birth_date">1988-03-24</field>…</row>}. An attribute {@code name} (or {@code field},
 * {@code column}, {@code key}) that is an identifier heads its element's text, and the element that holds such
 * labelled values is a record of its own: read as before, every row of a table was one record, and its labels
 * ("id", "zip") were taken for values under the header "name".
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

    /**
     * Attributes that name the value of their element rather than hold data: mysqldump --xml's
     * {@code <field name="birth_date">1988-03-24</field>}, phpMyAdmin's {@code <column name="email">…</column>}.
     */
    private static final java.util.Set<String> LABEL_ATTRIBUTES = java.util.Set.of("name", "field", "column", "key",
            "property", "attribute");
    /**
     * ISO 20022 payment and statement messages hold one document element and many transactions, each naming another
     * party: a credit transfer's (pain.001), a direct debit's (pain.008) creditor or debtor, a statement entry's
     * related parties (camt.052 / .053 / .054), a mandate (pain.009 / .010). Each is a record of its own, so that one
     * creditor's address is not made of another's street and town; the message's own parties (the initiating firm, a
     * statement's account owner) stay in the document's record.
     */
    private static final java.util.Set<String> TRANSACTIONS = java.util.Set.of("CdtTrfTxInf", "DrctDbtTxInf", "TxDtls",
            "Mndt", "OrgnlTxInfAndSts", "TxInfAndSts");

    /** A label is an identifier ({@code first_name}), not data ({@code Ann Lee}). */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]{0,39}");

    /** The units, or null when the XML is a document rather than data (mixed content) or not well formed. */
    static List<TextUnit> read(InputStream in, long maxChars) {
        List<TextUnit> units = new ArrayList<>();
        // per open element: its name, whether it has child elements, its text so far, the record row its values take
        // (0: none), and its label attribute ({name, value}) when it has one
        List<String> names = new ArrayList<>();
        List<Boolean> parents = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        // per open element: whether its labelled children made it a record of its own
        List<Boolean> labelRecords = new ArrayList<>();
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
                        int p = names.size() - 1;
                        if (p >= 0) {
                            if (!texts.get(p).toString().isBlank()) {
                                return null; // text beside elements: a document
                            }
                            parents.set(p, true);
                        }
                        String[] label = null;
                        for (int a = 0; a < r.getAttributeCount() && label == null; a++) {
                            String an = r.getAttributeLocalName(a);
                            String v = r.getAttributeValue(a).strip();
                            if (LABEL_ATTRIBUTES.contains(an.toLowerCase(java.util.Locale.ROOT)) && LABEL.matcher(v).matches()) {
                                label = new String[] {an, v};
                            }
                        }
                        int own = p >= 0 ? rows.get(p) : 0;
                        if (depth == 3 && !openRecord) {
                            // the first child of a child of the root: that element is a record
                            openRecord = true;
                            rows.set(p, ++row);
                            own = row;
                        }
                        if (label != null && p >= 1 && !labelRecords.get(p)) {
                            // <row><field name="…">: the element that holds labelled values is a record (a dump's row)
                            labelRecords.set(p, true);
                            rows.set(p, ++row);
                            own = row;
                        }
                        if (depth > 2 && TRANSACTIONS.contains(r.getLocalName())) {
                            own = ++row; // a payment message's transaction: its party is a record of its own
                        }
                        names.add(r.getLocalName());
                        parents.add(false);
                        texts.add(new StringBuilder());
                        rows.add(own);
                        labels.add(label);
                        labelRecords.add(false);
                        String codeSystem = null;
                        for (int a = 0; a < r.getAttributeCount(); a++) {
                            if (r.getAttributeLocalName(a).equals("codeSystem")) {
                                codeSystem = r.getAttributeValue(a).strip();
                            }
                        }
                        for (int a = 0; a < r.getAttributeCount(); a++) {
                            String v = r.getAttributeValue(a).strip();
                            if (v.isEmpty() || label != null && r.getAttributeLocalName(a).equals(label[0])) {
                                continue; // a label waits: it heads the element's text, or is data when there is none
                            }
                            chars += v.length();
                            addAttribute(units, own, names, attributeHeader(r.getLocalName(), r.getAttributeLocalName(a), codeSystem),
                                    r.getAttributeLocalName(a), v, ++line);
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
                        String[] label = labels.get(p);
                        int own = rows.get(p);
                        boolean leafText = !parents.get(p) && !text.isEmpty();
                        if (leafText) {
                            chars += text.length();
                            String h = label != null ? JsonUnits.header(label[1]) : leafHeader(names);
                            if (own > 0) {
                                String path = label != null
                                        ? path(names.subList(0, p)) + (p > 2 ? "." : "") + label[1] : path(names);
                                units.add(TextUnit.cell(null, own, path, h, text));
                            } else {
                                units.add(TextUnit.line(++line, h + ": " + text));
                            }
                        } else if (label != null) {
                            // an identifier in a name attribute of an element without text names the element (a
                            // database, a table, a column: <options Name="contacts" Engine="InnoDB"/>): a line
                            addAttribute(units, 0, names, JsonUnits.header(label[0]), label[0], label[1], ++line);
                        }
                        if (depth == 2) {
                            openRecord = false;
                        }
                        names.remove(p);
                        parents.remove(p);
                        texts.remove(p);
                        rows.remove(p);
                        labels.remove(p);
                        labelRecords.remove(p);
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

    /**
     * An attribute's header: its name; HL7 v3 and CDA keep values in a {@code value} attribute ({@code <birthTime
     * value="19850312"/>}), which the element names ("birth Time"); a coded element's ({@code codeSystem="…"})
     * attributes name the code ("code display Name": "Problem List" names a section, nobody), and an ICD code's name is a
     * diagnosis.
     */
    static String attributeHeader(String element, String attribute, String codeSystem) {
        if (attribute.equals("value")) {
            return JsonUnits.header(element);
        }
        if (codeSystem != null && attribute.equals("displayName") && ICD.contains(codeSystem)) {
            return "diagnosis"; // an ICD-10 or ICD-9 code names a disease: a problem entry's <value code="I10" …/>
        }
        return codeSystem != null ? JsonUnits.header(element) + " " + JsonUnits.header(attribute) : JsonUnits.header(attribute);
    }

    /** The OIDs of ICD-10-CM, ICD-10, ICD-9-CM diagnoses (HL7 code systems 2.16.840.1.113883.6.90, .3, .103). */
    private static final java.util.Set<String> ICD = java.util.Set.of("2.16.840.1.113883.6.90", "2.16.840.1.113883.6.3",
            "2.16.840.1.113883.6.103");

    /** An attribute as a cell of its element's record, or as a line "name: value" outside any record. */
    private static void addAttribute(List<TextUnit> units, int row, List<String> names, String h, String name, String value,
                                     int line) {
        if (row > 0) {
            units.add(TextUnit.cell(null, row, path(names) + "@" + name, h, value));
        } else {
            units.add(TextUnit.line(line, h + ": " + value));
        }
    }

    /**
     * A leaf's header: its name, or after its parent's when the name is an UpperCamelCase abbreviation of two or three
     * letters that says nothing alone: ISO 20022 writes every party's name as {@code <Nm>} and its account as
     * {@code <Id>} under {@code <Cdtr>}, {@code <Dbtr>}, {@code <Ownr>}, so "Cdtr Nm" says whose name it is. Lower-case
     * and capital abbreviations ({@code <dob>}, {@code <SSN>}) name their value themselves.
     */
    static String leafHeader(List<String> names) {
        String leaf = names.get(names.size() - 1);
        if (names.size() >= 2 && leaf.length() >= 2 && leaf.length() <= 3 && Character.isUpperCase(leaf.charAt(0))
                && leaf.substring(1).chars().allMatch(Character::isLowerCase)) {
            return JsonUnits.header(names.get(names.size() - 2)) + " " + JsonUnits.header(leaf);
        }
        return JsonUnits.header(leaf);
    }

    private static String path(List<String> names) {
        return String.join(".", names.subList(Math.min(2, names.size()), names.size()));
    }
}
