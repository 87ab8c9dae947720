package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/**
 * A dependant or spouse on an employee's row ({@link Classifier#SECOND_PERSON}) is a person of their own; with no
 * address or phone of their own they live where the employee does, as far as the file tells.
 */
class HouseholdPlacesTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    private static DocFinding cell(String doc, String key, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, "row", "t", key, 0));
    }

    private static Map<String, Set<String>> placesByName(List<Subject> subjects) {
        Map<String, Set<String>> out = new TreeMap<>();
        subjects.forEach(s -> out.put(s.name(), s.jurisdictions()));
        return out;
    }

    @Test
    void aDependantWithoutAPlaceOfTheirOwnLivesWithTheEmployee() {
        String dep = "#3" + Classifier.SECOND_PERSON;
        List<Subject> s = r.resolve(List.of(
                cell("enrol", "#3", "PERSON_NAME", "Mbeki, Luis"),
                cell("enrol", "#3", "US_SSN", "476-50-9938"),
                cell("enrol", "#3", "POSTAL_ADDRESS", "3827 Sycamore Ct, Raleigh, NC 27678"),
                cell("enrol", dep, "PERSON_NAME", "Mbeki, Ngozi"),
                cell("enrol", dep, "DATE_OF_BIRTH", "07/23/2015"),
                cell("enrol", dep, "US_SSN", "401-07-2914"),
                // a spouse with an address of their own keeps it
                cell("enrol", "#4", "PERSON_NAME", "Lee, Ann"),
                cell("enrol", "#4", "US_SSN", "412-68-3051"),
                cell("enrol", "#4", "PHONE_NUMBER", "+12025550143"),
                cell("enrol", "#4" + Classifier.SECOND_PERSON, "PERSON_NAME", "Lee, Bob"),
                cell("enrol", "#4" + Classifier.SECOND_PERSON, "US_SSN", "412-68-3052"),
                cell("enrol", "#4" + Classifier.SECOND_PERSON, "POSTAL_ADDRESS", "12 Elm St, Boston, MA 02110"),
                // an employee placed only by an SSN gives a dependant no more than the dependant's own SSN says
                cell("enrol", "#5", "PERSON_NAME", "Roe, Kim"),
                cell("enrol", "#5", "US_SSN", "412-68-3053"),
                cell("enrol", "#5" + Classifier.SECOND_PERSON, "PERSON_NAME", "Roe, Pat"),
                cell("enrol", "#5" + Classifier.SECOND_PERSON, "US_SSN", "412-68-3054")));
        Map<String, Set<String>> places = placesByName(s);
        assertEquals(Set.of("US-NC"), places.get("Mbeki, Luis"), s.toString());
        assertEquals(Set.of("US-NC"), places.get("Mbeki, Ngozi"), s.toString());
        assertEquals(Set.of("US-MA"), places.get("Lee, Bob"), s.toString());
        assertEquals(Set.of("US"), places.get("Roe, Pat"), s.toString());
    }

    @Test
    void aGuardianWithoutAnAddressSharesTheRowsHomeAnEmergencyContactDoesNot() {
        String guardian = "#2" + Classifier.SECOND_PERSON + Classifier.HOUSEHOLD;
        String contact = "#3" + Classifier.SECOND_PERSON;
        List<Subject> s = r.resolve(List.of(
                cell("roster", "#2", "PERSON_NAME", "Castellanos Trevor"),
                cell("roster", "#2", "DATE_OF_BIRTH", "01/07/2014"),
                cell("roster", "#2", "POSTAL_ADDRESS", "5807 N Main St, Denver, CO 80273"),
                cell("roster", guardian, "PERSON_NAME", "Brent Castellanos"),
                cell("roster", guardian, "PHONE_NUMBER", "+13039367106"),
                cell("roster", "#3", "PERSON_NAME", "Prescott Luis"),
                cell("roster", "#3", "DATE_OF_BIRTH", "07/01/2014"),
                cell("roster", "#3", "POSTAL_ADDRESS", "4562 W 14th St, Raleigh, NC 27648"),
                cell("roster", contact, "PERSON_NAME", "Colleen Prescott"),
                cell("roster", contact, "PHONE_NUMBER", "+19193826757")));
        Subject brent = s.stream().filter(x -> "Brent Castellanos".equals(x.name())).findFirst().orElseThrow();
        assertEquals("5807 N Main St, Denver, CO 80273", brent.postalAddress(), s.toString());
        assertEquals(true, brent.dataElements().contains("POSTAL_ADDRESS"));
        Subject colleen = s.stream().filter(x -> "Colleen Prescott".equals(x.name())).findFirst().orElseThrow();
        assertEquals(null, colleen.postalAddress(), s.toString());
        assertEquals(false, colleen.dataElements().contains("POSTAL_ADDRESS"));
    }
}
