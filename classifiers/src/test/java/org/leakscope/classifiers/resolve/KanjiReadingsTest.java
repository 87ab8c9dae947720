package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/** A kanji name's dictionary reading links it to the same person written in Latin letters only (a passport zone). */
class KanjiReadingsTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    private static DocFinding at(String doc, int line, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, "line=" + line, "t", null,
                line * 100));
    }

    @Test
    void twoKanjiWordsWithReadingsGiveTheRomanKey() {
        assertEquals("hideki ishikawa", KanjiReadings.romanKey("石川 秀樹"));
        assertEquals("hideki ishikawa", KanjiReadings.romanKey("石川秀樹"));
        assertEquals(PersonNames.romanKey("Hideki ISHIKAWA"), KanjiReadings.romanKey("石川　秀樹"));
        assertNull(KanjiReadings.romanKey("Hideki Ishikawa"), "no kanji");
        assertNull(KanjiReadings.romanKey("石川"), "one word");
        assertNull(KanjiReadings.romanKey("いしかわ ひでき"), "kana: PersonNames.romanKey reads those");
    }

    /** A check-in scan's passport zone (name, passport, birth date) and a mail's "石川 秀樹 <…>". */
    private static List<DocFinding> scanAndMail(String kanji) {
        return List.of(at("scan", 2, "PERSON_NAME", "HIDEKI ISHIKAWA"), at("scan", 3, "JP_PASSPORT", "MZ8785694"),
                at("scan", 3, "DATE_OF_BIRTH", "640507"),
                at("mail", 2, "PERSON_NAME", kanji), at("mail", 2, "EMAIL_ADDRESS", "h.ishikawa36@example.ne.jp"));
    }

    @Test
    void aPassportZonesNameFindsTheOnePersonWhoseKanjiNameReadsSo() {
        List<Subject> s = r.resolve(scanAndMail("石川 秀樹"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("mail", "scan"), s.get(0).docIds());
    }

    @Test
    void aReadingTwoKanjiPeopleShareOrAnotherNameLinksNone() {
        // another person's name: no link, two people
        assertEquals(2, r.resolve(scanAndMail("石川 英子")).size());
        // two persons whose names read so: ambiguous, the zone joins neither
        List<DocFinding> two = new java.util.ArrayList<>(scanAndMail("石川 秀樹"));
        two.add(at("roster", 4, "PERSON_NAME", "石川 英樹"));
        two.add(at("roster", 4, "EMAIL_ADDRESS", "ishikawa.h@example.jp"));
        List<Subject> s = r.resolve(two);
        assertEquals(2, s.stream().filter(x -> !x.emails().isEmpty()).count(), s.toString());
        s.stream().filter(x -> !x.emails().isEmpty()).forEach(x -> assertEquals(1, x.docIds().size(), x.toString()));
    }
}
