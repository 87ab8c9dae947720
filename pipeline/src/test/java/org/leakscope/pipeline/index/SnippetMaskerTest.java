package org.leakscope.pipeline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;

/** Search snippets show personal data masked, as findings.csv does. */
class SnippetMaskerTest {

    private static SnippetMasker masker;

    @BeforeAll
    static void classifier() {
        masker = new SnippetMasker(new Classifier(ClassifierConfig.load(null)));
    }

    @Test
    void identifiersAndContactsAreMaskedAndTheRestStays() {
        String s = masker.apply("Payroll **SSN**: 219-45-6789, e-mail jane.roe@example.com, call (415) 555-2671 today.");
        assertFalse(s.contains("219-45-6789"), s);
        assertTrue(s.contains("6789"), "the last four stay: " + s);
        assertFalse(s.contains("jane.roe@"), s);
        assertFalse(s.contains("555-2671"), s);
        assertTrue(s.startsWith("Payroll **SSN**: ") && s.endsWith(" today."), s);
    }

    @Test
    void aMyNumberWrittenFullWidthIsMaskedWhole() {
        String s = masker.apply("マイナンバー：１２３４ ５６７８ ９０１８ を提出");
        assertFalse(s.contains("５６７８") || s.contains("5678"), s);
        assertTrue(s.endsWith("を提出"), s);
    }

    @Test
    void textWithoutPersonalDataIsUnchanged() {
        String text = "SECRET//NOFORN (U) Program overview and review objectives";
        assertEquals(text, masker.apply(text));
    }

    @Test
    void aNormalisedValueSpansItsWrittenForm() {
        assertEquals(15, SnippetMasker.end("SSN 219 45 6789 ok", 4, "219456789"));
        assertEquals(14, SnippetMasker.end("(415) 555-2671 today", 0, "+14155552671"), "not into the next word");
        assertEquals(8, SnippetMasker.end("Jane Roe said", 0, "Jane Roe"));
        assertEquals(12, SnippetMasker.end("abc@ex.com, x", 0, "abc@ex.com") + 2);
        assertEquals(5, SnippetMasker.end("12345", 0, "123456789"), "never past the end");
    }
}
