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
    void aBadGroupIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("leakscope.yml"), "classify:\n  rule-packs:\n    nicknames: nick.yml\n");
        Files.writeString(dir.resolve("nick.yml"), "nickname_groups:\n  - [robert]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SubjectResolver(ClassifierConfig.load(dir.resolve("leakscope.yml"))));
        assertTrue(e.getMessage().contains("nick.yml") && e.getMessage().contains("[robert]"), e.getMessage());
    }
}
