package org.leakscope.classifiers.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.PatternDetector.Hit;

/**
 * National numbers of countries that are not configured phone regions (0152 11452376, 06 12 34 56 78,
 * 0412 345 678), read only under a phone label ({@code phone-hints} rule pack). A span is read as each listed
 * region reads it; of the regions where it is a valid number, the one the item points to (a word of the pack, a
 * +CC number of that country, an e-mail or web domain of its country code, an IBAN of that country) is taken,
 * else the one whose national format groups the digits as written. A number no region or several read so is
 * left out: a guessed country would put its owner under the wrong law.
 */
final class LabelledNationalNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumbers.util();
    private static final Pattern PLUS_CODE = Pattern.compile("(?<![\\w+])\\+ ?(\\d{1,3})");
    private static final Pattern DOMAIN = Pattern.compile("[@.][a-z0-9-]+\\.(?:(?:co|com|ac|or|ne|org|net|gov|edu)\\.)?([a-z]{2})\\b");
    private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2})\\d{2} ?[A-Z0-9]{4} ?\\d{4}");

    private final Map<String, List<String>> wordsByRegion;
    /** The regions whose numbers are read, in order (the pack's, less the configured phone regions). */
    private final List<String> regions;
    /** The regions of the words (all the pack's: a configured region's words point to it too). */
    private final List<String> pointable;
    /** The words of each region, one pattern (group n names pointable.get(n - 1)); null when no region has words. */
    private final Pattern words;

    LabelledNationalNumbers(Map<String, List<String>> wordsByRegion) {
        this(wordsByRegion, List.copyOf(wordsByRegion.keySet()));
    }

    private LabelledNationalNumbers(Map<String, List<String>> wordsByRegion, List<String> regions) {
        this.wordsByRegion = new LinkedHashMap<>(wordsByRegion);
        this.regions = List.copyOf(regions);
        this.pointable = List.copyOf(wordsByRegion.keySet());
        StringBuilder p = new StringBuilder();
        for (List<String> ws : wordsByRegion.values()) {
            p.append(p.length() == 0 ? "" : "|").append('(');
            for (int i = 0; i < ws.size(); i++) {
                p.append(i == 0 ? "" : "|").append(Pattern.quote(ws.get(i)));
            }
            p.append(ws.isEmpty() ? "(?!)" : "").append(')');
        }
        this.words = pointable.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d])(?:" + p + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** From the {@code phone-hints} rule pack: {@code regions} maps a region code to its words. */
    static LabelledNationalNumbers fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("phone-hints");
        Object table = pack.yaml().get("regions");
        Map<String, List<String>> byRegion = new LinkedHashMap<>();
        if (table == null) {
            return new LabelledNationalNumbers(byRegion);
        }
        if (!(table instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(pack.source() + ": regions must map a region code to its words");
        }
        Set<String> supported = UTIL.getSupportedRegions();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String region = String.valueOf(e.getKey());
            if (!supported.contains(region)) {
                throw new IllegalArgumentException(pack.source() + ": regions: unknown region " + region);
            }
            byRegion.put(region, e.getValue() == null ? List.of()
                    : ClassifierConfig.stringList(e.getValue(), pack.source() + ": regions." + region));
        }
        return new LabelledNationalNumbers(byRegion);
    }

    /**
     * These numbers less {@code configured}'s regions (a configured region's pass reads its numbers everywhere);
     * their words still point to them.
     */
    LabelledNationalNumbers without(List<String> configured) {
        List<String> rest = new ArrayList<>(regions);
        rest.removeAll(configured);
        return new LabelledNationalNumbers(wordsByRegion, rest);
    }

    /**
     * Whether an item that points to {@code pointed} points away from {@code region}: to a region whose numbers
     * are read here and not to {@code region} ("Dublin" and no "Japan" for a number JP reads too).
     */
    boolean pointsAwayFrom(Set<String> pointed, String region) {
        return !pointed.contains(region) && pointed.stream().anyMatch(regions::contains);
    }

    boolean isEmpty() {
        return regions.isEmpty();
    }

    /** The regions {@code text} points to (see the class comment): its words' regions, +CC, domains, IBANs. */
    Set<String> pointedTo(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (words != null) {
            Matcher m = words.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.start(g) >= 0) {
                        found.add(pointable.get(g - 1));
                        break;
                    }
                }
            }
        }
        Matcher plus = PLUS_CODE.matcher(text);
        while (plus.find()) {
            String digits = plus.group(1);
            // country codes are prefix-free: the first prefix that is one is the code
            for (int n = 1; n <= digits.length(); n++) {
                String r = UTIL.getRegionCodeForCountryCode(Integer.parseInt(digits.substring(0, n)));
                if (!"ZZ".equals(r)) {
                    found.add(r);
                    break;
                }
            }
        }
        Matcher d = DOMAIN.matcher(text.toLowerCase(Locale.ROOT));
        while (d.find()) {
            found.add(d.group(1).toUpperCase(Locale.ROOT));
        }
        Matcher iban = IBAN.matcher(text);
        while (iban.find()) {
            found.add(iban.group(1));
        }
        return found;
    }

    /**
     * The national number of a listed region that the window [from, from + window.length()) of a labelled span
     * holds, as a hit (value E.164, score {@code score}, rule the region), or null. {@code pointed}: the regions
     * the item points to.
     */
    Hit read(String window, int from, Set<String> pointed, double score) {
        List<String> valid = new ArrayList<>(2);
        List<PhoneNumberMatch> matches = new ArrayList<>(2);
        for (String region : regions) {
            for (PhoneNumberMatch m : UTIL.findNumbers(window, region, Leniency.VALID, Long.MAX_VALUE)) {
                if (PhoneDetector.plausible(m.rawString(), region, m.number().getCountryCode())
                        && !m.rawString().startsWith("+")) {
                    valid.add(region);
                    matches.add(m);
                    break;
                }
            }
        }
        int pick = choose(valid, matches, pointed);
        if (pick < 0) {
            return null;
        }
        PhoneNumberMatch m = matches.get(pick);
        return new Hit(from + m.start(), from + m.end(), UTIL.format(m.number(), PhoneNumberFormat.E164), score,
                valid.get(pick));
    }

    /** The index of the region taken (see the class comment), or -1. */
    private static int choose(List<String> valid, List<PhoneNumberMatch> matches, Set<String> pointed) {
        int byPointer = -1;
        int pointers = 0;
        for (int i = 0; i < valid.size(); i++) {
            if (pointed.contains(valid.get(i))) {
                pointers++;
                byPointer = i;
            }
        }
        if (pointers == 1) {
            return byPointer;
        }
        int byGrouping = -1;
        int groupings = 0;
        for (int i = 0; i < valid.size(); i++) {
            // where several regions the item points to read it, their grouping decides among them alone
            if ((pointers == 0 || pointed.contains(valid.get(i))) && writtenAsNational(matches.get(i))) {
                groupings++;
                byGrouping = i;
            }
        }
        return groupings == 1 ? byGrouping : -1;
    }

    /** Whether the digits are grouped as the region's national format groups them (06 12 34 56 78 in France). */
    static boolean writtenAsNational(PhoneNumberMatch m) {
        return groups(m.rawString()).equals(groups(UTIL.format(m.number(), PhoneNumberFormat.NATIONAL)));
    }

    /** Whether {@code raw} (a number read as {@code number}) is grouped as its region's national format. */
    static boolean writtenAsNational(String raw, PhoneNumber number) {
        return groups(raw).equals(groups(UTIL.format(number, PhoneNumberFormat.NATIONAL)));
    }

    /** The lengths of the digit runs, e.g. "3-4-4". */
    static String groups(String s) {
        StringBuilder b = new StringBuilder();
        int run = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && Character.isDigit(s.charAt(i))) {
                run++;
            } else if (run > 0) {
                b.append(b.length() == 0 ? "" : "-").append(run);
                run = 0;
            }
        }
        return b.toString();
    }
}
