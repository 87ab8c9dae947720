package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;

/**
 * One entry of the labels rule pack: a label, then the value on the same line or the next. For values
 * without a shape of their own (names, licence, pension, account numbers) the label is the evidence.
 */
public final class LabelledValueDetector extends PatternDetector {

    // a label is followed by a colon, a line break or a space: "氏名欄" is not the label 氏名; or by the border of a
    // Markdown or text table's cell: "| Date of Birth | 01-02-2001 |"; or by a printed form's dotted leaders:
    // "Name ........... PRUITT, Imani"
    // or, in English prose, by "is" / "was": "your passport number is 548120937", "DOB was 3/7/1962"
    // compiled once: applied to every value the label rules take
    private static final java.util.regex.Pattern LICENCE_WRAPPING = java.util.regex.Pattern.compile("[第号\\s]");
    private static final java.util.regex.Pattern HONORIFIC_END = java.util.regex.Pattern.compile("(様|殿|さん|君|氏)$");
    private static final String SEP = "(?:[ \\t]*[:：#][ \\t]*\\n?[ \\t]*|[ \\t]*\\n[ \\t]*|[ \\t]*\\|[ \\t]*|[ \\t]*\\.{3,}[ \\t]*"
            + "|[ \\t]+(?i:is|was)[ \\t]*:?[ \\t]+|[ \\t]*は[ \\t]*|[ \\t]+)";
    // an entry with value-in-brackets: true also takes a value in brackets right after its label: 通院中（うつ病）
    private static final String BRACKET = "[ \\t]*[(\\[]";

    private final MaskStyle mask;
    private final List<String> match;
    private final List<String> noMatch;
    private final NotNames notNames;
    /** Whether a word is itself a field label (a column header, a contact label): no part of a name. */
    private final java.util.function.Predicate<String> isLabel;

    LabelledValueDetector(String id, String type, Pattern regex, double score, MaskStyle mask,
                          List<String> match, List<String> noMatch) {
        this(id, type, regex, score, mask, match, noMatch, NotNames.NONE, w -> false);
    }

    LabelledValueDetector(String id, String type, Pattern regex, double score, MaskStyle mask,
                          List<String> match, List<String> noMatch, NotNames notNames,
                          java.util.function.Predicate<String> isLabel) {
        super("label:" + id, type, List.of(new Rule(id, regex, score)), ContextWords.NONE, ContextWords.NONE);
        this.mask = mask;
        this.match = match;
        this.noMatch = noMatch;
        this.notNames = notNames;
        this.isLabel = isLabel;
    }

    /** Builds every entry of the {@code labels} pack; a bad entry fails naming file, entry and key. */
    public static List<LabelledValueDetector> fromConfig(ClassifierConfig config) {
        return fromConfig(config, ColumnHeaderDetector.fromConfig(config));
    }

    /** ... with the column-header rules that say which words are field labels (no part of a name). */
    public static List<LabelledValueDetector> fromConfig(ClassifierConfig config, ColumnHeaderDetector headers) {
        ClassifierConfig.LoadedPack pack = config.rulePack("labels");
        NotNames notNames = NotNames.fromConfig(config);
        List<LabelledValueDetector> out = new ArrayList<>();
        for (Map<String, Object> e : RulePackSupport.entries(pack.yaml(), "labels", pack.source())) {
            String where = pack.source() + ": labels entry " + e.get("id");
            String id = RulePackSupport.string(e, "id", where);
            String type = RulePackSupport.string(e, "type", where);
            String label = RulePackSupport.string(e, "label", where);
            String value = RulePackSupport.string(e, "value", where);
            RulePackSupport.regex(label, 0, where, "label");
            RulePackSupport.regex(value, 0, where, "value");
            // the label must not be the tail of a longer word ("to" in "photo")
            // adjacent: true, the value runs straight on from its label, as Japanese prose does (さんは糖尿病の治療…);
            // such a label is a word's ending (an honorific after a name), so it may follow a letter
            boolean adjacent = Boolean.TRUE.equals(e.get("adjacent"));
            String sep = adjacent ? ""
                    : Boolean.TRUE.equals(e.get("value-in-brackets")) ? "(?:" + SEP + "|" + BRACKET + ")" : SEP;
            // Japanese writes no spaces: a label in kana or kanji may follow any word (患者氏名, さんのパスポート番号は)
            Pattern p = RulePackSupport.regex((adjacent ? "" : "(?:(?<![\\p{L}\\p{N}])|(?=[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]))")
                    + "(?i:" + label + ")" + sep
                    + "(?<v>" + value + ")", 0, where, "label/value");
            Object ex = e.get("examples");
            Map<?, ?> exm = ex instanceof Map<?, ?> m ? m : Map.of();
            out.add(new LabelledValueDetector(id, type, p, RulePackSupport.score(e, where),
                    MaskStyle.parse(e.get("mask"), where),
                    ClassifierConfig.stringList(exm.get("match"), where + " examples.match"),
                    ClassifierConfig.stringList(exm.get("no_match"), where + " examples.no_match"), notNames,
                    headers::namesPii));
        }
        return out;
    }

