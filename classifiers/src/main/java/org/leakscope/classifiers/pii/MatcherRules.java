package org.leakscope.classifiers.pii;

import java.lang.Character.UnicodeBlock;
import java.util.regex.Pattern;

/**
 * The rules of libphonenumber's PhoneNumberMatcher (findNumbers) that are private or package-private there,
 * spelled out so that {@link PhonePasses} and {@link FirstTry} can decide without it what it would decide.
 * MatcherRulesTest compares each pattern with the library's own, so an upgrade that changes one fails there.
 */
final class MatcherRules {

    /** PhoneNumberUtil.VALID_PUNCTUATION: what may stand between the digit blocks of one number. */
    static final String PUNCTUATION = "-x\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF0E\uFF0F"
            + " \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D.[]/~\u2053\u223C\uFF5E";

    /** At most this many punctuation characters between two blocks. */
    static final int MAX_GAP = 4;

    /** At most this many digit blocks, of at most MAX_BLOCK_DIGITS digits each, make one candidate. */
    static final int MAX_BLOCKS = 21;
    static final int MAX_BLOCK_DIGITS = 20;

    /** Characters that may lead a number: opening brackets and plus signs. */
    static final String LEAD = "(\\[\uFF08\uFF3B+\uFF0B";

    private static final String PUNCTUATION_CLASS = "[-x\u2010-\u2015\u2212\u30FC\uFF0D-\uFF0F \u00A0\u00AD\u200B"
            + "\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D.\\[\\]/~\u2053\u223C\uFF5E]";

    /** The lead of a candidate: up to two lead characters, each followed by up to four punctuation ones. */
    static final Pattern LEAD_RUN = Pattern.compile("(?:[\\(\\[\uFF08\uFF3B+\uFF0B]" + PUNCTUATION_CLASS + "{0,4}){1,2}");

    static final Pattern PUB_PAGES = Pattern.compile("\\d{1,5}-+\\d{1,5}\\s{0,4}\\(\\d{1,4}");
    static final Pattern SLASH_SEPARATED_DATES =
            Pattern.compile("(?:(?:[0-3]?\\d/[01]?\\d)|(?:[01]?\\d/[0-3]?\\d))/(?:[12]\\d)?\\d{2}");
    static final Pattern TIME_STAMPS = Pattern.compile("[12]\\d{3}[-/]?[01]\\d[-/]?[0-3]\\d +[0-2]\\d$");
    static final Pattern TIME_STAMPS_SUFFIX = Pattern.compile(":[0-5]\\d");

    private static final String OPENING = "(\\[\uFF08\uFF3B";
    private static final String CLOSING = ")\\]\uFF09\uFF3D";
    private static final String NON_PARENS = "[^" + OPENING + CLOSING + "]";

    /** Brackets are closed within a number, with something inside; the first one may stay open. */
    static final Pattern MATCHING_BRACKETS = Pattern.compile("(?:[" + OPENING + "])?" + "(?:" + NON_PARENS + "+"
            + "[" + CLOSING + "])?" + NON_PARENS + "+" + "(?:[" + OPENING + "]" + NON_PARENS + "+[" + CLOSING
            + "])" + "{0,3}" + NON_PARENS + "*");

    private MatcherRules() {
    }

    /** A candidate next to one of these is not a number (abc8005001234, 8005001234def, $100-200). */
    static boolean badNeighbour(char c) {
        return c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL || latinLetter(c);
    }

    private static boolean latinLetter(char c) {
        if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        UnicodeBlock block = UnicodeBlock.of(c);
        return block.equals(UnicodeBlock.BASIC_LATIN) || block.equals(UnicodeBlock.LATIN_1_SUPPLEMENT)
                || block.equals(UnicodeBlock.LATIN_EXTENDED_A) || block.equals(UnicodeBlock.LATIN_EXTENDED_ADDITIONAL)
                || block.equals(UnicodeBlock.LATIN_EXTENDED_B) || block.equals(UnicodeBlock.COMBINING_DIACRITICAL_MARKS);
    }
}
