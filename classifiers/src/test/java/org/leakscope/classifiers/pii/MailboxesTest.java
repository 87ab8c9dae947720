package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link LatinNameDetector#mailboxes}: the item's mailboxes that may spell a name, found from each '@' backwards. */
class MailboxesTest {

    /** The regex the scan replaced (too slow: tried at every letter), the reference for the local parts it gives. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\w.%+-])([A-Za-z][A-Za-z._-]{2,40}?)\\d{0,4}@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}");

    private static Set<String> reference(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            out.add(m.group(1).replaceAll("[._-]", "").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Test
    void localPartsWithoutSeparatorsAndTrailingDigits() {
        assertEquals(Set.of("biancafairbanks", "jsmith"),
                LatinNameDetector.mailboxes("Bianca <bianca.fairbanks@corp.example.com>, j_smith42@ex.co.uk"));
        assertEquals(Set.of(), LatinNameDetector.mailboxes("no address here"));
    }

    @Test
    void notAMailboxThatSpellsAName() {
        // five digits, a digit inside, too short, no top-level domain, a plus tag, a leading digit
        assertEquals(Set.of(), LatinNameDetector.mailboxes(
                "ann12345@x.com jo2hn@x.com ab@x.com anna@localhost john+tag@x.com 1anna@x.com"));
    }

    @Test
    void agreesWithTheRegexOnRandomAddresses() {
        Random rnd = new Random(7);
        String alphabet = "abcXYZ019._%+-";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int tokens = 1 + rnd.nextInt(4);
            for (int t = 0; t < tokens; t++) {
                // one '@' a token, as running text has them (the scan and the regex differ only where one address's
                // domain runs into a second '@')
                for (int i = rnd.nextInt(14); i > 0; i--) {
                    text.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                text.append('@');
                for (int i = rnd.nextInt(10); i > 0; i--) {
                    text.append("ab.c-1_".charAt(rnd.nextInt(7)));
                }
                text.append(rnd.nextBoolean() ? ".com" : "").append(' ');
            }
            String s = text.toString();
            assertEquals(reference(s), LatinNameDetector.mailboxes(s), s);
        }
    }

    @Test
    void aNameIsSpelledByItsMailboxInEitherOrder() {
        Set<String> boxes = LatinNameDetector.mailboxes("fairbanks.bianca@corp.example.com");
        assertTrue(LatinNameDetector.spelledByMailbox("Bianca Fairbanks", boxes));
        assertFalse(LatinNameDetector.spelledByMailbox("Bianca Fair", boxes));
        assertFalse(LatinNameDetector.spelledByMailbox("Bianca", boxes));
    }
}
