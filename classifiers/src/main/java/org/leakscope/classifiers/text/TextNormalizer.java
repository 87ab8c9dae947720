package org.leakscope.classifiers.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The text every detector sees: NFKC (full-width digits and letters become ASCII), then dashes between
 * digits folded to '-' and the ideographic space to ' ', so one ASCII pattern covers 090－1234－5678.
 * Symbol detectors (㊙) must look at the raw text: NFKC turns ㊙ into 秘. A scanned form's label with OCR's 0 / 1 for
 * a letter reads as the label ({@link OcrLabels}: "D0B:" as "DOB:"), and a form's blank a hand filled in as spaces
 * ({@link FormBlanks}: "Name: __Ann__Lee___").
 */
public final class TextNormalizer {

    // NFKC already maps the full-width hyphen-minus; the others survive it. ー (long vowel mark) only
    // counts between digits, where it is a typo'd dash, never in katakana.
    private static final Pattern DASH_BETWEEN_DIGITS =
            Pattern.compile("(?<=\\d)[\\uFF0D\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u30FC\\u2212](?=\\d)");

    private TextNormalizer() {
    }

    private static final String DASHES = "\uFF0D\u2010\u2011\u2012\u2013\u2014\u2015\u30FC\u2212";

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} holds one of the dashes folded between digits (the regex is then worth running). */
    private static boolean hasDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (DASHES.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (ascii(s)) {
            return FormBlanks.fold(OcrLabels.fold(s)); // NFKC leaves ASCII alone and every character folded below is outside it
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u3000', ' ');
        return FormBlanks.fold(OcrLabels.fold(hasDash(n) ? DASH_BETWEEN_DIGITS.matcher(n).replaceAll("-") : n));
    }
}
