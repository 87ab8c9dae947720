package org.leakscope.classifiers.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    private static Set<String> of(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex));
    }

    @Test
    void optionalPartsAndWhitespaceStandForNothing() {
        assertEquals(Set.of("secret"), of("(?://)?SECRET"));
        assertEquals(Set.of("topsecret"), of("^\\W{0,3}TOP\\s+SECRET(?:ARY)?"));
        assertEquals(Set.of("secret"), of("SECRET(?:ARY)?\\b"));
    }

    @Test
    void alternativesGiveOneKeywordEach() {
        assertEquals(Set.of("distributionstatemen", "dist.statement"), of("DIST(?:RIBUTION|\\.)\\s+STATEMENT"));
        assertEquals(Set.of("natosecret", "natoconfidential"), of("NATO (SECRET|CONFIDENTIAL)(?:\\s+ATOMAL)?"));
        // a keyword holding another adds nothing: 秘 covers 省秘 and 秘密
        assertEquals(Set.of("秘"), of("^\\s*(?:\\Q秘\\E|\\Q省\\E[\\s]*\\Q秘\\E|\\Q秘\\E[\\s]*\\Q密\\E)\\s*$"));
    }

    @Test
    void smallClassesMultiplyOutLargeOnesBreakTheRun() {
        assertEquals(Set.of("○秘", "〇秘", "◯秘"), of("[○〇◯]秘"));
        assertEquals(Set.of("ministryofdefence", "ministryofdefense"), of("Ministry of Defen[cs]e"));
        assertEquals(Set.of("eccn"), of("ECCN\\s*[:#]?\\s*[0-9][A-EY][0-9]{3}"));
        assertEquals(Set.of("cage"), of("CAGE\\s*(?:Code)?\\s*[:#]?\\s*[0-9A-HJ-NP-Z]{5}\\b"));
    }

    @Test
    void caseIsFoldedAndLookAroundsAreIgnored() {
        assertEquals(Set.of("missile"), of("(?i)\\bmissiles?\\b"));
        assertEquals(Set.of("シーカ"), of("シーカー?(?![ァ-ヶ])"));
        assertEquals(Set.of("ear"), RequiredLiterals.of(Pattern.compile("(?<=x)EAR(?!99)", Pattern.CASE_INSENSITIVE)));
    }

    @Test
    void theMostSelectivePartOfASequenceIsChosen() {
        // {this, these} and {itar} both weigh 4 (their weakest keyword): the smaller set wins
        assertEquals(Set.of("itar"), of("(?:This|These)\\s+[a-z]+[^\\n]{0,300}?\\bITAR\\b"));
        // a run of literals multiplied out weighs more than either part
        assertEquals(Set.of("thisdocument", "thesedocument"), of("(?:This|These)\\s+document[^\\n]{0,300}?\\bITAR\\b"));
        // one CJK character weighs two ASCII letters: enough for a keyword
        assertEquals(Set.of("防"), of("防[\\p{IsHan}]{0,4}第"));
    }

    @Test
    void aSequenceRequiresEachOfItsPartsKeywords() {
        // the best set first, then what the other parts require: a line needs one of each
        assertEquals(List.of(Set.of("itar"), Set.of("these", "this")),
                RequiredLiterals.allOf(Pattern.compile("(?:This|These)\\s+[a-z]+[^\\n]{0,300}?\\bITAR\\b")));
        // each branch of a choice gives its best set to the first and to the second a set none of whose short words
        // stands in the first's ("data" stands in "thisdata")
        assertEquals(List.of(Set.of("thisdata", "thisdocument", "controlledby"), Set.of("ear", "exportadministration",
                        "theseitems")), RequiredLiterals.allOf(Pattern.compile("This\\s+(?:document|data)[^\\n]{0,300}?"
                        + "(?:\\bEAR\\b|Export\\s+Administration)|^These\\s+items[^\\n]{0,40}controlled\\s+by",
                        Pattern.CASE_INSENSITIVE)));
        // a further set that repeats a short word of the first ("this" in both) is left out
        assertEquals(List.of(Set.of("these", "this")), RequiredLiterals.allOf(Pattern.compile("(?:This|These)[^x]+(?:this|these)")));
        // none when none is known
        assertEquals(List.of(), RequiredLiterals.allOf(Pattern.compile("a.*b")));
    }

    @Test
    void longKeywordsAreCutToTheirPrefix() {
        assertEquals(Set.of("furtherdissemination"), of("Further\\s+dissemination\\s+only\\s+as\\s+directed\\s+by"));
    }

    @Test
    void unknownOrUnselectiveGivesNone() {
        assertNull(of("\\b[A-Z0-9]{6}-\\d{2}-[A-HJ-NP-Z]-[A-Z0-9]{4}\\b")); // only '-': not selective
        assertNull(of("(\\w+)\\s+\\1"));                                  // back reference
        assertNull(RequiredLiterals.of(Pattern.compile("SECRET # comment", Pattern.COMMENTS)));
        assertNull(of("(?x)SECRET"));
        assertNull(of("a.*b"));
        assertNull(of("(?:SECRET)*"));
        assertNull(of("[^A]SECRET|x"));
    }

    @Test
    void canonicalTextIsFoldedWithoutWhitespace() {
        assertEquals("topsecret", RequiredLiterals.canonical("T O P\u3000S E C R E T\n"));
        assertEquals("секрет", RequiredLiterals.canonical("СЕКРЕТ"));
    }
}
