package org.leakscope.classifiers.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marking keywords as rules of the union automaton: every occurrence, case folded, whitespace skipped. */
class KeywordScanTest {

    private static List<String> scan(List<String> keywords, String text) {
        List<String> out = new ArrayList<>();
        new KeywordScan(keywords).scan(text, (k, s, e) -> out.add(keywords.get(k) + "@" + s + "-" + e));
        java.util.Collections.sort(out);
        return out;
    }

    @Test
    void overlappingKeywordsAreAllFound() {
        assertEquals(List.of("he@2-3", "hers@2-5", "she@1-3"), scan(List.of("he", "she", "his", "hers"), "ushers"));
    }

    @Test
    void caseIsFoldedAndWhitespaceSkipped() {
        assertEquals(List.of("secret@0-10"), scan(List.of("secret"), "S E C R E T"));
        assertEquals(List.of("topsecret@2-11"), scan(List.of("topsecret"), "  Top\nSecret"));
        assertEquals(List.of("秘@1-1", "秘@4-4"), scan(List.of("秘"), "(秘) 秘書"));
    }

    @Test
    void otherCharactersBreakAKeyword() {
        assertEquals(List.of(), scan(List.of("secret"), "sec-ret secre-t"));
        assertEquals(List.of("secret@10-15"), scan(List.of("secret"), "secrexsec secret"));
    }

    @Test
    void overlappingOccurrencesOfOneKeywordAreAllFound() {
        assertEquals(List.of("abab@0-3", "abab@2-5"), scan(List.of("abab"), "ababab"));
        assertEquals(List.of("aab@1-3"), scan(List.of("aab", "abc"), "aaab"));
    }

    @Test
    void theClassifiersOnePassFindsTheSameOccurrences() {
        List<String> keywords = List.of("secret", "topsecret", "秘", "noforn");
        KeywordScan scan = new KeywordScan(keywords);
        var union = new org.leakscope.classifiers.detect.TriggerScan(scan.patterns());
        var t = new org.leakscope.classifiers.text.ScanText(
                List.of(org.leakscope.classifiers.text.TextUnit.line(1, "TOP  SECRET//NOFORN 秘"),
                        org.leakscope.classifiers.text.TextUnit.line(2, "s e c r e t")), union);
        List<String> viaUnion = new ArrayList<>();
        scan.scan(t, (k, s, e) -> viaUnion.add(keywords.get(k) + "@" + s + "-" + e));
        java.util.Collections.sort(viaUnion);
        assertEquals(scan(keywords, t.text()), viaUnion);
        assertEquals(List.of("noforn@13-18", "secret@22-32", "secret@5-10", "topsecret@0-10", "秘@20-20"), viaUnion);
    }

    @Test
    void keywordsMustBeCanonical() {
        assertThrows(IllegalArgumentException.class, () -> new KeywordScan(List.of("Secret")));
        assertThrows(IllegalArgumentException.class, () -> new KeywordScan(List.of("top secret")));
    }
}
