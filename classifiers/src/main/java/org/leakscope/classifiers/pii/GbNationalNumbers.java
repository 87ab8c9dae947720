package org.leakscope.classifiers.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.PatternDetector.Hit;

/**
 * UK numbers written nationally (020 7946 0958, 0161 496 0732, 07911 123456, 0044 20 …) where GB is not a
 * configured phone region. A GB pass beside JP's would be ambiguous: both write a trunk 0, and 090-1234-5678
 * or 020-7946-0958 are valid in both. So GB is asked only about digit spans that start with 0 (or follow
 * +44) and that the regional passes left alone, or that JP took although they are written with blanks only,
 * as the British write. A number only GB reads scores {@link #WITH_UK} where the item says UK or holds no
 * Japanese, else {@link #WITHOUT_UK} (below the report threshold until a phone label lifts it); a number JP
 * reads too (020 7946 0958, JP's 020 being pagers) becomes GB on the same terms and only when its grouping is
 * not the Japanese one (090 1234 5678 stays a JP mobile).
 * Ofcom's ranges for drama (07700 900xxx, 01632 960xxx), which libphonenumber calls invalid, count: they
 * are how fictitious people's numbers are written and are shaped as any real one.
 */
final class GbNationalNumbers {

    static final String REGION = "GB";
    static final double WITH_UK = 0.6;
    static final double WITHOUT_UK = 0.45;

    private static final PhoneNumberUtil UTIL = PhoneNumbers.util();
    private static final int GB_CODE = 44;
    /** The fewest digits of a valid GB number as written: trunk 0 and the shortest national number (0800 1111). */
    static final int MIN_DIGITS = 8;
    private static final Pattern DRAMA = Pattern.compile("7700900\\d{3}|1632960\\d{3}");
    /** Words, codes and postcodes that put an item in the UK. */
    private static final Pattern UK = Pattern.compile("\\+ ?44(?!\\d)|(?<!\\d)0044(?!\\d)|\\.uk\\b"
            + "|\\b(?:UK|U\\.K\\.|United Kingdom|Great Britain|Britain|British|England|Scotland|Wales|Northern Ireland"
            + "|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Cardiff|Belfast|Sheffield"
            + "|Newcastle|Nottingham|Leicester|Southampton|Aberdeen)\\b"
            // a postcode: outward code, a blank, inward code (EH2 2AN, M14 6DT, SW1A 1AA)
            + "|\\b[A-Z]{1,2}\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}\\b");

    /**
     * A UK mobile written as one run of eleven digits (07825708093), as forms and labelled corpora write it: 071-079,
     * never 070, which begins Japan's 070 mobiles written the same way.
     */
    private static final String PLAIN_MOBILE = "07[1-9]\\d{8}";

    /** A UK mobile written 07xxx-xxxxxx: five digits and six, as no Japanese number (0X0-XXXX-XXXX) is. */
    private static final String HYPHENATED_MOBILE = "07\\d{3}-\\d{6}";

    /**
     * How the British write a number: +44 / 0044 / 0, the area code (in brackets or not), then groups of three
     * or more digits apart by blanks (020 7946 0958, (0161) 496 0732, 07911 123456, +44 (0)20 7946 0321). Hyphens,
     * dots and slashes are how other numbers are written (references, dates, Japanese numbers).
     */
    private static final Pattern BRITISH_WRITING = Pattern.compile(
            "(?:\\+ ?44 ?(?:\\(0\\) ?)?\\d{2,5}|00 ?44 ?\\d{2,5}|\\(0\\d{2,5}\\)|0\\d{2,5})(?: \\d{3,6}){0,2}|" + HYPHENATED_MOBILE
                    + "|" + PLAIN_MOBILE);

    private static final Pattern MOBILE = Pattern.compile(HYPHENATED_MOBILE);

    /** 050 / 070 / 080 / 090 and two groups of four: how Japanese mobile and IP-phone numbers are written. */
    private static final Pattern JP_MOBILE_SHAPE = Pattern.compile("0[5789]0[ -]?\\d{4}[ -]?\\d{4}");

    private GbNationalNumbers() {
    }