    /**
     * Table cells are separate values: a label in one cell (a header "担当") must not take the next
     * cell ("開始") as its value. Running text may continue on the next line.
     */
    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : super.candidates(t)) {
            int labelStart = labelStart(t, h);
            int a = t.unitIndexAt(labelStart);
            int b = t.unitIndexAt(h.start());
            // "Approved by: Change Advisory Board": the value is the start of an organisation's name
            boolean orgName = "PERSON_NAME".equals(type()) && OrgWords.followedByOrganisation(t.text(), h.end());
            if (!orgName && (a == b || (!t.units().get(a).isCell() && !t.units().get(b).isCell()))
                    && !("BANK_ACCOUNT".equals(type()) && notAPersonsBankAccount(t.text(), labelStart, h.end()))) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Words that make the lines around an account number a bank's: the English "account" names many other accounts. A
     * broker's or a wealth manager's statement names its firm a member of FINRA / SIPC, an ISA, an IRA (probe set 30).
     */
    private static final java.util.regex.Pattern BANK_WORDS = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:bank"
            + "|banking|routing|aba|checking|chequing|savings|deposit|wire|sort code|iban|swift|bic|credit union"
            + "|transit|brokerage|finra|sipc|securities|ira|isa|custodial|portfolio)(?![\\p{L}])|銀行|信用金庫|信用組合|支店|口座|証券");
    /** The English label that names any account: a customer's, a shipper's, a user's as often as a bank's. */
    private static final java.util.regex.Pattern ACCOUNT_LABEL = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(?:account|acct)(?: number| no\\.?| #)?(?:[ \\t]*(?:no\\.?|#))?[ \\t]*[:：#.]?$");
    /**
     * The account's holder is an organisation: the company's own account on an invoice (お振込先（当社口座）, 口座名義
     * カ）トウヨウセイキ, "our account"). A firm's bank details are no one's personal data.
     */
    private static final java.util.regex.Pattern ORGANISATIONS_ACCOUNT = java.util.regex.Pattern.compile(
            "(?:当社|弊社|貴社)の?(?:指定)?(?:口座|振込口座|お?振込先)|[（(](?:当社|弊社|貴社)(?:口座)?[）)]"
            + "|名義[ \\t]*[:：]?[ \\t]*(?:カ[）)]|ｶ[)）]|ユ[）)]|ﾕ[)）]|ド[）)]|ﾄﾞ[)）]|株式会社|有限会社|合同会社|（株）|\\(株\\)|㈱|（有）|㈲)"
            + "|(?i:(?<![\\p{L}])(?:our|company|corporate|business) (?:bank )?account(?![\\p{L}]))");

    /**
     * A labelled account number that is no person's: the company's own account ({@link #ORGANISATIONS_ACCOUNT}) on the
     * lines around it (two above the label, two below the value), a test account its line says it is
     * ({@link UsBankAccountDetector#TEST_ACCOUNT}), or, under the English "account" or "acct" alone, no bank word there
     * nor in the text's letterhead.
     */
    static boolean notAPersonsBankAccount(String text, int labelStart, int valueEnd) {
        int from = labelStart;
        for (int k = 0; k < 3 && from > 0; k++) {
            from = text.lastIndexOf('\n', from - 1);
            from = from < 0 ? 0 : from;
        }
        int to = valueEnd;
        for (int k = 0; k < 3 && to >= 0 && to < text.length(); k++) {
            to = text.indexOf('\n', to + 1);
        }
        to = to < 0 ? text.length() : to;
        String around = text.substring(from, to);
        if (ORGANISATIONS_ACCOUNT.matcher(around).find()) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', labelStart) + 1;
        if (UsBankAccountDetector.TEST_ACCOUNT.matcher(text).region(lineStart, valueEnd).find()) {
            return true;
        }
        return ACCOUNT_LABEL.matcher(text).region(Math.max(lineStart, labelStart - 40), labelStart + 1).find()
                && !BANK_WORDS.matcher(around).find() && !BANK_WORDS.matcher(letterhead(text, from)).find();
    }

    /**
     * The first three lines of the text, where a statement's letterhead names its issuer ("Granite Peak Wealth Partners
     * Member FINRA/SIPC" above "Account Number: 4353-2278" five lines below; probe set 30), up to {@code before}.
     */
    private static String letterhead(String text, int before) {
        int to = 0;
        for (int k = 0; k < 3 && to >= 0 && to < before; k++) {
            to = text.indexOf('\n', to + 1);
        }
        to = to < 0 || to > before ? before : to;
        return text.substring(0, Math.max(0, to));
    }

    // the label ends where the value starts; walk back over the separator to the label's unit
    private static int labelStart(ScanText t, Hit h) {
        int i = h.start() - 1;
        while (i > 0 && Character.isWhitespace(t.text().charAt(i))) {
            i--;
        }
        return Math.max(0, i);
    }

    public List<String> examplesMatch() {
        return match;
    }

    public List<String> examplesNoMatch() {
        return noMatch;
    }

    /**
     * An organisation is not a person: "Payee: Chase Bank", "担当：営業部", "Contact: Morgan Stanley"; nor is a
     * table's header line, whose label is followed by more labels: "氏名 所属 生年月日 適性評価実施日" above a PDF
     * roster's rows.
     */
    @Override
    protected boolean invalidate(String value) {
        if (!"PERSON_NAME".equals(type())) {
            return false;
        }
        if (OrgWords.isOrganisation(value) || notNames.rejects(value)) {
            return true;
        }
        for (String word : value.split("[ \\u3000]+")) {
            if (!word.isEmpty() && isLabel.test(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected String normalizeValue(String raw) {
        String v = raw.strip();
        if ("POSTAL_ADDRESS".equals(type()) && v.indexOf(';') >= 0) {
            return vcardAddress(v);
        }
        // a licence number as the card prints it, 第 301234567890 号: the number is the twelve digits
        if ("JP_DRIVERS_LICENSE".equals(type())) {
            return LICENCE_WRAPPING.matcher(v).replaceAll("");
        }
        // an honorific is addressed to the person, not part of the name: 長谷川 健一様
        return "PERSON_NAME".equals(type()) ? HONORIFIC_END.matcher(v).replaceFirst("") : v;
    }

    /**
     * A vCard ADR value (post office box;extended;street;locality;region;postal code;country) as one address:
     * ";;123 Pine St;Seattle;WA;98101;USA" is "123 Pine St, Seattle, WA 98101, USA".
     */
    static String vcardAddress(String adr) {
        String[] c = adr.split(";", -1);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            String p = c[i].strip();
            if (p.isEmpty()) {
                continue;
            }
            // the postal code follows the region after a blank, as addresses are written
            if (i == 5 && c.length > 4 && !c[4].isBlank() && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + p);
            } else {
                parts.add(p);
            }
        }
        return String.join(", ", parts);
    }

    @Override
    protected String mask(String value) {
        return mask.apply(value);
    }
}
