package org.leakscope.pipeline.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.leakscope.classifiers.text.TextUnit;

/**
 * An ASC X12 interchange (834 benefit enrollment, 837 claim, 835 remittance, 270/271 eligibility …): segments ended by
 * the character after ISA-16, elements apart by the character after "ISA", components by ISA-16. As text one interchange
 * is a single run of asterisks, so the SSN behind qualifier 34, the DMG birth date and the HI diagnosis codes look like
 * any other numbers. Read here as a table: each member or patient (an 834 INS loop, an 837 subscriber or patient HL,
 * an NM1 of a person's role) is a row with cells under the field names of the implementation guides (Insured Name,
 * SSN, Address, City, State, Zip, Date of Birth, Phone, E-mail, Diagnosis). Organisations (NM102 = 2: sponsors,
 * payers, billing providers) and providers (NM1*82, *85, *DN …) are rows of their own: a claim's diagnosis stays with
 * its patient, not with the rendering doctor named after it.
 */
final class X12Segments {

    private X12Segments() {
    }

    /** NM101 entity codes of the person a transaction is about: insured / subscriber, patient, dependant, employee. */
    private static final Set<String> MEMBERS = Set.of("IL", "QC", "03", "EY", "QD");
    /** PER communication qualifiers of a phone number. */
    private static final Set<String> PHONES = Set.of("TE", "HP", "WP", "CP", "BN", "EX");

    /** Whether the text opens with an ISA segment of 106 characters. */
    static boolean looksLikeX12(String head) {
        String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
        return h.length() >= 106 && h.startsWith("ISA") && !Character.isLetterOrDigit(h.charAt(3))
                && h.chars().limit(106).filter(c -> c == h.charAt(3)).count() == 16;
    }

    /** The units of an X12 interchange, or null when the text is none. */
    static List<TextUnit> read(String text, long maxChars) {
        if (!looksLikeX12(text)) {
            return null;
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char es = t.charAt(3);
        char cs = t.charAt(104);
        char st = t.charAt(105);
        RecordTable table = new RecordTable(maxChars);
        int member = 0; // the row of the member or patient the segments describe
        int party = 0; // the row N3 / N4 / PER / DMG go to: the member's, or the last NM1's
        boolean memberNamed = false;
        for (String raw : t.split(Pattern.quote(String.valueOf(st)))) {
            String seg = raw.strip();
            if (seg.isEmpty()) {
                continue;
            }
            String[] e = seg.split(Pattern.quote(String.valueOf(es)), -1);
            switch (e[0]) {
                case "ISA" -> table.line("X12 interchange " + el(e, 13) + " from " + el(e, 6).strip() + " to " + el(e, 8).strip());
                case "ST" -> table.line("transaction set " + el(e, 1) + " " + el(e, 3));
                case "N1" -> table.line("party " + el(e, 1) + ": " + el(e, 2)); // 834 sponsor, payer, TPA: firms
                case "INS", "HL" -> {
                    if (e[0].equals("HL") && !el(e, 3).equals("22") && !el(e, 3).equals("23")) {
                        party = 0; // an information source or receiver, a billing provider: no person's level
                        member = 0;
                        continue;
                    }
                    member = table.newRow();
                    party = member;
                    memberNamed = false;
                    table.cell(member, e[0].equals("INS") ? "Member Relationship" : "Hierarchical Level",
                            e[0].equals("INS") ? (el(e, 1).equals("Y") ? "subscriber" : "dependent " + el(e, 2)) : el(e, 3));
                }
                case "NM1" -> {
                    String role = el(e, 1);
                    boolean person = el(e, 2).equals("1");
                    if (MEMBERS.contains(role) && person) {
                        if (member == 0 || memberNamed) {
                            member = table.newRow();
                        }
                        memberNamed = true;
                        party = member;
                        table.cell(member, role.equals("QC") ? "Patient Name" : "Insured Name", name(e));
                        idCell(table, member, el(e, 8), el(e, 9));
                    } else {
                        party = table.newRow();
                        table.cell(party, person ? "Provider " + role : "Organization " + role,
                                (el(e, 3) + " " + el(e, 4)).strip());
                    }
                }
                case "N3" -> table.cell(party, "Address", (el(e, 1) + " " + el(e, 2)).strip());
                case "N4" -> {
                    table.cell(party, "City", el(e, 1));
                    table.cell(party, "State", el(e, 2));
                    table.cell(party, "Zip", el(e, 3));
                }
                case "DMG" -> table.cell(party, "Date of Birth", el(e, 1).equals("D8") ? date(el(e, 2)) : el(e, 2));
                case "PER" -> {
                    for (int k = 3; k + 1 < e.length; k += 2) {
                        String q = e[k];
                        String v = e[k + 1];
                        table.cell(party, PHONES.contains(q) ? "Phone" : q.equals("EM") ? "E-mail" : q.equals("FX") ? "Fax" : "Contact " + q, v);
                    }
                }
                case "REF" -> table.cell(party, "Reference " + el(e, 1), el(e, 2));
                case "HI" -> {
                    for (int k = 1; k < e.length; k++) {
                        String[] c = e[k].split(Pattern.quote(String.valueOf(cs)), -1);
                        if (c.length >= 2 && !c[1].isEmpty()) {
                            table.cell(member, "Diagnosis", icd(c[0], c[1]));
                        }
                    }
                }
                case "CLM", "LX", "SV1", "SV2", "SV3", "DTP", "SBR", "PAT", "HD", "CLP", "SVC" -> party = member; // the claim's
                default -> {
                }
            }
        }
        return table.units();
    }

    private static String el(String[] e, int i) {
        return i < e.length ? e[i] : "";
    }

    /** NM1's last, first and middle name: "LAST, FIRST M". */
    private static String name(String[] e) {
        String given = (el(e, 4) + " " + el(e, 5)).strip();
        return given.isEmpty() ? el(e, 3) : el(e, 3) + ", " + given;
    }

    /** NM108 / NM109: 34 is a Social Security number, MI a member id, II a health identifier, XX an NPI. */
    private static void idCell(RecordTable table, int row, String qualifier, String id) {
        table.cell(row, switch (qualifier) {
            case "34" -> "SSN";
            case "MI", "II", "ZZ" -> "Member ID";
            default -> "Identification Code " + qualifier;
        }, id);
    }

    /** An ICD-10 (ABK, ABF, BK, BF …) code with its dot after the category: E119 -> E11.9. */
    private static String icd(String qualifier, String code) {
        boolean icd = qualifier.matches("AB[KFJNT]|BK|BF|BJ|BN|APR|PR");
        String c = icd && code.length() > 3 && code.indexOf('.') < 0 ? code.substring(0, 3) + "." + code.substring(3) : code;
        return c;
    }

    private static String date(String d8) {
        return d8.matches("\\d{8}") ? d8.substring(0, 4) + "-" + d8.substring(4, 6) + "-" + d8.substring(6, 8) : d8;
    }
}
