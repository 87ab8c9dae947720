package org.leakscope.pipeline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Snippets stay short and keep the first hit in view. */
class IndexSearchTest {

    @Test
    void aShortSnippetIsKeptWhole() {
        assertEquals("the **hit** here", IndexSearch.around("the **hit** here", 240));
    }

    @Test
    void aLongPassageIsCutAroundItsFirstHit() {
        String passage = "x".repeat(5000) + " **マイナンバー** " + "y".repeat(5000);
        String cut = IndexSearch.around(passage, 240);
        assertTrue(cut.contains("**マイナンバー**"), cut);
        assertTrue(cut.length() <= 246, cut.length() + "");
        assertTrue(cut.startsWith("...") && cut.endsWith("..."), cut);
    }

    @Test
    void aPassageWithoutHighlightStartsAtTheBeginning() {
        String cut = IndexSearch.around("z".repeat(1000), 100);
        assertEquals("z".repeat(100) + "...", cut);
    }
}
