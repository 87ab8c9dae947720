package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.validate.CardIin;
import org.leakscope.classifiers.validate.Digits;
import org.leakscope.classifiers.validate.Validation;

/**
 * Payment cards: a broad 13–19 digit pattern at a low score; Luhn plus a known issuer range decide.
 * A tracking or order label nearer than any card label drops a Luhn-valid look-alike.
 */
public final class CreditCardDetector extends PatternDetector {

    public CreditCardDetector() {
        super("credit_card", "CREDIT_CARD", List.of(Rule.of("card",
                        "(?<![\\d-])(?<v>\\d(?:[ -]?\\d){12,18})(?![\\d-])", 0.3)),
                ContextWords.of("card", "credit", "visa", "mastercard", "amex", "jcb", "pan", "cc", "カード",
                        "クレジット"),
                ContextWords.of("tracking", "order", "invoice", "isbn", "serial", "追跡", "注文", "伝票", "問合せ",
                        "問い合わせ", "管理番号",
                        // part, product and lot numbers of 13-19 digits pass Luhn one time in ten
                        "part no", "part number", "part #", "p/n", "sku", "model no", "lot", "patent", "品番", "型番",
                        "部品番号", "製造番号", "受付番号"));
    }

    @Override
    protected Validation validate(String value) {
        return CardIin.validate(value);
    }

    @Override
    protected double validScore() {
        return 0.85;
    }

    @Override
    protected double contextBoost() {
        return 0.1;
    }

    @Override
    protected String normalizeValue(String raw) {
        return Digits.only(raw);
    }

    @Override
    protected String mask(String value) {
        return Masks.keepLast(value, 4);
    }
}
