package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/**
 * People whose data is split over an identity card (family and given name on lines of their own) and an invite or
 * a mail that binds the name to an address.
 */
class CardAndInviteLinksTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    private static DocFinding at(String doc, int line, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, "line=" + line, "t", null,
                line * 100));
    }

    /** A licence as printed: "LN PRUITT" / "FN DWAYNE" (or "1 CASTELLANOS" / "2 TREVOR"), street, birth date. */
    private static List<DocFinding> licence(String doc, String family, String given) {
        return List.of(at(doc, 2, "US_DRIVERS_LICENSE", "F4699861"), at(doc, 4, "PERSON_NAME", family),
                at(doc, 5, "PERSON_NAME", given), at(doc, 6, "POSTAL_ADDRESS", "9814 OLD MILL LN\nPHOENIX, CA 85078"),
                at(doc, 8, "DATE_OF_BIRTH", "09/16/1966"));
    }

    @Test
    void aCardsFamilyAndGivenNameLinesAreOneNameThatFindsThePersonWrittenGivenFirst() {
        List<DocFinding> in = new java.util.ArrayList<>(licence("dl", "PRUITT", "DWAYNE"));
        in.add(at("mail", 2, "PERSON_NAME", "Dwayne Pruitt"));
        in.add(at("mail", 2, "EMAIL_ADDRESS", "dwayne.pruitt@example.com"));
        List<Subject> s = r.resolve(in);
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("dl", "mail"), s.get(0).docIds());
        assertTrue(s.get(0).dataElements().containsAll(Set.of("US_DRIVERS_LICENSE", "DATE_OF_BIRTH", "EMAIL_ADDRESS")),
                s.get(0).toString());
    }

    @Test
    void twoNamePartsAreOneNameButAThirdIsASecondPerson() {
        // a card alone: one person, named by its two parts
        List<Subject> one = r.resolve(licence("dl", "CASTELLANOS", "TREVOR"));
        assertEquals(1, one.size(), one.toString());
        assertTrue(one.get(0).dataElements().containsAll(Set.of("US_DRIVERS_LICENSE", "DATE_OF_BIRTH",
                "POSTAL_ADDRESS", "PERSON_NAME")), one.toString());
        // two full names on adjacent lines stay two people, as before
        List<Subject> two = r.resolve(List.of(at("m", 1, "PERSON_NAME", "Ann Lee"),
                at("m", 1, "EMAIL_ADDRESS", "ann@example.com"), at("m", 2, "PERSON_NAME", "Bob Roe"),
                at("m", 2, "EMAIL_ADDRESS", "bob@example.com")));
        assertEquals(2, two.size(), two.toString());
        // a third one-word name after two parts starts a new block: its phone is not the card holder's
        List<Subject> three = r.resolve(List.of(at("n", 1, "PERSON_NAME", "PRUITT"), at("n", 2, "PERSON_NAME", "DWAYNE"),
                at("n", 3, "EMAIL_ADDRESS", "dwayne@example.com"), at("n", 4, "PERSON_NAME", "OKAFOR"),
                at("n", 5, "PHONE_NUMBER", "+12025550143")));
        assertTrue(three.stream().noneMatch(x -> x.emails().contains("dwayne@example.com")
                && x.phones().contains("+12025550143")), three.toString());
    }

    @Test
    void anInvitesAttendeeLinesAreOnePersonEachAndMeetTheirCards() {
        // "Organizer: "Gallagher, Brent" <…>" / "Attendee: Trevor Castellanos <…>" / …, lines 10 to 12 of an invite
        List<DocFinding> in = new java.util.ArrayList<>(List.of(
                at("ics", 10, "PERSON_NAME", "Gallagher, Brent"), at("ics", 10, "EMAIL_ADDRESS", "brent@example.com"),
                at("ics", 11, "PERSON_NAME", "Trevor Castellanos"), at("ics", 11, "EMAIL_ADDRESS", "trevor@example.com"),
                at("ics", 12, "PERSON_NAME", "前田 春香"), at("ics", 12, "EMAIL_ADDRESS", "h.maeda@example.jp")));
        in.addAll(licence("tx", "CASTELLANOS", "TREVOR"));
        in.add(at("ny", 5, "PERSON_NAME", "GALLAGHER,\nBRENT"));
        in.add(at("ny", 3, "US_DRIVERS_LICENSE", "558657768"));
        in.add(at("ny", 9, "DATE_OF_BIRTH", "08/08/1994"));
        List<Subject> s = r.resolve(in);
        assertEquals(3, s.size(), s.toString());
        Subject trevor = s.stream().filter(x -> x.emails().contains("trevor@example.com")).findFirst().orElseThrow();
        assertEquals(Set.of("ics", "tx"), trevor.docIds());
        Subject brent = s.stream().filter(x -> x.emails().contains("brent@example.com")).findFirst().orElseThrow();
        assertEquals(Set.of("ics", "ny"), brent.docIds());
    }
}
