package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;

/**
 * RegexSyntax finds the characters a single-character atom accepts with one scan over every BMP character;
 * it must give exactly what trying each character alone gives, or decline.
 */
class AtomScanTest {

    private static final List<String> ATOMS = List.of(".", "[^a]", "\\w", "\\W", "\\s", "\\S", "\\d", "\\D", "\\h",
            "\\v", "\\p{IsHan}", "\\p{L}", "\\P{L}", "\\p{InHiragana}", "[\\p{IsKatakana}ー]", "[a-z&&[^aeiou]]", "k",
            "ß", "İ", "[０-９]", "\\p{Punct}", "\\p{javaLowerCase}", "[\\x{3000}\\t ]", "\\u2010", "[^\\n]", "\\N{SPACE}");

    private static final List<Integer> FLAGS = List.of(0, Pattern.CASE_INSENSITIVE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, Pattern.UNICODE_CHARACTER_CLASS, Pattern.DOTALL,
            Pattern.UNIX_LINES);

    @Test
    void aScanFindsExactlyTheCharactersThatMatchAlone() {
        for (String atom : ATOMS) {
            for (int flags : FLAGS) {
                Pattern p = Pattern.compile(atom, flags);
                BitSet scanned = RegexSyntax.acceptedByScan(p);
                assertEquals(RegexSyntax.acceptedOneByOne(p), scanned, atom + " flags " + flags);
            }
        }
    }

    @Test
    void atomsThatMatchMoreThanOneCharacterAreDeclined() {
        // \X takes a base character with its combining marks, \R takes \r\n: their matches in the scan are
        // longer than one character, so each character must be tried alone
        assertNull(RegexSyntax.acceptedByScan(Pattern.compile("\\X")));
        assertNull(RegexSyntax.acceptedByScan(Pattern.compile("(?:)")));
        BitSet linebreaks = RegexSyntax.acceptedOneByOne(Pattern.compile("\\R"));
        BitSet scanned = RegexSyntax.acceptedByScan(Pattern.compile("\\R"));
        assertTrue(scanned == null || scanned.equals(linebreaks));
        assertTrue(linebreaks.get('\n') && linebreaks.get('\r') && linebreaks.get(0x2028));
    }

    @Test
    void everyAtomOfTheDefaultRulesIsReadAsTryingEachCharacterWouldRead() {
        new Classifier(ClassifierConfig.load(null));
        assertTrue(RegexSyntax.atomsRead() > 50, "atoms read: " + RegexSyntax.atomsRead());
        assertEquals(List.of(), RegexSyntax.atomsReadDifferently());
    }
}
