package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;

/** UK National Insurance number: HMRC prefix rules (domain reference C2), spaced or compact. */
public final class UkNinoDetector extends PatternDetector {

    public UkNinoDetector() {
        super("uk_nino", "UK_NINO", List.of(Rule.of("nino",
                        "(?<![A-Za-z0-9])(?<v>(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D])(?![A-Za-z0-9])",
                        0.55)),
                ContextWords.of("ni number", "nino", "national insurance", "ni no", "ni"), ContextWords.NONE);
    }

    @Override
    protected double contextBoost() {
        return 0.35;
    }

    @Override
    protected String normalizeValue(String raw) {
        return raw.replace(" ", "");
    }

    @Override
    protected String mask(String value) {
        return Masks.keepLast(value, 3);
    }
}
