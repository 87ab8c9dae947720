package org.leakscope.classifiers.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;

/**
 * Phone numbers through libphonenumber {@code findNumbers} with Leniency.VALID, once per configured
 * region, plus once with the unknown region so any +E.164 number is found. The value is E.164.
 * National JP numbers are accepted only with their trunk 0: Japanese never write a number without it,
 * while 10-digit reference numbers (基礎年金番号 1234-567890) parse as valid JP numbers once the 0 is
 * assumed.
 */
public final class PhoneDetector extends PatternDetector {

    private static final PhoneNumberUtil UTIL = PhoneNumbers.util();
    private final List<String> regions;

    public PhoneDetector(List<String> regions) {
        super("phone", "PHONE_NUMBER", List.of(),
                ContextWords.of("tel", "phone", "mobile", "cell", "fax", "call", "電話", "携帯", "連絡先", "contact", "ph"),
                ContextWords.of("passport", "routing", "旅券", "口座", "年金", "tracking", "order",
                        "invoice", "追跡", "dfars", "far", "cfr", "clause", "section", "§", "isbn", "part", "serial"));
        this.regions = List.copyOf(regions);
        this.minDigits = new int[this.regions.size()];
        this.trunk = new String[this.regions.size()];
        for (int i = 0; i < minDigits.length; i++) {
            minDigits[i] = minNationalLength(this.regions.get(i));
            String prefix = UTIL.getNddPrefixForRegion(this.regions.get(i), true);
            trunk[i] = prefix == null || prefix.isEmpty() || "1".equals(prefix) ? "" : prefix;
        }
    }

    /** Per configured region: the trunk prefix plausible() demands of a national number (JP "0"), or "". */
    private final String[] trunk;

    /** Per configured region: the fewest digits a valid number of its country code has (see {@link #candidates}). */
    private final int[] minDigits;

    /**
     * The shortest national significant number any region of {@code region}'s country code allows (JP 8, US 10),
     * from libphonenumber's own metadata; 0 (no pre-check) when a region lists no lengths.
     */
    static int minNationalLength(String region) {
        var source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        int min = Integer.MAX_VALUE;
        for (String r : UTIL.getRegionCodesForCountryCode(UTIL.getCountryCodeForRegion(region))) {
            Phonemetadata.PhoneMetadata md = source.getMetadataForRegion(r);
            if (md == null || md.getGeneralDesc().getPossibleLengthCount() == 0) {
                return 0;
            }
            for (int len : md.getGeneralDesc().getPossibleLengthList()) {
                min = Math.min(min, len);
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /** Spans that can hold a phone number: digits with the separators people write between them. */
    private static final Pattern DIGIT_SPAN = Pattern.compile("\\d[\\d ()\\-./]{4,}\\d");

    /** Characters around a span that libphonenumber looks at (a leading + or parenthesis, a letter next to it). */
    private static final int MARGIN = 3;

    /**
     * libphonenumber is run on the digit spans only, not over the whole text: most text holds no digits,
     * and scanning it once per region dominated the classifier's time.
     */
    @Override
    protected List<Hit> candidates(ScanText t) {
        String text = t.text();
        List<Hit> hits = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Matcher span = DIGIT_SPAN.matcher(text);
        while (span.find()) {
            int from = Math.max(0, span.start() - MARGIN);
            int to = Math.min(text.length(), span.end() + MARGIN);
            String window = text.substring(from, to);
            boolean plus = window.indexOf('+') >= 0 || window.indexOf('\uFF0B') >= 0;
            int digits = plus ? 0 : digits(window);
            List<String> all = new ArrayList<>(regions.size() + 1);
            for (int i = 0; i < regions.size(); i++) {
                // Without a plus sign only numbers of the region's own country code pass plausible(), and a valid
                // one has a national number of at least minDigits digits, all written in the window (the
                // extension, a country code or trunk prefix only add digits). A window with fewer digits cannot
                // hold one: skipping libphonenumber there saves its parse-and-validate of every candidate.
                // Such a number is also written with the region's trunk prefix where plausible() demands one
                // (JP 0): a window without a 0 holds no national JP number.
                if (plus || digits >= minDigits[i] && window.contains(trunk[i])) {
                    all.add(regions.get(i));
                }
            }
            if (plus) { // the international pass can only find numbers written with +
                all.add("ZZ");
            }
            for (String region : all) {
                for (PhoneNumberMatch m : UTIL.findNumbers(window, region, Leniency.VALID, Long.MAX_VALUE)) {
                    String raw = m.rawString();
                    if (!plausible(raw, region, m.number().getCountryCode())) {
                        continue;
                    }
                    int start = from + m.start();
                    int end = from + m.end();
                    if (seen.add(start + ":" + end + ":" + region)) {
                        hits.add(new Hit(start, end, UTIL.format(m.number(), PhoneNumberFormat.E164), 0.6, region));
                    }
                }
            }
        }
        return hits;
    }

    /** Decimal digits of any script: libphonenumber reads them all as digits. */
    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isDigit(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    private static boolean plausible(String raw, String region, int countryCode) {
        String s = raw.startsWith("(") ? raw.substring(1) : raw;
        if (s.startsWith("+")) {
            return true;
        }
        // 252.204-7012 is a clause number: people write a number with one kind of separator
        if (s.contains(".") && s.contains("-")) {
            return false;
        }
        if ("ZZ".equals(region)) {
            return false;
        }
        int cc = UTIL.getCountryCodeForRegion(region);
        if (cc != countryCode) {
            return false;
        }
        String prefix = UTIL.getNddPrefixForRegion(region, true);
        // regions with a trunk prefix other than NANP's 1 (JP 0, GB 0, DE 0) always write it nationally
        if (prefix != null && !prefix.isEmpty() && !"1".equals(prefix)) {
            return s.startsWith(prefix);
        }
        return true;
    }

    @Override
    protected int windowBefore() {
        return 30;
    }

    @Override
    protected double contextBoost() {
        return 0.3;
    }

    @Override
    protected String mask(String value) {
        return Masks.keepLast(value, 4);
    }
}