    /**
     * Whether the digit span at [start, end) of {@code text} may hold a GB number the regional passes miss: its
     * digits start with 0 (national or 0044) or a +44 stands before it, and some stretch of it without '-', '.'
     * or '/' (which the British writing never has) holds {@link #MIN_DIGITS} digits or more: 090-1234-5678 and
     * (415) 555-0123 never need the GB search. A number kept from a span's window has its digits in that span
     * (the window is the span and a margin of a few characters).
     */
    static boolean mayHold(String text, int start, int end) {
        if (end - start == 12 && MOBILE.matcher(text).region(start, end).matches()) {
            return true;
        }
        if (text.charAt(start) != '0' && !(start >= 1 && text.startsWith("44", start) && (text.charAt(start - 1) == '+'
                || (start >= 2 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == '+')))) {
            return false;
        }
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '.' || c == '/') {
                digits = 0;
            } else if (c >= '0' && c <= '9' && ++digits >= MIN_DIGITS) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code hits} (the regional and international passes' findings, values E.164) amended with the GB
     * numbers of {@code spans}: each span's window is searched for GB numbers; one that no hit overlaps is
     * added, one that a JP hit of blank-separated digits overlaps replaces it when the item says UK.
     */
    static List<Hit> amend(String text, List<Hit> hits, List<int[]> spans, int margin) {
        List<Hit> out = hits;
        Boolean british = null;
        for (int[] span : spans) {
            int from = Math.max(0, span[0] - margin);
            int to = Math.min(text.length(), span[1] + margin);
            // every number kept is written as the British write (BRITISH_WRITING matches it whole), so a window
            // where that writing is nowhere needs no findNumbers (a US roster's 0-led dates and ZIP codes)
            if (!BRITISH_WRITING.matcher(text).region(from, to).find()) {
                continue;
            }
            String window = text.substring(from, to);
            for (PhoneNumberMatch m : UTIL.findNumbers(window, REGION, Leniency.POSSIBLE, Long.MAX_VALUE)) {
                PhoneNumber n = m.number();
                if (n.getCountryCode() != GB_CODE || !(UTIL.isValidNumber(n) || drama(n))) {
                    continue;
                }
                int start = from + m.start();
                int end = from + m.end();
                String raw = m.rawString();
                boolean plus = raw.startsWith("+") || raw.startsWith("00");
                if (!BRITISH_WRITING.matcher(raw).matches()) {
                    continue;
                }
                Hit over = overlapping(out, start, end);
                if (over != null && (plus || !jpBlankSeparated(over, raw))) {
                    continue; // found already (+44), or JP written the Japanese way
                }
                if (british == null) {
                    british = UK.matcher(text).find() || !hasJapanese(text);
                }
                if (over != null && (!british || japaneseGrouping(raw, over))) {
                    continue;
                }
                // a Japanese item's mobile or IP-phone shape (090 0253 5328) is a Japanese number, valid or not, not
                // a UK premium-rate one
                if (!british && JP_MOBILE_SHAPE.matcher(raw).matches()) {
                    continue;
                }
                if (out == hits) {
                    out = new ArrayList<>(hits);
                }
                if (over != null) {
                    out.remove(over);
                }
                double score = plus || british ? WITH_UK : WITHOUT_UK;
                out.add(new Hit(start, end, UTIL.format(n, PhoneNumberFormat.E164), score, REGION));
            }
        }
        return out;
    }

    /** Any kana or kanji in the text: a Japanese item writes its numbers the Japanese way. */
    static boolean hasJapanese(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3040' && (c <= '\u30FF' || (c >= '\u4E00' && c <= '\u9FFF'))) {
                return true;
            }
        }
        return false;
    }

    private static boolean drama(PhoneNumber n) {
        return DRAMA.matcher(UTIL.getNationalSignificantNumber(n)).matches();
    }

    private static Hit overlapping(List<Hit> hits, int start, int end) {
        for (Hit h : hits) {
            if (h.start() < end && start < h.end()) {
                return h;
            }
        }
        return null;
    }

    /**
     * A JP hit on the same digits written with blanks only (020 7946 0958), or with the area code alone in brackets
     * as the British write it ((020) 8905 9941); not 020-7946-0958, 03(1234)5678 or (03)1234-5678.
     */
    private static boolean jpBlankSeparated(Hit jp, String raw) {
        return "JP".equals(jp.rule()) && (raw.chars().noneMatch(c -> c == '-' || c == '(' || c == '.' || c == '/')
                || BRACKETED_AREA.matcher(raw).matches());
    }

    private static final Pattern BRACKETED_AREA = Pattern.compile("\\(0\\d{2,5}\\) \\d{3,6}(?: \\d{3,6})?");

    /** The digit groups of {@code raw} are JP's national format's and not GB's (090 1234 5678: a JP mobile). */
    private static boolean japaneseGrouping(String raw, Hit jp) {
        try {
            PhoneNumber asJp = UTIL.parse(jp.raw(), "JP");
            PhoneNumber asGb = UTIL.parse(raw, REGION);
            return LabelledNationalNumbers.writtenAsNational(raw, asJp) && !LabelledNationalNumbers.writtenAsNational(raw, asGb);
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return false;
        }
    }
}
