package org.leakscope.pipeline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.leakscope.classifiers.text.TextUnit;

/**
 * A レセプト電算処理システム file (RECEIPTC.UKE, RECEIPTY.CYO): the claims a clinic or pharmacy sends 審査支払機関, one
 * comma-separated record a line in Shift_JIS, each led by its record id (IR 医療機関, RE レセプト共通, HO 保険者, KO 公費,
 * SY 傷病名, SI / IY / TO 診療行為・医薬品・材料, GO 請求書 …). As text the patient's name sits among codes and the
 * birth date is written 元号 + YYMMDD (3550312: 昭和55年3月12日). Read here as a table: each RE starts a patient's row,
 * with the HO insurer's number and the 被保険者証 記号・番号, the SY diseases (傷病名称, or the 傷病名コード of the master
 * when the name is coded) as cells under the specification's field names. Field positions: 記録条件仕様 (医科).
 */
final class ReceiptRecords {

    private ReceiptRecords() {
    }

    private static final Pattern RECORD = Pattern.compile("[A-Z]{2},.*");
    private static final String[] ERAS = {"", "明治", "大正", "昭和", "平成", "令和"};

    /** Whether a file opens as a レセプト電算 file: its 医療機関 (IR) or 薬局 (YK) record. */
    static boolean looksLikeReceipts(String head) {
        return head.startsWith("IR,") || head.startsWith("YK,");
    }

    /** The units, or null when a line is no record of the format. */
    static List<TextUnit> read(String text, long maxChars) {
        if (!looksLikeReceipts(text)) {
            return null;
        }
        RecordTable table = new RecordTable(maxChars);
        int patient = 0;
        boolean re = false;
        for (String line : text.split("\r\n|\n|\r")) {
            String l = line.replace("\u001A", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!RECORD.matcher(l).matches()) {
                return null;
            }
            String[] f = l.split(",", -1);
            switch (f[0]) {
                case "IR", "YK" -> table.line("レセプト電算 医療機関 " + field(f, 6) + " 医療機関コード " + field(f, 4) + " 請求年月 " + field(f, 7));
                case "RE" -> {
                    re = true;
                    patient = table.newRow();
                    table.cell(patient, "レセプト番号", field(f, 1));
                    table.cell(patient, "診療年月", field(f, 3));
                    table.cell(patient, "氏名", field(f, 4));
                    table.cell(patient, "生年月日", birthDate(field(f, 6)));
                    table.cell(patient, "カルテ番号", field(f, 13));
                }
                case "HO" -> {
                    table.cell(patient, "保険者番号", field(f, 1));
                    table.cell(patient, "被保険者証の記号", field(f, 2));
                    table.cell(patient, "被保険者証の番号", field(f, 3));
                }
                case "KO" -> table.cell(patient, "公費受給者番号", field(f, 2));
                case "SY" -> {
                    // a coded disease is the patient's disease as much as a named one: the code of the 傷病名マスター stands
                    String name = field(f, 5);
                    table.cell(patient, "傷病名", name.isEmpty() && !field(f, 1).isEmpty() ? "傷病名コード " + field(f, 1) : name);
                }
                default -> {
                }
            }
        }
        return re ? table.units() : null;
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i].strip() : "";
    }

    /** 元号 (1 明治 … 5 令和) + YYMMDD as 和暦: 3550312 -> 昭和55年3月12日; anything else as written. */
    static String birthDate(String g) {
        if (!g.matches("[1-5]\\d{6}")) {
            return g;
        }
        return ERAS[g.charAt(0) - '0'] + Integer.parseInt(g.substring(1, 3)) + "年" + Integer.parseInt(g.substring(3, 5)) + "月"
                + Integer.parseInt(g.substring(5, 7)) + "日";
    }
}
