package org.leakscope.classifiers.pii;

import static org.leakscope.classifiers.pii.JapaneseNamePosDetector.isHiragana;
import static org.leakscope.classifiers.pii.JapaneseNamePosDetector.isKanji;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.pii.JapaneseNamePosDetector.Token;
import org.leakscope.classifiers.text.ScanText;

/**
 * Names that encyclopaedias and news write where the dictionary does not know them, found by the words around them
 * for {@link JapaneseNamePosDetector}; each candidate is tokenised alone to check it is no common word:
 * <ul>
 * <li>a lead sentence's topic that the predicate calls a person by occupation: 「Xは、日本の歌手。」, 「Xは、前漢の歴史家
 * である。」 (X in any script: あいみょん, IKKO, 司馬遷, ベートーヴェン);</li>
 * <li>a known family name, then a given name the dictionary does not read as one (1-2 kanji or 2-4 hiragana), then a
 * person's title: 細川護熙首相, 岩田湊選手, 久保こころ容疑者;</li>
 * <li>a katakana name the dictionary does not know before a foreign person's title: プーチン大統領, ゼレンスキー大統領;</li>
 * <li>a Chinese or Korean name of 2-3 kanji before a head of state's or party's title: 習近平国家主席, 文在寅大統領;</li>
 * <li>a sumo wrestler's 四股名 after a rank or before 関: 横綱白鵬が, 曙関は;</li>
 * <li>a name in any script after an occupation and の, or after a club it plays for, before a subject's particle:
 * 歌手のきゃりーぱみゅぱみゅが, 競泳日本代表の池江璃花子は, ACミランに所属する本田圭佑が;</li>
 * <li>a name of 2-4 kanji the dictionary splits, after の or a line's start, before a person's title:
 * 名城大学の赤崎勇教授は;</li>
 * <li>an emperor by a posthumous name the dictionary does not know whole: 昭和天皇の治世に.</li>
 * </ul>
 */
final class JapaneseNameLeads {

    private static final String ID = "jp_person_name_pos";
    /** What ends a lead's predicate's last noun phrase before the copula. */
    private static final List<String> COPULAS = List.of("であった", "である", "だった", "です", "だ");
    private static final int TOPIC_REACH = 150;
    private static final int PREDICATE_REACH = 80;
    /** Characters a lead's topic does not hold: it is a name, not a clause or a list. */
    private static final String NOT_IN_TOPIC = "、，,「」『』:：/／。";
    /** Endings of a topic that names a body, a place or a family rather than a person. */
    private static final String THING_ENDS = "社党会団省庁局部課組店屋家氏賞杯館園院校寺宮";
    /**
     * Titles after a foreign name in katakana that no common word takes: before them any katakana word but a place's
     * or a body's (トランプ大統領, トランプ the card game to the dictionary).
     */
    private static final List<String> FOREIGN_PERSON_TITLES = List.of("元大統領", "前大統領", "大統領", "首相", "氏", "国務長官",
            "夫人", "元首相", "前首相");
    /**
     * Other titles after a katakana name: the name must be one the dictionary does not know (not グループ議長). Titles
     * that firms' and clubs' katakana names take (社長, 会長, CEO, 監督, 選手: ユベントス監督) are left out.
     */
    private static final List<String> FOREIGN_TITLES = List.of("容疑者", "被告", "議員", "国王", "女王", "教授", "博士",
            "事務総長", "長官", "議長", "総裁", "外相", "准教授", "騎手", "調教師", "裁判長", "判事");
    private static final Pattern KATAKANA_BEFORE_TITLE = Pattern.compile("(?<![\\p{IsKatakana}ー・=＝])[\\p{IsKatakana}ー]{3,}"
            + "(?=" + String.join("|", FOREIGN_PERSON_TITLES) + "|" + String.join("|", FOREIGN_TITLES) + ")");
    /** Titles of heads of state and of parties that follow a Chinese or Korean name written in kanji. */
    private static final List<String> CJK_TITLES = List.of("国家主席", "国務院総理", "総書記", "国連事務総長", "大統領", "総統",
            "主席", "首相");
    /**
     * The commonest one-kanji Chinese and Korean family names: a run starting with one may hold a word the
     * dictionary knows (蔡 + 英文) and still be a name before a head of state's title.
     */
    private static final String CJK_SURNAMES = "王李張劉陳楊黄趙呉周徐孫馬朱胡郭何羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭董袁潘"
            + "蔣蔡杜葉程蘇魏呂丁沈姚盧姜崔鍾譚陸汪范金廖賈夏韋方鄒孟熊秦邱尹薛閻段雷侯龍史陶賀顧毛郝龔邵萬錢厳戴莫孔湯"
            + "温康施文牛樊葛邢朴権洪柳裵南河具辛閔兪玄咸卞廉辺慎琴延表奇";
    /** One-kanji abbreviations of states (米, 露, 仏): 米仏大統領 names two states, no person. */
    private static final String STATE_ABBREVIATIONS = "日米英仏独露中韓朝伊加豪印比台蘭西葡墨伯";
    /** Sumo ranks that stand right before a wrestler's 四股名 (横綱白鵬). */
    private static final List<String> SUMO_RANKS = List.of("横綱", "大関", "関脇", "小結");
    /** What may follow a 四股名: a particle or punctuation. */
    private static final String SHIKONA_END = "はがをにとの、。・（(";

    private JapaneseNameLeads() {
    }

    static void find(JapaneseNamePosDetector d, KuromojiNameEntries entries, ScanText t, int unit, String s,
                     boolean identified, List<Finding> out) {
        if (s.indexOf('は') > 0) {
            leads(d, t, unit, s, identified, out);
        }
        givenNamesBeforeTitles(d, entries, t, unit, s, identified, out);
        katakanaBeforeTitles(d, t, unit, s, identified, out);
        cjkBeforeTitles(d, t, unit, s, identified, out);
        shikona(d, t, unit, s, identified, out);
        officeBeforeName(d, entries, t, unit, s, identified, out);
        namesAfterRoles(d, t, unit, s, identified, out);
        namesBeforePersonTitles(d, t, unit, s, identified, out);
        emperors(d, t, unit, s, identified, out);
        numberedMonarchs(d, t, unit, s, identified, out);
        if (s.indexOf('年') > 0) {
            lifeDatesLeads(d, t, unit, s, identified, out);
        }
        if (s.indexOf('段') > 0) {
            gameRanks(entries, t, unit, s, identified, out);
        }
        if (PersonSentence.reportsAPlay(s)) {
            oneKanjiPlayers(entries, t, unit, s, identified, out);
        }
        if (PersonSentence.anyPersonPredicate(s)) {
            subjectsOfPersonPredicates(d, entries, t, unit, s, identified, out);
        }
        oneKanjiBeforePersonTitles(d, entries, t, unit, s, identified, out);
        founders(d, t, unit, s, identified, out);
    }

