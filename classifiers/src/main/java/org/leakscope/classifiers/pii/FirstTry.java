package org.leakscope.classifiers.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * findNumbers' first try at one candidate, without findNumbers: its matcher takes a chain of joined digit
 * groups (with the brackets or plus before it) as a candidate and, when the whole candidate parses as a valid
 * number, returns it. That is the common case, and parse plus isValidNumber cost a quarter of findNumbers
 * (which runs its large pattern over the window first). Whenever the first try would not be the answer, or
 * this class cannot tell (an extension, an 'x', a time stamp, a bracket or letter that findNumbers rejects,
 * a national prefix left out), it answers null and findNumbers decides: nothing is ever decided differently.
 */
final class FirstTry {

    private static final PhoneNumberUtil UTIL = PhoneNumbers.util();

    /** Per country code: whether a number written without its national prefix may fail findNumbers (GB, DE). */
    private static final Map<Integer, Boolean> PREFIX_REQUIRED = new ConcurrentHashMap<>();

    private FirstTry() {
    }

    /** What findNumbers makes of a chain, where this class can tell. */
    sealed interface Outcome permits Found, Nothing {
    }

    /** The number of window[start, end) as findNumbers finds it. */
    record Found(int start, int end, String raw, PhoneNumber number) implements Outcome {
    }

    /** Nothing that PhoneDetector keeps; findNumbers goes on after the chain. */
    record Nothing() implements Outcome {
    }

    private static final Nothing NOTHING = new Nothing();

    /**
     * What findNumbers returns for the chain of groups {@code first..last} of {@code window} with
     * {@code region}, searching from {@code searchFrom} (the end of the chain before); null when this class
     * cannot tell. {@code shape} is the region's, null for the "ZZ" pass: when the whole chain is no number,
     * findNumbers looks for one within (an inner match), which can only be kept where a shorter run of the
     * chain's groups has the shape.
     */
    static Outcome of(String window, PhonePasses.Groups g, int first, int last, int searchFrom, String region,
                      NationalShape shape) {
        int p = g.at()[first];
        int to = g.until()[last];
        if (last - first >= MatcherRules.MAX_BLOCKS || window.substring(p, to).indexOf('x') >= 0) {
            return null;
        }
        for (int k = first; k <= last; k++) {
            if (g.end()[k] - g.start()[k] > MatcherRules.MAX_BLOCK_DIGITS) {
                return null;
            }
        }
        if (extensionFollows(window, to)) {
            return null;
        }
        int q = leadStart(window, searchFrom, p);
        String candidate = window.substring(q, to);
        // each rule needs a character most numbers lack: the regex only runs where it can match.
        // A date or a time stamp findNumbers drops at once, without looking within (its extractMatch).
        if (candidate.indexOf('/') >= 0 && MatcherRules.SLASH_SEPARATED_DATES.matcher(candidate).find()
                || candidate.indexOf(' ') >= 0 && MatcherRules.TIME_STAMPS.matcher(candidate).find()
                && MatcherRules.TIME_STAMPS_SUFFIX.matcher(window).region(to, window.length()).lookingAt()) {
            return NOTHING;
        }
        if (candidate.indexOf('(') >= 0 && MatcherRules.PUB_PAGES.matcher(candidate).find()
                || brackets(candidate) && !MatcherRules.MATCHING_BRACKETS.matcher(candidate).matches()) {
            return null;
        }
        if (q > 0 && MatcherRules.LEAD.indexOf(candidate.charAt(0)) < 0 && MatcherRules.badNeighbour(window.charAt(q - 1))
                || to < window.length() && MatcherRules.badNeighbour(window.charAt(to))) {
            return noneWithin(candidate, p - q, g, first, last, shape);
        }
        PhoneNumber number;
        try {
            number = UTIL.parseAndKeepRawInput(candidate, region);
        } catch (NumberParseException e) {
            return noneWithin(candidate, p - q, g, first, last, shape);
        }
        if (!UTIL.isValidNumber(number)) {
            return noneWithin(candidate, p - q, g, first, last, shape);
        }
        if (leftOutPrefix(number, g, first, last)) {
            return null;
        }
        number.clearCountryCodeSource();
        number.clearRawInput();
        number.clearPreferredDomesticCarrierCode();
        return new Found(q, to, candidate, number);
    }

