package org.leakscope.classifiers.pii;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/**
 * Japanese names that the words around them make people's, where the tokens do not: the dictionary tags 新井 a
 * firm and ひかり a common noun, and a family name alone is no name to it. Found on the text with the dictionary's
 * surfaces ({@link KuromojiNameEntries}) for {@link JapaneseNamePosDetector}:
 * <ul>
 * <li>a role only a person holds, then の, then a family name (and a given name) that is the subject: 先発の近藤は,
 * 主演の新井ひかりが, 4番の松岡が, ヒロイン役の泉さゆりが;</li>
 * <li>a line that is an officer's title, a blank and a full name and nothing else: 代表取締役社長 岩崎ひかり (a
 * signature's or a notice's closing line);</li>
 * <li>a given name the dictionary knows only as a name, called out in quoted speech: 「龍之介、早く来て」,
 * 「ありがとう、亮」, 「彩花が無事でよかった」.</li>
 * </ul>
 */
final class JapaneseNameContexts {

    /** Roles before の and a person's name; 番 only after a batting-order digit, 役 after the part played. */
    static final List<String> ROLES_BEFORE = List.of("先発", "主将", "主演", "主役", "助演", "エース", "捕手", "投手", "司会",
            "役", "番");
    /** Officers' titles that head a line holding only the officer's name; the longest is tried first. */
    static final List<String> LINE_TITLES = sortedLongestFirst(List.of("代表取締役社長", "代表取締役会長",
            "代表取締役副社長", "代表取締役", "取締役社長", "取締役", "執行役員", "社長", "会長", "理事長", "学長", "校長", "院長",
            "所長", "支店長", "本部長", "部長", "課長", "教授", "准教授", "講師"));
    /**
     * Credits before a name (撮影：藤井ひかり): a full name only, as 撮影：千葉 may name the place a photograph was taken.
     */
    static final List<String> CREDIT_LABELS = List.of("撮影", "写真", "文", "取材・文", "イラスト", "作詞", "作曲", "編曲",
            "構成", "監修", "翻訳", "編集");
    /**
     * Labels of lists of people in minutes and forms, then the credits (NFKC has turned the full-width colon into
     * ':').
     */
    static final List<String> ATTENDEE_LABELS = Stream.concat(Stream.of("出席者", "欠席者", "参加者", "出席",
            "欠席", "記録", "記録者", "司会", "聞き手", "作成者"), CREDIT_LABELS.stream()).toList();
    /** Characters that begin an office rather than a name before a title: 元, 前, 新, 現, 故, 副, 総, 同, 各, 両, 名. */
    private static final String OFFICE_PREFIXES = "元前新現故副総同各両名";
    private static final List<String> VOCATIVES = List.of("なあ", "ねえ", "おい");
    private static final String SUBJECT_END = "はがも、";
    private static final String CALL_END = "、」!?！？";
    private static final int PART_MAX = 4;

