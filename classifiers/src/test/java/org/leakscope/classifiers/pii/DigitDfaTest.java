package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digit automata say what libphonenumber's own regexes say, on the digit strings they are asked about. */
class DigitDfaTest {

    /** Every number type pattern of the region: the automaton of them all against the regex of them all. */
    @ParameterizedTest
    @ValueSource(strings = {"JP", "US", "GB", "DE", "AR", "FR", "IN", "BR"})
    void numberTypesAsTheirRegexes(String region) {
        PhoneMetadata md = PhoneNumbers.metadata(region);
        List<String> types = new ArrayList<>();
        for (PhoneNumberDesc d : List.of(md.getGeneralDesc(), md.getFixedLine(), md.getMobile(), md.getTollFree(),
                md.getPremiumRate(), md.getVoip(), md.getUan())) {
            if (d.hasNationalNumberPattern()) {
                types.add(d.getNationalNumberPattern());
            }
        }
        DigitDfa dfa = DigitDfa.of(DigitDfa.anyOf(types));
        Pattern regex = Pattern.compile(String.join("|", types.stream().map(t -> "(?:" + t + ")").toList()));
        Random rnd = new Random(region.hashCode());
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = digits(rnd, types, i);
            boolean expected = regex.matcher(s).matches();
            assertEquals(expected, dfa.accepts(s), region + " " + s);
            matched += expected ? 1 : 0;
        }
        assertEquals(true, matched > 1000, region + ": strings that match, to compare");
    }

    /** Random digits, most often led by a pattern's own first digits so that many match. */
    private static String digits(Random rnd, List<String> types, int i) {
        StringBuilder b = new StringBuilder();
        if (i % 2 == 0) {
            String t = types.get(rnd.nextInt(types.size()));
            for (int k = 0; k < t.length() && b.length() < 3; k++) {
                if (Character.isDigit(t.charAt(k)) && (k == 0 || t.charAt(k - 1) != '{' && t.charAt(k - 1) != ',')) {
                    b.append(t.charAt(k));
                }
            }
        }
        int len = rnd.nextInt(15);
        while (b.length() < len) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }

    @Test
    void emptyAutomatonAcceptsNothing() {
        DigitDfa none = DigitDfa.of(DigitDfa.anyOf(List.of("1{2}3", "4")));
        assertEquals(true, none.accepts("113"));
        assertEquals(true, none.accepts("4"));
        assertEquals(false, none.accepts(""));
        assertEquals(false, none.accepts("1134"));
    }

    /** What the automaton could read otherwise than java.util.regex: the caller keeps the regex. */
    @ParameterizedTest
    @ValueSource(strings = {"^1\\d{3}", "1\\d{3}$", "(?=1)\\d{4}", "\\d++1", "1\\d?+2", "\\w{3}", "1.3", "(?i)12"})
    void noAutomatonWhereItMayDiffer(String regex) {
        assertNull(DigitDfa.ofRegex(regex));
    }
}
