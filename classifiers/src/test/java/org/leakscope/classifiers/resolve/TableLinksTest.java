package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.withEmail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/** Rows of a database dump joined across tables by their links (TextUnit#rowLinks). */
class TableLinksTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    /** A finding in row {@code row} of table {@code table} of the dump "D", the row's links {@code links}. */
    private static DocFinding cell(String table, int row, int col, String links, String type, String value) {
        String key = TextUnit.linkedCell(table, row, "c" + col, null, value, links).recordKey();
        return new DocFinding("D", new Finding(Category.PII, type, value, "*", 0.9,
                "sheet=" + table + ";row=" + row + ";col=" + col, "t", key, row * 100 + col));
    }

    private static List<DocFinding> clinic() {
        return new ArrayList<>(List.of(
                cell("patients", 2, 1, "patient:1|", "PERSON_NAME", "Tamika Caruso"),
                cell("patients", 2, 2, "patient:1|", "EMAIL_ADDRESS", "tamika.caruso@example.org"),
                cell("patients", 3, 1, "patient:2|", "PERSON_NAME", "Yolanda Castellanos"),
                cell("patients", 3, 2, "patient:2|", "EMAIL_ADDRESS", "yolanda@example.org"),
                cell("visits", 2, 4, "visit:101|patient:2", "HEALTH_INFO", "Major depressive disorder"),
                cell("visits", 3, 4, "visit:102|patient:1", "HEALTH_INFO", "Type 2 diabetes mellitus")));
    }


    @Test
    void aRowThatNamesNobodyJoinsTheRowItRefersTo() {
        List<Subject> s = r.resolve(clinic());
        assertEquals(2, s.size());
        Subject tamika = withEmail(s, "tamika.caruso@example.org");
        assertTrue(tamika.dataElements().contains("HEALTH_INFO"));
        assertTrue(tamika.sensitive());
        assertTrue(withEmail(s, "yolanda@example.org").sensitive());
    }

    @Test
    void withoutLinksTheDiagnosesStayNobodys() {
        List<DocFinding> plain = new ArrayList<>();
        for (DocFinding d : clinic()) {
            Finding f = d.finding();
            plain.add(new DocFinding(d.docId(), new Finding(f.category(), f.type(), f.value(), f.masked(),
                    f.confidence(), f.location(), f.detector(), TextUnit.rowOf(f.recordKey()), f.offset())));
        }
        List<Subject> s = r.resolve(plain);
        assertFalse(withEmail(s, "tamika.caruso@example.org").sensitive());
    }

    @Test
    void aRowNamingItsOwnPersonJoinsNoOne() {
        // an order's recipient is not the customer who placed it
        List<DocFinding> in = clinic();
        in.add(cell("orders", 2, 1, "order:7|patient:1", "PERSON_NAME", "Gift Recipient"));
        in.add(cell("orders", 2, 2, "order:7|patient:1", "PHONE_NUMBER", "+12025550143"));
        List<Subject> s = r.resolve(in);
        assertEquals(Set.of("D"), withEmail(s, "tamika.caruso@example.org").docIds());
        assertFalse(withEmail(s, "tamika.caruso@example.org").phones().contains("+12025550143"));
    }

    @Test
    void anAmbiguousOrConflictingTargetTakesNothing() {
        // two rows claim patient:1 (a table dumped twice): the visit joins neither
        List<DocFinding> twice = clinic();
        twice.add(cell("patients_old", 2, 1, "patient:1|", "PERSON_NAME", "Tamika Caruso"));
        twice.add(cell("patients_old", 2, 2, "patient:1|", "EMAIL_ADDRESS", "t.caruso@example.net"));
        List<Subject> s = r.resolve(twice);
        assertFalse(withEmail(s, "tamika.caruso@example.org").sensitive());
        // a row of another birth date is another person's
        List<DocFinding> dob = clinic();
        dob.add(cell("patients", 2, 3, "patient:1|", "DATE_OF_BIRTH", "1970-02-14"));
        dob.add(cell("visits", 3, 5, "visit:102|patient:1", "DATE_OF_BIRTH", "1981-07-30"));
        assertFalse(withEmail(r.resolve(dob), "tamika.caruso@example.org").sensitive());
    }

    @Test
    void rowKeysWithoutLinksAreUnchanged() {
        assertEquals("patients#2", TextUnit.cell("patients", 2, "A", null, "x").recordKey());
        assertEquals("patients#2", TextUnit.rowOf(TextUnit.linkedCell("patients", 2, "A", null, "x", "patient:1|")
                .recordKey()));
        assertEquals("patients#2", TextUnit.rowOf("patients#2"));
    }
}
