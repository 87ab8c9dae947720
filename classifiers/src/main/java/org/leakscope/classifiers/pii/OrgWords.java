package org.leakscope.classifiers.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation-word guard for names: "Chase Bank", "Acme Corp", "東和航空電子株式会社", "営業部", "Customer
 * Service" look like names to a list or a label, but an organisation, a department, a function or a place is not a
 * data subject.
 *
 * <p>Asked once or twice per name candidate, so it looks words up instead of running a regex alternation at
 * every position: a Latin word counts when a whole run of letters is one of the words (ASCII case folded, as
 * the former {@code (?i)} regex did), a Japanese word anywhere in the value.
 */
public final class OrgWords {

    // whole words (Latin): legal forms and the nouns that end organisation names; "K.K." separately; PC, PLLC and LP
    // are US law and accounting firms' forms ("Vance Ortega PC" in a privilege log)
    private static final Set<String> LATIN = Set.of("bank", "bancorp", "banc", "inc", "incorporated", "corp",
            "corporation", "co", "company", "llc", "llp", "pc", "pllc", "lp", "ltd", "limited", "plc", "gmbh", "ag", "sarl", "kk", "group",
            "holding", "holdings", "partners", "associates", "foundation", "association", "society", "institute",
            "university", "college", "school", "academy", "hospital", "clinic", "center", "centre", "department",
            "dept", "ministry", "agency", "office", "bureau", "council", "committee", "services", "solutions",
            "systems", "technologies", "technology", "lab", "labs", "industries", "international", "enterprises",
            "trust", "insurance", "financial", "capital", "securities", "airline", "airlines", "motors", "electric",
            "logistics", "consulting", "team", "support", "club", "church", "fund", "street", "avenue", "road",
            "boulevard", "county", "city", "state", "republic",
            // places of worship named after saints, as "church" is ("the Mary Magdalene Chapel", a parish calendar,
            // probe set 28)
            "chapel", "cathedral", "basilica", "parish", "synagogue", "mosque",
            // residential buildings named after people, as a rent survey or a rent roll lists them ("Lincoln Court
            // Apartments", "Jefferson Square"; probe set 29)
            "apartments", "apts", "lofts", "condominiums", "condos", "townhomes", "square",
            // a hospital's emergency department or intensive care unit after its name ("went to Legacy Emanuel ER", an
            // adjuster's note; probe set 29)
            "er", "icu",
            // a health plan named on a chart ("Primary Ins: Delta Dental PPO", probe set 28's dental chart: the plan had
            // made a record between the patient and her diagnosis)
            "dental", "ppo", "hmo",
            // legal forms of other countries and trades that name a supplier in a payment run (a BACS name field
            // cut at 18 characters loses its "LTD": "PENNINE FASTENERS LT")
            "sas", "bv", "srl", "packaging", "fasteners", "tooling", "manufacturing", "supplies", "logistique", "energy",
            "utilities",
            // functions, roles and groups that stand where a name would ("Contact: Customer Service", "Derived From:
            // Multiple Sources", "Dear Hiring Manager"); none is a common family name
            "customer", "customers", "service", "human", "resources", "quality", "assurance", "program", "programme",
            "manager", "managers", "management", "security", "classification", "guide", "marketing", "sales", "finance",
            "legal", "counsel", "operations", "engineering", "accounting", "procurement", "purchasing", "compliance",
            "audit", "administration", "admin", "helpdesk", "desk", "staff", "all", "derived", "multiple", "sources",
            "source", "original", "document", "documents", "records", "files", "project", "projects", "executive",
            "officer", "president", "coordinator", "assistant", "secretary", "director", "directors", "board",
            "members", "division", "research", "development", "information", "payroll", "benefits", "recruiting",
            "hiring", "talent", "success", "relations", "affairs", "corporate", "valued", "colleagues", "everyone",
            "the", "our", "your", "account", "member", "policy", "card", "user", "users", "client", "clients",
            "subscriber", "candidate", "resident", "residents", "shareholder", "shareholders", "investor", "investors",
            "advisory", "authority");
    // the one or two capitalised words right after a name: "Kevin Robinson Inc.", "Change Advisory Board"
    private static final Pattern NEXT_WORDS = Pattern.compile("(?: &)? [A-Z][\\w.&'-]*(?: [A-Z][\\w.&'-]*)?");
    private static final int LATIN_MAX = LATIN.stream().mapToInt(String::length).max().orElse(0);

