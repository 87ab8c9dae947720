package org.leakscope.classifiers.pii;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a Japanese sentence says of the names in it, read from words rather than from the names: biographies and
 * news speak of people with words only people take (小説家, 出身, 共演, 受賞, 監督を務めた), while firms, places and
 * things are what the sentence's predicate says they are (「山田錦は酒米の品種である」). The first lets
 * {@link JapaneseNamePosDetector} take names the dictionary splits oddly or whose family name is one kanji; the
 * second drops a subject that the sentence itself calls a thing.
 */
final class PersonSentence {

    /**
     * Words whose subject or object is a person: occupations and roles, what people do in a biography, kin. Words
     * that teams and firms also take (優勝, 設立, 開業) are not on the list.
     */
    static final List<String> PERSON_WORDS = List.of("出身", "生まれ", "作家", "小説家", "政治家", "俳優", "女優", "歌手",
            "選手", "監督", "棋士", "武士", "武将", "投手", "漫画家", "画家", "作曲家", "指揮者", "歌人", "詩人", "評論家", "実業家",
            "創業者", "大名", "志士", "学者", "声優", "力士", "タレント", "アナウンサー", "主演", "出演", "共演", "受賞", "死去",
            "就任", "引退", "移籍", "活躍", "作曲", "作詞", "執筆", "創業", "演出", "司会", "夫人", "長男", "長女", "息子",
            "首相", "総理", "天皇", "将軍", "女王", "国王", "皇帝", "プロデューサー", "アーティスト", "メンバー", "医師", "軍医",
            "教授", "研究者", "哲学者", "思想家", "建築家", "写真家", "藩士", "連覇", "メダル", "五輪", "陶芸家", "校長", "弁護士",
            "記者", "先発", "捕手", "内野手", "外野手", "主将", "料理人", "シェフ", "宣教師", "修道女", "即位", "逝去",
            "結婚");

    /**
     * Predicate nouns that call the subject a thing, a place or a body (「Xは…の品種である」, 「Xは…にある寺院」): the
     * subject is no person whatever its words look like.
     */
    static final List<String> THING_PREDICATES = List.of("品種", "会社", "企業", "メーカー", "商社", "銀行", "寺院", "寺",
            "神社", "駅", "町", "村", "市", "区", "県", "川", "山", "湖", "島", "城", "施設", "団体", "法人", "病院", "学校",
            "大学", "製品", "商品", "ブランド", "銘柄", "路線", "作品", "映画", "楽曲", "アルバム", "番組", "雑誌", "新聞", "球団",
            "チーム", "店", "料理", "酒", "菓子", "品", "種", "機", "車", "船", "競走馬", "都", "府", "バンド", "グループ",
            "ユニット", "デュオ", "楽団", "オーケストラ");

    /**
     * Occupations and standings that end an encyclopaedia lead's predicate about a person (「Xは、日本の歌手。」,
     * 「Xは、戦国時代の武将、大名。」, 「Xは、前漢の歴史家である。」); longer words ending in one count (放送作家, 元プロ
     * 野球選手). Words that firms and groups also end with (事業者, 集団, グループ, メーカー) are not on the list.
     */
    static final List<String> OCCUPATIONS = List.of("政治家", "実業家", "作家", "画家", "作曲家", "作詞家", "編曲家", "写真家",
            "建築家", "陶芸家", "書道家", "美容家", "評論家", "思想家", "歴史家", "演出家", "翻訳家", "投資家", "活動家", "革命家",
            "起業家", "登山家", "冒険家", "探検家", "落語家", "宗教家", "教育者", "研究家", "学者", "研究者", "指揮者", "編集者",
            "経営者", "司会者", "解説者", "技術者", "医師", "弁護士", "俳優", "女優", "声優", "歌手", "タレント", "歌人", "俳人",
            "詩人", "芸人", "料理人", "棋士", "力士", "騎手", "選手", "投手", "捕手", "内野手", "外野手", "モデル", "アイドル",
            "アナウンサー", "キャスター", "ジャーナリスト", "コラムニスト", "プロデューサー", "映画監督", "シンガーソングライター",
            "ミュージシャン", "ギタリスト", "ベーシスト", "ドラマー", "ピアニスト", "ヴァイオリニスト", "バイオリニスト", "脚本家",
            "絵師", "僧", "僧侶", "武将", "大名", "武士", "公卿", "皇族", "天皇", "将軍", "軍人", "外交官", "官僚", "裁判官",
            "宇宙飛行士", "イラストレーター", "デザイナー", "牧師", "格闘家", "プロレスラー", "ボクサー", "柔道家", "空手家",
            "小説家", "漫画家", "劇作家", "女流棋士", "藩士", "志士", "皇帝", "国王", "女王", "創業者", "創始者", "監督",
            // religious orders, kitchens, royal houses, and sports whose players are named by what they play
            "宣教師", "修道女", "修道士", "神父", "司祭", "司教", "教皇", "開祖", "宗祖", "シェフ", "料理長", "パティシエ",
            "測量家", "航海者", "王妃", "皇太子妃", "皇太子", "王子", "王女", "女帝", "皇后", "ゴルファー", "スケーター",
            "レーサー", "レーシングドライバー", "F1ドライバー");