    /**
     * The whole chain is certainly no number (it does not parse, is not valid, or a letter or currency sign
     * follows it or, with no bracket or plus before it, precedes it): findNumbers then tries the parts between
     * its separators. A part holding all the chain's digits reads as the chain did when no plus leads the chain
     * (parsing skips the brackets before the first digit; the same character follows). Any other part is a
     * shorter run of whole groups: when the shape admits none, nothing kept comes from within, nor from the
     * rest of the chain searched after a part that was found and not kept. {@code lead}: the characters of
     * {@code candidate} before the chain's first digit.
     */
    private static Outcome noneWithin(String candidate, int lead, PhonePasses.Groups g, int first, int last,
                                      NationalShape shape) {
        for (int i = 0; i < lead; i++) {
            if (candidate.charAt(i) == '+' || candidate.charAt(i) == '\uFF0B') {
                return null;
            }
        }
        return shape != null && !g.admitsPart(shape, first, last) ? NOTHING : null;
    }

    /** Whether {@code s} holds a bracket (without one, MATCHING_BRACKETS always matches a non-empty string). */
    private static boolean brackets(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("()[]\uFF08\uFF09\uFF3B\uFF3D".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** An extension (" ext 12", " x12", "#12", ";ext=12"): findNumbers reads on. */
    private static boolean extensionFollows(String window, int to) {
        int i = to;
        while (i < window.length() && " \u00A0\t,-".indexOf(window.charAt(i)) >= 0) {
            i++;
        }
        if (i == window.length()) {
            return false;
        }
        char c = window.charAt(i);
        if (Character.isDigit(c)) { // "- 12#"
            while (i < window.length() && Character.isDigit(window.charAt(i))) {
                i++;
            }
            return i < window.length() && "#\uFF03".indexOf(window.charAt(i)) >= 0;
        }
        // the first letters of ext, xt, int, anexo, доб (either case, full width too)
        return "exaiд\uFF45\uFF58\uFF49".indexOf(Character.toLowerCase(c)) >= 0 || "#\uFF03;~\uFF5E".indexOf(c) >= 0;
    }

    /** Where findNumbers' match starts: the leftmost lead (brackets, plus) that runs up to the first digit. */
    private static int leadStart(String window, int searchFrom, int p) {
        for (int q = Math.max(searchFrom, p - 10); q < p; q++) {
            if (MatcherRules.LEAD.indexOf(window.charAt(q)) >= 0
                    && MatcherRules.LEAD_RUN.matcher(window).region(q, p).matches()) {
                return q;
            }
        }
        return p;
    }

    /**
     * True when findNumbers may reject the number as written without the national prefix its country
     * requires (Leniency.VALID): a national number whose digits were all kept, of a country with a
     * formatting rule that is not optional.
     */
    private static boolean leftOutPrefix(PhoneNumber number, PhonePasses.Groups g, int first, int last) {
        if (number.getCountryCodeSource() != CountryCodeSource.FROM_DEFAULT_COUNTRY) {
            return false;
        }
        int written = g.end()[last] - g.start()[first];
        if (UTIL.getNationalSignificantNumber(number).length() < written) {
            return false; // a prefix was taken off: it was written
        }
        return PREFIX_REQUIRED.computeIfAbsent(number.getCountryCode(), FirstTry::prefixRequired);
    }

    private static boolean prefixRequired(int countryCode) {
        PhoneMetadata md = PhoneNumbers.metadata(UTIL.getRegionCodeForCountryCode(countryCode));
        if (md == null) {
            return true;
        }
        for (NumberFormat f : md.getNumberFormatList()) {
            if (!f.getNationalPrefixFormattingRule().isEmpty() && !f.getNationalPrefixOptionalWhenFormatting()) {
                return true;
            }
        }
        return false;
    }
}
