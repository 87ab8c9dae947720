package org.leakscope.classifiers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.leakscope.classifiers.text.TextUnit;
import org.leakscope.classifiers.validate.Luhn;
import org.leakscope.classifiers.validate.MyNumberCheck;
import org.leakscope.classifiers.validate.SsnRules;

/**
 * Deterministic mixed English/Japanese items for throughput measurements and the indexed/unindexed
 * equivalence test: e-mail threads with headers and signatures, Japanese business prose with labelled
 * fields, roster rows written as text and as CSV cells, log lines, and a few marking lines. PII stands
 * where it stands in real leaks, roughly one value per 250 bytes; most text is prose that holds none.
 * Valid check digits come from the project's own validators, so cards and My Numbers really pass.
 */
public final class MixedCorpus {

    private static final String[] GIVEN = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael",
        "Linda", "David", "Susan", "Kevin", "Karen", "Thomas", "Nancy", "Daniel", "Lisa", "Emily", "Brian"};
    private static final String[] SURNAME = {"Smith", "Johnson", "Baker", "Robinson", "Miller", "Davis", "Garcia",
        "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris"};
    private static final String[] SEI = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "中島", "長谷川"};
    private static final String[] MEI = {"太郎", "花子", "健一", "恵子", "直美", "大輔", "美咲", "翔太", "陽子", "誠",
        "由美", "拓也", "裕子", "和也", "明美"};
    private static final String[] EN_PROSE = {
        "Please find attached the revised schedule for the quarterly review meeting.",
        "As discussed on the call yesterday, the vendor will deliver the updated build by the end of the week.",
        "We have reviewed the proposal and have a few questions about the pricing in section 4.",
        "The migration of the billing system is on track, although two reports still need to be validated.",
        "Let me know if you have any concerns before we circulate the draft to the wider team.",
        "The warehouse confirmed that order 48213 shipped on Tuesday and should arrive within five business days.",
        "Our records show that the invoice was paid in full on March 3, so no further action is needed.",
        "I will be out of the office next Monday; please contact the support desk for urgent matters.",
        "The committee agreed to postpone the decision until the audit findings are available.",
        "Thanks again for your help with the onboarding of the new hires in the Osaka office.",
        "Attached is the signed copy of the agreement together with the appendix on data retention.",
        "The server was restarted at 02:15 after the nightly backup job failed twice in a row.",
        "Could you double-check the totals in the spreadsheet before it goes to finance?",
        "Version 3.2.1 of the client fixes the crash reported by several customers last month.",
        "We expect about 120 participants at the conference, including partners from Tokyo and Singapore."};
    private static final String[] JA_PROSE = {
        "お世話になっております。先日の打ち合わせの件につきまして、資料を添付いたします。",
        "来週の定例会議は会議室Bにて午後二時より開催いたしますので、ご出席をお願いいたします。",
        "本件につきましては、社内で検討のうえ改めてご連絡差し上げます。",
        "新システムへの移行作業は予定どおり進んでおり、今月末に完了する見込みです。",
        "ご不明な点がございましたら、担当までお気軽にお問い合わせください。",
        "見積書の金額に誤りがありましたので、訂正版を送付いたします。",
        "今回の障害は夜間バッチの設定ミスが原因であり、再発防止策を検討しております。",
        "研修の受講者名簿を更新しましたので、内容をご確認いただけますと幸いです。",
        "契約更新の手続きにつきまして、必要書類の一覧をお送りします。",
        "大阪支店の改装工事に伴い、来月より一時的に営業時間を変更いたします。",
        "アンケートの集計結果は別紙のとおりです。回答率は前年より上昇しました。",
        "引き続きよろしくお願い申し上げます。"};
    private static final String[] STREETS = {"Main St", "Oak Avenue", "Maple Drive", "Park Rd", "Elm Street"};
    private static final String[] CITIES = {"Springfield, IL 62704", "Arlington, VA 22201", "Austin, TX 78701",
        "Portland, OR 97205"};
    private static final String[] JA_ADDR = {"東京都千代田区霞が関", "大阪府大阪市北区梅田", "神奈川県横浜市中区本町",
        "愛知県名古屋市中村区名駅", "福岡県福岡市博多区博多駅前"};

    private final Random rnd;

    public MixedCorpus(long seed) {
        this.rnd = new Random(seed);
    }

    /** An item of running text (lines) of about {@code bytes} UTF-8 bytes, English and Japanese mixed. */
    public List<TextUnit> mixedItem(int bytes) {
        List<String> lines = new ArrayList<>();
        if (rnd.nextInt(3) == 0) {
            lines.add(pick("CONFIDENTIAL", "社外秘", "取扱注意", "Company Confidential"));
        }
        int size = 0;
        while (size < bytes) {
            int before = lines.size();
            switch (rnd.nextInt(10)) {
                case 0, 1, 2 -> email(lines);
                case 3, 4, 5 -> japaneseMemo(lines);
                case 6 -> rosterAsText(lines);
                case 7 -> log(lines);
                default -> prose(lines);
            }
            for (int i = before; i < lines.size(); i++) {
                size += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        List<TextUnit> units = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            units.add(TextUnit.line(i + 1, lines.get(i)));
        }
        return units;
    }

    /** A CSV roster of about {@code bytes} UTF-8 bytes as cells with their column headers. */
    public List<TextUnit> rosterItem(int bytes) {
        String[] header = {"氏名", "Name", "Email", "Phone", "Card", "Address", "DOB", "Note"};
        String[] cols = {"A", "B", "C", "D", "E", "F", "G", "H"};
        List<TextUnit> units = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            units.add(TextUnit.cell(null, 1, cols[c], header[c], header[c]));
        }
        int size = 0;
        for (int row = 2; size < bytes; row++) {
            String[] v = {jaName(), enName(), email(), phone(), card(), address(), dob(), pick(EN_PROSE)};
            for (int c = 0; c < v.length; c++) {
                units.add(TextUnit.cell(null, row, cols[c], header[c], v[c]));
                size += v[c].getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return units;
    }

    /** UTF-8 size of an item's text, the unit of the MB/s figures. */
    public static long bytes(List<TextUnit> units) {
        long n = 0;
        for (TextUnit u : units) {
            n += u.text().getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return n;
    }

    private void email(List<String> out) {
        String from = enName();
        String to = enName();
        out.add("From: \"" + from + "\" <" + email(from) + ">");
        out.add("To: " + to + " <" + email(to) + ">");
        out.add("Subject: " + pick("Re: quarterly review", "Updated schedule", "Invoice question", "Onboarding"));
        out.add("Message-ID: <" + Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong()) + "@mail.example.com>");
        out.add("");
        out.add("Dear " + pick("Mr.", "Ms.", "Dr.") + " " + pick(SURNAME) + ",");
        out.add("");
        int paras = 1 + rnd.nextInt(3);
        for (int p = 0; p < paras; p++) {
            out.add(sentences(EN_PROSE, 2 + rnd.nextInt(3)));
            out.add("");
        }
        if (rnd.nextInt(4) == 0) {
            out.add("For the refund, my card number is " + card() + " and my SSN is " + ssn() + ".");
        }
        if (rnd.nextInt(5) == 0) {
            out.add("Customer: " + enName() + ", " + address());
        }
        out.add(pick("Best regards,", "Kind regards,", "Thanks,"));
        out.add(from);
        out.add("Tel: " + phone());
        out.add("");
    }

    private void japaneseMemo(List<String> out) {
        out.add(pick(SEI) + "様");
        out.add(sentences(JA_PROSE, 2 + rnd.nextInt(3)));
        if (rnd.nextInt(2) == 0) {
            out.add("氏名：" + jaName());
            out.add("電話：" + pick("03-", "06-", "090-", "080-") + digits(4) + "-" + digits(4));
            out.add("住所：〒" + digits(3) + "-" + digits(4) + " " + pick(JA_ADDR) + (1 + rnd.nextInt(9)) + "-"
                    + (1 + rnd.nextInt(20)) + "-" + (1 + rnd.nextInt(30)));
        }
        if (rnd.nextInt(4) == 0) {
            out.add("生年月日：" + (1950 + rnd.nextInt(50)) + "年" + (1 + rnd.nextInt(12)) + "月" + (1 + rnd.nextInt(28)) + "日");
        }
        if (rnd.nextInt(6) == 0) {
            out.add("マイナンバー：" + myNumber());
        }
        out.add(sentences(JA_PROSE, 1 + rnd.nextInt(3)));
        out.add("担当：" + jaName() + "（" + email() + "）");
        out.add("");
    }

    private void rosterAsText(List<String> out) {
        out.add("name,email,phone,card,dob");
        int rows = 3 + rnd.nextInt(8);
        for (int r = 0; r < rows; r++) {
            String n = rnd.nextBoolean() ? enName() : jaName();
            out.add(n + "," + email() + "," + phone() + "," + card() + "," + dob());
        }
        out.add("");
    }

    private void log(List<String> out) {
        int rows = 3 + rnd.nextInt(6);
        for (int r = 0; r < rows; r++) {
            out.add("2025-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10) + " 1" + rnd.nextInt(10) + ":"
                    + digits(2) + ":" + digits(2) + " INFO request from " + (10 + rnd.nextInt(200)) + "."
                    + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + " user="
                    + email() + " status=200 bytes=" + rnd.nextInt(100000));
        }
    }

    private void prose(List<String> out) {
        out.add(sentences(EN_PROSE, 3 + rnd.nextInt(4)));
        out.add(sentences(JA_PROSE, 2 + rnd.nextInt(3)));
        out.add("");
    }

    private String sentences(String[] pool, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0 && pool == EN_PROSE) {
                b.append(' ');
            }
            b.append(pick(pool));
        }
        return b.toString();
    }

    private String enName() {
        return pick(GIVEN) + " " + pick(SURNAME);
    }

    private String jaName() {
        return pick(SEI) + (rnd.nextBoolean() ? " " : "") + pick(MEI);
    }

    private String email() {
        return email(enName());
    }

    private String email(String name) {
        String[] p = name.toLowerCase(java.util.Locale.ROOT).split(" ");
        String local = p.length == 2 && p[0].chars().allMatch(c -> c < 128) ? p[0] + "." + p[1] : "user" + digits(4);
        return local + "@" + pick("example.com", "example.co.jp", "mail.example.org");
    }

    private String phone() {
        return switch (rnd.nextInt(4)) {
            case 0 -> "+1 " + (201 + rnd.nextInt(700)) + " " + (201 + rnd.nextInt(700)) + " " + digits(4);
            case 1 -> "(" + (201 + rnd.nextInt(700)) + ") " + (201 + rnd.nextInt(700)) + "-" + digits(4);
            case 2 -> "03-" + digits(4) + "-" + digits(4);
            default -> "090-" + digits(4) + "-" + digits(4);
        };
    }

    private String card() {
        String prefix = pick("4", "51", "52", "35", "37");
        int len = prefix.equals("37") ? 15 : 16;
        while (true) {
            String body = prefix + digits(len - prefix.length() - 1);
            for (int c = 0; c <= 9; c++) {
                if (Luhn.isValid(body + c)) {
                    String d = body + c;
                    return rnd.nextBoolean() ? d : d.replaceAll("(\\d{4})(?=\\d)", "$1 ");
                }
            }
        }
    }

    private String ssn() {
        while (true) {
            String s = digits(3) + "-" + digits(2) + "-" + digits(4);
            if (SsnRules.isValid(s)) {
                return s;
            }
        }
    }

    private String myNumber() {
        String body = digits(11);
        for (int c = 0; c <= 9; c++) {
            if (MyNumberCheck.isValid(body + c)) {
                String d = body + c;
                return d.substring(0, 4) + " " + d.substring(4, 8) + " " + d.substring(8);
            }
        }
        return body + "0";
    }

    private String address() {
        return rnd.nextBoolean() ? (100 + rnd.nextInt(9000)) + " " + pick(STREETS) + ", " + pick(CITIES)
                : "〒" + digits(3) + "-" + digits(4) + " " + pick(JA_ADDR) + (1 + rnd.nextInt(9)) + "-" + (1 + rnd.nextInt(20));
    }

    private String dob() {
        return rnd.nextBoolean() ? (1 + rnd.nextInt(12)) + "/" + (1 + rnd.nextInt(28)) + "/" + (1950 + rnd.nextInt(50))
                : (1950 + rnd.nextInt(50)) + "-" + String.format("%02d", 1 + rnd.nextInt(12)) + "-"
                + String.format("%02d", 1 + rnd.nextInt(28));
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }

    @SafeVarargs
    private <T> T pick(T... xs) {
        return xs[rnd.nextInt(xs.length)];
    }
}
