package org.leakscope.pipeline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.leakscope.classifiers.text.TextUnit;

/**
 * An HL7 v2 message file (ADT, ORU, SIU …, one message or a batch): segments of fields apart by {@code |}, components by
 * {@code ^}, repetitions by {@code ~} (MSH-2 says which). As plain text each segment is one run of pipes, so nothing
 * says that {@code 19850312} is a birth date or {@code OKAFOR^MARCUS} a name. Read here as a table: each message's
 * patient (PID) is a row whose cells carry the field names of the standard (Patient Name, Date of Birth, Address,
 * Phone, SSN), with the message's diagnoses (DG1), problems (PRB), allergies (AL1) and results (OBX) in the same row;
 * each next of kin (NK1) is a row of its own. Doctors (PV1, OBR) are left out: they are no data subjects of the message.
 * Field positions: HL7 v2.5.1 chapter 3 (PID, NK1, DG1, AL1), chapter 7 (OBX); SS-MIX2 writes the same fields with a
 * kanji and a kana repetition of PID-5.
 */
final class Hl7Segments {

    private Hl7Segments() {
    }

    /** A segment name at a line's start: three capitals or digits and a field separator. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Z][A-Z0-9]{2}");

    /** Whether the text opens as an HL7 v2 message: "MSH" and its four encoding characters. */
    static boolean looksLikeHl7(String head) {
        String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
        return h.length() > 8 && (h.startsWith("MSH") || h.startsWith("FHS") || h.startsWith("BHS"))
                && h.charAt(3) != ' ' && !Character.isLetterOrDigit(h.charAt(3));
    }

    /** The units of an HL7 v2 file, or null when the text is no HL7 (a segment line of another shape). */
    static List<TextUnit> read(String text, long maxChars) {
        if (!looksLikeHl7(text)) {
            return null;
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char fs = t.charAt(3);
        String enc = t.substring(4, Math.min(t.length(), 8));
        char cs = enc.length() > 0 ? enc.charAt(0) : '^';
        char rs = enc.length() > 1 ? enc.charAt(1) : '~';
        RecordTable table = new RecordTable(maxChars);
        int patient = 0;
        int segments = 0;
        for (String seg : t.split("\r\n|\r|\n")) {
            if (seg.isBlank()) {
                continue;
            }
            if (seg.length() < 4 || !SEGMENT.matcher(seg.substring(0, 3)).matches() || seg.charAt(3) != fs) {
                return null;
            }
            segments++;
            String[] f = seg.split(Pattern.quote(String.valueOf(fs)), -1);
            String name = seg.substring(0, 3);
            switch (name) {
                case "MSH" -> {
                    patient = 0;
                    // MSH-1 is the separator itself, so MSH-n is f[n - 1]
                    table.line("HL7 message " + field(f, 8) + " from " + comp(field(f, 3), cs, 1) + " at " + comp(field(f, 4), cs, 1)
                            + " processing " + field(f, 10));
                }
                case "PID" -> {
                    patient = table.newRow();
                    table.cell(patient, "Patient ID", comp(field(f, 3), cs, 1));
                    for (String rep : reps(field(f, 5), rs)) {
                        table.cell(patient, "Patient Name", personName(rep, cs));
                    }
                    table.cell(patient, "Date of Birth", date(comp(field(f, 7), cs, 1)));
                    for (String rep : reps(field(f, 11), rs)) {
                        table.cell(patient, "Address", address(rep, cs));
                    }
                    for (String rep : reps(field(f, 13), rs)) {
                        table.cell(patient, "Phone", phone(rep, cs));
                        table.cell(patient, "E-mail", comp(rep, cs, 4));
                    }
                    for (String rep : reps(field(f, 14), rs)) {
                        table.cell(patient, "Phone", phone(rep, cs));
                    }
                    table.cell(patient, "SSN", field(f, 19));
                    table.cell(patient, "Driver's License Number", comp(field(f, 20), cs, 1));
                }
                case "NK1" -> {
                    int kin = table.newRow();
                    for (String rep : reps(field(f, 2), rs)) {
                        table.cell(kin, "Contact Name", personName(rep, cs));
                    }
                    table.cell(kin, "Relationship", comp(field(f, 3), cs, 2).isEmpty() ? comp(field(f, 3), cs, 1) : comp(field(f, 3), cs, 2));
                    for (String rep : reps(field(f, 4), rs)) {
                        table.cell(kin, "Address", address(rep, cs));
                    }
                    for (String rep : reps(field(f, 5), rs)) {
                        table.cell(kin, "Phone", phone(rep, cs));
                    }
                    for (String rep : reps(field(f, 6), rs)) {
                        table.cell(kin, "Phone", phone(rep, cs));
                    }
                }
                case "DG1" -> table.cell(patient, "Diagnosis", coded(field(f, 3), cs) + (field(f, 4).isEmpty() ? "" : " " + field(f, 4)));
                case "PRB" -> table.cell(patient, "Diagnosis", coded(field(f, 3), cs));
                case "AL1" -> table.cell(patient, "Allergy", coded(field(f, 3), cs));
                case "OBX" -> {
                    String what = comp(field(f, 3), cs, 2).isEmpty() ? comp(field(f, 3), cs, 1) : comp(field(f, 3), cs, 2);
                    String result = (what + " " + field(f, 5).replace(cs, ' ') + " " + comp(field(f, 6), cs, 1)
                            + (field(f, 7).isEmpty() ? "" : " (" + field(f, 7) + ")") + " " + field(f, 8)).replaceAll("\\s+", " ");
                    table.cell(patient, "Lab Result", result);
                }
                default -> {
                }
            }
        }
        return segments > 0 ? table.units() : null;
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i] : "";
    }

