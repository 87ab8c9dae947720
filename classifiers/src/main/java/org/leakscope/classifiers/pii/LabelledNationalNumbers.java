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
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.PatternDetector.Hit;
import org.leakscope.classifiers.detect.WordsByFirstChar;

/**
 * National numbers of countries that are not configured phone regions (0152 11452376, 06 12 34 56 78,
 * 0412 345 678), read only under a phone label ({@code phone-hints} rule pack). A span is read as each listed
 * region reads it; of the regions where it is a valid number, the one the item points to (a word of the pack, a
 * +CC number of that country, an e-mail or web domain of its country code, an IBAN of that country) is taken,
 * else the one whose national format groups the digits as written, else (several or none grouping them so) the one
 * that reads it as a mobile: a phone under a label in a message is a person's, most often a mobile. A number no
 * region or several read so is left out: a guessed country would put its owner under the wrong law. A region whose
 * trunk prefix the number needs must dial it so (0151 34748021 is no Chinese mobile, written 151 3474 8021 there).
 */
final class LabelledNationalNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumbers.util();
    private static final Pattern PLUS_CODE = Pattern.compile("(?<![\\w+])\\+ ?(\\d{1,3})");
    /** ASCII letters of either case: the text is not lower-cased for it (a domain is written in either). */
    private static final Pattern DOMAIN = Pattern.compile("[@.][a-z0-9-]+\\.(?:(?:co|com|ac|or|ne|org|net|gov|edu)\\.)?([a-z]{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2})\\d{2} ?[A-Z0-9]{4} ?\\d{4}");

    private final Map<String, List<String>> wordsByRegion;
    /** The regions whose numbers are read, in order (the pack's, less the configured phone regions). */
    private final List<String> regions;
    /** The region of each word, lower-cased (a phrase's words apart by one blank: "new zealand"). */
    private final Map<String, String> regionOfWord = new java.util.HashMap<>();
    /** The most words of a phrase. */
    private final int longestPhrase;
    /** The first words of each phrase of two words or more ("new", "new south"), as regionOfWord's keys are written. */
    private final Set<String> phraseStarts = new java.util.HashSet<>();
    /** Words in a script written without spaces (ドイツ, 香港): looked for anywhere in the text, with their region. */
    private final Map<String, String> regionOfCjkWord = new LinkedHashMap<>();
    /** The longest word of a phrase: a longer run of letters is no word of the pack (a sentence of kanji). */
    private final int longestWord;
    /** regionOfWord's one-word keys and phraseStarts' one-word entries, looked up from a run's characters. */
    private final CharArrayMap<String> regionOfOneWord;
    private final CharArraySet oneWordPhraseStarts;
    /** regionOfCjkWord's keys by first character. */
    private final WordsByFirstChar cjkWords;

    LabelledNationalNumbers(Map<String, List<String>> wordsByRegion) {
        this(wordsByRegion, List.copyOf(wordsByRegion.keySet()));
    }

    private LabelledNationalNumbers(Map<String, List<String>> wordsByRegion, List<String> regions) {
        this.wordsByRegion = new LinkedHashMap<>(wordsByRegion);
        this.regions = List.copyOf(regions);
        int longest = 0;
        int longestToken = 0;
        for (Map.Entry<String, List<String>> e : wordsByRegion.entrySet()) {
            for (String w : e.getValue()) {
                if (w.codePoints().anyMatch(LabelledNationalNumbers::unspaced)) {
                    regionOfCjkWord.putIfAbsent(w, e.getKey());
                    continue;
                }
                List<String> tokens = tokens(w);
                regionOfWord.putIfAbsent(String.join(" ", tokens), e.getKey());
                for (int k = 1; k < tokens.size(); k++) {
                    phraseStarts.add(String.join(" ", tokens.subList(0, k)));
                }
                longest = Math.max(longest, tokens.size());
                for (String t : tokens) {
                    longestToken = Math.max(longestToken, t.length());
                }
            }
        }
        this.longestPhrase = longest;
        this.longestWord = longestToken;
        regionOfOneWord = new CharArrayMap<>(regionOfWord.size(), false);
        regionOfWord.forEach((k, v) -> {
            if (k.indexOf(' ') < 0) {
                regionOfOneWord.put(k, v);
            }
        });
        oneWordPhraseStarts = new CharArraySet(phraseStarts.size(), false);
        phraseStarts.stream().filter(k -> k.indexOf(' ') < 0).forEach(oneWordPhraseStarts::add);
        cjkWords = new WordsByFirstChar(regionOfCjkWord.keySet());
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
        if (longestPhrase > 0) {
            wordsPointedTo(text, found);
        }
        cjkWordsPointedTo(text, found);
        // each regex tried only where its match can begin: a '+', two capitals before two digits (their look-arounds
        // had been asked at every position of the item)
        Matcher plus = PLUS_CODE.matcher(text).useTransparentBounds(true);
        for (int at = text.indexOf('+'), next; at >= 0; at = text.indexOf('+', next)) {
            next = at + 1;
            if (!plus.region(at, text.length()).lookingAt()) {
                continue;
            }
            next = plus.end();
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
        // where Matcher.find would look, without lower-casing the whole item first: a match starts at '@' or '.'
        Matcher d = DOMAIN.matcher(text).useTransparentBounds(true);
        for (int at = 0; at + 1 < text.length(); at++) {
            char c = text.charAt(at);
            if ((c == '@' || c == '.') && d.region(at, text.length()).lookingAt()) {
                found.add(d.group(1).toUpperCase(Locale.ROOT));
                at = d.end() - 1;
            }
        }
        Matcher iban = IBAN.matcher(text).useTransparentBounds(true);
        for (int at = 0; at + 4 <= text.length(); at++) {
            if (capital(text.charAt(at)) && capital(text.charAt(at + 1)) && digit(text.charAt(at + 2))
                    && digit(text.charAt(at + 3)) && iban.region(at, text.length()).lookingAt()) {
                found.add(iban.group(1));
                at = iban.end() - 1;
            }
        }
        return found;
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The most digits of a number (E.164: 15): a longer span may hold two, and is searched as findNumbers does. */
    private static final int MAX_DIGITS = 15;

    /**
     * The national number of a region read here that the labelled span text[start, end) holds, as a hit (value
     * E.164, score {@code score}, rule the region), or null. A span of more digits than a number has is searched
     * in its window [from, to). {@code pointed}: the regions the item points to, asked only when some region
     * reads the span.
     */
    Hit read(String text, int start, int end, int from, int to, java.util.function.Supplier<Set<String>> pointed,
             double score) {
        String raw = text.substring(start, end);
        int digits = 0;
        for (int i = 0; i < raw.length(); i++) {
            digits += Character.isDigit(raw.charAt(i)) ? 1 : 0;
        }
        List<String> valid = new ArrayList<>(2);
        List<Reading> readings = new ArrayList<>(2);
        for (String region : regions) {
            Reading r = digits <= MAX_DIGITS ? parsed(raw, start, region) : found(text.substring(from, to), from, region);
            if (r != null) {
                valid.add(region);
                readings.add(r);
            }
        }
        if (valid.isEmpty()) {
            return null;
        }
        int pick = choose(valid, readings, pointed.get());
        if (pick < 0) {
            return null;
        }
        Reading r = readings.get(pick);
        return new Hit(r.start(), r.end(), UTIL.format(r.number(), PhoneNumberFormat.E164), score, valid.get(pick));
    }

    /** A region's reading of a span: where the number is written, as written, and the number. */
    private record Reading(int start, int end, String raw, PhoneNumber number) {
    }

    /** {@code raw} (at {@code start}) read whole as a national number of {@code region}, or null. */
    private static Reading parsed(String raw, int start, String region) {
        // a region with a trunk prefix (0) always writes it nationally (PhoneDetector.plausible): most regions are
        // settled by the first digit
        String prefix = UTIL.getNddPrefixForRegion(region, true);
        if (prefix != null && !prefix.isEmpty() && !"1".equals(prefix) && !raw.startsWith(prefix)) {
            return null;
        }
        try {
            PhoneNumber n = UTIL.parse(raw, region);
            return n.getCountryCode() == UTIL.getCountryCodeForRegion(region) && UTIL.isValidNumber(n)
                    && PhoneDetector.plausible(raw, region, n.getCountryCode()) && dialledWithTrunk(n, prefix)
                    ? new Reading(start, start + raw.length(), raw, n) : null;
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return null;
        }
    }

    /**
     * Whether a number read with the region's trunk prefix is one its country dials with it: a Chinese mobile is
     * written 151 3474 8021, so "0151 / 34748021" is no Chinese number though CN's parser drops the 0 and reads one.
     */
    private static boolean dialledWithTrunk(PhoneNumber n, String prefix) {
        if (prefix == null || prefix.isEmpty() || "1".equals(prefix)) {
            return true;
        }
        return org.leakscope.classifiers.validate.Digits.only(UTIL.format(n, PhoneNumberFormat.NATIONAL)).startsWith(prefix);
    }

    /** The first national number of {@code region} that findNumbers finds in a window at {@code from}, or null. */
    private static Reading found(String window, int from, String region) {
        for (PhoneNumberMatch m : UTIL.findNumbers(window, region, Leniency.VALID, Long.MAX_VALUE)) {
            if (!m.rawString().startsWith("+") && PhoneDetector.plausible(m.rawString(), region, m.number().getCountryCode())) {
                return new Reading(from + m.start(), from + m.end(), m.rawString(), m.number());
            }
        }
        return null;
    }

    /** The index of the region taken (see the class comment), or -1. */
    private static int choose(List<String> valid, List<Reading> readings, Set<String> pointed) {
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
        List<Integer> grouped = new ArrayList<>(2);
        List<Integer> candidates = new ArrayList<>(valid.size());
        for (int i = 0; i < valid.size(); i++) {
            // where several regions the item points to read it, their grouping decides among them alone
            if (pointers == 0 || pointed.contains(valid.get(i))) {
                candidates.add(i);
                if (writtenAsNational(readings.get(i).raw(), readings.get(i).number())) {
                    grouped.add(i);
                }
            }
        }
        if (grouped.size() == 1) {
            return grouped.get(0);
        }
        // several or none grouped so: the one that reads it as a mobile, a person's number ("0412 345 678" is an
        // Australian mobile and a Dutch landline; "0152-605 13466" a German mobile and a Vienna landline)
        return onlyMobile(grouped.isEmpty() ? candidates : grouped, readings);
    }

    /** Of {@code among}, the one index whose reading is a mobile number, or -1 (none or several). */
    private static int onlyMobile(List<Integer> among, List<Reading> readings) {
        int mobile = -1;
        for (int i : among) {
            if (UTIL.getNumberType(readings.get(i).number()) == PhoneNumberUtil.PhoneNumberType.MOBILE) {
                if (mobile >= 0) {
                    return -1;
                }
                mobile = i;
            }
        }
        return mobile;
    }

    /** Whether {@code raw} (a number read as {@code number}) is grouped as its region's national format. */
    static boolean writtenAsNational(String raw, PhoneNumber number) {
        return groups(raw).equals(groups(UTIL.format(number, PhoneNumberFormat.NATIONAL)));
    }

    /** Kana and kanji: scripts whose words stand without spaces between them. */
    private static boolean unspaced(int c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.KATAKANA
                || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.HANGUL;
    }

    /**
     * The regions of the pack's words and phrases in {@code text}, added in the text's order: {@link #tokens}'s runs
     * of letters, each looked up from its characters (an item's every word had been cut out and lower-cased).
     */
    private void wordsPointedTo(String text, Set<String> found) {
        char[] lower = new char[longestWord];
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            if (end - i <= longestWord) {
                String word = null;
                boolean phraseStart;
                if (asciiLower(text, i, end, lower)) {
                    String region = regionOfOneWord.get(lower, 0, end - i);
                    if (region != null) {
                        found.add(region);
                    }
                    phraseStart = oneWordPhraseStarts.contains(lower, 0, end - i);
                } else {
                    word = text.substring(i, end).toLowerCase(Locale.ROOT);
                    String region = regionOfWord.get(word);
                    if (region != null) {
                        found.add(region);
                    }
                    phraseStart = phraseStarts.contains(word);
                }
                if (phraseStart) {
                    // the phrases that start here, each only while the words before it begin a phrase
                    String phrase = word != null ? word : text.substring(i, end).toLowerCase(Locale.ROOT);
                    int from = end;
                    for (int k = 2; k <= longestPhrase && phraseStarts.contains(phrase); k++) {
                        int s = from;
                        while (s < n && !Character.isLetter(text.charAt(s))) {
                            s++;
                        }
                        if (s == n) {
                            break;
                        }
                        from = runEnd(text, s);
                        phrase = phrase + " " + text.substring(s, from).toLowerCase(Locale.ROOT);
                        String region = regionOfWord.get(phrase);
                        if (region != null) {
                            found.add(region);
                        }
                    }
                }
            }
            i = end;
        }
    }

    private static int runEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** s[from, to) lower-cased into {@code into} when it is ASCII (as {@code toLowerCase(Locale.ROOT)} would). */
    private static boolean asciiLower(String s, int from, int to, char[] into) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            into[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return true;
    }

    /** The regions of the CJK words anywhere in {@code text}, in the pack's order; one pass over the text. */
    private void cjkWordsPointedTo(String text, Set<String> found) {
        if (regionOfCjkWord.isEmpty()) {
            return;
        }
        Set<String> in = new java.util.HashSet<>();
        char lowest = cjkWords.lowestFirst();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= lowest) {
                for (String w : cjkWords.startingWith(c)) {
                    if (text.startsWith(w, i)) {
                        in.add(w);
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : regionOfCjkWord.entrySet()) {
            if (in.contains(e.getKey())) {
                found.add(e.getValue());
            }
        }
    }

    /** The runs of letters of {@code s}, lower-cased: how a word of the pack and the text are compared. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < s.length(); ) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            out.add(s.substring(i, end).toLowerCase(Locale.ROOT));
            i = end;
        }
        return out;
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
