package org.leakscope.classifiers.resolve;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a person likely lives, from a phone's country or an address's shape (ISO 3166 / 3166-2). */
final class Jurisdictions {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Memo<String> PHONE_REGIONS = new Memo<>(Jurisdictions::parseRegion, 1 << 17);
    private static final Memo<String> ADDRESS_REGIONS = new Memo<>(Jurisdictions::regionOfAddress, 1 << 17);
    private static final Pattern JP_PREF = Pattern.compile("(北海道|東京都|京都府|大阪府|[\\p{IsHan}]{2,3}県)");
    private static final Pattern US_STATE = Pattern.compile(
            ",\\s*([A-Z]{2}),?\\s+\\d{5}(?:-\\d{4})?(?:,?\\s*(?:USA|U\\.S\\.A\\.|United States))?\\s*$");
    // a state and ZIP without the comma before them, as forms and labels write it: "Ann Arbor MI 48118"
    private static final Pattern US_STATE_NO_COMMA = Pattern.compile(
            "[ \\t]([A-Z]{2})[ \\t]+\\d{5}(?:-\\d{4})?(?:,?\\s*(?:USA|U\\.S\\.A\\.|United States))?\\s*$");
    private static final java.util.Set<String> US_STATES = java.util.Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT",
            "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS",
            "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
            "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");
    private static final Pattern CA_POSTCODE = Pattern.compile(
            "\\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),?\\s+[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d\\b");
    private static final Pattern AU_POSTCODE = Pattern.compile("\\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT),?\\s+\\d{4}\\s*$");
    private static final Pattern UK_POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\s*$");
    // four digits and two letters, then the town (never SA, SD or SS): 3511 AR Utrecht
    private static final Pattern NL_POSTCODE = Pattern.compile("\\b[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2},?[ \\t]+\\p{Lu}");
    private static final Pattern AT_CH = Pattern.compile("\\b(A|CH)-\\d{4}[ \\t]+\\p{Lu}");
    private static final Pattern PL_POSTCODE = Pattern.compile("\\b\\d{2}-\\d{3}[ \\t]+\\p{Lu}");
    private static final Pattern PT_POSTCODE = Pattern.compile("\\b\\d{4}-\\d{3}[ \\t]+\\p{Lu}");
    private static final Pattern SE = Pattern.compile(
            "(?is)(?:gatan|vägen|gränd|torget|stigen|backen|allén|leden)\\b.*\\b\\d{3} ?\\d{2}[ \\t]+\\p{Lu}");
    private static final Pattern ES = Pattern.compile(
            "(?is)(?:\\b(?:calle|avenida|avda\\.|paseo|plaza|carrer|camino|ronda|gran vía)\\b|\\bC/).*\\b\\d{5}\\b");
    private static final Pattern IT = Pattern.compile(
            "(?is)\\b(?:via|viale|piazza|piazzale|corso|largo|vicolo)\\b.*\\b\\d{5}\\b");
    private static final Pattern IE_EIRCODE = Pattern.compile("\\b(?:[AC-FHKNPRTV-Y]\\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}\\b");
    private static final Pattern DE = Pattern.compile("(?i)(straße|strasse|str\\.|weg|platz|allee)\\s+\\d");
    private static final Pattern DE_PREPOSITION = Pattern.compile(
            "(?s)^(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Unter den|Zum|Zur) \\p{Lu}.*\\b\\d{5}[ \\t]+\\p{Lu}");
    private static final Pattern FR = Pattern.compile("(?is)\\b(rue|avenue|boulevard|chemin|allée|quai)\\b.*\\b\\d{5}\\b");

    private Jurisdictions() {
    }

    /** Region of an E.164 number (+81… → JP, +1… → US or CA), or null. */
    static String ofPhone(String e164) {
        String region = e164 == null ? null : onlyRegionOfCallingCode(e164);
        return region != null ? region : PHONE_REGIONS.get(e164);
    }

    /**
     * The region of a well-formed E.164 string ("+" and 7 to 15 digits) whose country calling code belongs to
     * exactly one region: libphonenumber's getRegionCodeForNumber answers that region without validating the
     * number, so the parse (the most costly step of resolving a dense roster, a new number on every row) is
     * skipped. Null when the parse must decide: several regions share the code (+1, +7, +44 …), a
     * non-geographic code (001), or an unusual shape.
     */
    static String onlyRegionOfCallingCode(String e164) {
        int cc = callingCodeLength(e164);
        if (cc == 0) {
            return null;
        }
        List<String> regions = UTIL.getRegionCodesForCountryCode(Integer.parseInt(e164, 1, 1 + cc, 10));
        return regions.size() == 1 && !"001".equals(regions.get(0)) ? regions.get(0) : null;
    }

    /**
     * The length of the calling code of a well-formed E.164 string ("+" and 7 to 15 digits, no leading 0), or 0.
     * Calling codes are prefix-free: the first prefix that is one is the number's (as libphonenumber reads it).
     */
    private static int callingCodeLength(String e164) {
        int n = e164.length();
        if (n < 8 || n > 16 || e164.charAt(0) != '+' || e164.charAt(1) == '0') {
            return 0;
        }
        for (int i = 1; i < n; i++) {
            char c = e164.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
        }
        for (int len = 1; len <= 3; len++) {
            if (!UTIL.getRegionCodesForCountryCode(Integer.parseInt(e164, 1, 1 + len, 10)).isEmpty()) {
                return len;
            }
        }
        return 0;
    }

    /**
     * The region libphonenumber gives the number. A well-formed E.164 string whose national number does not start
     * with 0 (as every number the phone detector writes) is taken apart directly instead of parsed: the parse was
     * half the cost of a +1 or +44 number's region, the costliest step left in resolving a dense roster.
     */
    static String parseRegion(String e164) {
        int cc = callingCodeLength(e164);
        PhoneNumber number;
        if (cc > 0 && e164.charAt(1 + cc) != '0') {
            number = new PhoneNumber().setCountryCode(Integer.parseInt(e164, 1, 1 + cc, 10))
                    .setNationalNumber(Long.parseLong(e164, 1 + cc, e164.length(), 10));
        } else {
            try {
                number = UTIL.parse(e164, "ZZ");
            } catch (NumberParseException e) {
                return null;
            }
        }
        String r = UTIL.getRegionCodeForNumber(number);
        return r == null || "ZZ".equals(r) || "001".equals(r) ? null : r;
    }

    /** The region of {@code e164} as libphonenumber's parse reads it (the reference of {@link #parseRegion}). */
    static String parsedRegion(String e164) {
        try {
            String r = UTIL.getRegionCodeForNumber(UTIL.parse(e164, "ZZ"));
            return r == null || "ZZ".equals(r) || "001".equals(r) ? null : r;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** Region of a postal address, or null when its shape says nothing. */
    static String ofAddress(String address) {
        return address == null ? null : ADDRESS_REGIONS.get(address);
    }

    /**
     * The country (a US address: its state) that the address's own shape names: its postal code's form, a state or
     * province before it, the street words of its language. The address detector's rules read these shapes; an
     * address read but placed nowhere left its owner without a jurisdiction and so without a notification rule.
     */
    private static String regionOfAddress(String address) {
        if (JP_PREF.matcher(address).find() && address.codePoints().anyMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return "JP";
        }
        Matcher m = US_STATE.matcher(address);
        if (m.find()) {
            return "US-" + m.group(1);
        }
        m = US_STATE_NO_COMMA.matcher(address);
        if (m.find() && US_STATES.contains(m.group(1))) {
            return "US-" + m.group(1);
        }
        if (CA_POSTCODE.matcher(address).find()) {
            return "CA";
        }
        if (AU_POSTCODE.matcher(address).find()) {
            return "AU";
        }
        if (UK_POSTCODE.matcher(address).find()) {
            return "GB";
        }
        if (NL_POSTCODE.matcher(address).find()) {
            return "NL";
        }
        m = AT_CH.matcher(address);
        if (m.find()) {
            return "A".equals(m.group(1)) ? "AT" : "CH";
        }
        if (PL_POSTCODE.matcher(address).find()) {
            return "PL";
        }
        if (PT_POSTCODE.matcher(address).find()) {
            return "PT";
        }
        if (SE.matcher(address).find()) {
            return "SE";
        }
        if (ES.matcher(address).find()) {
            return "ES";
        }
        if (IT.matcher(address).find()) {
            return "IT";
        }
        if (DE.matcher(address).find() || DE_PREPOSITION.matcher(address).find()) {
            return "DE";
        }
        if (FR.matcher(address).find()) {
            return "FR";
        }
        if (IE_EIRCODE.matcher(address).find()) {
            return "IE";
        }
        return null;
    }
}
