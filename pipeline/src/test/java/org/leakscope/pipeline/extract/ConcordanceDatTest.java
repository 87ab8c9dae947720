package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.text.TextUnit;

/** Concordance / Relativity load files: þ-qualified fields, DC4 between them, ® for a newline inside one. */
class ConcordanceDatTest {

    private static final String T = "\u00fe";
    private static final String DC4 = "\u0014";

    private static String line(String sep, String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            sb.append(sb.length() == 0 ? "" : sep).append(T).append(f).append(T);
        }
        return sb.append("\r\n").toString();
    }

    private static byte[] bytes(byte[] bom, String text, Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void aLoadFilesHeaderInEachEncodingAndSeparator() {
        String dat = line(DC4, "BEGBATES", "ENDBATES", "CUSTODIAN") + line(DC4, "HBL0002076", "HBL0002078", "Bellamy, Theresa");
        ConcordanceDat.Format utf8Bom = ConcordanceDat.sniff(bytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, dat,
                StandardCharsets.UTF_8));
        assertEquals(new ConcordanceDat.Format(StandardCharsets.UTF_8, 3, '\u0014'), utf8Bom);
        assertEquals(new ConcordanceDat.Format(StandardCharsets.UTF_8, 0, '\u0014'),
                ConcordanceDat.sniff(dat.getBytes(StandardCharsets.UTF_8)));
        // Concordance's "ANSI" file: þ is one byte, 0xFE, which no UTF-8 text holds alone
        assertEquals(new ConcordanceDat.Format(Charset.forName("windows-1252"), 0, '\u0014'),
                ConcordanceDat.sniff(dat.getBytes(Charset.forName("windows-1252"))));
        assertEquals(new ConcordanceDat.Format(StandardCharsets.UTF_16LE, 2, '\u0014'),
                ConcordanceDat.sniff(bytes(new byte[] {(byte) 0xff, (byte) 0xfe}, dat, StandardCharsets.UTF_16LE)));
        // some vendors part the þ-qualified fields with a comma or a bar
        assertEquals(',', ConcordanceDat.separator(T + "BEGBATES" + T + "," + T + "CUSTODIAN" + T));
        assertEquals('|', ConcordanceDat.separator(T + "BEGBATES" + T + "|" + T + "CUSTODIAN" + T));
    }

    @Test
    void otherTextIsNoLoadFile() {
        assertEquals(0, ConcordanceDat.separator("BEGBATES,ENDBATES,CUSTODIAN"));
        assertEquals(0, ConcordanceDat.separator(T + "BEGBATES" + T)); // one field
        assertEquals(0, ConcordanceDat.separator(T + "BEGBATES" + T + DC4 + T + T)); // an empty field name
        assertEquals(0, ConcordanceDat.separator(T + "BEGBATES" + T + " " + T + "END" + T)); // a blank is no separator
        assertEquals(0, ConcordanceDat.separator("þetta er texti á íslensku þ"));
        assertNull(ConcordanceDat.sniff("Dear Ms. Bellamy,\r\nthank you.\r\n".getBytes(StandardCharsets.UTF_8)));
        assertNull(ConcordanceDat.sniff((T + "BEGBATES" + T + DC4 + T + "END" + T).getBytes(StandardCharsets.UTF_8))); // no line end
        // an Opticon image cross-reference: commas, no qualifier
        assertNull(ConcordanceDat.sniff("HBL0002076,HBL_PROD001,IMAGES\\VOL002\\0001\\HBL0002076.tif,Y,,,4\r\n"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachFieldIsACellUnderItsNameAndRegistersNewlines() throws Exception {
        String dat = line(DC4, "BEGBATES", "CUSTODIAN", "FROM", "SUBJECT")
                + line(DC4, "HBL0002083", "Huxley, Stuart", "Theresa Bellamy <tb@harborline.example.com>", "Rates\u00aesee attached")
                + line(DC4, "HBL0002090", "", "m.mori@harborline.example.co.jp", "Q3, \"final\"")
                + line(DC4, "HBL0002097", "TEXT\\VOL002\\", "\\\\server\\share", "x");
        List<TextUnit> units = CsvUnits.readConcordance(new StringReader(dat), '\u0014', 1 << 20, null);
        assertEquals(List.of("BEGBATES", "CUSTODIAN", "FROM", "SUBJECT", "HBL0002083", "Huxley, Stuart",
                        "Theresa Bellamy <tb@harborline.example.com>", "Rates\nsee attached", "HBL0002090",
                        "m.mori@harborline.example.co.jp", "Q3, \"final\"", "HBL0002097", "TEXT\\VOL002\\",
                        "\\\\server\\share", "x"),
                units.stream().map(TextUnit::text).toList());
        assertEquals("CUSTODIAN", units.get(5).columnHeader());
        assertEquals("SUBJECT", units.get(10).columnHeader());
    }
}
