package org.leakscope.classifiers.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/**
 * The patient attributes of a DICOM header as a dump prints them: dcmtk's {@code dcmdump} (and tools that copy its
 * layout) writes one element a line, {@code (0010,0010) PN [DOE^JANE]  #   8, 1 PatientName}: the tag, the value
 * representation, the value in brackets and, after {@code #}, its length, multiplicity and keyword. The keyword says
 * what the value is, as a label would, but after it (a label rule reads a label before its value):
 * <ul>
 *   <li>PERSON_NAME: PatientName, OtherPatientNames, PatientBirthName (PN: family^given^middle^prefix^suffix, with an
 *   ideographic and a phonetic group after '=' in Japanese headers: {@code YAMADA^Taro=山田^太郎=やまだ^たろう}, whose
 *   ideographic group is the name written);</li>
 *   <li>DATE_OF_BIRTH: PatientBirthDate (DA, yyyymmdd); POSTAL_ADDRESS: PatientAddress (parts apart by '^');
 *   PHONE_NUMBER: PatientTelephoneNumbers;</li>
 *   <li>HEALTH_INFO: AdditionalPatientHistory, ReasonForStudy, ReasonForTheRequestedProcedure,
 *   AdmittingDiagnosesDescription, MedicalAlerts, Allergies (why the person was imaged, what they have).</li>
 * </ul>
 * A de-identified header (PatientIdentityRemoved YES, DICOM PS3.15 Annex E) names no one, and neither do the values
 * its profiles put in place (ANONYMIZED, REMOVED, an empty value).
 */
public final class DicomDumpDetector implements Detector {

    private static final Pattern ELEMENT = Pattern.compile(
            "(?m)^\\s*\\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\\) [A-Z]{2} \\[(?<v>[^\\]\\n]*)\\][ \\t]*#[ \\t]*\\d+,[ \\t]*\\d+[ \\t]+(?<kw>[A-Za-z0-9]+)[ \\t]*$");
    private static final Pattern REMOVED = Pattern.compile(
            "(?m)^\\s*\\(0012,0062\\) CS \\[YES\\s*\\]");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("PatientName", "PERSON_NAME"), Map.entry("OtherPatientNames", "PERSON_NAME"),
            Map.entry("PatientBirthName", "PERSON_NAME"), Map.entry("PatientBirthDate", "DATE_OF_BIRTH"),
            Map.entry("PatientAddress", "POSTAL_ADDRESS"), Map.entry("PatientTelephoneNumbers", "PHONE_NUMBER"),
            Map.entry("AdditionalPatientHistory", "HEALTH_INFO"), Map.entry("ReasonForStudy", "HEALTH_INFO"),
            Map.entry("ReasonForTheRequestedProcedure", "HEALTH_INFO"), Map.entry("AdmittingDiagnosesDescription", "HEALTH_INFO"),
            Map.entry("MedicalAlerts", "HEALTH_INFO"), Map.entry("Allergies", "HEALTH_INFO"));
    /** Values a de-identification profile writes in place of the patient's. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)(anonymi[sz]ed|anonymous|removed|de-?identified|redacted|unknown|none|n/?a|x+|\\^+|\\*+)");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final double SCORE = 0.9;
    private static final MaskStyle HIDE = MaskStyle.parse("hide", "dicom_dump");

    @Override
    public String id() {
        return "dicom_dump";
    }

    /** A PN value as written: the ideographic group if there is one, its components (family^given^…) apart by blanks. */
    static String personName(String pn) {
        String[] groups = pn.split("=", -1);
        String g = groups.length > 1 && !groups[1].isBlank() ? groups[1] : groups[0];
        String[] c = g.split("\\^", -1);
        StringBuilder sb = new StringBuilder();
        // family, given, middle; the prefix and the suffix (DR, MD) are no part of the name
        for (int i = 0; i < Math.min(3, c.length); i++) {
            if (!c[i].isBlank()) {
                sb.append(sb.length() > 0 ? " " : "").append(c[i].strip());
            }
        }
        return sb.toString();
    }

    /** yyyymmdd as a date, or null. */
    static LocalDate date(String v) {
        if (!v.matches("\\d{8}")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A telephone number of the header in E.164, read in the region the header points to first, or null. */
    static String phone(String v, boolean japanese) {
        for (String region : japanese ? List.of("JP", "US", "GB") : List.of("US", "GB", "JP")) {
            String e164 = PhoneNumbers.validE164(v, region);
            if (e164 != null) {
                return e164;
            }
        }
        return null;
    }

    @Override
    public List<Finding> detect(ScanText t) {
        String text = t.text();
        if (text.indexOf("Patient") < 0 || !text.contains(") PN [") || REMOVED.matcher(text).find()) {
            return List.of();
        }
        boolean japanese = CJK.matcher(text).find();
        List<Finding> out = new ArrayList<>();
        Matcher m = ELEMENT.matcher(text);
        while (m.find()) {
            String type = TYPES.get(m.group("kw"));
            String v = m.group("v").strip();
            if (type == null || v.isEmpty() || PLACEHOLDER.matcher(v).matches()) {
                continue;
            }
            int at = m.start("v");
            switch (type) {
                case "PERSON_NAME" -> {
                    String name = personName(v);
                    if (name.length() > 1) {
                        out.add(PatternDetector.finding(t, Category.PII, type, name, Masks.name(name), SCORE, id() + ":" + type, at));
                    }
                }
                case "DATE_OF_BIRTH" -> {
                    if (date(v) != null) {
                        out.add(PatternDetector.finding(t, Category.PII, type, v, Masks.digits(v), SCORE, id() + ":" + type, at));
                    }
                }
                case "PHONE_NUMBER" -> {
                    String e164 = phone(v, japanese);
                    if (e164 != null) {
                        out.add(PatternDetector.finding(t, Category.PII, type, e164, Masks.keepLast(e164, 4), SCORE, id() + ":" + type, at));
                    }
                }
                case "POSTAL_ADDRESS" -> {
                    String a = v.replace("^", ", ");
                    if (a.chars().anyMatch(Character::isDigit)) {
                        out.add(PatternDetector.finding(t, Category.PII, type, a, Masks.prefix(a, 6), SCORE, id() + ":" + type, at));
                    }
                }
                default -> out.add(PatternDetector.finding(t, Category.PII, type, v, HIDE.apply(v), SCORE * 0.85, id() + ":" + type, at));
            }
        }
        return out;
    }
}
