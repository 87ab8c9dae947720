package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * MatcherRules spells out private rules of libphonenumber's PhoneNumberMatcher; the phone pre-checks are exact
 * only while they agree. Read the library's own (by reflection) and compare, so an upgrade that changes one
 * fails here instead of silently dropping phone numbers.
 */
class MatcherRulesTest {

    private static final Class<?> MATCHER = load("com.google.i18n.phonenumbers.PhoneNumberMatcher");

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Object field(Class<?> owner, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }

    private static String regex(String name) throws ReflectiveOperationException {
        return ((Pattern) field(MATCHER, name)).pattern();
    }

    @Test
    void patternsAreTheLibrarysOwn() throws ReflectiveOperationException {
        assertEquals(regex("PUB_PAGES"), MatcherRules.PUB_PAGES.pattern());
        assertEquals(regex("SLASH_SEPARATED_DATES"), MatcherRules.SLASH_SEPARATED_DATES.pattern());
        assertEquals(regex("TIME_STAMPS"), MatcherRules.TIME_STAMPS.pattern());
        assertEquals(regex("TIME_STAMPS_SUFFIX"), MatcherRules.TIME_STAMPS_SUFFIX.pattern());
        assertEquals(regex("MATCHING_BRACKETS"), MatcherRules.MATCHING_BRACKETS.pattern());
    }

    @Test
    void punctuationIsTheLibrarysOwn() throws ReflectiveOperationException {
        // the library writes its set as the inside of a character class (ranges, escapes); ours is the list
        Pattern library = Pattern.compile("[" + field(PhoneNumberUtil.class, "VALID_PUNCTUATION") + "]");
        for (int c = 0; c < 65536; c++) {
            String ch = String.valueOf((char) c);
            assertEquals(library.matcher(ch).matches(), MatcherRules.PUNCTUATION.contains(ch), "char U+" + Integer.toHexString(c));
        }
    }

    @Test
    void badNeighboursAreTheLibrarysOwn() throws ReflectiveOperationException {
        Method latin = MATCHER.getDeclaredMethod("isLatinLetter", char.class);
        latin.setAccessible(true);
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            boolean library = ch == '%' || Character.getType(ch) == Character.CURRENCY_SYMBOL
                    || (boolean) latin.invoke(null, ch);
            assertEquals(library, MatcherRules.badNeighbour(ch), "char U+" + Integer.toHexString(c));
        }
    }
}
