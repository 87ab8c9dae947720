package org.leakscope.classifiers.pii;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * The digit strings a valid number of one region, written nationally (without a plus), can be made of:
 * what {@link PhoneDetector} checks a run of digit groups against before it pays for libphonenumber (~10-25 us
 * a findNumbers call, against well under 1 us here). It follows libphonenumber's own parsing over its own
 * metadata, so it never says no where findNumbers would find a number PhoneDetector keeps.
 *
 * <p>libphonenumber parses the written digits (less an extension after them) with the default region: the
 * region's international prefix and a country code (kept only when it is the region's own, see
 * {@link #opensInternationally}), or else the region's own country code written without a plus, then the
 * national prefix for parsing (a trunk 0, a carrier code) removed or rewritten by the transform rule. What is
 * left, the national significant number (NSN), is valid only if a region of the country code allows its
 * length and form (the general description) and the form of a number type. A run is admitted when one of those readings leaves such an
 * NSN.
 */
final class NationalShape {

    private final String trunk;
    private final String countryCode;
    private final Pattern internationalPrefix;
    private final Pattern nationalPrefix;
    private final String transform;
    private final String literalPrefix;
    /** The international prefix when it is fixed digits (010, 011, 00): no regex needed. */
    private final String literalInternational;
    /**
     * Whether reading a national number never lengthens it (no transform rule, or one that keeps a group of
     * what it matched, Japan's "$1"): then a run shorter than the shortest NSN is none.
     */
    private final boolean neverLonger;
    private final BitSet lengths;
    private final Pattern nsn;
    private final Pattern typed;
    /**
     * {@link #nsn} and {@link #typed} as one automaton (lengths too), or null where a regex of theirs has none:
     * a Matcher over the union of a country's number types cost more to set up than the match.
     */
    private final DigitDfa described;

    private NationalShape(String trunk, String countryCode, PhoneMetadata own, BitSet lengths, List<String> forms,
                          List<String> types) {
        this.trunk = trunk;
        this.countryCode = countryCode;
        // an unknown region (no metadata) admits every run: the Classifier rejects it in the configuration
        this.internationalPrefix = own != null && own.hasInternationalPrefix()
                ? Pattern.compile(own.getInternationalPrefix()) : null;
        this.nationalPrefix = own != null && !own.getNationalPrefixForParsing().isEmpty()
                ? Pattern.compile(own.getNationalPrefixForParsing()) : null;
        this.transform = own != null && !own.getNationalPrefixTransformRule().isEmpty()
                ? own.getNationalPrefixTransformRule() : null;
        this.literalPrefix = nationalPrefix != null && transform == null
                && nationalPrefix.pattern().chars().allMatch(Character::isDigit) ? nationalPrefix.pattern() : null;
        this.lengths = lengths;
        this.literalInternational = internationalPrefix != null && internationalPrefix.pattern().matches("[0-9]+")
                ? internationalPrefix.pattern() : null;
        this.neverLonger = transform == null || transform.matches("\\$[0-9]");
        this.nsn = forms == null ? null : anyOf(forms);
        this.typed = types == null ? null : anyOf(types);
        this.described = forms == null ? null
                : DESCRIBED.computeIfAbsent(countryCode, k -> automaton(lengths, forms, types)).orElse(null);
    }

    /**
     * The shape of {@code region}'s national numbers. {@code trunk} is the prefix PhoneDetector demands
     * of them ("0" in Japan, "" where none is demanded): a run without it is not admitted.
     */
    static NationalShape of(String region, String trunk) {
        PhoneNumberUtil util = PhoneNumbers.util();
        int cc = util.getCountryCodeForRegion(region);
        BitSet lengths = new BitSet();
        List<String> forms = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean described = true;
        for (String r : util.getRegionCodesForCountryCode(cc)) {
            PhoneMetadata md = PhoneNumbers.metadata(r);
            if (md == null || md.getGeneralDesc().getPossibleLengthCount() == 0
                    || !md.getGeneralDesc().hasNationalNumberPattern()) {
                described = false;
                continue;
            }
            md.getGeneralDesc().getPossibleLengthList().forEach(lengths::set);
            forms.add(md.getGeneralDesc().getNationalNumberPattern());
            for (PhoneNumberDesc type : List.of(md.getFixedLine(), md.getMobile(), md.getTollFree(), md.getPremiumRate(),
                    md.getSharedCost(), md.getVoip(), md.getPersonalNumber(), md.getPager(), md.getUan(),
                    md.getVoicemail())) {
                if (type.hasNationalNumberPattern()) {
                    types.add(type.getNationalNumberPattern());
                }
            }
        }
        // without a general description to hold an NSN against, any run with the trunk prefix is admitted
        boolean checked = described && !lengths.isEmpty() && !types.isEmpty();
        return new NationalShape(trunk, Integer.toString(cc), PhoneNumbers.metadata(region), lengths,
                checked ? forms : null, checked ? types : null);
    }

    private static Pattern anyOf(List<String> regexes) {
        StringJoiner any = new StringJoiner("|");
        regexes.forEach(r -> any.add("(?:" + r + ")"));
        return Pattern.compile(any.toString());
    }

    /** The shortest NSN of the country code (JP 8, +1 7); 0 when unknown. */
    int minLength() {
        return lengths.isEmpty() ? 0 : lengths.nextSetBit(0);
    }

    /**
     * True when {@code digits} (ASCII digits of a run of written digit groups) begin with the trunk prefix
     * demanded and, read as libphonenumber reads a national number, leave an NSN a region may have.
     */
    boolean admits(String digits) {
        if (!digits.startsWith(trunk)) {
            return false;
        }
        if (nsn == null) {
            return true;
        }
        if (neverLonger && digits.length() < minLength()) {
            return false;
        }
        // a country code without a plus is followed by a national prefix that is stripped twice (once when
        // the country code is taken off, once more as for any national number)
        return nationalNumber(digits, 1)
                || digits.startsWith(countryCode) && nationalNumber(digits.substring(countryCode.length()), 2);
    }

    /**
     * {@code digits} as they are, or less their national prefix (or rewritten by the transform rule), up to
     * {@code strips} times.
     */
    private boolean nationalNumber(String digits, int strips) {
        if (described(digits)) {
            return true;
        }
        if (nationalPrefix == null || strips == 0 || digits.isEmpty()) {
            return false;
        }
        if (literalPrefix != null) { // "1" (NANP), "0": no regex needed
            return digits.startsWith(literalPrefix) && nationalNumber(digits.substring(literalPrefix.length()), strips - 1);
        }
        Matcher m = nationalPrefix.matcher(digits);
        if (!m.lookingAt()) {
            return false;
        }
        String rest = transform == null || m.group(m.groupCount()) == null
                ? digits.substring(m.end()) : m.replaceFirst(transform);
        return !rest.equals(digits) && nationalNumber(rest, strips - 1);
    }

    /**
     * An NSN is valid when it has a length and form of the general description and the form of a number
     * type (fixed line, mobile, toll free, ...): libphonenumber's getNumberType is UNKNOWN otherwise.
     */
    private boolean described(String candidate) {
        if (!lengths.get(candidate.length())) {
            return false;
        }
        return described != null ? described.accepts(candidate)
                : nsn.matcher(candidate).matches() && typed.matcher(candidate).matches();
    }

    /** Per country code (the shape reads the metadata of all its regions): what {@link #described} walks. */
    private static final Map<String, Optional<DigitDfa>> DESCRIBED = new ConcurrentHashMap<>();

    private static Optional<DigitDfa> automaton(BitSet lengths, List<String> forms, List<String> types) {
        Automaton form = DigitDfa.anyOf(forms);
        Automaton type = DigitDfa.anyOf(types);
        if (form == null || type == null) {
            return Optional.empty();
        }
        List<Automaton> sized = new ArrayList<>();
        lengths.stream().forEach(n -> sized.add(Operations.repeat(DigitDfa.digit(), n, n)));
        return Optional.of(DigitDfa.of(Operations.intersection(Operations.union(sized), Operations.intersection(form, type))));
    }

    /**
     * True when {@code digits} start with the region's international prefix (010 in Japan, 011 in the US)
     * followed by the region's own country code and an NSN of it (less its national prefix once, as parsing
     * strips it after the country code): PhoneDetector keeps a number of another country code only when it
     * is written with a plus, and libphonenumber reads digits after the international prefix as nothing else.
     */
    boolean opensInternationally(String digits) {
        if (internationalPrefix == null || !digits.startsWith(trunk)) {
            return false;
        }
        if (literalInternational != null && nsn != null) {
            String rest = digits.substring(Math.min(digits.length(), literalInternational.length()));
            return digits.startsWith(literalInternational) && rest.startsWith(countryCode)
                    && nationalNumber(rest.substring(countryCode.length()), 1);
        }
        Matcher m = internationalPrefix.matcher(digits);
        if (!m.lookingAt()) {
            return false;
        }
        if (nsn == null) {
            return true;
        }
        String rest = digits.substring(m.end());
        return rest.startsWith(countryCode) && nationalNumber(rest.substring(countryCode.length()), 1);
    }

    /**
     * True when a run digits[from, ends[b]) for some b in [first, last] is {@link #admits admitted} or
     * {@link #opensInternationally opens internationally}.
     */
    boolean admitsRun(String digits, int from, int[] ends, int first, int last) {
        for (int b = first; b <= last; b++) {
            String run = digits.substring(from, ends[b]);
            if (admits(run) || opensInternationally(run)) {
                return true;
            }
        }
        return false;
    }
}
