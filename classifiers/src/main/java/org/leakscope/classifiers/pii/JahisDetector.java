package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/**
 * An electronic medication notebook (電子版お薬手帳) in the JAHIS data format that pharmacies print as a QR code and
 * apps export: a first line {@code JAHISTCnn,…} and numbered comma-separated records, each field in a fixed place.
 * The record number says what each field is, as a header would:
 * <ul>
 *   <li>record 1 (患者情報): 1,氏名,性別,生年月日 (yyyymmdd),郵便番号,住所,電話番号,緊急連絡先,血液型,体重,氏名カナ:
 *   PERSON_NAME, DATE_OF_BIRTH, POSTAL_ADDRESS, PHONE_NUMBER;</li>
 *   <li>record 2 (患者特記: アレルギー歴, 副作用歴, 既往歴) and record 201 (薬品: RP番号, 薬品名称, …): HEALTH_INFO (what the
 *   person is allergic to and what they were dispensed).</li>
 * </ul>
 * The pharmacy's and the prescriber's records (11, 15, 51, 55) name the staff and the business, no patient: they are
 * left to the other detectors.
 */
public final class JahisDetector implements Detector {

    private static final Pattern HEAD = Pattern.compile("(?m)^\\s*JAHISTC\\d{2},");
    private static final Pattern RECORD = Pattern.compile("(?m)^(?<no>1|2|201),(?<rest>[^\\r\\n]*)$");
    private static final double SCORE = 0.9;
    private static final MaskStyle HIDE = MaskStyle.parse("hide", "jahis");

    @Override
    public String id() {
        return "jahis";
    }

    @Override
    public List<Finding> detect(ScanText t) {
        String text = t.text();
        if (text.indexOf("JAHISTC") < 0 || !HEAD.matcher(text).find()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Matcher m = RECORD.matcher(text);
        while (m.find()) {
            String[] f = m.group("rest").split(",", -1);
            int base = m.start("rest");
            int[] at = new int[f.length];
            for (int i = 1; i < f.length; i++) {
                at[i] = at[i - 1] + f[i - 1].length() + 1;
            }
            switch (m.group("no")) {
                case "1" -> patient(t, f, at, base, out);
                case "2" -> {
                    if (f.length > 1 && !f[1].isBlank()) {
                        out.add(health(t, f[1].strip(), base + at[1]));
                    }
                }
                default -> {
                    if (f.length > 1 && !f[1].isBlank() && !f[1].strip().matches("\\d+")) {
                        out.add(health(t, f[1].strip(), base + at[1]));
                    }
                }
            }
        }
        return out;
    }

    private Finding health(ScanText t, String v, int at) {
        return PatternDetector.finding(t, Category.PII, "HEALTH_INFO", v, HIDE.apply(v), SCORE * 0.85, id() + ":HEALTH_INFO", at);
    }

    private void patient(ScanText t, String[] f, int[] at, int base, List<Finding> out) {
        if (f.length > 0 && f[0].strip().length() > 1) {
            String name = f[0].strip().replace('\u3000', ' ');
            out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", name, Masks.name(name), SCORE, id() + ":PERSON_NAME", base));
        }
        if (f.length > 2 && DicomDumpDetector.date(f[2].strip()) != null) {
            out.add(PatternDetector.finding(t, Category.PII, "DATE_OF_BIRTH", f[2].strip(), Masks.digits(f[2].strip()), SCORE,
                    id() + ":DATE_OF_BIRTH", base + at[2]));
        }
        if (f.length > 4 && !f[4].isBlank() && f[4].chars().anyMatch(Character::isDigit)) {
            String a = f[4].strip();
            out.add(PatternDetector.finding(t, Category.PII, "POSTAL_ADDRESS", a, Masks.prefix(a, 6), SCORE,
                    id() + ":POSTAL_ADDRESS", base + at[4]));
        }
        if (f.length > 5 && !f[5].isBlank()) {
            String e164 = DicomDumpDetector.phone(f[5].strip(), true);
            if (e164 != null) {
                out.add(PatternDetector.finding(t, Category.PII, "PHONE_NUMBER", e164, Masks.keepLast(e164, 4), SCORE,
                        id() + ":PHONE_NUMBER", base + at[5]));
            }
        }
    }
}
