package org.leakscope.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Fixed-width payment and tax interchange files whose records are runs of digits and capitals with no separators, read
 * as a table under the field names of their specifications (as {@link ZenginTransfer} reads a 全銀 file):
 * <ul>
 * <li>NACHA ACH (94-character records: 1 file header, 5 batch header, 6 entry detail, 7 addenda, 8 / 9 controls): each
 * entry a row of Routing Number, Account Number, Amount, Individual ID and the receiver's name; the name is an
 * Individual Name under consumer SEC codes (PPD, WEB, TEL …) and a Receiving Company Name under CCD / CTX;</li>
 * <li>UK BACS Standard 18 (VOL1 / HDR1 / UHL1 labels, 100-character data records): each payment a row of Sort Code,
 * Account Number and Destination Account Name; contra records (the originator's own account) are left out;</li>
 * <li>IRS FIRE (Publication 1220, 750-character T / A / B / C / F records): each payee (B) a row of Payee TIN, Payee
 * Name, Mailing Address, City, State, Zip; the TIN is an SSN only under TIN type 2 (type 1 is an EIN: a business,
 * whose name is a Payee Business Name).</li>
 * </ul>
 * Each format is recognised by its records, every line checked, not by the file's name.
 */
final class PaymentRecords {

    private PaymentRecords() {
    }

    /** NACHA standard entry classes whose receivers are companies (their names are no person's). */
    private static final Set<String> CORPORATE = Set.of("CCD", "CTX", "CIE");

    /** The units of a NACHA, BACS Standard 18 or FIRE file, or null when the text is none of them. */
    static List<TextUnit> read(String text, long maxChars) {
        String[] lines = text.split("\r\n|\n|\r");
        int n = lines.length;
        while (n > 0 && lines[n - 1].isEmpty()) {
            n--;
        }
        if (n < 3) {
            return null;
        }
        if (nacha(lines, n)) {
            return readNacha(lines, n, maxChars);
        }
        if (bacs(lines, n)) {
            return readBacs(lines, n, maxChars);
        }
        if (fire(lines, n)) {
            return readFire(lines, n, maxChars);
        }
        return null;
    }

    private static boolean nacha(String[] lines, int n) {
        if (!lines[0].startsWith("1") || !lines[0].substring(1, Math.min(3, lines[0].length())).equals("01")) {
            return false;
        }
        boolean entry = false;
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            if (l.length() != 94 || "156789".indexOf(l.charAt(0)) < 0) {
                return false;
            }
            if (l.charAt(0) == '6') {
                if (!l.substring(3, 12).chars().allMatch(Character::isDigit)) {
                    return false;
                }
                entry = true;
            }
        }
        return entry;
    }

    private static List<TextUnit> readNacha(String[] lines, int n, long maxChars) {
        RecordTable table = new RecordTable(maxChars);
        String sec = "";
        int entry = 0;
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            switch (l.charAt(0)) {
                case '1' -> table.line("NACHA file to " + l.substring(40, 63).strip() + " from " + l.substring(63, 86).strip());
                case '5' -> {
                    sec = l.substring(50, 53);
                    table.line("ACH batch " + sec + " " + l.substring(53, 63).strip() + " company " + l.substring(4, 20).strip());
                }
                case '6' -> {
                    entry = table.newRow();
                    table.cell(entry, "Transaction Code", l.substring(1, 3));
                    table.cell(entry, "Routing Number", l.substring(3, 12));
                    table.cell(entry, "Account Number", l.substring(12, 29));
                    table.cell(entry, "Amount", cents(l.substring(29, 39)));
                    table.cell(entry, CORPORATE.contains(sec) ? "Receiver ID" : "Individual ID", l.substring(39, 54));
                    table.cell(entry, CORPORATE.contains(sec) ? "Receiving Company Name" : "Individual Name", l.substring(54, 76));
                    table.cell(entry, "Trace Number", l.substring(79, 94));
                }
                case '7' -> table.cell(entry, "Payment Related Information", l.substring(3, 83));
                default -> {
                }
            }
        }
        return table.units();
    }

    private static boolean bacs(String[] lines, int n) {
        if (!lines[0].startsWith("VOL1")) {
            return false;
        }
        boolean data = false;
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            if (l.length() == 80 && l.matches("(VOL|HDR|UHL|EOF|UTL)\\d.*")) {
                continue;
            }
            if (l.length() != 100 || !l.substring(0, 17).chars().allMatch(Character::isDigit)) {
                return false;
            }
            data = true;
        }
        return data;
    }

    private static List<TextUnit> readBacs(String[] lines, int n, long maxChars) {
        RecordTable table = new RecordTable(maxChars);
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            if (l.length() == 80) {
                continue;
            }
            String code = l.substring(15, 17);
            if (code.equals("17") || code.equals("18") || code.equals("19")) {
                table.line("BACS contra record, originator " + l.substring(46, 64).strip()); // the originator's own account
                continue;
            }
            int r = table.newRow();
            table.cell(r, "Sort Code", l.substring(0, 6));
            table.cell(r, "Account Number", l.substring(6, 14));
            table.cell(r, "Transaction Code", code);
            table.cell(r, "Amount", cents(l.substring(35, 46)));
            table.cell(r, "Originator Name", l.substring(46, 64));
            table.cell(r, "Reference", l.substring(64, 82));
            table.cell(r, "Destination Account Name", l.substring(82, 100));
        }
        return table.units();
    }

    private static boolean fire(String[] lines, int n) {
        if (!lines[0].matches("T\\d{4}.*")) {
            return false;
        }
        boolean payee = false;
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            if (l.length() != 748 && l.length() != 750 || "TABCKF".indexOf(l.charAt(0)) < 0) {
                return false;
            }
            payee |= l.charAt(0) == 'B';
        }
        return payee;
    }

    private static List<TextUnit> readFire(String[] lines, int n, long maxChars) {
        RecordTable table = new RecordTable(maxChars);
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            switch (l.charAt(0)) {
                case 'A' -> table.line("1099 payer " + l.substring(51, 91).strip() + ", EIN " + l.substring(11, 20));
                case 'B' -> {
                    boolean business = l.charAt(10) == '1';
                    int r = table.newRow();
                    table.cell(r, business ? "Payee EIN" : "Payee SSN", l.substring(11, 20));
                    table.cell(r, "Payer's Account Number for Payee", l.substring(20, 40));
                    table.cell(r, business ? "Payee Business Name" : "Payee Name", l.substring(247, 287));
                    table.cell(r, business ? "Payee Business Name 2" : "Payee Name", l.substring(287, 327));
                    table.cell(r, "Mailing Address", l.substring(327, 367));
                    table.cell(r, "City", l.substring(407, 447));
                    table.cell(r, "State", l.substring(447, 449));
                    table.cell(r, "Zip", l.substring(449, 458));
                }
                default -> {
                }
            }
        }
        return table.units();
    }

    /** An amount in cents or pence, zero-padded: "0000150000" -> "1500.00". */
    private static String cents(String digits) {
        String d = digits.strip().replaceFirst("^0+(?=\\d)", "");
        if (!d.chars().allMatch(Character::isDigit)) {
            return digits.strip();
        }
        while (d.length() < 3) {
            d = "0" + d;
        }
        return d.substring(0, d.length() - 2) + "." + d.substring(d.length() - 2);
    }
}