    /** What a founder did to a temple, a sect or a school: 最澄が開いた寺院, 空海が開山した, 聖武天皇が創建した. */
    private static final List<String> FOUNDINGS = List.of("が開いた", "が開山した", "が開山し、", "が開基となった",
            "が創建した", "が創始した", "が開いた私塾");

    /**
     * The subject of a {@link #FOUNDINGS}: 2-5 kanji the dictionary reads as a person's name, whole (最澄, 日蓮: 人名-一般)
     * or as a family and a given name; a family name alone (田中が開いた店) is not taken.
     */
    private static void founders(JapaneseNamePosDetector d, ScanText t, int unit, String s, boolean identified,
                                 List<Finding> out) {
        for (String w : FOUNDINGS) {
            for (int q = s.indexOf(w, 2); q >= 0; q = s.indexOf(w, q + 1)) {
                int p = q;
                while (p > 0 && q - p < 5 && isKanji(s.charAt(p - 1))) {
                    p--;
                }
                if (q - p < 2 || (p > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(p)))) {
                    continue;
                }
                List<Token> tk = d.tokens(s.substring(p, q));
                boolean whole = tk.size() == 1 && tk.get(0).known() && tk.get(0).pos().startsWith(JapaneseNamePosDetector.PERSON);
                boolean pair = tk.size() == 2 && tk.get(0).pos().startsWith(JapaneseNamePosDetector.SEI)
                        && tk.get(1).pos().startsWith(JapaneseNamePosDetector.MEI);
                if (whole || pair) {
                    add(t, unit, s, p, q, identified ? 0.9 : 0.7, out);
                }
            }
        }
    }

    /** Titles only a person takes that a one-kanji family name may stand before (泉弁護士, 林投手). */
    private static final List<String> ONE_KANJI_TITLES = List.of("弁護士", "教授", "准教授", "医師", "容疑者", "議員",
            "投手", "捕手", "選手");

    /**
     * A one-kanji family name (no kanji or katakana before it) right before a {@link #ONE_KANJI_TITLES} and a particle
     * or punctuation, which the dictionary tags 姓 there: 代理人を務める泉弁護士は. Not a prefix (各選手, 全選手: the
     * dictionary reads them as prefixes), nor a word the dictionary knows with the title (助教授).
     */
    private static void oneKanjiBeforePersonTitles(JapaneseNamePosDetector d, KuromojiNameEntries entries, ScanText t,
                                                   int unit, String s, boolean identified, List<Finding> out) {
        for (String title : ONE_KANJI_TITLES) {
            for (int r = s.indexOf(title, 1); r >= 0; r = s.indexOf(title, r + 1)) {
                int fs = r - 1;
                int e = r + title.length();
                if (!isKanji(s.charAt(fs)) || (fs > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(fs)))
                        || e >= s.length() || "はがのも、。と".indexOf(s.charAt(e)) < 0 || !entries.surnameSurface(s, fs, r)) {
                    continue;
                }
                List<Token> tk = d.tokens(s.substring(fs, e));
                if (tk.size() >= 2 && tk.get(0).length() == 1 && tk.get(0).pos().startsWith(JapaneseNamePosDetector.SEI)) {
                    add(t, unit, s, fs, r, identified ? 0.9 : 0.75, out);
                }
            }
        }
    }

    /** Of {@link PersonSentence#PERSON_PREDICATES}, those no product, firm or work takes: a katakana word alone may be their subject. */
    private static final List<String> LIFE_EVENTS = List.of("死去した", "死去し、", "に死去", "歳で死去", "逝去した",
            "即位した", "即位し、", "に即位", "結婚した", "結婚し、", "と結婚", "離婚した");

    /**
     * The subject of what only a person does ({@link PersonSentence#personPredicate}) at a sentence's start: a family
     * name the dictionary knows and 1-3 kanji of given name it reads otherwise (村野 + 藤吾が…を受賞した), the whole
     * no common word, body or place; or a katakana word of three or more, no place or body, before a life event
     * (…が結婚した, …が死去した).
     */
    private static void subjectsOfPersonPredicates(JapaneseNamePosDetector d, KuromojiNameEntries entries, ScanText t,
                                                   int unit, String s, boolean identified, List<Finding> out) {
        for (int q = 2; q < s.length(); q++) {
            char c = s.charAt(q);
            if ((c != 'が' && c != 'は') || !isKanji(s.charAt(q - 1)) && !isKatakana(s.charAt(q - 1)) && s.charAt(q - 1) != 'ー') {
                continue;
            }
            if (!PersonSentence.personPredicate(s, q, isKanji(s.charAt(q - 1)))) {
                continue;
            }
            boolean kanji = isKanji(s.charAt(q - 1));
            int p = q;
            while (p > 0 && q - p < 12 && (kanji ? isKanji(s.charAt(p - 1))
                    : isKatakana(s.charAt(p - 1)) || s.charAt(p - 1) == 'ー')) {
                p--;
            }
            if (p > 0 && "。、「 ".indexOf(s.charAt(p - 1)) < 0) {
                continue;
            }
            String x = s.substring(p, q);
            if (OrgWords.isOrganisation(x) || THING_ENDS.indexOf(x.charAt(x.length() - 1)) >= 0) {
                continue;
            }
            if (JapaneseNamePosDetector.TITLES_BEFORE.stream().anyMatch(x::startsWith)) {
                continue; // 大関魁皇は: a rank before the name, the rank rules' (shikona, officeBeforeName)
            }
            if (kanji) {
                if (x.length() < 3 || x.length() > 5) {
                    continue;
                }
                for (int f = Math.min(3, x.length() - 1); f >= 2; f--) {
                    String given = x.substring(f);
                    if (given.length() <= 3 && entries.surnameSurface(s, p, p + f) && properGiven(d.tokens(given))
                            && (given.length() > 1 || anyName(d.tokens(given)))
                            && !commonWords(d.tokens(x)) && !anyBody(d.tokens(x))) {
                        add(t, unit, s, p, q, identified ? 0.9 : 0.7, out);
                        break;
                    }
                }
            } else if (x.length() >= 3 && x.charAt(0) != 'ー' && lifeEvent(s, q)) {
                List<Token> tk = d.tokens(x);
                boolean thing = false;
                for (Token k : tk) {
                    thing |= k.known() && (k.pos().startsWith(JapaneseNamePosDetector.PLACE)
                            || k.pos().startsWith("名詞-固有名詞-組織") || tk.size() == 1 && k.pos().startsWith("名詞-一般"));
                }
                if (!thing) {
                    add(t, unit, s, p, q, identified ? 0.9 : 0.7, out);
                }
            }
        }
    }

    /**
     * A given name's kanji the dictionary reads as no common word: names, proper nouns of no body (藤吾 a place's
     * name to it), single kanji or unknown; no particle, verb or auxiliary.
     */
    private static boolean properGiven(List<Token> tk) {
        for (Token x : tk) {
            String p = x.pos();
            if (p.startsWith("助詞") || p.startsWith("助動詞") || p.startsWith("動詞") || p.startsWith("名詞-固有名詞-組織")
                    || (x.known() && x.length() >= 2 && !p.startsWith("名詞-固有名詞"))) {
                return false;
            }
        }
        return true;
    }

    /** A {@link #LIFE_EVENTS} in the sentence after {@code q}. */
    private static boolean lifeEvent(String s, int q) {
        int stop = s.indexOf('。', q);
        String rest = s.substring(q + 1, stop < 0 ? s.length() : stop);
        for (String w : LIFE_EVENTS) {
            if (rest.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------- this round's

    /**
     * A monarch or pope by a katakana name and a regnal number (ルイ14世が, ヴィルヘルム2世が, エリザベス2世の): the
     * number and 世, then a particle or punctuation (クイーン・エリザベス2世号 is a ship). Not a place or a body the
     * dictionary knows.
     */
    private static void numberedMonarchs(JapaneseNamePosDetector d, ScanText t, int unit, String s, boolean identified,
                                         List<Finding> out) {
        for (int w = s.indexOf('世', 2); w >= 0; w = s.indexOf('世', w + 1)) {
            int n = w;
            while (n > 0 && (Character.isDigit(s.charAt(n - 1)) || "一二三四五六七八九十".indexOf(s.charAt(n - 1)) >= 0)) {
                n--;
            }
            if (n == w || w + 1 >= s.length() || SHIKONA_END.indexOf(s.charAt(w + 1)) < 0) {
                continue;
            }
            int p = n;
            while (p > 0 && (isKatakana(s.charAt(p - 1)) || s.charAt(p - 1) == 'ー'
                    || ((s.charAt(p - 1) == '・' || s.charAt(p - 1) == '=') && p - 1 > 0 && isKatakana(s.charAt(p - 2))))) {
                p--;
            }
            if (n - p < 2 || s.charAt(p) == 'ー' || s.charAt(p) == '・' || s.charAt(p) == '=') {
                continue;
            }
            List<Token> tk = d.tokens(s.substring(p, n));
            boolean word = tk.size() == 1 && tk.get(0).known() && tk.get(0).pos().startsWith("名詞-一般"); // カンパニー
            if (!word && !aBodyOrPlace(tk) && !anyBody(tk) && !OrgWords.isOrganisation(s.substring(p, n))) {
                add(t, unit, s, p, w + 1, identified ? 0.9 : 0.75, out);
            }
        }
    }

    /**
     * A lead's topic followed by life dates in brackets and は or a comma (村野藤吾（1891年 - 1984年）は, マリー・
     * キュリー（1867年 - 1934年）は): a person. The topic stands at the sentence's start: 2-6 kanji with some name
     * token and no common word (江戸時代（1603年 - 1868年）は is a period), or a katakana name with ・ or = whose parts
     * are no place or body as a whole.
     */
    private static void lifeDatesLeads(JapaneseNamePosDetector d, ScanText t, int unit, String s, boolean identified,
                                       List<Finding> out) {
        for (int b = 1; b < s.length(); b++) {
            int after = s.charAt(b) == '(' || s.charAt(b) == '（' ? PersonSentence.lifeDatesAfter(s, b) : -1;
            if (after < 0 || after >= s.length() || "は、".indexOf(s.charAt(after)) < 0) {
                continue;
            }
            int from = b;
            while (from > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(from))
                    || from > 0 && (s.charAt(from - 1) == 'ー' || s.charAt(from - 1) == '・' || s.charAt(from - 1) == '=')) {
                from--;
            }
            int end = b > 0 && s.charAt(b - 1) == ' ' ? b - 1 : b;
            if (from > 0 && "。、「 #\t".indexOf(s.charAt(from - 1)) < 0 || end - from < 2) {
                continue;
            }
            String x = s.substring(from, end);
            boolean kanji = isKanjiRun(x);
            boolean katakana = x.chars().allMatch(c -> isKatakana((char) c) || c == 'ー' || c == '・' || c == '=')
                    && (x.indexOf('・') > 0 || x.indexOf('=') > 0);
            if (!(kanji && x.length() <= 6) && !katakana || OrgWords.isOrganisation(x) || x.startsWith("ザ・")
                    || THING_ENDS.indexOf(x.charAt(x.length() - 1)) >= 0 || PERIOD_ENDS.indexOf(x.charAt(x.length() - 1)) >= 0) {
                continue;
            }
            List<Token> tk = d.tokens(x);
            // kanji: some token a person's name (明治（1868年 - 1912年）is an era, a proper noun of no person)
            boolean plausible = kanji ? plausibleTopic(d, x) && nameEvidence(tk) && anyName(tk) : !wholePartIsBody(x, tk);
            if (plausible && !aBodyOrPlace(tk) && !anyBody(tk)) {
                add(t, unit, s, from, end, identified ? 0.9 : 0.75, out);
            }
        }
    }

    private static boolean anyName(List<Token> tk) {
        for (Token x : tk) {
            if (x.pos().startsWith(JapaneseNamePosDetector.NAME)) {
                return true;
            }
        }
        return false;
    }

    /** Last characters of capitals, dynasties, periods and domains, which dates in brackets follow too (藤原京). */
    private static final String PERIOD_ENDS = "京朝期代府都城藩国";

    /** Some part of the katakana run {@code x} (between dots) is one known token of a place or a body. */
    private static boolean wholePartIsBody(String x, List<Token> tk) {
        for (Token k : tk) {
            boolean starts = k.start() == 0 || x.charAt(k.start() - 1) == '・' || x.charAt(k.start() - 1) == '=';
            boolean ends = k.end() == x.length() || x.charAt(k.end()) == '・' || x.charAt(k.end()) == '=';
            if (starts && ends && k.known() && (k.pos().startsWith(JapaneseNamePosDetector.PLACE)
                    || k.pos().startsWith("名詞-固有名詞-組織"))) {
                return true;
            }
        }
        return false;
    }

    /** Dan ranks of shogi and go players, written after the family name: 羽生九段, 藤井七段. */
    private static final String DAN_NUMERALS = "一二三四五六七八九";

    /**
     * A family name of 1-3 kanji the dictionary knows, a dan rank, then a particle or punctuation: 西九段が,
     * 木村八段は. Not a place (九段下) nor a rank after a sport (柔道八段の: 柔道 is no family name).
     */
    private static void gameRanks(KuromojiNameEntries entries, ScanText t, int unit, String s, boolean identified,
                                  List<Finding> out) {
        for (int k = s.indexOf('段', 2); k >= 0; k = s.indexOf('段', k + 1)) {
            if (DAN_NUMERALS.indexOf(s.charAt(k - 1)) < 0 || k + 1 >= s.length()
                    || "がはのとに、。".indexOf(s.charAt(k + 1)) < 0) {
                continue;
            }
            int r = k - 1;
            int fs = familyBefore(entries, s, r);
            if (fs >= 0 && (fs == 0 || "の、「（ 　".indexOf(s.charAt(fs - 1)) >= 0)) {
                add(t, unit, s, fs, r, identified ? 0.9 : 0.75, out);
            }
        }
    }

    /**
     * A one-kanji family name the dictionary knows alone as the subject of a play in a game report, at the
     * sentence's start: 畑が先制の適時打を放ち, 林が2ランを放ち (two kanji and more are the token rules').
     */
    private static void oneKanjiPlayers(KuromojiNameEntries entries, ScanText t, int unit, String s, boolean identified,
                                        List<Finding> out) {
        for (int g = s.indexOf('が', 1); g >= 0; g = s.indexOf('が', g + 1)) {
            int fs = g - 1;
            if (!isKanji(s.charAt(fs)) || (fs > 0 && "。、「 ".indexOf(s.charAt(fs - 1)) < 0)
                    || !entries.surnameSurface(s, fs, g)) {
                continue;
            }
            // the play in the subject's own clause (林が2ランを放ち; not 「本塁打が出た。今が勝負だ」)
            int stop = g + 1;
            while (stop < s.length() && "、。".indexOf(s.charAt(stop)) < 0) {
                stop++;
            }
            if (PersonSentence.reportsAPlay(s.substring(g + 1, stop))) {
                add(t, unit, s, fs, g, identified ? 0.9 : 0.7, out);
            }
        }
    }

    /**
     * An office written right before a name (将軍徳川綱吉の, 執権北条泰時は): a dictionary family name, 1-3 kanji of given
     * name that are no common word, then a particle or punctuation. The dictionary tags some such family names as
     * places (北条) and reads the given names as words (泰 + 時), so the token rules miss them.
     */
    private static void officeBeforeName(JapaneseNamePosDetector d, KuromojiNameEntries entries, ScanText t, int unit,
                                         String s, boolean identified, List<Finding> out) {
        for (String w : JapaneseNamePosDetector.TITLES_BEFORE) {
            for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
                int p = at + w.length();
                found:
                for (int f = 3; f >= 1; f--) {
                    if (p + f >= s.length() || !isKanjiRun(s.substring(p, p + f)) || !entries.surnameSurface(s, p, p + f)) {
                        continue;
                    }
                    for (int g = 3; g >= 1; g--) {
                        int e = p + f + g;
                        if (e < s.length() && SHIKONA_END.indexOf(s.charAt(e)) >= 0 && isKanjiRun(s.substring(p + f, e))
                                && givenNotAWord(d, s.substring(p + f, e), false) && !commonWords(d.tokens(s.substring(p, e)))) {
                            add(t, unit, s, p, e, identified ? 0.9 : 0.75, out);
                            break found;
                        }
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------- lead sentences

    private static void leads(JapaneseNamePosDetector d, ScanText t, int unit, String s, boolean identified,
                              List<Finding> out) {
        for (int from = 0; from < s.length(); ) {
            int stop = s.indexOf('。', from);
            int end = stop < 0 ? s.length() : stop;
            lead(d, t, unit, s, from, end, identified, out);
            from = end + 1;
        }
    }

    /** The sentence from {@code from} to {@code end}: its topic, when the predicate calls it a person. */
    private static void lead(JapaneseNamePosDetector d, ScanText t, int unit, String s, int from, int end,
                             boolean identified, List<Finding> out) {
        while (from < end && (Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '#')) {
            from++;
        }
        // a topic of 30 characters and a bracket after it (a reading, dates) stand within the sentence's first
        // TOPIC_REACH; a predicate is 60 at most (callsAPerson): a long line is not cut into a substring per は
        for (int h = s.indexOf('は', from + 1); h >= 0 && h < end && h - from <= TOPIC_REACH; h = s.indexOf('は', h + 1)) {
            if (end - h > PREDICATE_REACH || !PersonSentence.callsAPerson(s.substring(h + 1, end))) {
                continue;
            }
            int xEnd = h;
            if (s.charAt(xEnd - 1) == '）' || s.charAt(xEnd - 1) == ')') {
                int open = Math.max(s.lastIndexOf('（', xEnd - 1), s.lastIndexOf('(', xEnd - 1));
                xEnd = open > from ? open : xEnd;
            }
            while (xEnd > from && s.charAt(xEnd - 1) == ' ') {
                xEnd--;
            }
            if (plausibleTopic(d, s.substring(from, xEnd))) {
                add(t, unit, s, from, xEnd, identified ? 0.9 : 0.75, out);
            }
            return; // the first は that gives a person's predicate is the topic's
        }
    }

    /**
     * A lead's topic that can be a name: short, no list or clause, not an organisation, and not a common noun the
     * dictionary knows (監督, 主演俳優, 彼女, 受賞者): some token is a proper noun, unknown, one character, or not a
     * noun at all (kana names split oddly: あ + いみ + ょん).
     */
    private static boolean plausibleTopic(JapaneseNamePosDetector d, String x) {
        if (x.isEmpty() || x.length() > 30 || OrgWords.isOrganisation(x)
                || THING_ENDS.indexOf(x.charAt(x.length() - 1)) >= 0) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (NOT_IN_TOPIC.indexOf(c) >= 0) {
                return false;
            }
            // の only inside a short name between kanji (稀勢の里), not "東京大学の教授"
            if (c == 'の' && (x.length() > 5 || i == 0 || i == x.length() - 1 || !isKanji(x.charAt(i - 1))
                    || !isKanji(x.charAt(i + 1)))) {
                return false;
            }
        }
        boolean ascii = x.chars().allMatch(c -> c < 0x80);
        if (ascii) {
            return Character.isUpperCase(x.charAt(0)) && x.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.');
        }
        return !commonWords(d.tokens(x));
    }

    /**
     * Every token a known common word and one of them two characters or more: a noun phrase, no name (主演俳優,
     * 受賞者, 審議委員会). Places and bodies count as common here too: a name's parts are no place as a whole.
     */
    static boolean commonWords(List<Token> tk) {
        boolean long2 = false;
        for (Token x : tk) {
            String p = x.pos();
            boolean common = x.known() && (p.startsWith("名詞-一般") || p.startsWith("名詞-サ変接続")
                    || p.startsWith("名詞-副詞可能") || p.startsWith("名詞-形容動詞語幹") || p.startsWith("名詞-接尾")
                    || p.startsWith("名詞-代名詞") || p.startsWith("名詞-数") || p.startsWith("接頭詞")
                    || (tk.size() == 1 && (p.startsWith(JapaneseNamePosDetector.PLACE) || p.startsWith("名詞-固有名詞-組織"))));
            if (!common) {
                return false;
            }
            long2 |= x.length() >= 2;
        }
        return long2;
    }

    // ------------------------------------------------------------------------------------------- titled names

    /**
     * A dictionary family name of 1-3 kanji standing as a word, a given name of 1-2 kanji or 2-4 hiragana the
     * dictionary reads otherwise (護熙, 湊, こころ), then a title: the whole is a name. Not where the given name is a
     * word (松下電器会長: 電器), a particle (鈴木から社長) or an office's prefix (田中元社長, 田中前会長).
     */
    private static void givenNamesBeforeTitles(JapaneseNamePosDetector d, KuromojiNameEntries entries, ScanText t,
                                               int unit, String s, boolean identified, List<Finding> out) {
        for (int r = 2; r < s.length(); r++) {
            int title = JapaneseNamePosDetector.titleAt(s, r, null);
            if (title == 0) {
                continue;
            }
            for (int g = 1; g <= 4 && r - g >= 1; g++) {
                String given = s.substring(r - g, r);
                boolean kanji = g <= 2 && isKanjiRun(given);
                boolean hira = g >= 2 && isHiraganaRun(given);
                if (!kanji && !hira) {
                    continue;
                }
                if ("元前新現故副総同各両名次".indexOf(given.charAt(0)) >= 0) {
                    continue;
                }
                int fs = familyBefore(entries, s, r - g);
                if (fs < 0 || !givenNotAWord(d, given, hira)) {
                    continue;
                }
                if (entries.surnameSurface(s, fs, r)) {
                    break; // 長谷 + 川 is the family name 長谷川 before its title: the token rules' (familyNameWithTitle)
                }
                String value = s.substring(fs, r);
                boolean states = value.chars().allMatch(c -> STATE_ABBREVIATIONS.indexOf(c) >= 0); // 米仏首相
                if (!states && THING_ENDS.indexOf(value.charAt(value.length() - 1)) < 0
                        && !OrgWords.isOrganisation(value) && !commonWords(d.tokens(value))) {
                    add(t, unit, s, fs, r, identified ? 0.95 : 0.8, out);
                }
                break;
            }
            r += title - 1;
        }
    }

    /** Where a dictionary family name of 1-3 kanji ending at {@code end} starts, standing as a word; or -1. */
    private static int familyBefore(KuromojiNameEntries entries, String s, int end) {
        for (int f = 3; f >= 1; f--) {
            int fs = end - f;
            if (fs >= 0 && isKanjiRun(s.substring(fs, end)) && entries.surnameSurface(s, fs, end)
                    && (fs == 0 || !KuromojiNameEntries.isNameChar(s.codePointBefore(fs)))) {
                return fs;
            }
        }
        return -1;
    }

    private static boolean givenNotAWord(JapaneseNamePosDetector d, String given, boolean hira) {
        List<Token> tk = d.tokens(given);
        for (Token x : tk) {
            String p = x.pos();
            // a particle anywhere, an auxiliary or verb first (から, です); ひな + た is a name read as a verb's past
            if (p.startsWith("助詞") || (tk.indexOf(x) == 0 && (p.startsWith("助動詞") || p.startsWith("動詞")))) {
                return false;
            }
            if (x.known() && x.length() >= 2 && !p.startsWith(JapaneseNamePosDetector.NAME) && !hira) {
                return false; // 電器, 工業: a word, the run before the title is a firm's name
            }
        }
        return true;
    }

    /**
     * A katakana word of three or more before a foreign person's title, standing apart from other katakana (a name
     * with ・ is {@code foreignNames}'): before 大統領 or 氏 any word but a place's or a body's, before the other
     * titles only one the dictionary does not know or knows as a name.
     */
    private static void katakanaBeforeTitles(JapaneseNamePosDetector d, ScanText t, int unit, String s,
                                             boolean identified, List<Finding> out) {
        if (!hasKatakana(s)) {
            return;
        }
        // tried only where a run of katakana starts (find() had asked the look-behind at every char of the line)
        Matcher m = KATAKANA_BEFORE_TITLE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < s.length(); at++) {
            if (!mayStartKatakanaRun(s, at) || !m.region(at, s.length()).lookingAt()) {
                continue;
            }
            at = m.end() - 1;
            boolean personTitle = false;
            for (String w : FOREIGN_PERSON_TITLES) {
                personTitle |= s.startsWith(w, m.end());
            }
            boolean ok = true;
            for (Token x : d.tokens(m.group())) {
                String p = x.pos();
                boolean name = p.startsWith(JapaneseNamePosDetector.NAME);
                boolean body = x.known() && (p.startsWith(JapaneseNamePosDetector.PLACE) || p.startsWith("名詞-固有名詞-組織"));
                ok &= personTitle ? !body : (name || !x.known());
            }
            if (ok && !OrgWords.isOrganisation(m.group())) {
                add(t, unit, s, m.start(), m.end(), identified ? 0.95 : 0.8, out);
            }
        }
    }

    /**
     * A run of 2-3 kanji standing as a word before a head of state's or party's title: a Chinese or Korean name
     * (習近平国家主席, 文在寅大統領, 蔡英文総統). Not a word the dictionary knows whole (韓国大統領), not states'
     * abbreviations (米仏首相), and no common word in it unless it starts with a common Chinese or Korean family name.
     */
    private static void cjkBeforeTitles(JapaneseNamePosDetector d, ScanText t, int unit, String s, boolean identified,
                                        List<Finding> out) {
        for (String title : CJK_TITLES) {
            for (int r = s.indexOf(title, 2); r >= 0; r = s.indexOf(title, r + 1)) {
                for (int n = 3; n >= 2; n--) {
                    int fs = r - n;
                    if (fs < 0 || !isKanjiRun(s.substring(fs, r))
                            || (fs > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(fs)))) {
                        continue;
                    }
                    String run = s.substring(fs, r);
                    if ("元前新現故副総同各両名次歴".indexOf(run.charAt(0)) >= 0
                            || THING_ENDS.indexOf(run.charAt(run.length() - 1)) >= 0) {
                        continue; // 同党総書記, 前首相: an office's prefix; 与党総書記: a body
                    }
                    List<Token> tk = d.tokens(run);
                    boolean states = run.chars().allMatch(c -> STATE_ABBREVIATIONS.indexOf(c) >= 0);
                    boolean common = false;
                    boolean body = false;
                    for (Token x : tk) {
                        common |= x.known() && x.length() >= 2 && !x.pos().startsWith("名詞-固有名詞");
                        body |= x.known() && x.length() >= 2 && (x.pos().startsWith("名詞-固有名詞-組織")
                                || x.pos().startsWith("名詞-固有名詞-地域-国"));
                    }
                    if (tk.size() > 1 && !states && !body && (!common || CJK_SURNAMES.indexOf(run.charAt(0)) >= 0)
                            && !OrgWords.isOrganisation(run)) {
                        add(t, unit, s, fs, r, identified ? 0.95 : 0.8, out);
                        break;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------- sumo

    /**
     * A 四股名 after a sumo rank (横綱白鵬が, 大関若乃花は) or before 関 (曙関は): 1-5 kanji, ノ or の between
     * kanji, then a particle or punctuation. Not a word the ranks also take (横綱審議委員会, 大関昇進, 横綱相撲) nor a
     * word ending in 関 (税関, 機関, 玄関).
     */
    private static void shikona(JapaneseNamePosDetector d, ScanText t, int unit, String s, boolean identified,
                                List<Finding> out) {
        for (String rank : SUMO_RANKS) {
            for (int at = s.indexOf(rank); at >= 0; at = s.indexOf(rank, at + 1)) {
                int p = at + rank.length();
                // two characters at least: 横綱戦, 大関級 are no wrestlers (曙 is taken before 関)
                boolean found = false;
                for (int q = Math.min(s.length() - 1, p + 5); q > p + 1; q--) {
                    if (SHIKONA_END.indexOf(s.charAt(q)) >= 0 && shikonaRun(d, s, p, q)) {
                        add(t, unit, s, p, q, identified ? 0.9 : 0.75, out);
                        found = true;
                        break;
                    }
                }
                // one kanji as the subject, read with the rank as no suffix (横綱曙が; 横綱陣が, 大関戦は are suffixes)
                if (!found && p + 1 < s.length() && isKanji(s.charAt(p)) && "がは".indexOf(s.charAt(p + 1)) >= 0) {
                    List<Token> tk = d.tokens(s.substring(at, p + 2));
                    if (tk.size() == 3 && tk.get(1).length() == 1 && (tk.get(1).pos().startsWith("名詞-一般")
                            || tk.get(1).pos().startsWith("名詞-固有名詞"))) {
                        add(t, unit, s, p, p + 1, identified ? 0.9 : 0.75, out);
                    }
                }
            }
        }
        // a stable's wrestler: 佐渡ヶ嶽部屋の翔猿が (the stable's name before 部屋: kanji, ヶ or ノ)
        for (int at = s.indexOf("部屋の", 1); at >= 0; at = s.indexOf("部屋の", at + 1)) {
            char c = s.charAt(at - 1);
            if (!isKanji(c) && c != 'ヶ' && c != 'ノ') {
                continue;
            }
            int p = at + 3;
            for (int q = Math.min(s.length() - 1, p + 5); q > p + 1; q--) {
                if ("はがも、".indexOf(s.charAt(q)) >= 0 && shikonaRun(d, s, p, q)) {
                    add(t, unit, s, p, q, identified ? 0.9 : 0.75, out);
                    break;
                }
            }
        }
        // a tournament's result: 琴櫻が名古屋場所で初優勝を飾った, 大の里は九州場所で勝ち越した
        if (bashoResult(s)) {
            for (int q = 2; q < s.length(); q++) {
                if ("がは".indexOf(s.charAt(q)) < 0) {
                    continue;
                }
                for (int p = Math.max(0, q - 5); p < q - 1; p++) {
                    boolean starts = p == 0 || "。、「 ".indexOf(s.charAt(p - 1)) >= 0;
                    if (starts && !s.startsWith("場所", q - 2) && shikonaRun(d, s, p, q)) {
                        add(t, unit, s, p, q, identified ? 0.9 : 0.75, out);
                        break;
                    }
                }
            }
        }
        for (int k = s.indexOf('関', 1); k >= 0; k = s.indexOf('関', k + 1)) {
            if (k + 1 >= s.length() || SHIKONA_END.indexOf(s.charAt(k + 1)) < 0) {
                continue;
            }
            for (int p = Math.max(0, k - 5); p < k; p++) {
                boolean starts = p == 0 || !KuromojiNameEntries.isNameChar(s.codePointBefore(p))
                        || rankEndsAt(s, p);
                if (starts && shikonaRun(d, s, p, k) && d.tokens(s.substring(p, k + 1)).size() > 1) {
                    add(t, unit, s, p, k, identified ? 0.9 : 0.75, out);
                    break;
                }
            }
        }
    }

    /** The six tournaments of a sumo year (and the Osaka one by its place): 初場所, 名古屋場所. */
    private static final List<String> BASHO = List.of("初場所", "春場所", "夏場所", "名古屋場所", "秋場所", "九州場所",
            "大阪場所");
    /** What a wrestler does in a tournament. */
    private static final List<String> BOUT_RESULTS = List.of("優勝", "勝ち越", "負け越", "白星", "黒星", "全勝", "勝目",
            "休場", "入幕", "連勝", "金星");

    /** The line names a tournament and a wrestler's result in it. */
    private static boolean bashoResult(String s) {
        if (s.indexOf("場所") < 0) {
            return false;
        }
        boolean basho = false;
        for (String w : BASHO) {
            basho |= s.contains(w);
        }
        if (basho) {
            for (String w : BOUT_RESULTS) {
                if (s.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean rankEndsAt(String s, int at) {
        for (String w : SUMO_RANKS) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean shikonaRun(JapaneseNamePosDetector d, String s, int p, int q) {
        int joins = 0;
        for (int i = p; i < q; i++) {
            char c = s.charAt(i);
            boolean join = c == 'の' || c == 'ノ' || c == 'ヶ';
            if (join && (i == p || i == q - 1)) {
                return false;
            }
            if (!join && !isKanji(c)) {
                return false;
            }
            joins += join ? 1 : 0;
        }
        if (joins > 1) {
            return false;
        }
        for (Token x : d.tokens(s.substring(p, q))) {
            // a known word of two or more that is no proper noun: 審議, 昇進, 相撲, 以下 (大鵬, 富士, 青龍 are proper)
            if (x.known() && x.length() >= 2 && !x.pos().startsWith("名詞-固有名詞")) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------- roles and titles

    /** Links from a role to the person holding it, beyond {@link PersonSentence#occupationBefore}'s. */
    private static final List<String> ROLE_LINKS = List.of("日本代表の", "代表選手の", "に所属する", "に所属の");
    /** An agent's or a companion's particle after a name after a role: 経営者の三木谷浩史によって設立された. */
    private static final List<String> AGENT_AFTER_ROLE = List.of("によって", "により", "と共に", "とともに");
    /** What follows a name after a role: the subject's or topic's particle, or a comma. */
    private static final String ROLE_NAME_END = "がはも、";
    /**
     * Titles that only a person takes, after a name of any family (赤崎勇教授, 東浩 准教授): the family name need not
     * be the dictionary's. Not those that follow a firm or a place as well (社長, 会長, 市長, 代表, 監督).
     */
    private static final List<String> PERSON_TITLES = List.of("教授", "准教授", "助教", "名誉教授", "弁護士", "医師",
            "容疑者", "被告", "議員", "衆議院議長", "参議院議長", "衆議院議員", "参議院議員", "議長", "選手", "氏", "シェフ");
    /** What may stand before a name that a title follows: a line's start or these. */
    private static final String TITLED_NAME_START = "の、：:（(「 ";

    /**
     * A name right after an occupation and の (歌手のきゃりーぱみゅぱみゅが, モデルのローラが, 競泳日本代表の池江璃花子は)
     * or after the club it plays for (ACミランに所属する本田圭佑が), before a particle: 2-5 kanji, or a kana word. Not a
     * word the dictionary knows as a common noun (歌手の新曲が, 選手の皆さんが), a body or a place.
     */
    private static void namesAfterRoles(JapaneseNamePosDetector d, ScanText t, int unit, String s, boolean identified,
                                        List<Finding> out) {
        for (int p = s.indexOf('の'); p > 0; p = s.indexOf('の', p + 1)) {
            if (PersonSentence.endsWithOccupation(s, p)) {
                nameAfterRole(d, t, unit, s, p + 1, identified, out);
            }
        }
        // 浄土宗の僧である法然は
        for (int p = s.indexOf("である", 1); p > 0; p = s.indexOf("である", p + 1)) {
            if (PersonSentence.endsWithOccupation(s, p)) {
                nameAfterRole(d, t, unit, s, p + 3, identified, out);
            }
        }
        for (String link : ROLE_LINKS) {
            for (int p = s.indexOf(link); p >= 0; p = s.indexOf(link, p + 1)) {
                nameAfterRole(d, t, unit, s, p + link.length(), identified, out);
            }
        }
        for (String role : ROLE_PREDICATES) {
            for (int q = s.indexOf(role, 2); q >= 0; q = s.indexOf(role, q + 1)) {
                nameBeforeRole(d, t, unit, s, q, identified, out);
            }
        }
    }

    /** What only a person does, after the subject's が: 「ベッキーが司会を務める番組」. */
    private static final List<String> ROLE_PREDICATES = List.of("が司会を務め", "が主演を務め", "が主演する", "が主演した",
            "が司会する", "が司会した", "が監督を務め");

    /**
     * The subject of a {@link #ROLE_PREDICATES} ending at {@code q}: 2-5 kanji or a katakana word (ー, ・ inside)
     * standing as a word, no common noun, body or place.
     */
    private static void nameBeforeRole(JapaneseNamePosDetector d, ScanText t, int unit, String s, int q,
                                       boolean identified, List<Finding> out) {
        int p = q;
        boolean kanji = isKanji(s.charAt(q - 1));
        while (p > 0 && q - p < 12 && (kanji ? isKanji(s.charAt(p - 1)) : isKatakanaOrMark(s, p - 1))) {
            p--;
        }
        if (q - p < 2 || (kanji && q - p > 5) || (p > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(p)))
                || (!kanji && !isKatakanaOrMark(s, q - 1)) || s.charAt(p) == '・') {
            return;
        }
        String x = s.substring(p, q);
        List<Token> tk = d.tokens(x);
        boolean plausible = kanji ? plausibleTopic(d, x) && nameEvidence(tk) : plausibleTopic(d, x)
                || (tk.size() == 1 && !x.contains("・") && !OrgWords.isOrganisation(x));
        if (plausible && !aBodyOrPlace(tk) && !anyBody(tk)) {
            add(t, unit, s, p, q, identified ? 0.9 : 0.7, out);
        }
    }

    private static boolean isKatakanaOrMark(String s, int i) {
        char c = s.charAt(i);
        return isKatakana(c) || c == 'ー' || c == '・';
    }

    private static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FA';
    }

    private static void nameAfterRole(JapaneseNamePosDetector d, ScanText t, int unit, String s, int p,
                                      boolean identified, List<Finding> out) {
        int e = nameRunEnd(s, p);
        if (e < 0) {
            return;
        }
        String x = s.substring(p, e);
        List<Token> tk = d.tokens(x);
        boolean kanji = isKanjiRun(x);
        if (!kanji && isKanji(x.charAt(0))) {
            // a family name in kanji and a given name in hiragana (建築家の東ゆかりは, 作曲家の五嶋みどりが)
            if (familyAndHiraganaGiven(x, tk)) {
                add(t, unit, s, p, e, identified ? 0.9 : 0.7, out);
            }
            return;
        }
        // a katakana word the dictionary files as a body by its unknown-word rules or as a brand (ローラ) may be a
        // stage name after an occupation: only common nouns and places are out
        boolean plausible = kanji ? plausibleTopic(d, x) && x.length() <= 5 && (nameEvidence(tk) || placeNamedFamily(tk))
                : tk.size() == 1 && tk.get(0).pos().startsWith("名詞-固有名詞-組織") ? !OrgWords.isOrganisation(x)
                : plausibleTopic(d, x);
        if (!plausible || aBodyOrPlace(tk)) {
            return;
        }
        add(t, unit, s, p, e, identified ? 0.9 : 0.7, out);
    }

    /**
     * Where a name that starts at {@code p} ends before a particle of {@link #ROLE_NAME_END}: a kanji run of 2-5,
     * a katakana word (ー, ・ inside), or a hiragana word with ー up to the last particle a non-hiragana follows;
     * or -1.
     */
    private static int nameRunEnd(String s, int p) {
        if (p >= s.length()) {
            return -1;
        }
        char c = s.charAt(p);
        int e = p;
        if (isKanji(c)) {
            while (e < s.length() && isKanji(s.charAt(e))) {
                e++;
            }
            // a hiragana given name after a kanji family name, up to the particle that ends it (東ゆかりは)
            int run = e;
            while (run < s.length() && isHiragana(s.charAt(run))) {
                run++;
            }
            if (e - p <= 3 && run - e >= 3 && run - e <= 5 && "がは".indexOf(s.charAt(run - 1)) >= 0
                    && (run == s.length() || !isHiragana(s.charAt(run)))) {
                return run - 1;
            }
        } else if (isKatakana(c)) {
            while (e < s.length() && (isKatakana(s.charAt(e)) || s.charAt(e) == 'ー'
                    || (s.charAt(e) == '・' && e + 1 < s.length() && isKatakana(s.charAt(e + 1))))) {
                e++;
            }
        } else if (isHiragana(c)) {
            int run = p;
            while (run < s.length() && (isHiragana(s.charAt(run)) || s.charAt(run) == 'ー')) {
                run++;
            }
            // the particle is the run's last character: what follows it is no hiragana (が岐阜県, は、)
            e = run - 1;
            if (e - p < 2 || "がは".indexOf(s.charAt(e)) < 0) {
                return -1;
            }
            return e;
        } else {
            return -1;
        }
        return e - p >= 2 && e < s.length() && (ROLE_NAME_END.indexOf(s.charAt(e)) >= 0 || agentAt(s, e)) ? e : -1;
    }

    private static boolean agentAt(String s, int at) {
        for (String w : AGENT_AFTER_ROLE) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some token is a name, a proper noun of no place or body, or unknown, and no token of two or more is a known
     * word of another kind: 池 + 江 + 璃 + 花子, not 社会 + 正義.
     */
    /**
     * After an occupation, a name whose family name the dictionary reads as a place and whose given name it reads as
     * words of one character (漫画家の松本零士が: 松本 / 零 / 士): the place first, then only one-character words, none
     * a place's or a body's suffix (京都府) or a counter (三人).
     */
    private static boolean placeNamedFamily(List<Token> tk) {
        if (tk.size() < 2 || !tk.get(0).pos().startsWith(JapaneseNamePosDetector.PLACE) || tk.get(0).length() < 2) {
            return false;
        }
        for (int i = 1; i < tk.size(); i++) {
            Token x = tk.get(i);
            if (x.length() != 1 || x.pos().startsWith("名詞-接尾-地域") || x.pos().startsWith("名詞-接尾-助数詞")
                    || x.pos().startsWith(JapaneseNamePosDetector.PLACE) || !x.pos().startsWith("名詞")) {
                return false;
            }
        }
        return true;
    }

    /**
     * 1-3 kanji and 2-4 hiragana as two words the dictionary splits at the change of script: a family name and a
     * hiragana given name (東 / ゆかり, 五嶋 / みどり). Not one word of both scripts (生きざま), a pronoun or a word
     * with a suffix (私たち, 卵たち), nor a verb or an adjective.
     */
    private static boolean familyAndHiraganaGiven(String x, List<Token> tk) {
        int k = 0;
        while (k < x.length() && isKanji(x.charAt(k))) {
            k++;
        }
        if (k < 1 || k > 3 || x.length() - k < 2 || x.length() - k > 4 || tk.isEmpty()) {
            return false;
        }
        Token given = tk.get(tk.size() - 1);
        if (given.start() != k || given.end() != x.length()
                || !(given.pos().startsWith(JapaneseNamePosDetector.NAME) || given.pos().equals("名詞-一般"))) {
            return false;
        }
        // a numeral the dictionary splits off a family name it knows is the name's (五 / 嶋 for 五嶋)
        boolean family = tk.size() >= 2 && tk.get(tk.size() - 2).pos().startsWith(JapaneseNamePosDetector.NAME);
        for (int i = 0; i < tk.size() - 1; i++) {
            String pos = tk.get(i).pos();
            if (!pos.startsWith("名詞") || pos.startsWith("名詞-代名詞") || pos.startsWith("名詞-数") && !family
                    || pos.startsWith("名詞-接尾") || pos.startsWith("名詞-非自立")) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameEvidence(List<Token> tk) {
        boolean evidence = false;
        for (Token x : tk) {
            String p = x.pos();
            if (x.known() && x.length() >= 2 && !p.startsWith("名詞-固有名詞")) {
                return false;
            }
            evidence |= p.startsWith(JapaneseNamePosDetector.NAME) || p.startsWith("名詞-固有名詞-一般") || !x.known();
        }
        return evidence;
    }

    /** One known token that is a place (ブラジル, 東京), or a name split in a place and a body's word. */
    private static boolean aBodyOrPlace(List<Token> tk) {
        return tk.size() == 1 && tk.get(0).known() && tk.get(0).pos().startsWith(JapaneseNamePosDetector.PLACE);
    }

    /**
     * A name of 2-4 kanji (the dictionary splits it, its family name may be none it knows) after の, a comma or a
     * line's start and before a title only a person takes, a blank between allowed: 名城大学の赤崎勇教授は,
     * （指導教員：東浩 准教授）. Not common words (工学部教授, 客員教授), a body (自民党議員) or a state.
     */
    private static void namesBeforePersonTitles(JapaneseNamePosDetector d, ScanText t, int unit, String s,
                                                boolean identified, List<Finding> out) {
        for (String title : PERSON_TITLES) {
            for (int r = s.indexOf(title, 2); r >= 0; r = s.indexOf(title, r + 1)) {
                int end = r > 0 && s.charAt(r - 1) == ' ' ? r - 1 : r;
                int fs = end;
                while (fs > 0 && isKanji(s.charAt(fs - 1)) && end - fs < 5) {
                    fs--;
                }
                if (end - fs < 2 || end - fs > 4 || (fs > 0 && TITLED_NAME_START.indexOf(s.charAt(fs - 1)) < 0)) {
                    continue;
                }
                String x = s.substring(fs, end);
                if ("元前新現故副総同各両名次歴当本".indexOf(x.charAt(0)) >= 0
                        || x.chars().allMatch(c -> STATE_ABBREVIATIONS.indexOf(c) >= 0)) {
                    continue;
                }
                List<Token> tk = d.tokens(x);
                if (plausibleTopic(d, x) && nameEvidence(tk) && !aBodyOrPlace(tk) && !anyBody(tk)) {
                    add(t, unit, s, fs, end, identified ? 0.95 : 0.8, out);
                }
            }
        }
    }

    /** A token of two or more that is a known body or state (自民 + 党, 米国): the run names no person. */
    private static boolean anyBody(List<Token> tk) {
        for (Token x : tk) {
            if (x.known() && x.length() >= 2 && (x.pos().startsWith("名詞-固有名詞-組織")
                    || x.pos().startsWith("名詞-固有名詞-地域-国"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An emperor by a posthumous name of 2-3 kanji the dictionary knows only as a proper noun (昭和 + 天皇), standing
     * as a word and followed by a particle or punctuation: 昭和天皇の治世に. Not 歴代天皇, 女性天皇 (common words), nor
     * 天皇杯, 昭和天皇記念館 (no particle after).
     */
    private static void emperors(JapaneseNamePosDetector d, ScanText t, int unit, String s, boolean identified,
                                 List<Finding> out) {
        for (int r = s.indexOf("天皇", 2); r >= 0; r = s.indexOf("天皇", r + 1)) {
            int e = r + 2;
            if (e < s.length() && SHIKONA_END.indexOf(s.charAt(e)) < 0) {
                continue;
            }
            for (int n = 3; n >= 2; n--) {
                int fs = r - n;
                if (fs < 0 || !isKanjiRun(s.substring(fs, r))
                        || (fs > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(fs)))) {
                    continue;
                }
                boolean proper = true;
                for (Token x : d.tokens(s.substring(fs, r))) {
                    proper &= x.pos().startsWith("名詞-固有名詞") && !x.pos().startsWith("名詞-固有名詞-組織");
                }
                if (proper) {
                    add(t, unit, s, fs, e, identified ? 0.9 : 0.75, out);
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static void add(ScanText t, int unit, String s, int from, int to, double score, List<Finding> out) {
        String value = s.substring(from, to);
        int start = t.start(unit) + from;
        out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value), score, ID, start));
    }

    private static boolean isKanjiRun(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> isKanji((char) c));
    }

    private static boolean isHiraganaRun(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> isHiragana((char) c));
    }

    /**
     * Whether a katakana run of {@link #KATAKANA_BEFORE_TITLE} may start at {@code at}: a katakana char or ー with
     * no katakana, ー, ・ or = before it; a surrogate is left to the regex.
     */
    private static boolean mayStartKatakanaRun(String s, int at) {
        char c = s.charAt(at);
        if (Character.isSurrogate(c)) {
            return true;
        }
        if (c != 'ー' && (c < '\u3000' || Character.UnicodeScript.of(c) != Character.UnicodeScript.KATAKANA)) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        char b = s.charAt(at - 1);
        return Character.isSurrogate(b) || !(b == 'ー' || b == '・' || b == '=' || b == '＝'
                || b >= '\u3000' && Character.UnicodeScript.of(b) == Character.UnicodeScript.KATAKANA);
    }

    private static boolean hasKatakana(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u30A1' && c <= '\u30FA') {
                return true;
            }
        }
        return false;
    }
}