    /**
     * What a player does in a game report, which calls players by the family name alone (「岡本が2ランを放ち」): a
     * team hits no home run.
     */
    private static final List<String> PLAYS = List.of("2ラン", "3ラン", "ソロ本塁打", "本塁打", "ホームラン", "適時打",
            "満塁弾", "先制打", "決勝打", "好投", "完投", "完封");

    private static final char WIFE = '妻'; // the one word of one character: 「Xは…の妻」, 「妻は女優の…」

    // the words by first character, and the first two characters hashed: most kanji of a line start none, and
    // the common ones that do (出, 大, 生) mostly go on otherwise
    private static final Map<Character, List<String>> BY_FIRST = PERSON_WORDS.stream()
            .collect(Collectors.groupingBy(w -> w.charAt(0)));
    private static final BitSet FIRST_TWO = new BitSet(1 << 20);
    static {
        PERSON_WORDS.forEach(w -> FIRST_TWO.set(pair(w.charAt(0), w.charAt(1))));
    }

    private static int pair(char a, char b) {
        return ((a << 5) ^ b) & 0xFFFFF;
    }

    private PersonSentence() {
    }

    /** The line holds a word only people take, or reports a play: its names may be bare and still be people's. */
    static boolean aboutPeople(String s) {
        if (s.indexOf(WIFE) >= 0 || reportsAPlay(s)) {
            return true;
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u30A0' && FIRST_TWO.get(pair(c, s.charAt(i + 1)))) {
                for (String w : BY_FIRST.getOrDefault(c, List.of())) {
                    if (s.startsWith(w, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What only a person has, after の: 〜の伝記映画, 〜の肖像画, 〜の直筆の書状, 〜の生家. */
    private static final List<String> PERSONS_OWN = List.of("伝記", "自伝", "肖像画", "肖像", "直筆", "生家", "生涯", "墓所",
            "遺作", "遺品", "晩年", "生誕", "没後", "自筆");

    /** {@code の} and something only a person has at {@code end}: the name before it is a person's. */
    static boolean ownedByAPerson(String s, int end) {
        if (end + 1 >= s.length() || s.charAt(end) != 'の') {
            return false;
        }
        for (String w : PERSONS_OWN) {
            if (s.startsWith(w, end + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Anywhere in the line, {@code の} and something only a person has. */
    static boolean ownsAnything(String s) {
        for (int i = s.indexOf('の'); i >= 0; i = s.indexOf('の', i + 1)) {
            if (ownedByAPerson(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The line reports a play: a family name alone as its subject is a player's. */
    static boolean reportsAPlay(String s) {
        for (String w : PLAYS) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name ending at {@code end} is the sentence's topic (は follows) and the sentence ends by calling it a
     * thing: 「山田錦は酒米の品種である。」.
     */
    static boolean subjectIsAThing(String s, int end) {
        if (end >= s.length() || s.charAt(end) != 'は') {
            return false;
        }
        int stop = s.indexOf('。', end);
        String predicate = stripCopula(s.substring(end + 1, stop < 0 ? s.length() : stop).strip());
        for (String w : THING_PREDICATES) {
            if (predicate.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A predicate noun that calls a thing and である right before {@code at} (サクランボの品種である佐藤錦, 日本の競走馬で
     * あるX): what follows is that thing, not a person.
     */
    static boolean thingBefore(String s, int at) {
        int end = at - "である".length();
        if (end <= 0 || !s.startsWith("である", end)) {
            return false;
        }
        for (String w : THING_PREDICATES) {
            if (end >= w.length() && s.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An encyclopaedia lead's predicate (what follows the topic's は up to the sentence's end) that calls the topic a
     * person: 「、日本の歌手」, 「、アメリカ合衆国の政治家である」, 「、日本のプロ野球選手（投手）」. It names where or
     * when (an の) and ends in an occupation; a clause (を, が) is no such predicate.
     */
    static boolean callsAPerson(String predicate) {
        String p = predicate.strip();
        if (p.startsWith("、") || p.startsWith(",")) {
            p = p.substring(1).strip();
        }
        if (p.isEmpty() || p.length() > 60 || p.indexOf('の') < 0 || p.indexOf('を') >= 0 || p.indexOf('が') >= 0) {
            return false;
        }
        p = stripCopula(p);
        if (p.endsWith("）") || p.endsWith(")")) { // 日本のプロ野球選手（投手）
            int open = Math.max(p.lastIndexOf('（'), p.lastIndexOf('('));
            p = open > 0 ? p.substring(0, open) : p;
        }
        return endsWithOccupation(p);
    }

    // the occupations' last characters: asked at every の of a text, most end none
    private static final BitSet OCCUPATION_LAST = new BitSet(1 << 16);
    static {
        OCCUPATIONS.forEach(w -> OCCUPATION_LAST.set(w.charAt(w.length() - 1)));
    }

    /** {@code s} up to {@code end} ends with an occupation (no substring made where none can end). */
    static boolean endsWithOccupation(String s, int end) {
        if (end == 0 || !OCCUPATION_LAST.get(s.charAt(end - 1))) {
            return false;
        }
        for (String w : OCCUPATIONS) {
            if (s.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithOccupation(String p) {
        if (p.isEmpty() || !OCCUPATION_LAST.get(p.charAt(p.length() - 1))) {
            return false;
        }
        for (String w : OCCUPATIONS) {
            if (p.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An occupation and の, である, a comma or the topic's は right before {@code at}: 「インドの弁護士であるマハトマ・
     * ガンディーは」, 「作曲家のショパン」, 「監督はロジャー・フェデラー。」: what follows is the person holding it.
     */
    static boolean occupationBefore(String s, int at) {
        String before = s.substring(0, at);
        for (String link : List.of("の", "である", "、", "は")) {
            if (before.endsWith(link) && endsWithOccupation(before.substring(0, before.length() - link.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Predicates only a person takes of its subject: born, died, crowned, married, appointed, awarded, cast, retired
     * (「エルヴィス・プレスリーは…で生まれた」, 「ジョコ・ウィドドが…大統領に就任した」). Written as the predicate ends, so that
     * a body announcing someone's appointment (「…の就任を発表した」) is none.
     */
    static final List<String> PERSON_PREDICATES = List.of("で生まれた", "に生まれた", "で生まれ、", "に生まれ、", "で生まれる",
            "死去した", "死去し、", "に死去", "歳で死去", "逝去した", "亡くなった", "即位した", "即位し、", "に即位", "結婚した",
            "結婚し、", "と結婚", "離婚した", "に就任した", "に就任し、", "に出演した", "に出演し、",
            "に主演した", "現役を引退", "引退を表明", "引退した", "に叙せられ", "で講演した", "講演し、", "と講演した");
    /**
     * Predicates a team, a band or a firm shares with a person (came to Japan, won, was awarded): they count only in a
     * sentence that names no match, tour or league ({@link #TEAM_WORDS}).
     */
    static final List<String> SHARED_PREDICATES = List.of("来日した", "来日し、", "で優勝した", "で優勝し、", "制した",
            "初優勝", "を受賞した", "を受賞し、");
    /** A team's or a band's visit or win: 「…が来日し、親善試合を行った」, 「リーグ優勝」. */
    private static final List<String> TEAM_WORDS = List.of("試合", "親善", "公演", "ツアー", "リーグ", "球団", "チーム",
            "コンサート", "ライブ", "ファイナル", "シリーズ", "凱旋", "遠征");
    /** Tournaments a player enters alone: tennis and golf opens, championships, grands prix, marathons. */
    private static final List<String> INDIVIDUAL_EVENTS = List.of("オープン", "選手権", "グランプリ", "マラソン",
            "トーナメント", "五輪", "オリンピック", "マスターズ");

    /** The sentence from {@code at} names an {@link #INDIVIDUAL_EVENTS} and no {@link #TEAM_WORDS}. */
    static boolean individualEvent(String s, int at) {
        int from = Math.max(s.lastIndexOf('。', Math.max(0, at - 1)) + 1, 0);
        int stop = s.indexOf('。', at);
        String sentence = s.substring(from, stop < 0 ? s.length() : stop);
        return INDIVIDUAL_EVENTS.stream().anyMatch(sentence::contains) && TEAM_WORDS.stream().noneMatch(sentence::contains);
    }
    /** The subject reports what another did: 「ワシントン・ポストは、…が死去したと報じた」. */
    private static final List<String> REPORTING = List.of("と報じ", "と伝え", "と発表", "によると", "と述べ", "と明らかに",
            "と報道");

    /**
     * The sentence whose subject ends at {@code end} (は or が right after it) has a {@link #PERSON_PREDICATES} (or,
     * when {@code shared}, a {@link #SHARED_PREDICATES} in a sentence of no team's words) with no other subject
     * between, and reports nobody's words.
     */
    static boolean personPredicate(String s, int end, boolean shared) {
        if (end >= s.length() || "はが".indexOf(s.charAt(end)) < 0) {
            return false;
        }
        int stop = s.indexOf('。', end);
        String rest = s.substring(end + 1, stop < 0 ? s.length() : stop);
        for (String w : REPORTING) {
            if (rest.contains(w)) {
                return false;
            }
        }
        int at = firstOf(rest, PERSON_PREDICATES);
        if (at < 0 && shared) {
            at = firstOf(rest, SHARED_PREDICATES);
            for (String w : TEAM_WORDS) {
                if (at >= 0 && rest.contains(w)) {
                    return false;
                }
            }
        }
        // 「Xは、Yが死去した」: another subject stands between
        return at >= 0 && rest.substring(0, at).indexOf('が') < 0;
    }

    /** Some {@link #PERSON_PREDICATES} stands in the line: only then are its subjects looked for. */
    static boolean anyPersonPredicate(String s) {
        return firstOf(s, PERSON_PREDICATES) >= 0 || firstOf(s, SHARED_PREDICATES) >= 0;
    }

    private static int firstOf(String s, List<String> words) {
        int best = -1;
        for (String w : words) {
            int at = s.indexOf(w);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** What a person did, as a clause right before the name: 来日したリシ・スナクが, 死去したX. */
    private static final List<String> PERSON_CLAUSES = List.of("死去した", "亡くなった", "逝去した", "即位した",
            "就任した", "結婚した", "生まれの");
    /** Clauses a team or a band shares with a person (来日した): only in a sentence of no {@link #TEAM_WORDS}. */
    private static final List<String> SHARED_CLAUSES = List.of("来日した", "来日中の", "優勝した", "受賞した");

    /** A {@link #PERSON_CLAUSES} (or a {@link #SHARED_CLAUSES}, no team's words in the line) ends at {@code at}. */
    static boolean personClauseBefore(String s, int at, boolean shared) {
        for (String w : PERSON_CLAUSES) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return true;
            }
        }
        if (shared) {
            for (String w : SHARED_CLAUSES) {
                if (at >= w.length() && s.startsWith(w, at - w.length())) {
                    return TEAM_WORDS.stream().noneMatch(s::contains);
                }
            }
        }
        return false;
    }

    /** Kin and rites of a person after the name and の: 〜の妻, 〜の息子, 〜の戴冠式, 〜の葬儀. */
    private static final List<String> KIN_AND_RITES = List.of("妻", "夫", "息子", "娘", "長男", "長女", "次男", "次女",
            "戴冠式", "即位", "葬儀", "告別式", "死去", "遺族");

    /** {@code の} and a {@link #KIN_AND_RITES} word at {@code end}. */
    static boolean kinOrRiteAfter(String s, int end) {
        if (end + 1 >= s.length() || s.charAt(end) != 'の') {
            return false;
        }
        for (String w : KIN_AND_RITES) {
            if (s.startsWith(w, end + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A body's acts of which the subject is the body: announcing a new head's appointment, signing a player. */
    private static final List<String> BODY_ACTS = List.of("就任を発表", "退任を発表", "解任を発表", "獲得を発表",
            "入団を発表", "加入を発表", "契約を発表", "市場から撤退", "市場に参入", "日本法人");

    /** The sentence whose topic or subject ends at {@code end} reports a {@link #BODY_ACTS}: the subject is a body. */
    static boolean bodysAct(String s, int end) {
        int stop = s.indexOf('。', end);
        String rest = s.substring(end, stop < 0 ? s.length() : stop);
        for (String w : BODY_ACTS) {
            if (rest.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Life dates in brackets right at {@code at}, a reading and a comma before them allowed: （1950年 - ）, （1901年4月29日 -
     * 1989年1月7日）, （やまだ たろう、1950年 - ）. Answers the index after the bracket, or -1.
     */
    static int lifeDatesAfter(String s, int at) {
        if (at >= s.length() || (s.charAt(at) != '（' && s.charAt(at) != '(')) {
            return -1;
        }
        java.util.regex.Matcher m = LIFE_DATES.matcher(s);
        m.region(at, Math.min(s.length(), at + 60));
        return m.lookingAt() ? m.end() : -1;
    }

    private static final java.util.regex.Pattern LIFE_DATES = java.util.regex.Pattern.compile(
            "[（(](?:[^（()）、,]{1,24}[、,] ?)?(?:紀元前)?\\d{1,4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:頃|ごろ)? ?[-－–—〜~] ?"
            + "(?:(?:紀元前)?\\d{1,4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:頃|ごろ)?)?[）)]");

    private static String stripCopula(String p) {
        for (String c : List.of("であった", "である", "だった", "です", "だ")) {
            if (p.endsWith(c)) {
                return p.substring(0, p.length() - c.length());
            }
        }
        return p;
    }
}
