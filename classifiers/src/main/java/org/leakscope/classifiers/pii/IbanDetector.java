package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.validate.Iban;
import org.leakscope.classifiers.validate.Validation;

/** IBAN, compact or in groups of four; the country length and mod 97 decide. */
public final class IbanDetector extends PatternDetector {

    public IbanDetector() {
        super("iban", "IBAN", List.of(Rule.of("iban",
                        "(?<![A-Za-z0-9])(?<v>[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)(?![A-Za-z0-9])", 0.3)),
                ContextWords.of("iban", "bank account", "konto", "compte"), ContextWords.NONE);
    }

    @Override
    protected Validation validate(String value) {
        return Iban.isValid(value) ? Validation.VALID : Validation.INVALID;
    }

    @Override
    protected double validScore() {
        return 0.9;
    }

    @Override
    protected double contextBoost() {
        return 0.1;
    }

    @Override
    protected String normalizeValue(String raw) {
        return Iban.compact(raw);
    }

    @Override
    protected String mask(String value) {
        return value.substring(0, 2) + "*".repeat(value.length() - 6) + value.substring(value.length() - 4);
    }
}
