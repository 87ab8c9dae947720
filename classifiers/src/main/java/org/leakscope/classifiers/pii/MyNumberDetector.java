package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.validate.Digits;
import org.leakscope.classifiers.validate.MyNumberCheck;
import org.leakscope.classifiers.validate.Validation;

/**
 * マイナンバー: 12 digits (4-4-4 allowed) with a valid check digit. One random number in 11 passes the
 * check, so without a label within ~300 chars (Purview's proximity) the score stays below threshold.
 */
public final class MyNumberDetector extends PatternDetector {

    public MyNumberDetector() {
        super("jp_my_number", "JP_MY_NUMBER", List.of(Rule.of("my-number",
                        "(?<![\\d-])(?<v>\\d{4}[ -]?\\d{4}[ -]?\\d{4})(?![\\d-])", 0.0)),
                ContextWords.of("マイナンバー", "個人番号", "my number", "mynumber", "通知カード", "individual number"),
                ContextWords.of("法人番号", "管理番号", "追跡", "tracking", "order", "注文", "電話", "tel", "口座"));
    }

    @Override
    protected Validation validate(String value) {
        return MyNumberCheck.isValid(value) ? Validation.VALID : Validation.INVALID;
    }

    @Override
    protected double validScore() {
        return 0.3;
    }

    @Override
    protected double contextBoost() {
        return 0.55;
    }

    @Override
    protected int windowBefore() {
        return 300;
    }

    @Override
    protected int windowAfter() {
        return 30;
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
