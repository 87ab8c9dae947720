package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/** A roster's free notes column is health data only where a note begins with a condition or a treatment. */
class NotesColumnHealthTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    private static boolean health(String header, String note) {
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "A", "Last Name", "Carmichael"),
                TextUnit.cell(null, 2, "B", "First Name", "Leticia"),
                TextUnit.cell(null, 2, "C", header, note));
        for (Finding f : C.classify(row).findings()) {
            if ("HEALTH_INFO".equals(f.type()) && "#2".equals(f.recordKey())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aNoteThatBeginsWithAConditionIsHealth() {
        for (String[] c : new String[][] {{"Notes", "Asthma - inhaler kept in classroom"},
                {"Notes", "Type 1 diabetes; glucose checks before lunch"}, {"Comments", "Severe peanut allergy - EpiPen in office"},
                {"Student Notes", "Dyslexia; extra time in tests"}, {"Remarks", "On maternity leave until June"},
                {"備考", "食物アレルギー（卵）"}, {"特記事項", "喘息のため吸入器を持参"}}) {
            assertEquals(true, health(c[0], c[1]), String.join(" | ", c));
        }
    }

    @Test
    void otherNotesAndOtherColumnsAreNot() {
        for (String[] c : new String[][] {{"Notes", "Prefers e-mail"}, {"Notes", "Allergy awareness week volunteer"},
                {"Comments", "Anxious about the move, call parents"}, {"Notes", "Left the school in May"},
                {"備考", "アレルギー対応の説明会に出席"}, {"Team", "Asthma - inhaler kept in classroom"}}) {
            assertEquals(false, health(c[0], c[1]), String.join(" | ", c));
        }
    }
}
