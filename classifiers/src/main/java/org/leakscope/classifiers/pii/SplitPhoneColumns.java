package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * A North American phone number a record splits over two columns: the area code in one, the seven-digit local number
 * in the next (an Oracle student information system's SPRTELE_PHONE_AREA | SPRTELE_PHONE_NUMBER, a mainframe's AREA_CD
 * | PHONE_NO; probe set 31). Neither cell is a phone number on its own; the two together are, when libphonenumber
 * takes "+1" + area + local for a valid number. A seven-digit cell under a phone header with no area-code cell in its
 * row stays none, and so does an area code beside an extension or a count.
 */
public final class SplitPhoneColumns implements Detector {

    /** The area code's column: "Phone Area", "Area Code", "Home Area Code", "TELE_AREA", "AREA_CD". */
    private static final Pattern AREA_HEADER = Pattern.compile(
            "(?:[a-z]+ )?(?:(?:phone|tel|tele|telephone) )?area(?: ?code| ?cd)?");
    /** The local number's column: "Phone Number", "Phone", "PHONE_NO", "Home Phone", "TELE_NUMBER". */
    private static final Pattern LOCAL_HEADER = Pattern.compile(
            "(?:[a-z]+ )?(?:phone|tel|tele|telephone)(?: ?(?:number|no\\.?|num|nbr|#))?");
    private static final Pattern AREA = Pattern.compile("[2-9]\\d{2}");
    private static final Pattern LOCAL = Pattern.compile("[2-9]\\d{2}-?\\d{4}");
    private static final double SCORE = 0.8;

    @Override
    public String id() {
        return "split_phone_column";
    }

    /** A header as {@link ColumnHeaderDetector} reads it, its database table taken off ("SPRTELE_PHONE_AREA"). */
    static String header(String h) {
        return ColumnHeaderDetector.normalizeHeader(ColumnHeaderDetector.dbColumn(h.strip()));
    }

    static boolean areaHeader(String h) {
        return AREA_HEADER.matcher(header(h)).matches();
    }

    static boolean localHeader(String h) {
        String n = header(h);
        return LOCAL_HEADER.matcher(n).matches() && !AREA_HEADER.matcher(n).matches();
    }

    @Override
    public List<Finding> detect(ScanText t) {
        List<Finding> out = new ArrayList<>();
        Map<String, Boolean> locals = new HashMap<>();
        Map<String, Boolean> areas = new HashMap<>();
        for (int i = 0; i < t.units().size(); i++) {
            TextUnit u = t.units().get(i);
            if (!u.isCell() || u.columnHeader() == null) {
                continue;
            }
            String v = t.normalized(i).strip();
            if (!LOCAL.matcher(v).matches() || !locals.computeIfAbsent(u.columnHeader(), SplitPhoneColumns::localHeader)) {
                continue;
            }
            String area = null;
            for (int j = t.recordFirst(i); j <= t.recordLast(i); j++) {
                TextUnit a = t.units().get(j);
                if (j != i && a.isCell() && a.columnHeader() != null
                        && areas.computeIfAbsent(a.columnHeader(), SplitPhoneColumns::areaHeader)) {
                    String av = t.normalized(j).strip();
                    if (AREA.matcher(av).matches()) {
                        area = av;
                        break;
                    }
                }
            }
            if (area == null) {
                continue;
            }
            String e164 = PhoneNumbers.validE164("+1" + area + v.replace("-", ""), "ZZ");
            if (e164 != null) {
                out.add(PatternDetector.finding(t, Category.PII, "PHONE_NUMBER", e164, Masks.keepLast(e164, 4), SCORE,
                        id() + ":PHONE_NUMBER", t.start(i) + t.normalized(i).indexOf(v)));
            }
        }
        return out;
    }
}
