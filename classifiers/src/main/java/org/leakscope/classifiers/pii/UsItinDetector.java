package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.validate.Digits;
import org.leakscope.classifiers.validate.SsnRules;
import org.leakscope.classifiers.validate.Validation;

/** US ITIN: SSN-shaped, area 9xx with the IRS group ranges. Undashed only with a label. */
public final class UsItinDetector extends PatternDetector {

    public UsItinDetector() {
        super("us_itin", "US_ITIN", List.of(
                        Rule.of("itin-dashed", "(?<![\\d-])(?<v>9\\d{2}-\\d{2}-\\d{4})(?![\\d-])", 0.5),
                        Rule.of("itin-plain", "(?<![\\d-])(?<v>9\\d{8})(?![\\d-])", 0.1)),
                ContextWords.of("itin", "tax id", "taxpayer", "tin", "individual taxpayer"),
                ContextWords.of("part", "part no", "order", "invoice", "tracking", "phone", "tel", "routing",
                        "account", "passport"));
    }

    @Override
    protected Validation validate(String value) {
        return SsnRules.isItin(value) ? Validation.UNKNOWN : Validation.INVALID;
    }

    @Override
    protected double contextBoost() {
        return 0.45;
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
