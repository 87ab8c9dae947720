package org.leakscope.classifiers.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

    private static List<String> scan(List<String> keywords, String text) {
        List<String> out = new ArrayList<>();
        new KeywordAutomaton(keywords).scan(text, (k, s, e) -> out.add(keywords.get(k) + "@" + s + "-" + e));
        return out;
    }

    @Test
    void overlappingKeywordsAreAllFound() {
        assertEquals(List.of("she@1-3", "he@2-3", "hers@2-5"), scan(List.of("he", "she", "his", "hers"), "ushers"));
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
    void failureLinksKeepPartialMatches() {
        assertEquals(List.of("abab@0-3", "abab@2-5"), scan(List.of("abab"), "ababab"));
        assertEquals(List.of("aab@1-3"), scan(List.of("aab", "abc"), "aaab"));
    }

    @Test
    void keywordsMustBeCanonical() {
        assertThrows(IllegalArgumentException.class, () -> new KeywordAutomaton(List.of("Secret")));
        assertThrows(IllegalArgumentException.class, () -> new KeywordAutomaton(List.of("top secret")));
    }
}
