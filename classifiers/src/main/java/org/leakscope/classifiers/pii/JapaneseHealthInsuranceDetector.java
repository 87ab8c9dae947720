package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.validate.InsurerNumber;

/**
 * JP_HEALTH_INSURANCE (健康保険 記号・番号, domain reference C1): the card's 記号 and 番号 (free-form, up to 8
 * characters each, plus a 2-digit 枝番) count only with health-insurance words near (健康保険, 被保険者, 保険証,
 * 健保, 国保 …), as "記号 … 番号" alone is any catalogue entry. 被保険者番号 / 保険証番号 and their English labels
 * anchor a value by themselves. 保険者番号 (the insurer, 6 or 8 digits) must pass its Luhn-style check digit.
 */
public final class JapaneseHealthInsuranceDetector extends PatternDetector {

    private static final String SEP = "[ \\t]*[:：]?[ \\t]*";
    private static final String CODE = "[\\dA-Z][\\dA-Z\\-]{0,9}";

    public JapaneseHealthInsuranceDetector() {
        super("jp_health_insurance", "JP_HEALTH_INSURANCE", List.of(
                        Rule.of("kigo-bango", "(?<v>記号" + SEP + CODE + "[ \\t]*[,、/・]?[ \\t]*番号" + SEP + CODE
                                + "(?:[ \\t]*[(（]?枝番" + SEP + "\\d{1,2}[)）]?)?)(?![\\dA-Z])", 0.45),
                        Rule.of("member-label", "(?:被保険者証?番号|被保険者証?の?記号・?番号|保険証番号|保険証の?記号・?番号"
                                + "|健康保険証?の?(?:記号・?)?番号|(?i:health insurance (?:card |member |policy )?(?:no\\.?|number|#|id)))"
                                + SEP + "(?<v>" + CODE + "(?:[ \\t]*[-・ ][ \\t]*" + CODE + ")?)(?![\\dA-Z])", 0.8),
                        Rule.of("insurer", "(?<!被)(?:保険者番号|(?i:insurer (?:no\\.?|number)))" + SEP
                                + "(?<v>\\d{6}(?:\\d{2})?)(?!\\d)", 0.75)),
                ContextWords.of("健康保険", "被保険者", "保険証", "保険者", "健保", "国保", "国民健康保険", "協会けんぽ", "共済組合",
                        "後期高齢者", "health insurance", "insurance card"),
                ContextWords.NONE);
    }

    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : super.candidates(t)) {
            if ("insurer".equals(h.rule()) && !InsurerNumber.isValid(h.raw())) {
                continue;
            }
            out.add(h);
        }
        return out;
    }

    @Override
    protected double contextBoost() {
        return 0.4;
    }

    @Override
    protected int windowBefore() {
        return 80;
    }

    @Override
    protected String normalizeValue(String raw) {
        return raw.strip().replaceAll("[ \\t]+", " ");
    }

    @Override
    protected String mask(String value) {
        return Masks.keepLast(value.replaceAll("[記号番枝:：()（）]", "").strip(), 2);
    }
}
