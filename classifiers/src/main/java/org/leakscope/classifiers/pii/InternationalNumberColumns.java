package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Phone numbers a carrier's or a switch's record writes in international form without the plus (E.164 digits:
 * {@code 819012345678}): a call detail record's calling and called number, an MSISDN, a subscriber number. The column
 * header says the digits are a number with its country code, which the phone detector does not assume of a bare digit
 * run (column-headers.yml {@code international-number-headers}). A cell counts when its digits, read after a '+', are
 * a valid number; an IMSI or an IMEI beside it (15 digits under their own headers) is never read.
 */
public final class InternationalNumberColumns implements Detector {

    private static final Pattern VALUE = Pattern.compile("(?:\\+|00)?[1-9]\\d{7,14}");
    private static final double SCORE = 0.85;
    private final Pattern headers;

    InternationalNumberColumns(Pattern headers) {
        this.headers = headers;
    }

    /** The detector of the columns pack's {@code international-number-headers}, or null where the pack has none. */
    public static InternationalNumberColumns fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("columns");
        Object v = pack.yaml().get("international-number-headers");
        return v instanceof String l && !l.isBlank() ? new InternationalNumberColumns(RulePackSupport.regex(l, 0,
                pack.source() + ": international-number-headers", "international-number-headers")) : null;
    }

    @Override
    public String id() {
        return "international_number_column";
    }

    /** {@code digits} (a '+' or 00 before them allowed) as a valid E.164 number, or null. */
    static String e164(String digits) {
        String d = digits.startsWith("+") ? digits.substring(1) : digits.startsWith("00") ? digits.substring(2) : digits;
        return PhoneNumbers.validE164("+" + d, "ZZ");
    }

    @Override
    public List<Finding> detect(ScanText t) {
        List<Finding> out = new ArrayList<>();
        Map<String, Boolean> named = new HashMap<>();
        for (int i = 0; i < t.units().size(); i++) {
            TextUnit u = t.units().get(i);
            if (!u.isCell() || u.columnHeader() == null
                    || !named.computeIfAbsent(u.columnHeader(), h -> headers.matcher(ColumnHeaderDetector.normalizeHeader(h)).matches())) {
                continue;
            }
            String v = t.normalized(i).strip();
            if (!VALUE.matcher(v).matches()) {
                continue;
            }
            String e164 = e164(v);
            if (e164 != null) {
                out.add(PatternDetector.finding(t, Category.PII, "PHONE_NUMBER", e164, Masks.keepLast(e164, 4), SCORE,
                        id() + ":PHONE_NUMBER", t.start(i) + t.normalized(i).indexOf(v)));
            }
        }
        return out;
    }
}
