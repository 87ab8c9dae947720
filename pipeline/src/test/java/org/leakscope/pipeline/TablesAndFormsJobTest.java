package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People from tables end to end (Word tables and CSV, through extraction, classification and the people step):
 * a form table is one person's fields, a cell listing several people gives each name its own e-mail, an address
 * split over CSV columns is reported whole.
 */
class TablesAndFormsJobTest {

    @TempDir
    static Path tmp;
    static List<Map<String, String>> subjects;
    static List<Map<String, String>> findings;

    @BeforeAll
    static void runJob() throws IOException {
        Path input = tmp.resolve("leak");
        Path out = tmp.resolve("out");
        Files.createDirectories(input);
        // a starter checklist: label | value rows; its first row is no header, its birth date is Ava's
        docx(input.resolve("starter_checklist.docx"), new String[][] {
            {"Name", "Ava Smith"}, {"Home address", "31 Station Road, London NW3 6TA"},
            {"NI number", "JH123456C"}, {"Date of birth", "14/03/1990"}, {"Start date", "1 May 2024"}});
        // the payroll export that holds Ava's e-mail and NI number, and a customer list with a split address
        Files.writeString(input.resolve("payroll.csv"), "name,email,ni_number\nAva Smith,ava.smith@example.com,JH123456C\n",
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("customers.csv"), "customer_id,first_name,last_name,email,street,city,state,zip\n"
                + "775311,Elizabeth,Taylor,elizabeth.taylor@example.com,3378 Chestnut St,Seattle,WA,98156\n",
                StandardCharsets.UTF_8);
        // a memo whose attendee cell lists three people, each with the e-mail under the name
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Memorandum for Record - Contract Kickoff");
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("Date");
            t.getRow(0).getCell(1).setText("April 12, 2019");
            t.getRow(1).getCell(0).setText("Attendees");
            XWPFTableCell cell = t.getRow(1).getCell(1);
            cell.setText("Linda Jones, Contracting Officer");
            for (String p : List.of("linda.jones.civ@example.mil", "Susan Rodriguez", "susan.rodriguez@example.com",
                    "Thomas Martinez", "thomas.martinez@example.com")) {
                cell.addParagraph().createRun().setText(p);
            }
            try (OutputStream o = Files.newOutputStream(input.resolve("kickoff_memo.docx"))) {
                doc.write(o);
            }
        }
        // a staff page: a roster, then a contact form under the same heading (row 3 of each is another person's)
        Files.writeString(input.resolve("staff.html"), "<html><body><h1>Staff directory</h1><table>"
                + "<tr><th>Name</th><th>Department</th><th>Phone</th><th>Date of Birth</th></tr>"
                + "<tr><td>Olivia Allen</td><td>Finance</td><td>(512) 264-7058</td><td>03/14/1985</td></tr>"
                + "<tr><td>Noah Baker</td><td>Sales</td><td>(415) 490-5379</td><td>11/02/1990</td></tr></table>"
                + "<table><tr><td>Employee</td><td>Grace Kim</td></tr><tr><td>Date of birth</td><td>07/04/1979</td></tr>"
                + "<tr><td>Phone</td><td>(206) 235-2343</td></tr><tr><td>Emergency contact</td><td>Daniel Kim</td></tr>"
                + "<tr><td>Contact phone</td><td>(206) 555-0188</td></tr></table></body></html>", StandardCharsets.UTF_8);
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", out.toString(), "--quiet",
                "--unmasked"));
        subjects = Outputs.rows(out.resolve("subjects.csv"));
        findings = Outputs.rows(out.resolve("findings.csv"));
    }

    private static void docx(Path file, String[][] rows) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Starter Checklist");
            XWPFTable t = doc.createTable(rows.length, 2);
            for (int r = 0; r < rows.length; r++) {
                t.getRow(r).getCell(0).setText(rows[r][0]);
                t.getRow(r).getCell(1).setText(rows[r][1]);
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                doc.write(o);
            }
        }
    }

    private static Map<String, String> withEmail(String email) {
        return subjects.stream().filter(s -> s.get("emails").contains(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no person with " + email + " in " + subjects));
    }

    @Test
    void aFormsBirthDateReachesItsPerson() {
        Map<String, String> ava = withEmail("ava.smith@example.com");
        assertEquals("Ava Smith", ava.get("name"));
        assertTrue(ava.get("data_elements").contains("DATE_OF_BIRTH"), ava.toString());
        assertTrue(ava.get("data_elements").contains("UK_NINO"), ava.toString());
    }

    @Test
    void aFormsLabelsAreNoNames() {
        List<String> names = findings.stream().filter(f -> f.get("type").equals("PERSON_NAME"))
                .map(f -> f.get("value_masked")).toList();
        assertFalse(names.contains("Start date"), names.toString());
        assertFalse(names.contains("Date of birth"), names.toString());
    }

    @Test
    void eachAttendeeKeepsTheirOwnEmail() {
        assertEquals("Linda Jones", withEmail("linda.jones.civ@example.mil").get("name"));
        assertEquals("Susan Rodriguez", withEmail("susan.rodriguez@example.com").get("name"));
        assertEquals("Thomas Martinez", withEmail("thomas.martinez@example.com").get("name"));
    }

    @Test
    void twoTablesUnderOneHeadingDoNotShareRows() {
        Map<String, String> noah = subjects.stream().filter(x -> x.get("name").equals("Noah Baker")).findFirst().orElseThrow();
        assertEquals("+14154905379", noah.get("phones"));
        Map<String, String> grace = subjects.stream().filter(x -> x.get("name").equals("Grace Kim")).findFirst().orElseThrow();
        assertEquals("+12062352343", grace.get("phones"));
        assertTrue(grace.get("data_elements").contains("DATE_OF_BIRTH"), grace.toString());
        Map<String, String> daniel = subjects.stream().filter(x -> x.get("name").equals("Daniel Kim")).findFirst().orElseThrow();
        assertEquals("+12065550188", daniel.get("phones"));
    }

    @Test
    void anAddressSplitOverColumnsIsWhole() {
        Map<String, String> elizabeth = withEmail("elizabeth.taylor@example.com");
        assertEquals("3378 Chestnut St, Seattle, WA 98156", elizabeth.get("postal_address"));
        assertEquals("US-WA", elizabeth.get("jurisdictions"));
    }
}
