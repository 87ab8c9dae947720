package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Formats of other trades (probe set 14): a 全銀協 transfer file's 120-byte Shift_JIS records read as a table under
 * the format's field names, and a fixed-width text table (an APIS passenger manifest) read as cells under its header.
 */
class DomainFormatsTest {

    @TempDir
    Path tmp;

    private static final Charset SJIS = Charset.forName("windows-31j");

    private List<TextUnit> units(String name, byte[] bytes) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, bytes);
        return TestFiles.extract(tmp.resolve("spool"), file, file.getFileName().toString()).get(0).units();
    }

    private static String pad(String s, int bytes) {
        return s + " ".repeat(bytes - s.getBytes(SJIS).length);
    }

    /** A 総合振込 (21) or 給与振込 (11) file with one data record per payee: name (half-width kana), account. */
    private static byte[] zengin(String kind, String[][] payees, String eol) {
        StringBuilder sb = new StringBuilder();
        sb.append("1").append(kind).append("0").append("1234567890").append(pad("ｶ)ﾃｽﾄｼｮｳｼﾞ", 40)).append("1025")
                .append("0001").append(pad("ﾐｽﾞﾎ", 15)).append("001").append(pad("ﾎﾝﾃﾝ", 15)).append("1").append("7654321")
                .append(" ".repeat(17)).append(eol);
        for (String[] p : payees) {
            sb.append("2").append("0009").append(pad("ﾐﾂｲｽﾐﾄﾓ", 15)).append("212").append(pad("ﾖｺﾊﾏ", 15)).append("    ")
                    .append("1").append(p[1]).append(pad(p[0], 30)).append("0000250000").append("0")
                    .append(" ".repeat(20)).append("7").append(" ").append(" ".repeat(7)).append(eol);
        }
        sb.append("8").append(String.format("%06d", payees.length)).append(String.format("%012d", 250000L * payees.length))
                .append(" ".repeat(101)).append(eol);
        sb.append("9").append(" ".repeat(119)).append(eol);
        return sb.toString().getBytes(SJIS);
    }

    private static String cell(List<TextUnit> units, int row, String header) {
        for (TextUnit u : units) {
            if (u.row() == row && header.equals(u.columnHeader())) {
                return u.text();
            }
        }
        return null;
    }

    @Test
    void zenginTransferRecordsAreCellsUnderTheirFieldNames() throws IOException {
        byte[] file = zengin("21", new String[][] {{"ｺﾞﾄｳ ｱﾔ", "1910736"}, {"ｸﾄﾞｳ ｶｽﾞﾔ", "5787040"}}, "\r\n");
        List<TextUnit> units = units("SOGOFURI_20261025.txt", file);
        assertEquals("ｺﾞﾄｳ ｱﾔ", cell(units, 2, "受取人名"));
        assertEquals("1910736", cell(units, 2, "口座番号"));
        assertEquals("ｸﾄﾞｳ ｶｽﾞﾔ", cell(units, 3, "受取人名"));
        assertEquals("普通", cell(units, 3, "預金種目"));
        // the payer's own account in the header record is the firm's, no payee's
        assertFalse(units.stream().anyMatch(u -> u.text().contains("7654321")));
    }

    @Test
    void zenginRecordsWithoutLineBreaksAndPayrollKind() throws IOException {
        byte[] file = zengin("11", new String[][] {{"ｻｻｷ ﾀﾞｲｽｹ", "0317818"}}, "");
        List<TextUnit> units = units("KYUYO.dat", file);
        assertEquals("ｻｻｷ ﾀﾞｲｽｹ", cell(units, 2, "受取人名"));
        assertEquals("0317818", cell(units, 2, "口座番号"));
    }

    @Test
    void notZenginWhenARecordStraysFromTheLayout() {
        byte[] ok = zengin("21", new String[][] {{"ｺﾞﾄｳ ｱﾔ", "1910736"}}, "\r\n");
        assertTrue(ZenginTransfer.records(ok) != null);
        // an unknown 種別コード, an account that is not seven digits, a record of another length
        assertNull(ZenginTransfer.records(zengin("99", new String[][] {{"ｺﾞﾄｳ ｱﾔ", "1910736"}}, "\r\n")));
        assertNull(ZenginTransfer.records(zengin("21", new String[][] {{"ｺﾞﾄｳ ｱﾔ", "19107AB"}}, "\r\n")));
        String shortLine = "1210" + " ".repeat(100) + "\r\n";
        assertNull(ZenginTransfer.records((shortLine + shortLine + shortLine).getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void fixedWidthManifestRowsAreCellsUnderTheHeader() throws IOException {
        String text = "PASSENGER MANIFEST  FLT NH0110  HND-LAX  20OCT26\n"
                + "SEQ SURNAME/GIVEN              SEX DOB      NAT DOC TYPE DOC NO     SEAT\n"
                + "001 NISHIMURA/CHIAKI           F   04MAR95  JPN P        TZ7670821  31A\n"
                + "002 HALVORSEN/BIANCA           F   04NOV72  USA P        574772891  33C\n"
                + "END OF MANIFEST  2 PAX\n";
        List<TextUnit> units = units("manifest.txt", text.getBytes(StandardCharsets.US_ASCII));
        assertEquals("NISHIMURA/CHIAKI", cell(units, 2, "SURNAME/GIVEN"));
        assertEquals("04MAR95", cell(units, 2, "DOB"));
        // DOC TYPE and DOC NO are two columns: the row's values start under DOC and DOC, not under TYPE and NO
        assertEquals("P", cell(units, 3, "DOC TYPE"));
        assertEquals("574772891", cell(units, 3, "DOC NO"));
        // the header and the lines around the table stay lines
        assertTrue(units.stream().anyMatch(u -> !u.isCell() && u.text().startsWith("END OF MANIFEST")));
    }

    @Test
    void proseAndLogsAreNoFixedWidthTable() {
        assertFalse(LayoutContentHandler.fixedWidthHeader("The meeting moved to Friday  and the agenda is unchanged"));
        assertFalse(LayoutContentHandler.fixedWidthHeader("Step 1  open the lid  turn the key  wait"));
        // a row whose values start where the header has none
        assertNull(LayoutContentHandler.fixedWidthStarts("NAME   CITY   STATE   ZIP",
                "Sarah Lee   in Boston   since   2019   moved"));
        assertTrue(LayoutContentHandler.fixedWidthStarts("NAME        CITY      STATE  ZIP",
                "Sarah Lee   Boston    MA     02118") != null);
    }
}
