package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/** A form whose columns are people (label | Borrower | Co-Borrower): fields typed by their row, a record per column. */
class PersonColumnsTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    /** A Word table: the first row is the header of the cells under it. */
    private static List<TextUnit> table(String[]... rows) {
        List<TextUnit> out = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                out.add(TextUnit.cell("table 1", r + 1, String.valueOf((char) ('A' + c)), r == 0 ? null : rows[0][c],
                        rows[r][c]));
            }
        }
        return out;
    }

    private static Map<String, TreeSet<String>> typesByRecord(List<Finding> findings) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (Finding f : findings) {
            out.computeIfAbsent(String.valueOf(f.recordKey()), k -> new TreeSet<>()).add(f.type() + "=" + f.value());
        }
        return out;
    }

    private static final String[] HEADER = {"Section 1a. Personal Information", "Borrower", "Co-Borrower"};

    @Test
    void eachPersonsColumnIsOneRecordTypedByItsFields() {
        List<Finding> found = C.classify(table(HEADER,
                new String[] {"Name (First, Middle, Last, Suffix)", "Anneliese Quintana", "Lorraine Mendoza"},
                new String[] {"Social Security Number", "547-35-6614", "150-59-2757"},
                new String[] {"Date of Birth (mm/dd/yyyy)", "09/03/1970", "04/25/1953"},
                new String[] {"Citizenship", "U.S. Citizen", "U.S. Citizen"},
                new String[] {"Current Address", "7956 Meadowlark Rd, Spokane, WA 99246", "Same as Borrower"},
                new String[] {"Cell Phone", "(615) 870-3406", "(720) 550-8088"},
                new String[] {"Employer or Business Name", "Northfield Public Library", "Cascade Freight"})).findings();
        Map<String, TreeSet<String>> records = typesByRecord(found);
        assertEquals(new TreeSet<>(List.of("DATE_OF_BIRTH=09/03/1970", "PERSON_NAME=Anneliese Quintana",
                        "PHONE_NUMBER=+16158703406", "POSTAL_ADDRESS=7956 Meadowlark Rd, Spokane, WA 99246",
                        "US_SSN=547356614")),
                records.get("table 1#col B"), records.toString());
        assertEquals(new TreeSet<>(List.of("DATE_OF_BIRTH=04/25/1953", "PERSON_NAME=Lorraine Mendoza",
                        "PHONE_NUMBER=+17205508088", "US_SSN=150592757")),
                records.get("table 1#col C"), records.toString());
        // the role headers name no one: "U.S. Citizen", "Same as Borrower" and the employers are no names
        assertEquals(2, records.size(), records.toString());
    }

    @Test
    void anEnrolmentsEmployeeAndSpouseColumnsToo() {
        List<Finding> found = C.classify(table(new String[] {"", "Employee", "Spouse"},
                new String[] {"Name", "Ken Hashimoto", "Yuko Hashimoto"},
                new String[] {"Date of birth", "1980/04/02", "1982/11/30"},
                new String[] {"SSN", "412-68-3051", "523-71-4420"})).findings();
        Map<String, TreeSet<String>> records = typesByRecord(found);
        assertEquals(2, records.size(), records.toString());
        assertTrue(records.get("table 1#col C").contains("PERSON_NAME=Yuko Hashimoto"), records.toString());
        assertTrue(records.get("table 1#col C").contains("US_SSN=523714420"), records.toString());
    }

    @Test
    void aScheduleOfEmployeesStaysATableOfRows() {
        // people in the columns, but no field of theirs in the rows: each row is a record, names typed by the header
        List<Finding> found = C.classify(table(new String[] {"Shift", "Borrower", "Co-Borrower"},
                new String[] {"Monday", "Anneliese Quintana", "Lorraine Mendoza"},
                new String[] {"Tuesday", "Marisol Wexler", "Odette Kowalski"})).findings();
        Map<String, TreeSet<String>> records = typesByRecord(found);
        assertFalse(records.containsKey("table 1#col B"), records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME=Anneliese Quintana", "PERSON_NAME=Lorraine Mendoza")),
                records.get("table 1#2"), records.toString());
    }

    @Test
    void aFormsNumberedFieldLabelsItsValue() {
        // a beneficiary designation form (probe set 30): "Primary beneficiary 1 | Brent Delgado" names the beneficiary; a
        // label's trailing instance number had made it no label at all, so the names were typed by nothing; "Account
        // owner" names the owner whole (the name detector alone took "James Delgado" of "Wesley James Delgado")
        List<Finding> found = C.classify(table(new String[] {"Account owner", "Wesley James Delgado"},
                new String[] {"Account number", "4353-2278"}, new String[] {"Owner SSN", "403-73-9684"},
                new String[] {"Primary beneficiary 1", "Brent Delgado"}, new String[] {"Relationship", "Spouse"},
                new String[] {"Date of birth", "01/27/1961"}, new String[] {"Primary beneficiary 2", "Marcus Hollis"},
                new String[] {"Date of birth", "08/24/2001"})).findings();
        TreeSet<String> names = new TreeSet<>();
        for (Finding f : found) {
            if ("PERSON_NAME".equals(f.type())) {
                names.add(f.value());
            }
        }
        assertEquals(new TreeSet<>(List.of("Brent Delgado", "Marcus Hollis", "Wesley James Delgado")), names);
        // a value with a number in it is still a value, not a label: "Unit 12 | …" labels nothing
        List<Finding> unit = C.classify(table(new String[] {"Name", "Harold Vasquez"}, new String[] {"Date of birth", "03/14/1980"},
                new String[] {"Apt 4B", "Harold Vasquez"})).findings();
        assertTrue(unit.stream().noneMatch(f -> "Apt 4B".equals(f.value())), unit.toString());
    }
}
