package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leakscope.classifiers.MixedCorpus;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * The pre-check ({@link PhonePasses}) only skips findNumbers calls that would find nothing kept: the detector
 * finds the same numbers at the same places as every pass (each region and "ZZ") run over every digit span.
 */
class PhonePassesEquivalenceTest {

    private static final PhoneNumberUtil UTIL = PhoneNumbers.util();

    /** start:end:E.164 of every plausible number, with no pre-check at all (the detector before its speed-up). */
    private static Set<String> everyPass(String text, List<String> regions) {
        Set<String> out = new TreeSet<>();
        List<String> all = new ArrayList<>(regions);
        all.add("ZZ");
        Matcher span = PhoneDetector.DIGIT_SPAN.matcher(text);
        while (span.find()) {
            int from = Math.max(0, span.start() - PhoneDetector.MARGIN);
            String window = text.substring(from, Math.min(text.length(), span.end() + PhoneDetector.MARGIN));
            for (String region : all) {
                for (PhoneNumberMatch m : UTIL.findNumbers(window, region, Leniency.VALID, Long.MAX_VALUE)) {
                    if (PhoneDetector.plausible(m.rawString(), region, m.number().getCountryCode())) {
                        out.add((from + m.start()) + ":" + (from + m.end()) + ":"
                                + UTIL.format(m.number(), PhoneNumberFormat.E164));
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> detected(ScanText t, List<String> regions) {
        Set<String> out = new TreeSet<>();
        // the passes against findNumbers over the configured regions; UK numbers found apart are not theirs
        // nor are numbers dialled with 00 for the plus, which findNumbers with these regions does not read
        new PhoneDetector(regions, false, Set.of()).candidates(t).stream()
                .filter(h -> !(PhonePasses.INTERNATIONAL.equals(h.rule()) && t.text().startsWith("00", h.start())))
                .filter(h -> !PhoneDetector.NANP_SHAPE_RULE.equals(h.rule())) // nor numbers taken by their shape alone
                .filter(h -> !PhoneDetector.POSSIBLE_RULE.equals(h.rule())) // nor +CC numbers of unallocated ranges
                .forEach(h -> out.add(h.start() + ":" + h.end() + ":" + h.raw()));
        return out;
    }

    private static void assertSameNumbers(ScanText t, List<String> regions, String what) {
        Set<String> expected = everyPass(t.text(), regions);
        Set<String> actual = detected(t, regions);
        // only the differences, each with its line, so that a failure reads
        List<String> missed = new ArrayList<>();
        expected.stream().filter(e -> !actual.contains(e)).forEach(e -> missed.add(e + " in " + lineOf(t, e)));
        List<String> added = new ArrayList<>();
        actual.stream().filter(a -> !expected.contains(a)).forEach(a -> added.add(a + " in " + lineOf(t, a)));
        assertEquals(List.of(), missed, what + " with " + regions + ": missed");
        assertEquals(List.of(), added, what + " with " + regions + ": added");
        assertEquals(true, expected.size() > 0, what + ": numbers to compare");
    }

    private static String lineOf(ScanText t, String hit) {
        int at = Integer.parseInt(hit.substring(0, hit.indexOf(':')));
        int ls = t.text().lastIndexOf('\n', at) + 1;
        int le = t.text().indexOf('\n', at);
        return "\"" + t.text().substring(ls, le < 0 ? t.text().length() : le) + "\"";
    }

    @Test
    void generatedItems() {
        for (long seed = 1; seed <= 3; seed++) {
            assertSameNumbers(new ScanText(new MixedCorpus(seed).mixedItem(24 * 1024)), List.of("JP", "US"), "mixed " + seed);
            assertSameNumbers(new ScanText(new MixedCorpus(seed).rosterItem(12 * 1024)), List.of("JP", "US"), "roster " + seed);
        }
        assertSameNumbers(new ScanText(new MixedCorpus(7).mixedItem(24 * 1024)), List.of("GB", "DE", "JP"), "mixed 7");
    }

    /** Digit groups in the ways numbers and look-alikes are written, with a plus, brackets, letters around. */
    @ParameterizedTest
    @ValueSource(longs = {42, 7, 2026})
    void randomShapes(long seed) {
        Random rnd = new Random(seed);
        String[] seps = {"-", " ", ".", "/", "", "", " - ", ") ", "-", "ー", "－", " x", " ext. "};
        // international prefixes (010 in Japan, 011 in the US, 00 in Europe) with and without the region's own
        // country code: only the own one can give a number kept without a plus
        String[] leads = {"", "", "", "+", "(", "+(", "(+", "Tel ", "No.", "a", "#", "¥", "電話", "010", "010 81 ",
            "01081", "011 1 ", "0111-", "011 44 ", "00 44 ", "0049-", "010-1-"};
        String[] tails = {"", "", "", "x", "b", " ", ")", "%", "年", ":30", "d", "$", ":75"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            StringBuilder b = new StringBuilder(leads[rnd.nextInt(leads.length)]);
            int groups = 1 + rnd.nextInt(5);
            for (int g = 0; g < groups; g++) {
                if (g > 0) {
                    b.append(seps[rnd.nextInt(seps.length)]);
                }
                int len = 1 + rnd.nextInt(rnd.nextInt(3) == 0 ? 11 : 5);
                for (int k = 0; k < len; k++) {
                    // leading 0s, 1s (trunk, NANP 1, international prefix) more often than by chance
                    int d = k == 0 && rnd.nextInt(3) == 0 ? rnd.nextInt(2) : rnd.nextInt(10);
                    b.append((char) ('0' + d));
                }
            }
            b.append(tails[rnd.nextInt(tails.length)]);
            lines.add(b.toString());
        }
        for (int i = 0; i < 1500; i++) { // log time stamps, some with minutes libphonenumber does not take for any
            lines.add(String.format("%s%04d%s%02d%s%02d %02d:%02d%s", leads[rnd.nextInt(leads.length)],
                    1000 + rnd.nextInt(2000), rnd.nextBoolean() ? "-" : "/", rnd.nextInt(20), rnd.nextInt(4) == 0 ? "" : "-",
                    rnd.nextInt(40), rnd.nextInt(30), rnd.nextInt(100), tails[rnd.nextInt(tails.length)]));
        }
        // dialled from abroad with the international prefix: kept in the own region's pass, not in another's
        lines.addAll(List.of("010 81 3 3445 4104", "010-81-90-1234-5678", "01081334454104", "011 1 212 555 0199",
                "011-1-212-555-0199", "010 1 212 555 0199", "011 81 3 3445 4104", "00 44 20 7946 0958", "1977-01-06",
                "0100 1234"));
        List<TextUnit> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            units.add(TextUnit.line(i + 1, lines.get(i)));
        }
        ScanText t = new ScanText(units);
        assertSameNumbers(t, List.of("JP", "US"), "random shapes");
        assertSameNumbers(t, List.of("GB", "DE", "AR"), "random shapes");
    }
}
