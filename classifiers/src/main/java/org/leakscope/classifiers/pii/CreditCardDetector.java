package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.validate.CardIin;
import org.leakscope.classifiers.validate.Digits;
import org.leakscope.classifiers.validate.Validation;

/**
 * Payment cards: a broad 13–19 digit pattern at a low score; Luhn plus a known issuer range decide.
 * A tracking or order label nearer than any card label drops a Luhn-valid look-alike. Digits inside a run of Latin
 * letters and digits (a key fingerprint, hash or session id: "SHA256:af7ace68d4511060710201dd9d…" holds a Luhn-valid
 * Visa-range run one time in ten) are that token's, not a card: letters glued on both sides, or on one side of a token
 * of 24 characters or more. A track's format code before the number ("%B4539…^") and kana or kanji ("カード番号4111…")
 * still leave a card. Digits after a plus are a phone's international form ("+49-151-98844701" passes Luhn in the
 * Visa range), never a card.
 */
public final class CreditCardDetector extends PatternDetector {

    public CreditCardDetector() {
        super("credit_card", "CREDIT_CARD", List.of(Rule.of("card",
                        "(?<![\\d+-])(?<v>\\d(?:[ -]?\\d){12,18})(?![\\d-])", 0.3)),
                ContextWords.of("card", "credit", "visa", "mastercard", "amex", "jcb", "pan", "cc", "カード",
                        "クレジット"),
                ContextWords.of("tracking", "order", "invoice", "isbn", "serial", "追跡", "注文", "伝票", "問合せ",
                        "問い合わせ", "管理番号",
                        // part, product and lot numbers of 13-19 digits pass Luhn one time in ten
                        "part no", "part number", "part #", "p/n", "sku", "model no", "lot", "patent", "品番", "型番",
                        "部品番号", "製造番号", "受付番号"));
    }

    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> hits = super.candidates(t);
        String text = t.text();
        hits.removeIf(h -> insideToken(text, h.start(), h.end()));
        return hits;
    }

    /** The length of a token that is a digest or an id rather than a word with a number glued to it. */
    private static final int TOKEN = 24;

    /** Whether text[start, end) stands inside a run of Latin letters and digits (see the class comment). */
    static boolean insideToken(String text, int start, int end) {
        boolean before = start > 0 && asciiLetter(text.charAt(start - 1));
        boolean after = end < text.length() && asciiLetter(text.charAt(end));
        if (!before && !after) {
            return false;
        }
        if (before && after) {
            return true;
        }
        int from = start;
        while (from > 0 && asciiAlnum(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && asciiAlnum(text.charAt(to))) {
            to++;
        }
        return to - from >= TOKEN;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean asciiAlnum(char c) {
        return asciiLetter(c) || c >= '0' && c <= '9';
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