    private JapaneseNameContexts() {
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static void find(ScanText t, int unit, String s, KuromojiNameEntries entries, boolean identified,
                     List<Finding> out) {
        if (s.indexOf('の') >= 0) {
            afterRoles(t, unit, s, entries, identified, out);
        }
        if (s.indexOf('の') >= 0) {
            titledAfterNo(t, unit, s, entries, identified, out);
        }
        titleLine(t, unit, s, entries, identified, out);
        attendees(t, unit, s, entries, identified, out);
        if (s.indexOf('「') >= 0) {
            calledInQuotes(t, unit, s, entries, identified, out);
        }
    }

    private static void afterRoles(ScanText t, int unit, String s, KuromojiNameEntries entries, boolean identified,
                                   List<Finding> out) {
        for (String role : ROLES_BEFORE) {
            String key = role + "の";
            for (int at = s.indexOf(key); at >= 0; at = s.indexOf(key, at + 1)) {
                if (role.equals("番") && (at == 0 || !Character.isDigit(s.charAt(at - 1)))) {
                    continue; // 交番の, 順番の: no batting order
                }
                int p = at + key.length();
                int end = nameEnd(s, p, entries, SUBJECT_END);
                if (end > p) {
                    add(t, unit, s, p, end, identified ? 0.9 : 0.7, out);
                }
            }
        }
    }

    /**
     * Where the name from {@code p} ends: a dictionary family name of kanji, alone or with a given name (a known 名
     * of kanji, or 2-4 hiragana or katakana that are no honorific), then one of {@code after}; or -1.
     */
    private static int nameEnd(String s, int p, KuromojiNameEntries entries, String after) {
        for (int q = Math.min(s.length() - 1, p + PART_MAX); q > p; q--) {
            if (!isKanjiRun(s, p, q) || !entries.surnameSurface(s, p, q)) {
                continue;
            }
            if (after.indexOf(s.charAt(q)) >= 0) {
                return q;
            }
            int r = givenEnd(s, q, entries, after);
            if (r > q) {
                return r;
            }
        }
        return -1;
    }

    private static int givenEnd(String s, int q, KuromojiNameEntries entries, String after) {
        if (JapaneseNamePosDetector.titleAt(s, q, null) > 0) {
            return -1;
        }
        // an empty after: the name ends the text (a line's last word)
        // the shortest: a kana given name must not take the particle after it (さゆりが)
        for (int r = q + 1; r <= Math.min(s.length() - (after.isEmpty() ? 0 : 1), q + PART_MAX); r++) {
            if (after.isEmpty() ? r != s.length() : after.indexOf(s.charAt(r)) < 0) {
                continue;
            }
            if (isKanjiRun(s, q, r) ? entries.givenNameSurface(s, q, r, false)
                    : r - q >= 2 && (isScript(s, q, r, Character.UnicodeScript.HIRAGANA)
                    || isScript(s, q, r, Character.UnicodeScript.KATAKANA))) {
                return r;
            }
        }
        return -1;
    }

    /**
     * A family name between の and a person's title (東京大学の原弁護士は): the dictionary reads a one-kanji family name
     * after の as a common noun (原 a field), so the token rules miss it. Not where the title reads on from the
     * family name's character (の本部長, 本 + 部長) or that character is a prefix of offices (の前監督, の新社長).
     */
    private static void titledAfterNo(ScanText t, int unit, String s, KuromojiNameEntries entries, boolean identified,
                                      List<Finding> out) {
        for (int at = s.indexOf('の'); at >= 0; at = s.indexOf('の', at + 1)) {
            int p = at + 1;
            if (p >= s.length() || JapaneseNamePosDetector.titleAt(s, p, null) > 0
                    || OFFICE_PREFIXES.indexOf(s.charAt(p)) >= 0) {
                continue;
            }
            for (int q = Math.min(s.length() - 1, p + PART_MAX); q > p; q--) {
                if (isKanjiRun(s, p, q) && entries.surnameSurface(s, p, q)
                        && JapaneseNamePosDetector.titleAt(s, q, null) > 0) {
                    add(t, unit, s, p, q, identified ? 0.8 : 0.6, out);
                    break;
                }
            }
        }
    }

    private static void titleLine(ScanText t, int unit, String s, KuromojiNameEntries entries, boolean identified,
                                  List<Finding> out) {
        int lead = 0;
        while (lead < s.length() && s.charAt(lead) == ' ') {
            lead++;
        }
        int stop = s.length();
        while (stop > lead && Character.isWhitespace(s.charAt(stop - 1))) {
            stop--;
        }
        for (String title : LINE_TITLES) {
            int p = lead + title.length();
            if (!s.startsWith(title, lead) || p >= stop || s.charAt(p) != ' ') {
                continue;
            }
            while (p < stop && s.charAt(p) == ' ') {
                p++;
            }
            String line = s.substring(0, stop);
            for (int q = Math.min(stop - 1, p + PART_MAX); q > p; q--) {
                if (!isKanjiRun(line, p, q) || !entries.surnameSurface(line, p, q)) {
                    continue;
                }
                int g = line.charAt(q) == ' ' ? q + 1 : q;
                if (g < stop && givenEnd(line, g, entries, "") == stop) {
                    add(t, unit, s, p, stop, identified ? 0.9 : 0.7, out);
                    return;
                }
            }
            return;
        }
    }

    /**
     * Minutes' and forms' lists of people after their label (出席者：櫻井、工藤、髙橋（敬称略）, 出席者：松岡部長、水野課長):
     * every item must be a dictionary family name, alone, with a given name or with a title, or nothing is taken.
     */
    private static void attendees(ScanText t, int unit, String s, KuromojiNameEntries entries, boolean identified,
                                  List<Finding> out) {
        for (String label : ATTENDEE_LABELS) {
            if (!s.startsWith(label + ":")) {
                continue;
            }
            boolean credit = CREDIT_LABELS.contains(label);
            int p = label.length() + 1;
            int stop = s.indexOf('(', p);
            stop = stop < 0 ? s.strip().length() : stop;
            List<Finding> found = new java.util.ArrayList<>();
            for (int q = p; q <= stop; q++) {
                if (q < stop && s.charAt(q) != '、') {
                    continue;
                }
                int end = itemName(s.substring(0, q), p, entries, credit);
                if (end < 0) {
                    return;
                }
                add(t, unit, s, p, end, identified ? 0.9 : 0.7, found);
                p = q + 1;
            }
            out.addAll(found);
            return;
        }
    }

    /** Where the name that is the whole of {@code s} from {@code p} ends (a title may close it), or -1. */
    private static int itemName(String s, int p, KuromojiNameEntries entries, boolean fullOnly) {
        for (int q = Math.min(s.length(), p + PART_MAX); q > p; q--) {
            if (!isKanjiRun(s, p, q) || !entries.surnameSurface(s, p, q)) {
                continue;
            }
            if (!fullOnly && (q == s.length() || JapaneseNamePosDetector.titleAt(s, q, null) == s.length() - q)) {
                return q;
            }
            if (q == s.length()) {
                continue; // a family name alone, where only full names count
            }
            int g = s.charAt(q) == ' ' ? q + 1 : q;
            if (g < s.length() && givenEnd(s, g, entries, "") == s.length()) {
                return s.length();
            }
        }
        return -1;
    }

    private static void calledInQuotes(ScanText t, int unit, String s, KuromojiNameEntries entries, boolean identified,
                                       List<Finding> out) {
        for (int a = s.indexOf('「'); a >= 0; a = s.indexOf('「', a + 1)) {
            int c = s.indexOf('」', a);
            int close = c < 0 ? s.length() : c;
            for (int p = a + 1; p < close; p++) {
                boolean opens = p == a + 1 || s.charAt(p - 1) == '、' || (p == a + 3 && VOCATIVES.contains(s.substring(a + 1, p)));
                if (!opens) {
                    continue;
                }
                for (int r = Math.min(close, p + PART_MAX); r > p; r--) {
                    boolean ends = r == close || CALL_END.indexOf(s.charAt(r)) >= 0
                            || (p == a + 1 && "がは".indexOf(s.charAt(r)) >= 0);
                    if (ends && (isKanjiRun(s, p, r) || isScript(s, p, r, Character.UnicodeScript.KATAKANA))
                            && entries.givenNameSurface(s, p, r, true)) {
                        add(t, unit, s, p, r, identified ? 0.8 : 0.6, out);
                        break;
                    }
                }
            }
        }
    }

    private static void add(ScanText t, int unit, String s, int from, int to, double score, List<Finding> out) {
        String value = s.substring(from, to);
        if (OrgWords.isOrganisation(value)) {
            return;
        }
        int start = t.start(unit) + from;
        out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value), score,
                "jp_person_name_pos", start));
    }

    private static boolean isKanjiRun(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '々' && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScript(String s, int from, int to, Character.UnicodeScript script) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) != script && !(c == 'ー' && script == Character.UnicodeScript.KATAKANA)) {
                return false;
            }
        }
        return from < to;
    }
}
