package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.validate.Digits;
import org.leakscope.classifiers.validate.SsnRules;
import org.leakscope.classifiers.validate.Validation;

/**
 * US SSN. Dashed 3-2-4 with valid ranges is reported on its own; spaced and undashed forms only with an
 * SSN label, because 9-digit numbers are everywhere (routing, passport, part and account numbers). A
 * nearer label for one of those (routing, passport, account …) drops the hit.
 */
public final class UsSsnDetector extends PatternDetector {

    public UsSsnDetector() {
        super("us_ssn", "US_SSN", List.of(
                        Rule.of("ssn-dashed", "(?<![\\d-])(?<v>\\d{3}-\\d{2}-\\d{4})(?![\\d-])", 0.5),
                        // OCR of a form sets blanks around the dashes ("123 - 45 - 6789"): as plain a 3-2-4 as the dashed
                        Rule.of("ssn-dashed-spaced", "(?<![\\d-] ?)(?<v>\\d{3} - \\d{2} - \\d{4})(?! ?[\\d-])", 0.5),
                        Rule.of("ssn-spaced", "(?<!\\d)(?<!\\d )(?<v>\\d{3} \\d{2} \\d{4})(?! ?\\d)", 0.3),
                        Rule.of("ssn-plain", "(?<![\\d-])(?<v>\\d{9})(?![\\d-])", 0.1)),
                ContextWords.of("ssn", "ss#", "social security", "soc sec", "tax id", "taxpayer", "tin",
                        "社会保障番号"),
                ContextWords.of("passport", "routing", "aba", "rtn", "account", "acct", "part", "part no",
                        "order", "invoice", "tracking", "phone", "tel", "fax", "zip", "license", "licence", "ein",
                        "旅券", "口座", "注文", "追跡", "電話"));
    }

    @Override
    protected Validation validate(String value) {
        return SsnRules.isValid(value) && !placeholder(Digits.only(value)) ? Validation.UNKNOWN : Validation.INVALID;
    }

    /**
     * The placeholders of sample and training forms (a completed W-4 example): 123-45-6789 (never issued) and one
     * digit nine times. SsnRules holds the published samples that were issued (078-05-1120).
     */
    static boolean placeholder(String digits) {
        return "123456789".equals(digits) || digits.chars().distinct().count() == 1;
    }

    @Override
    protected double contextBoost() {
        return 0.45;
    }

    @Override
    protected int windowBefore() {
        return 50;
    }

    @Override
    protected String normalizeValue(String raw) {
        return Digits.only(raw);
    }

    @Override
    protected String mask(String value) {
        return Masks.ssn(value);
    }
}
