package org.leakscope.classifiers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScanTextTest {

    @Test
    void mapsOffsetsBackToUnits() {
        ScanText t = ScanText.ofLines("ab", "ｃｄｅ", "f");
        assertEquals("ab\ncde\nf", t.text());
        assertEquals(0, t.unitIndexAt(0));
        assertEquals(0, t.unitIndexAt(2));      // the '\n' belongs to the line before
        assertEquals(1, t.unitIndexAt(3));
        assertEquals(2, t.unitIndexAt(7));
        assertEquals("line=2", t.unitAt(4).location());
    }

    @Test
    void aFoldedUnitIsMadeOnceAndAnotherFoldStartsOver() {
        ScanText t = ScanText.ofLines("髙橋", "ab");
        int[] calls = {0};
        java.util.function.UnaryOperator<String> upper = s -> {
            calls[0]++;
            return s.toUpperCase(java.util.Locale.ROOT);
        };
        assertEquals("AB", t.folded(1, upper));
        assertEquals("AB", t.folded(1, upper));
        assertEquals(1, calls[0]);
        assertEquals("髙橋!", t.folded(0, s -> s + "!"));
        assertEquals("AB", t.folded(1, upper));
        assertEquals(2, calls[0]);
    }

    @Test
    void cellContextIsItsHeaderNotItsNeighbours() {
        ScanText t = new ScanText(List.of(
                TextUnit.cell("S", 2, "A", "Routing", "222176709"),
                TextUnit.cell("S", 2, "B", "SSN", "123456789")));
        int start = t.start(1);
        String ctx = t.context(start, start + 9, 60, 15);
        assertTrue(ctx.contains("ssn"));
        assertTrue(!ctx.contains("routing"));
    }

    @Test
    void rowLabelIsTheLeftCellOfATwoOrFourCellRow() {
        ScanText t = new ScanText(List.of(
                TextUnit.line(1, "Staff form"),
                TextUnit.cell(null, 1, "A", null, "Name:"),
                TextUnit.cell(null, 1, "B", null, "Taro Yamada"),
                TextUnit.cell("", 1, "C", null, "Phone"),
                TextUnit.cell(null, 1, "D", null, "090-1234-5678"),
                TextUnit.cell(null, 2, "A", null, "Name"),
                TextUnit.cell(null, 2, "B", null, "Hanako"),
                TextUnit.cell(null, 2, "C", null, "extra"),
                TextUnit.cell("Other", 2, "D", null, "Fax 2"),
                TextUnit.cell("Other", 2, "E", null, "03-1234-5678")));
        assertEquals(null, t.rowLabel(0));
        assertEquals("Name", t.rowLabel(2));      // colon dropped
        assertEquals("Phone", t.rowLabel(4));     // a null sheet and "" are one record
        assertEquals(null, t.rowLabel(1));        // even positions are labels, not values
        assertEquals(null, t.rowLabel(6));        // three cells in the row: no form
        assertEquals(null, t.rowLabel(9));        // a label with a digit
        assertEquals(t.rowLabel(2), t.rowLabel(2));
        assertEquals("name \n  \n taro yamada", t.context(t.start(2), t.start(2) + 4, 60, 15));
    }
    @Test
    void aTablesHeaderRowIsNoSectionRowOfLabelsAndValues() {
        ScanText header = new ScanText(List.of(
                // a blank report form's contact table: the header row over a row with only its role filled
                TextUnit.cell("T", 1, "A", null, "役割"), TextUnit.cell("T", 1, "B", null, "氏名"),
                TextUnit.cell("T", 1, "C", null, "所属"), TextUnit.cell("T", 1, "D", null, "携帯電話"),
                TextUnit.cell("T", 1, "E", null, "メール"),
                TextUnit.cell("T", 2, "A", "役割", "報告者")));
        assertEquals(null, header.rowLabel(2), "所属 is a header, not the value of 氏名");
        ScanText form = new ScanText(List.of(
                // a form's section rows repeat their labels: label | value pairs
                TextUnit.cell("F", 1, "A", null, "配偶者"), TextUnit.cell("F", 1, "B", null, "氏名"),
                TextUnit.cell("F", 1, "C", null, "近藤 陽子"), TextUnit.cell("F", 1, "D", null, "続柄"),
                TextUnit.cell("F", 1, "E", null, "妻"),
                TextUnit.cell("F", 2, "A", "配偶者", "扶養親族"), TextUnit.cell("F", 2, "B", "氏名", "氏名"),
                TextUnit.cell("F", 2, "C", "近藤 陽子", "近藤 翼"), TextUnit.cell("F", 2, "D", "続柄", "続柄"),
                TextUnit.cell("F", 2, "E", "妻", "子")));
        assertEquals("氏名", form.rowLabel(2));
        assertEquals("氏名", form.rowLabel(7));
    }

    @Test
    void aNumberedItemLabelsItsValue() {
        ScanText t = new ScanText(List.of(
                // an SF 86 export: section | field | response
                TextUnit.cell("Q", 2, "A", null, "8"),
                TextUnit.cell("Q", 2, "B", null, "U.S. passport book number"),
                TextUnit.cell("Q", 2, "C", null, "557201946"),
                // a 質問票's numbered item before its label, in the label's cell
                TextUnit.cell("Q", 3, "A", null, "６　精神疾患"),
                TextUnit.cell("Q", 3, "B", null, "あり（うつ病）"),
                TextUnit.cell("Q", 4, "A", null, "(3) Place of birth"),
                TextUnit.cell("Q", 4, "B", null, "Dayton, OH"),
                // a roster row of three cells whose first is no item number
                TextUnit.cell("Q", 5, "A", null, "Sales"),
                TextUnit.cell("Q", 5, "B", null, "Phone"),
                TextUnit.cell("Q", 5, "C", null, "090-1234-5678"),
                // an address, not an item number and a label
                TextUnit.cell("Q", 6, "A", null, "12 Oak Lane 4"),
                TextUnit.cell("Q", 6, "B", null, "x"),
                // a person's role and its instance number (a beneficiary designation form, probe set 30)
                TextUnit.cell("Q", 7, "A", null, "Primary beneficiary 1"),
                TextUnit.cell("Q", 7, "B", null, "Brent Delgado")));
        assertEquals("U.S. passport book number", t.rowLabel(2));
        assertEquals(null, t.rowLabel(1), "the label is no value");
        assertEquals("精神疾患", t.rowLabel(4));
        assertEquals("Place of birth", t.rowLabel(6));
        assertEquals(null, t.rowLabel(9), "a three-cell row labels only after an item number");
        assertEquals(null, t.rowLabel(11), "a digit after the words: no label");
        assertEquals("Primary beneficiary 1", t.rowLabel(13), "a role's instance number: a label");
    }

    @Test
    void aFormSectionRowLabelsItsValuesButARosterRowDoesNot() {
        ScanText t = new ScanText(List.of(
                TextUnit.cell("S", 9, "A", null, "（源泉）控除対象配偶者"),
                TextUnit.cell("S", 9, "B", null, "氏名"),
                TextUnit.cell("S", 9, "C", null, "近藤 陽子"),
                TextUnit.cell("S", 9, "D", null, "個人番号"),
                TextUnit.cell("S", 9, "E", null, "383416030169"),
                // a roster row: a name where a label would stand
                TextUnit.cell("S", 10, "A", "Dept", "Sales"),
                TextUnit.cell("S", 10, "B", "Name", "Ann Lee"),
                TextUnit.cell("S", 10, "C", "Email", "ann@example.com"),
                TextUnit.cell("S", 10, "D", "Title", "Manager"),
                TextUnit.cell("S", 10, "E", "Phone", "555-0100"),
                // the section cell with digits: no section row
                TextUnit.cell("S", 11, "A", "Dept", "E1234"),
                TextUnit.cell("S", 11, "B", "Name", "氏名"),
                TextUnit.cell("S", 11, "C", "Email", "近藤 麻衣"),
                TextUnit.cell("S", 11, "D", "Title", "個人番号"),
                TextUnit.cell("S", 11, "E", "Phone", "528430558689")));
        assertEquals("氏名", t.rowLabel(2));
        assertEquals("個人番号", t.rowLabel(4));
        assertEquals(null, t.rowLabel(1), "labels are not values");
        assertEquals(null, t.rowLabel(3));
        assertEquals(null, t.rowLabel(0), "the section's name labels nothing");
        assertEquals(null, t.rowLabel(7), "a name with a space is no label");
        assertEquals(null, t.rowLabel(9));
        assertEquals(null, t.rowLabel(12));
        assertEquals(null, t.rowLabel(14));
    }

    @Test
    void aHeaderRowPartwayDownATableHeadsTheRowsBelowIt() {
        ScanText t = new ScanText(List.of(
                TextUnit.cell("T", 1, "A", null, "あなたの氏名"), TextUnit.cell("T", 1, "B", null, "近藤 恵"),
                TextUnit.cell("T", 1, "C", null, "あなたの住所"), TextUnit.cell("T", 1, "D", null, "東京都渋谷区"),
                TextUnit.cell("T", 3, "A", null, "区分"), TextUnit.cell("T", 3, "B", null, "氏名"),
                TextUnit.cell("T", 3, "C", null, "続柄"), TextUnit.cell("T", 3, "E", null, "生年月日"),
                TextUnit.cell("T", 3, "D", null, "個人番号"),
                TextUnit.cell("T", 4, "A", null, "配偶者"), TextUnit.cell("T", 4, "B", null, "近藤 陽子"),
                TextUnit.cell("T", 4, "C", null, "妻"), TextUnit.cell("T", 4, "D", null, "（前年と同じ）"),
                TextUnit.cell("T", 4, "E", null, "昭和57年1月17日"),
                TextUnit.cell("T", 5, "A", null, "扶養親族"), TextUnit.cell("T", 5, "B", null, "近藤 麻衣"),
                TextUnit.cell("T", 5, "C", null, "子"), TextUnit.cell("T", 5, "D", null, "（前年と同じ）"),
                TextUnit.cell("T", 5, "E", null, "2010年1月2日")));
        assertEquals("生年月日", t.innerHeader(13), "by column letter");
        assertEquals("生年月日", t.innerHeader(18), "over a data row of the same width");
        assertEquals("氏名", t.innerHeader(15));
        assertEquals(null, t.innerHeader(3), "the first rows have none");
        String ctx = t.context(t.start(13), t.start(13) + 3, 60, 15);
        assertTrue(ctx.contains("生年月日"), ctx);
        // a roster's rows are all of one width: a data row of labels-like cells heads nothing
        ScanText roster = new ScanText(List.of(
                TextUnit.cell("R", 2, "A", "Dept", "Sales"), TextUnit.cell("R", 2, "B", "City", "Boston"),
                TextUnit.cell("R", 2, "C", "Status", "Active"),
                TextUnit.cell("R", 3, "A", "Dept", "Ops"), TextUnit.cell("R", 3, "B", "City", "Leeds"),
                TextUnit.cell("R", 3, "C", "Status", "1980-01-02")));
        assertEquals(null, roster.innerHeader(5));
    }

    private static final java.util.function.Predicate<String> PII_LABELS =
            l -> java.util.Set.of("name", "date of birth", "phone", "email", "address").contains(l.toLowerCase());

    @Test
    void aTableOfLabelledPiiRowsIsAForm() {
        ScanText t = new ScanText(List.of(
                TextUnit.cell("Starter", 1, "A", null, "Name"), TextUnit.cell("Starter", 1, "B", null, "Charlotte Thomas"),
                TextUnit.cell("Starter", 2, "A", null, "Start date"), TextUnit.cell("Starter", 2, "B", null, "1 May"),
                TextUnit.cell("Starter", 3, "A", null, "Date of birth:"), TextUnit.cell("Starter", 3, "B", null, "x"),
                // a four-cell form row counts once
                TextUnit.cell("Two", 1, "A", null, "Name"), TextUnit.cell("Two", 1, "B", null, "Ann"),
                TextUnit.cell("Two", 1, "C", null, "Phone"), TextUnit.cell("Two", 1, "D", null, "0312345678")));
        assertEquals(java.util.Set.of("Starter"), t.formSheets(PII_LABELS));
    }

    @Test
    void aTwoColumnRosterAndAWideTableAreNoForms() {
        ScanText t = new ScanText(List.of(
                // header row "Name | Email" is one labelled row; the people's rows have names, not labels, on the left
                TextUnit.cell(null, 1, "A", "Name", "Name"), TextUnit.cell(null, 1, "B", "Email", "Email"),
                TextUnit.cell(null, 2, "A", "Name", "Ann Lee"), TextUnit.cell(null, 2, "B", "Email", "ann@example.com"),
                TextUnit.cell(null, 3, "A", "Name", "Bob Roe"), TextUnit.cell(null, 3, "B", "Email", "bob@example.com"),
                // labelled rows, but a row of five cells: a sheet that is a table
                TextUnit.cell("Wide", 1, "A", null, "Name"), TextUnit.cell("Wide", 1, "B", null, "Ann"),
                TextUnit.cell("Wide", 2, "A", null, "Phone"), TextUnit.cell("Wide", 2, "B", null, "0312345678"),
                TextUnit.cell("Wide", 3, "A", null, "a"), TextUnit.cell("Wide", 3, "B", null, "b"),
                TextUnit.cell("Wide", 3, "C", null, "c"), TextUnit.cell("Wide", 3, "D", null, "d"),
                TextUnit.cell("Wide", 3, "E", null, "e"),
                TextUnit.line(9, "Name: Ann")));
        assertEquals(java.util.Set.of(), t.formSheets(PII_LABELS));
    }
    private static final java.util.function.Predicate<String> ROLES =
            h -> java.util.Set.of("borrower", "co-borrower", "employee", "spouse").contains(h.toLowerCase());

    private static List<TextUnit> personRow(String sheet, int row, String... cells) {
        List<TextUnit> out = new java.util.ArrayList<>();
        String[] headers = {"Section", "Borrower", "Co-Borrower", "Spouse"};
        for (int c = 0; c < cells.length; c++) {
            out.add(TextUnit.cell(sheet, row, String.valueOf((char) ('A' + c)), row == 1 ? null : headers[c], cells[c]));
        }
        return out;
    }

    @Test
    void aRowOfAPeopleColumnsTableIsLabelledByItsField() {
        List<TextUnit> units = new java.util.ArrayList<>();
        units.addAll(personRow("L", 1, "Section", "Borrower", "Co-Borrower"));
        units.addAll(personRow("L", 2, "Name (First, Middle, Last, Suffix)", "Ann Lee", "Bob Lee"));
        units.addAll(personRow("L", 3, "Date of Birth (mm/dd/yyyy)", "01/02/1970", "03/04/1971"));
        units.addAll(personRow("L", 4, "Citizenship", "U.S. Citizen", "U.S. Citizen"));
        ScanText t = new ScanText(units).personColumns(ROLES);
        // the field without its format note labels both people's values; the field cell and the header row are none
        assertEquals("Name", t.rowLabel(4));
        assertEquals("Name", t.rowLabel(5));
        assertEquals("Date of Birth", t.rowLabel(7));
        assertEquals("Citizenship", t.rowLabel(11));
        assertEquals(null, t.rowLabel(3));
        assertEquals(null, t.rowLabel(1));
        assertTrue(t.inPersonColumn(5));
        assertFalse(t.inPersonColumn(3));
        assertFalse(t.inPersonColumn(1));
        // two fields of personal data: each column is a person's; no label | value form
        assertEquals(java.util.Set.of("L"), t.personColumnSheets(PII_LABELS));
        assertEquals(java.util.Set.of(), t.formSheets(PII_LABELS));
        // without the roles the rows are a three-column table's
        ScanText plain = new ScanText(units);
        assertEquals(null, plain.rowLabel(4));
        assertFalse(plain.inPersonColumn(4));
        assertEquals(java.util.Set.of(), plain.personColumnSheets(PII_LABELS));
    }

    @Test
    void aTaskListWithPeopleInItsColumnsNamesNoFieldsOfTheirs() {
        // "Shift | Employee | Spouse" rows label nothing personal: no person's columns, whatever the headers say
        List<TextUnit> units = new java.util.ArrayList<>();
        units.addAll(personRow("S", 2, "Monday", "Ann Lee", "Bob Lee"));
        units.addAll(personRow("S", 3, "Tuesday", "Cy Roe", "Di Roe"));
        units.addAll(personRow("S", 4, "Name", "x", "y"));
        ScanText t = new ScanText(units).personColumns(ROLES);
        assertEquals("Monday", t.rowLabel(1));
        assertEquals(java.util.Set.of(), t.personColumnSheets(PII_LABELS));
        // a row of two or six cells is no such row
        ScanText narrow = new ScanText(personRow("N", 2, "Name", "Ann Lee")).personColumns(ROLES);
        assertFalse(narrow.inPersonColumn(1));
    }

    @Test
    void aTableOfLabelRowsRightAfterAFormContinuesIt() {
        ScanText t = new ScanText(List.of(
                TextUnit.cell("FMLA", 1, "A", null, "Name"), TextUnit.cell("FMLA", 1, "B", null, "Olivia Allen"),
                TextUnit.cell("FMLA", 2, "A", null, "Phone"), TextUnit.cell("FMLA", 2, "B", null, "(512) 264-7058"),
                // one PII label ("Date of birth") and label rows only: the form goes on
                TextUnit.cell("FMLA (2)", 1, "A", null, "Date of birth"), TextUnit.cell("FMLA (2)", 1, "B", null, "x"),
                TextUnit.cell("FMLA (2)", 2, "A", null, "Treatment"), TextUnit.cell("FMLA (2)", 2, "B", null, "y"),
                // the same under another heading, after no form: not a form
                TextUnit.cell("Other", 1, "A", null, "Date of birth"), TextUnit.cell("Other", 1, "B", null, "x"),
                TextUnit.cell("Other", 2, "A", null, "Treatment"), TextUnit.cell("Other", 2, "B", null, "y")));
        assertEquals(java.util.Set.of("FMLA", "FMLA (2)"), t.formSheets(PII_LABELS));
        assertEquals("FMLA", ScanText.previousTable("FMLA (2)"));
        assertEquals("FMLA (2)", ScanText.previousTable("FMLA (3)"));
        assertEquals("", ScanText.previousTable("table 2"));
        assertEquals("table 2", ScanText.previousTable("table 3"));
        assertEquals(null, ScanText.previousTable("FMLA"));
    }
}
