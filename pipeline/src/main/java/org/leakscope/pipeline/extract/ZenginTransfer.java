package org.leakscope.pipeline.extract;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.leakscope.classifiers.text.TextUnit;

/**
 * A 全銀協 (Zengin) transfer file: the fixed-width records Japanese firms hand their bank for 総合振込, 給与振込,
 * 賞与振込 and 口座振替. Each record is 120 bytes of Shift_JIS (half-width kana names, no separators), usually one a
 * line: a header (1), data records (2), a trailer (8) and an end record (9). As plain text it is one run of digits
 * and kana per line, so nothing says which digits are the account number and which the amount; read here as a table
 * whose cells carry the format's field names (受取人名, 口座番号, …), one row per payee, so the column rules type them.
 * Field positions: 全銀協規定 総合振込 / 給与振込 / 口座振替 データレコード (the same for the four kinds).
 */
final class ZenginTransfer {

    private ZenginTransfer() {
    }

    static final int RECORD = 120;
    private static final Charset SJIS = Charset.forName("windows-31j");
    /** 種別コード: 11 給与, 12 賞与, 21 総合振込, 71 給与 (会社員以外), 91 口座振替. */
    private static final Set<String> KINDS = Set.of("11", "12", "21", "71", "91");
    /** A data record's field: its name (the column header it is read under), start byte and length. */
    private record Field(String name, int start, int length) {
    }

    /** A data record's fields after the record type. */
    private static final List<Field> DATA = List.of(new Field("銀行番号", 1, 4), new Field("銀行名", 5, 15),
            new Field("支店番号", 20, 3), new Field("支店名", 23, 15), new Field("預金種目", 42, 1), new Field("口座番号", 43, 7),
            new Field("受取人名", 50, 30), new Field("振込金額", 80, 10), new Field("顧客コード1", 91, 10),
            new Field("顧客コード2", 101, 10));

    /** Whether the first {@code len} bytes can open a Zengin file: a header record of a known kind, then a break or a record. */
    static boolean mayBeHeader(byte[] head, int len) {
        if (len <= RECORD || head[0] != '1' || !KINDS.contains(new String(head, 1, 2, SJIS))) {
            return false;
        }
        byte next = head[RECORD];
        return next == '\r' || next == '\n' || next == '2';
    }

    /** The records of a Zengin file, or null when the bytes are not one (checked on every record, not the first). */
    static List<byte[]> records(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == 0x1A) { // CR LF between records, EOF mark at the end
                i++;
                continue;
            }
            if (i + RECORD > bytes.length) {
                return null;
            }
            byte[] r = java.util.Arrays.copyOfRange(bytes, i, i + RECORD);
            byte t = r[0];
            if (t != '1' && t != '2' && t != '8' && t != '9') {
                return null;
            }
            out.add(r);
            i += RECORD;
            // a record ends at byte 120: a line break follows or the next record starts at once
            if (i < bytes.length && bytes[i] != '\r' && bytes[i] != '\n' && !isRecordType(bytes[i]) && bytes[i] != 0x1A) {
                return null;
            }
        }
        if (out.size() < 3 || out.get(0)[0] != '1') {
            return null;
        }
        String kind = new String(out.get(0), 1, 2, SJIS);
        if (!KINDS.contains(kind)) {
            return null;
        }
        boolean data = false;
        for (byte[] r : out) {
            data |= r[0] == '2';
            if (r[0] == '2' && !digits(r, 43, 7)) { // an account number is seven digits in every data record
                return null;
            }
        }
        return data ? out : null;
    }

    private static boolean isRecordType(byte b) {
        return b == '1' || b == '2' || b == '8' || b == '9';
    }

    private static boolean digits(byte[] r, int from, int len) {
        for (int k = from; k < from + len; k++) {
            if (r[k] < '0' || r[k] > '9') {
                return false;
            }
        }
        return true;
    }

    /** The data records as cells (a row each, headed by the field names); the header's payer and date as lines. */
    static List<TextUnit> units(List<byte[]> records, long maxChars) {
        List<TextUnit> out = new ArrayList<>();
        long chars = 0;
        byte[] head = records.get(0);
        out.add(TextUnit.line(1, "全銀協 振込データ 種別コード " + field(head, 1, 2) + " 振込依頼人名 " + field(head, 14, 40)
                + " 取組日 " + field(head, 54, 4)));
        int row = 1;
        for (byte[] r : records) {
            if (r[0] != '2') {
                continue;
            }
            row++;
            for (int c = 0; c < DATA.size(); c++) {
                Field f = DATA.get(c);
                String text = field(r, f.start(), f.length());
                if (text.isEmpty()) {
                    continue;
                }
                if ("預金種目".equals(f.name())) {
                    text = switch (text) {
                        case "1" -> "普通";
                        case "2" -> "当座";
                        case "4" -> "貯蓄";
                        default -> text;
                    };
                }
                chars += text.length();
                if (chars > maxChars) {
                    return out;
                }
                out.add(TextUnit.cell(null, row, LayoutContentHandler.columnName(c + 1), f.name(), text));
            }
        }
        return out;
    }

    private static String field(byte[] r, int from, int len) {
        return new String(r, from, len, SJIS).strip();
    }
}
