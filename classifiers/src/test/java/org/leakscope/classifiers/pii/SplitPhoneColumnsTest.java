package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * A phone number split over an area-code column and a local-number column ({@link SplitPhoneColumns}), and a database
 * extract's column named with its table ({@link ColumnHeaderDetector#dbColumn}): probe set 31's Banner-like SIS extract.
 */
class SplitPhoneColumnsTest {

    private static final SplitPhoneColumns SPLIT = new SplitPhoneColumns();

    private static List<Finding> row(String[] headers, String... cells) {
        List<TextUnit> units = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            units.add(TextUnit.cell(null, 2, String.valueOf((char) ('A' + c)), headers[c], cells[c]));
        }
        return SPLIT.detect(ScanText.unindexed(units));
    }

    @Test
    void anAreaCodeAndALocalNumberInTwoColumnsAreOnePhoneNumber() {
        String[] banner = {"SPRIDEN_LAST_NAME", "SPRTELE_PHONE_AREA", "SPRTELE_PHONE_NUMBER"};
        assertEquals(List.of("+12539837436"), row(banner, "ASHWORTH", "253", "9837436").stream().map(Finding::value).toList());
        String[] plain = {"Name", "Area Code", "Phone"};
        assertEquals(List.of("+14042621844"), row(plain, "Wesley Quintero", "404", "262-1844").stream().map(Finding::value).toList());
    }

    @Test
    void aLocalNumberWithoutItsAreaOrBesideAnotherNumberIsNone() {
        // no area-code column in the row
        assertTrue(row(new String[] {"Name", "Phone"}, "Dana Lee", "9837436").isEmpty());
        // an extension, a bin number, a count: not a local number's column
        assertTrue(row(new String[] {"Name", "Area Code", "Extension"}, "Dana Lee", "253", "4417").isEmpty());
        assertTrue(row(new String[] {"INVENTORY_AREA_CODE", "INVENTORY_BIN_NUMBER"}, "253", "4471234").isEmpty());
        // an area code no number has (1xx), and a local number starting 0 or 1
        assertTrue(row(new String[] {"Phone Area", "Phone Number"}, "153", "9837436").isEmpty());
        assertTrue(row(new String[] {"Phone Area", "Phone Number"}, "253", "0837436").isEmpty());
    }

    @Test
    void aDatabaseColumnLosesItsTableOnlyBeforeTwoWordsOrMore() {
        assertEquals("LAST_NAME", ColumnHeaderDetector.dbColumn("SPRIDEN_LAST_NAME"));
        assertEquals("STREET_LINE1", ColumnHeaderDetector.dbColumn("SPRADDR_STREET_LINE1"));
        assertEquals("BIRTH_DATE", ColumnHeaderDetector.dbColumn("SPBPERS_BIRTH_DATE"));
        // a table's bare NAME or CITY, a short prefix, a header in lower case: as written
        assertEquals("PROD_NAME", ColumnHeaderDetector.dbColumn("PROD_NAME"));
        assertEquals("SPRADDR_CITY", ColumnHeaderDetector.dbColumn("SPRADDR_CITY"));
        assertEquals("EMP_LAST_NAME", ColumnHeaderDetector.dbColumn("EMP_LAST_NAME"));
        assertEquals("billing_first_name", ColumnHeaderDetector.dbColumn("billing_first_name"));
        assertEquals("LAST_NAME", ColumnHeaderDetector.plainHeader("SPRIDEN_LAST_NAME"));
        // an address's parts: a column of the street line's own table loses it ("SPRADDR_CITY" beside SPRADDR_STREET_LINE1)
        assertEquals("CITY", ColumnHeaderDetector.sameTableColumn("SPRADDR_CITY", ColumnHeaderDetector.dbTable("SPRADDR_STREET_LINE1")));
        assertEquals("SPRIDEN_CITY", ColumnHeaderDetector.sameTableColumn("SPRIDEN_CITY", "SPRADDR"));
    }
}