    // Japanese: legal forms and organisation nouns anywhere, department suffixes at the end of a 3+ char word
    // (阿部 and 岡部 are family names, 総務部 is not)
    private static final List<String> JA = List.of("株式会社", "有限会社", "合同会社", "合資会社", "(株)", "(有)", "㈱", "銀行",
            "信用金庫", "信用組合", "証券", "保険会社", "生命", "損保", "大学", "学校", "病院", "医院", "クリニック", "診療所", "事務所",
            "センター", "協会", "組合", "財団", "法人", "機構", "研究所", "省", "庁", "役所", "役場", "支店", "本店", "営業所", "工場",
            "ホールディングス", "グループ", "システム", "サービス");
    private static final Pattern JA_DEPARTMENT =
            Pattern.compile("(?:^|\\s)[\\p{IsHan}\\p{IsKatakana}]{2,}(?:部|課|室|係|局|班|支社|本部)(?:\\s|$)");
    private static final String DEPARTMENT_ENDS = "部課室係局班社"; // a department match holds one

    private OrgWords() {
    }

    /**
     * The one or two capitalised words right after {@code end} in {@code text} name an organisation: the name
     * before them is the start of the organisation's name ("Chase Bank", "Change Advisory Board").
     */
    public static boolean followedByOrganisation(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ' && text.charAt(end) != '&') {
            return false; // what NEXT_WORDS needs first, without a matcher for every name
        }
        Matcher next = NEXT_WORDS.matcher(text);
        next.region(end, Math.min(text.length(), end + 40));
        return next.lookingAt() && isOrganisation(next.group());
    }

    public static boolean isOrganisation(String value) {
        if (value == null) {
            return false;
        }
        return hasLatinWord(value) || hasJapaneseWord(value);
    }

    /**
     * A run of ASCII letters that is one of the words, with no letter before it (one UTF-16 unit back, as the
     * regex's look-behind saw it) and no letter after it; or "k.k" standing so.
     */
    private static boolean hasLatinWord(String v) {
        int n = v.length();
        int i = 0;
        while (i < n) {
            if (!isAsciiLetter(v.charAt(i)) || (i > 0 && Character.isLetter(v.charAt(i - 1)))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiLetter(v.charAt(i))) {
                i++;
            }
            if (i - start <= LATIN_MAX && (i == n || !Character.isLetter(v.codePointAt(i)))) {
                String word = v.substring(start, i).toLowerCase(Locale.ROOT);
                if (LATIN.contains(word) || (word.equals("k") && isLoneK(v, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** ".k" follows at {@code at} and the k ends a run: "K.K." after a lone K. */
    private static boolean isLoneK(String v, int at) {
        return at + 1 < v.length() && v.charAt(at) == '.' && (v.charAt(at + 1) | 0x20) == 'k'
                && (at + 2 == v.length() || !Character.isLetter(v.codePointAt(at + 2)));
    }

    private static boolean hasJapaneseWord(String v) {
        boolean ascii = true;
        for (int i = 0; i < v.length() && ascii; i++) {
            ascii = v.charAt(i) < 0x80;
        }
        if (ascii) {
            return false; // every Japanese word holds a character beyond ASCII
        }
        for (String w : JA) {
            if (v.contains(w)) {
                return true;
            }
        }
        for (int i = 0; i < v.length(); i++) {
            if (DEPARTMENT_ENDS.indexOf(v.charAt(i)) >= 0) {
                return JA_DEPARTMENT.matcher(v).find();
            }
        }
        return false;
    }
}