    private static String[] reps(String field, char rs) {
        return field.isEmpty() ? new String[0] : field.split(Pattern.quote(String.valueOf(rs)), -1);
    }

    /** Component {@code n} (1-based) of a field, with its subcomponents ({@code &}) joined by a blank. */
    private static String comp(String field, char cs, int n) {
        String[] c = field.split(Pattern.quote(String.valueOf(cs)), -1);
        return n - 1 < c.length ? c[n - 1].replace('&', ' ').strip() : "";
    }

    /** An XPN / XCN name: family^given^middle; Latin "FAMILY, Given Middle", CJK "姓 名" as written there. */
    private static String personName(String xpn, char cs) {
        String family = comp(xpn, cs, 1);
        String given = (comp(xpn, cs, 2) + " " + comp(xpn, cs, 3)).strip();
        if (family.isEmpty() || given.isEmpty()) {
            return family + given;
        }
        boolean cjk = family.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
        return cjk ? family + " " + given : family + ", " + given;
    }

    /** An XAD address: street^other^city^state^zip^country, on one line as a letter writes it. */
    private static String address(String xad, char cs) {
        String street = (comp(xad, cs, 1) + " " + comp(xad, cs, 2)).strip();
        String city = comp(xad, cs, 3);
        String state = comp(xad, cs, 4);
        String zip = comp(xad, cs, 5);
        if (street.isEmpty() && city.isEmpty()) {
            return "";
        }
        if (!zip.isEmpty() && zip.matches("\\d{7}") && (street + city).codePoints().anyMatch(c -> c > 0x3000)) {
            return "〒" + zip.substring(0, 3) + "-" + zip.substring(3) + " " + state + city + street; // a Japanese address
        }
        StringBuilder sb = new StringBuilder(street);
        for (String p : new String[] {city, (state + " " + zip).strip()}) {
            if (!p.isEmpty()) {
                sb.append(sb.length() > 0 ? ", " : "").append(p);
            }
        }
        return sb.toString();
    }

    /** An XTN phone: the number as written (component 1), else country, area and local number, else the unformatted one. */
    private static String phone(String xtn, char cs) {
        String written = comp(xtn, cs, 1);
        if (!written.isEmpty()) {
            return written;
        }
        String local = comp(xtn, cs, 7);
        if (!local.isEmpty()) {
            String cc = comp(xtn, cs, 5);
            return ((cc.isEmpty() ? "" : "+" + cc + " ") + comp(xtn, cs, 6) + " " + local).strip();
        }
        return comp(xtn, cs, 12);
    }

    /** A coded element (CE / CWE): "code text". */
    private static String coded(String ce, char cs) {
        return (comp(ce, cs, 1) + " " + comp(ce, cs, 2)).strip();
    }

    /** An HL7 date (YYYYMMDD[HHMM…]) as YYYY-MM-DD; anything else as written. */
    private static String date(String ts) {
        return ts.matches("\\d{8}.*") ? ts.substring(0, 4) + "-" + ts.substring(4, 6) + "-" + ts.substring(6, 8) : ts;
    }
}
