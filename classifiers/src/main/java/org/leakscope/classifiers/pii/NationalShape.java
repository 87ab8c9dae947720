package org.leakscope.classifiers.pii;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digit strings a valid number of one region, written nationally (without a plus), can be made of:
 * what {@link PhoneDetector} checks a run of digit groups against before it pays for libphonenumber (~10-25 us
 * a findNumbers call, against well under 1 us here). It follows libphonenumber's own parsing over its own
 * metadata, so it never says no where findNumbers would find a number PhoneDetector keeps.
 *
 * <p>libphonenumber parses the written digits (less an extension after them) with the default region: the
 * region's international prefix and a country code (then the country code decides: left to findNumbers, see
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
    private final BitSet lengths;
    private final Pattern nsn;
    private final Pattern typed;

    private NationalShape(String trunk, String countryCode, PhoneMetadata own, BitSet lengths, Pattern nsn,
                          Pattern typed) {
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
        this.nsn = nsn;
        this.typed = typed;
    }

    /**
     * The shape of {@code region}'s national numbers. {@code trunk} is the prefix PhoneDetector demands
     * of them ("0" in Japan, "" where none is demanded): a run without it is not admitted.
     */
    static NationalShape of(String region, String trunk) {
        PhoneNumberUtil util = PhoneNumbers.util();
        int cc = util.getCountryCodeForRegion(region);
        BitSet lengths = new BitSet();
        StringJoiner forms = new StringJoiner("|");
        StringJoiner types = new StringJoiner("|");
        boolean described = true;
        for (String r : util.getRegionCodesForCountryCode(cc)) {
            PhoneMetadata md = PhoneNumbers.metadata(r);
            if (md == null || md.getGeneralDesc().getPossibleLengthCount() == 0
                    || !md.getGeneralDesc().hasNationalNumberPattern()) {
                described = false;
                continue;
            }
            md.getGeneralDesc().getPossibleLengthList().forEach(lengths::set);
            forms.add("(?:" + md.getGeneralDesc().getNationalNumberPattern() + ")");
            for (PhoneNumberDesc type : List.of(md.getFixedLine(), md.getMobile(), md.getTollFree(), md.getPremiumRate(),
                    md.getSharedCost(), md.getVoip(), md.getPersonalNumber(), md.getPager(), md.getUan(),
                    md.getVoicemail())) {
                if (type.hasNationalNumberPattern()) {
                    types.add("(?:" + type.getNationalNumberPattern() + ")");
                }
            }
        }
        // without a general description to hold an NSN against, any run with the trunk prefix is admitted
        boolean checked = described && !lengths.isEmpty() && types.length() > 0;
        return new NationalShape(trunk, Integer.toString(cc), PhoneNumbers.metadata(region), lengths,
                checked ? Pattern.compile(forms.toString()) : null, checked ? Pattern.compile(types.toString()) : null);
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
        return lengths.get(candidate.length()) && nsn.matcher(candidate).matches()
                && typed.matcher(candidate).matches();
    }

    /**
     * True when {@code digits} start with the region's international prefix (010 in Japan, 011 in the US):
     * the country code and number after it are libphonenumber's to judge, whatever their length.
     */
    boolean opensInternationally(String digits) {
        return internationalPrefix != null && digits.startsWith(trunk)
                && internationalPrefix.matcher(digits).lookingAt();
    }
}
