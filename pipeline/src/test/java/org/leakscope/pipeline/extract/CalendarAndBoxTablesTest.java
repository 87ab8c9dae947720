package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.text.TextUnit;

/**
 * An iCalendar invite read as its reader sees it (folded lines joined, attendees as "Name &lt;address&gt;"), and a
 * small one-column HTML table (a mail signature laid out as a table) read as lines, not as rows of records.
 */
class CalendarAndBoxTablesTest {

    @TempDir
    Path tmp;

    private List<ExtractedItem> extract(Path file) throws IOException {
        return TestFiles.extract(tmp.resolve("spool"), file, file.getFileName().toString());
    }

    private static String lines(List<TextUnit> units) {
        return units.stream().map(u -> (u.isCell() ? u.location() + " " : "") + u.text())
                .collect(Collectors.joining("\n"));
    }

    private static final String INVITE = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "SUMMARY:Quarterly review",
            "ORGANIZER;CN=\"Lindqvist, Maja\":mailto:maja.lindqvist@example.com",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Joaquin Ca",
            " rvalho\":mailto:joaquin.carvalho@example.org",
            "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=\"大野 ",
            " 恵子\":MAILTO:k.ono@example.jp",
            "ATTENDEE;RSVP=TRUE:mailto:room-4b@exam",
            "\tple.com",
            "DESCRIPTION:Join: https://meet.example.com/j/1\\nAgenda: claims\\, delivery",
            "END:VEVENT",
            "END:VCALENDAR", "");

    @Test
    void foldedLinesAreJoinedAndAttendeesBindTheirNamesToTheirAddresses() throws IOException {
        assertEquals("""
                BEGIN:VCALENDAR
                METHOD:REQUEST
                BEGIN:VEVENT
                SUMMARY:Quarterly review
                Organizer: "Lindqvist, Maja" <maja.lindqvist@example.com>
                Attendee: Joaquin Carvalho <joaquin.carvalho@example.org>
                Attendee: 大野 恵子 <k.ono@example.jp>
                Attendee: <room-4b@example.com>
                DESCRIPTION:Join: https://meet.example.com/j/1
                Agenda: claims, delivery
                END:VEVENT
                END:VCALENDAR""", lines(CalendarText.read(new StringReader(INVITE), Long.MAX_VALUE)));
    }

    @Test
    void aColonOrSemicolonInAQuotedParameterIsPartOfIt() {
        assertEquals("Smith; J: QA", CalendarText.parameter("ATTENDEE;ROLE=CHAIR;CN=\"Smith; J: QA\";RSVP=TRUE", "CN"));
        assertEquals("CHAIR", CalendarText.parameter("ATTENDEE;ROLE=CHAIR;CN=\"Smith; J: QA\";RSVP=TRUE", "role"));
        assertEquals(List.of("Attendee: Smith; J: QA <js@example.com>"),
                CalendarText.render("ATTENDEE;CN=\"Smith; J: QA\":mailto:js@example.com"));
    }

    @Test
    void anIcsFileIsReadAsACalendar() throws IOException {
        Path ics = tmp.resolve("invite.ics");
        Files.writeString(ics, INVITE, StandardCharsets.UTF_8);
        ExtractedItem item = extract(ics).get(0);
        assertEquals(ExtractionStatus.OK, item.status(), item.statusDetail());
        String text = lines(item.units());
        assertTrue(text.contains("Attendee: Joaquin Carvalho <joaquin.carvalho@example.org>"), text);
        assertTrue(text.contains("Attendee: 大野 恵子 <k.ono@example.jp>"), text);
    }

    @Test
    void aSignatureLaidOutAsAOneColumnTableIsLinesOfOneBlock() throws IOException {
        Path html = tmp.resolve("mail.html");
        Files.writeString(html, "<html><body><p>Thanks,</p><table><tr><td><b>Gregory Vasquez</b><br>Accounts Payable"
                + " Lead</td></tr><tr><td>M:&nbsp;(614)&nbsp;827-1242</td></tr><tr><td><a href='mailto:g@example.com'>"
                + "g@example.com</a></td></tr></table><p>Confidential.</p></body></html>", StandardCharsets.UTF_8);
        List<TextUnit> units = extract(html).get(0).units();
        assertTrue(units.stream().noneMatch(TextUnit::isCell), lines(units));
        String text = lines(units);
        assertTrue(text.contains("Thanks,\nGregory Vasquez\nAccounts Payable Lead\nM:"), text);
        assertTrue(text.contains("827-1242\ng@example.com\nConfidential."), text);
        // consecutive lines, as a signature written in paragraphs: one block for the resolver
        int name = lineOf(units, "Gregory Vasquez");
        assertEquals(name + 2, lineOf(units, "827-1242"));
        assertEquals(name + 3, lineOf(units, "g@example.com"));
    }

    @Test
    void aBoxCellsDivisionsAreItsLines() throws IOException {
        Path html = tmp.resolve("sig.html");
        Files.writeString(html, "<html><body><table><tr><td><div>Maja Lindqvist</div><div>Tel. +46 8 123 456 78</div>"
                + "</td></tr><tr><td>maja@example.se</td></tr></table></body></html>", StandardCharsets.UTF_8);
        assertEquals("Maja Lindqvist\nTel. +46 8 123 456 78\nmaja@example.se", lines(extract(html).get(0).units()));
    }

    private static int lineOf(List<TextUnit> units, String text) {
        return units.stream().filter(u -> u.text().contains(text)).findFirst().orElseThrow().line();
    }

    @Test
    void aTableWithTwoColumnsOrManyRowsOrLongCellsStaysATable() throws IOException {
        Path html = tmp.resolve("tables.html");
        StringBuilder many = new StringBuilder("<table>");
        for (int i = 1; i <= LayoutContentHandler.MAX_BOX_ROWS + 1; i++) {
            many.append("<tr><td>person").append(i).append("@example.com</td></tr>");
        }
        many.append("</table>");
        Files.writeString(html, "<html><body>"
                // one column at first, a second one on row 3: every row a record, the header row kept
                + "<table><tr><td>Name</td></tr><tr><td>Olivia Allen</td></tr>"
                + "<tr><td>Noah Baker</td><td>(415) 490-5379</td></tr></table>"
                + many
                + "<table><tr><td>" + "x".repeat(LayoutContentHandler.MAX_BOX_CHARS + 1) + "</td></tr>"
                + "<tr><td>Ann Lee</td></tr></table></body></html>", StandardCharsets.UTF_8);
        List<TextUnit> units = extract(html).get(0).units();
        TextUnit olivia = units.stream().filter(u -> u.text().equals("Olivia Allen")).findFirst().orElseThrow();
        assertTrue(olivia.isCell());
        assertEquals(2, olivia.row());
        TextUnit phone = units.stream().filter(u -> u.text().contains("490-5379")).findFirst().orElseThrow();
        assertEquals("B", phone.column());
        assertEquals(3, phone.row());
        assertTrue(units.stream().filter(u -> u.text().startsWith("person")).allMatch(TextUnit::isCell), lines(units));
        assertTrue(units.stream().filter(u -> u.text().equals("Ann Lee")).allMatch(TextUnit::isCell));
    }

    @Test
    void aOneColumnSheetStaysData() throws IOException {
        Path xlsx = tmp.resolve("ssn.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Staff");
            s.createRow(0).createCell(0).setCellValue("SSN");
            s.createRow(1).createCell(0).setCellValue("219099999");
            s.createRow(2).createCell(0).setCellValue("078051120");
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        List<TextUnit> units = extract(xlsx).get(0).units();
        TextUnit second = units.stream().filter(u -> u.text().equals("078051120")).findFirst().orElseThrow();
        assertTrue(second.isCell());
        assertEquals("SSN", second.columnHeader());
        assertFalse(units.isEmpty());
    }
}
