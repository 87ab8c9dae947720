package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leakscope.classifiers.resolve.Rows.row;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/** A name-only record links to the person of the same name up to a given-name variant, and only then. */
class NicknameLinkTest {

    private final ClassifierConfig config = ClassifierConfig.load(null);
    private final SubjectResolver r = new SubjectResolver(config);

    @Test
    void variantsMapToTheFormalName() {
        Nicknames n = Nicknames.fromConfig(config);
        assertEquals(Set.of("robert smith"), n.keys("bob smith"));
        assertEquals(Set.of("robert smith"), n.keys("robert smith"));
        assertEquals(Set.of("william van der berg"), n.keys("bill van der berg"), "only the given name changes");
        assertEquals(Set.of("christopher lee", "christine lee", "christina lee"), n.keys("chris lee"));
        assertEquals(Set.of("zebulon smith"), n.keys("zebulon smith"), "a name in no group stands for itself");
        assertEquals(Set.of("山田太郎"), n.keys("山田太郎"));
    }

    @Test
    void aNameOnlyRecordJoinsTheOnePersonOfTheFormalName() {
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", "Robert Smith"), row("D1", 2, "EMAIL_ADDRESS", "rsmith@example.com"),
                row("D2", 7, "PERSON_NAME", "Bob Smith"), row("D2", 7, "US_SSN", "219-45-6789")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("D1", "D2"), s.get(0).docIds());
        assertTrue(s.get(0).dataElements().contains("US_SSN"));
    }

    @Test
    void theVeryNameWinsOverAVariant() {
        // "Robert Smith" (name only) belongs to the contact of that very name, although Bob Smith is a variant
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", "Robert Smith"), row("D1", 2, "EMAIL_ADDRESS", "robert@example.com"),
                row("D1", 3, "PERSON_NAME", "Bob Smith"), row("D1", 3, "EMAIL_ADDRESS", "bob@example.com"),
                row("D2", 4, "PERSON_NAME", "Robert Smith"), row("D2", 4, "US_SSN", "219-45-6789")));
        assertEquals(2, s.size());
        Subject robert = s.stream().filter(x -> x.emails().contains("robert@example.com")).findFirst().orElseThrow();
        assertTrue(robert.dataElements().contains("US_SSN"), s.toString());
    }

    @Test
    void twoPersonsOfOneVariantAreAmbiguous() {
        // "Chris Lee" may be Christopher Lee or Christine Lee: link to neither
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", "Christopher Lee"), row("D1", 2, "EMAIL_ADDRESS", "cl@example.com"),
                row("D1", 3, "PERSON_NAME", "Christine Lee"), row("D1", 3, "EMAIL_ADDRESS", "cl2@example.com"),
                row("D2", 4, "PERSON_NAME", "Chris Lee"), row("D2", 4, "US_SSN", "219-45-6789")));
        assertEquals(3, s.size(), "the SSN record stays a person of its own: " + s);
    }

    @Test
    void aVariantNeverMergesConflictingIdentifiers() {
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", "William Jones"), row("D1", 2, "EMAIL_ADDRESS", "wj@example.com"),
                row("D1", 2, "US_SSN", "219-45-6789"),
                row("D2", 4, "PERSON_NAME", "Bill Jones"), row("D2", 4, "US_SSN", "536-22-1234")));
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void variantsOfVariantsAndFormsOfTheKeyMapToo() {
        Nicknames n = Nicknames.fromConfig(config);
        assertEquals(n.keys("bob smith"), n.keys("bobby smith"), "two short forms of one name");
        assertEquals(Set.of("robert smith"), n.keys("robert j. smith"), "a middle initial is left out");
        assertEquals(Set.of("robert smith"), n.keys("bob j smith"));
        assertEquals(Set.of("elizabeth taylor"), n.keys("liz taylor"));
        assertEquals(Set.of("james lee"), n.keys("jim lee"));
        assertEquals(Set.of("katherine lee", "catherine lee", "kathleen lee"), n.keys("kate lee"));
        assertEquals(Set.of("sandra lee"), n.keys("sandra lee"), "Sandra is a name of its own, not Alexandra's");
        assertEquals(Set.of("liam lee"), n.keys("liam lee"), "Liam is a name of its own, not William's");
        assertEquals(Set.of("smith bob"), n.keys("smith bob"), "only the first word of a key is a given name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Robert Smith|Bobby Smith",          // two forms of one given name
        "Bob Smith|Robert Smith",            // the contact carries the short form
        "Robert Smith|'Smith, Bob'",         // Last, First
        "Robert Smith|BOB SMITH",            // case
        "Robert J. Smith|Bob Smith",         // a middle initial on one side
        "Robert Smith|Robert J. Smith",
        "Elizabeth Taylor|Liz Taylor",
        "James Lee|Jim Lee",
        "Katherine Moore|Kate Moore",        // Kate may be Katherine, Catherine or Kathleen: only Katherine is here
        "José García|Jose Garcia",           // accents
        "Zoë Müller|Zoe Muller"
    })
    void aNameOnlyRecordLinksUpToVariantsInitialsAndAccents(String contact, String nameOnly) {
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", contact), row("D1", 2, "EMAIL_ADDRESS", "someone@example.com"),
                row("D2", 5, "PERSON_NAME", nameOnly), row("D2", 5, "US_PASSPORT", "512345678")));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).dataElements().contains("US_PASSPORT"), s.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Robert Smith|Bob Jones",            // another family name
        "Robert Smith|Rob Smithers",
        "Roberta Smith|Bob Smith",           // Bobbie is Roberta's, Bob is Robert's
        "Sandra Lee|Alex Lee",               // no path through Alexandra
        "William Brown|Liam Brown"
    })
    void aNameOnlyRecordDoesNotLinkToAnotherName(String contact, String nameOnly) {
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", contact), row("D1", 2, "EMAIL_ADDRESS", "someone@example.com"),
                row("D2", 5, "PERSON_NAME", nameOnly), row("D2", 5, "US_PASSPORT", "512345678")));
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void twoPeopleDifferingByAnInitialAreAmbiguous() {
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", "Robert J. Smith"), row("D1", 2, "EMAIL_ADDRESS", "rjs@example.com"),
                row("D1", 3, "PERSON_NAME", "Robert K. Smith"), row("D1", 3, "EMAIL_ADDRESS", "rks@example.com"),
                row("D2", 4, "PERSON_NAME", "Bob Smith"), row("D2", 4, "US_SSN", "219-45-6789")));
        assertEquals(3, s.size(), s.toString());
    }

    @Test
    void theSameContactUnderTwoFormsIsOnePerson() {
        // merged by the shared e-mail and phone, whatever the names say
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", "Robert Smith"), row("D1", 2, "EMAIL_ADDRESS", "rsmith@example.com"),
                row("D2", 3, "PERSON_NAME", "Bob Smith"), row("D2", 3, "EMAIL_ADDRESS", "RSmith@example.com"),
                row("D3", 4, "PERSON_NAME", "Bobby Smith"), row("D3", 4, "PHONE_NUMBER", "+12025550143"),
                row("D3", 4, "EMAIL_ADDRESS", "rsmith@example.com")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("D1", "D2", "D3"), s.get(0).docIds());
    }

    @Test
    void aVariantNeverMergesConflictingPassportsOrMyNumbers() {
        List<Subject> s = r.resolve(List.of(
                row("D1", 2, "PERSON_NAME", "Elizabeth Taylor"), row("D1", 2, "PHONE_NUMBER", "+12025550143"),
                row("D1", 2, "US_PASSPORT", "512345678"),
                row("D2", 4, "PERSON_NAME", "Liz Taylor"), row("D2", 4, "US_PASSPORT", "498765432"),
                row("D3", 6, "PERSON_NAME", "Beth Taylor"), row("D3", 6, "US_PASSPORT", "512345678")));
        assertEquals(2, s.size(), s.toString());
        Subject liz = s.stream().filter(x -> x.phones().isEmpty()).findFirst().orElseThrow();
        assertEquals(Set.of("D2"), liz.docIds(), "the conflicting passport stays apart: " + s);
    }

    @Test
    void aBadGroupIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("leakscope.yml"), "classify:\n  rule-packs:\n    nicknames: nick.yml\n");
        Files.writeString(dir.resolve("nick.yml"), "nickname_groups:\n  - [robert]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SubjectResolver(ClassifierConfig.load(dir.resolve("leakscope.yml"))));
        assertTrue(e.getMessage().contains("nick.yml") && e.getMessage().contains("[robert]"), e.getMessage());
    }
}
