package org.leakscope.classifiers.pii;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.FirstChars;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.detect.WordsByFirstChar;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/**
 * Japanese names by part of speech: Kuromoji (IPADIC) tags family names 名詞-固有名詞-人名-姓 and given
 * names 名詞-固有名詞-人名-名, so 姓 (+ space) + 名 is a name whatever the surname list knows. A name alone in
 * running text is low: an unspaced pair scores 0.4 (below the report threshold) unless it stands as a word of its
 * own, its family name two characters or more, a particle, punctuation or a title after it (「木村拓也が就任」,
 * a signature line of its own), which scores 0.5. The customary space between family and given name, a label
 * or honorific (氏名, 担当, 様, 殿, さん), a title after the name (部長, 首相, {@link #TITLES}), a name column
 * header, or another identifier on the same line (e-mail, phone, 〒) or, for a line holding only the name, on the
 * lines around it (a signature block) raise it. A family name alone counts before an honorific or title
 * (田中部長, 佐々木さん). Organisation words right after the name (山田太郎商店, 中村区) drop it.
 * Kuromoji is costly: only lines where a dictionary 姓 + 名 pair can stand with one of these signs, or a
 * dictionary 姓 before a title, are tokenised ({@link #worthTokenising}); a line whose names could only be bare
 * and unbounded is not.
 */
public final class JapaneseNamePosDetector implements Detector {

    static final String SEI = "名詞-固有名詞-人名-姓";
    static final String MEI = "名詞-固有名詞-人名-名";
    static final String PERSON = "名詞-固有名詞-人名-一般";
    static final String PLACE = "名詞-固有名詞-地域";
    static final String NAME = "名詞-固有名詞-人名";

    private static final List<String> LABEL_WORDS = List.of("氏名", "名前", "お名前", "担当", "担当者", "様", "殿", "さん",
            "君", "氏", "宛", "御中", "作成者", "承認者", "申請者", "申込者", "契約者", "被保険者", "本人", "社員", "従業員",
            "応募者", "患者", "代表者", "フリガナ", "ふりがな", "name", "employee", "contact", "customer");
    private static final ContextWords LABELS = new ContextWords(LABEL_WORDS);
    private static final int LABEL_BEFORE = 20;
    private static final int LABEL_AFTER = 6;
    // another identifier of the same record on the line: e-mail, phone, postal code, member/staff number
    private static final Pattern IDENTIFIER = Pattern.compile("@[\\w.-]+\\.[a-z]{2,}|(?<!\\d)0\\d{1,4}-\\d{1,4}-\\d{3,4}(?!\\d)"
            + "|(?<!\\d)0\\d{9,10}(?!\\d)|\\+\\d{1,3}[ -]?\\d|〒|\\d{3}-\\d{4}|社員番号|会員番号|生年月日|生まれ|住所");
    /**
     * Honorifics and titles that follow a family name (田中部長, 佐々木さん, 吉田茂首相): the name is a person's. Titles
     * that also follow a place (市長, 町長: 中村市長 may be the mayor of 中村市) are not on the list; a governor's (知事,
     * 都知事 …) is, as there are 47 prefectures to tell apart ({@link #afterPrefecture}).
     */
    static final List<String> TITLES = List.of("さん", "様", "さま", "氏", "殿", "君", "くん", "ちゃん", "先生", "先輩",
            "部長", "課長", "係長", "次長", "室長", "所長", "店長", "支店長", "本部長", "社長", "副社長", "会長", "専務", "常務",
            "取締役", "主任", "教授", "准教授", "博士", "弁護士", "医師", "議員", "首相", "大臣", "長官", "選手", "監督", "記者",
            "理事長", "学長", "校長", "院長", "委員長", "代表", "大統領", "総理", "外相", "投手", "棋士", "夫人", "容疑者", "被告",
            "シェフ",
            // the bench, the bar, the track and the laboratory (黒田裁判長, 武豊騎手, 三好助教, 杉浦特任研究員)
            "裁判長", "裁判官", "判事", "検事", "騎手", "調教師", "助教", "研究員", "特任研究員", "主任研究員", "名誉教授",
            "特任教授", "客員教授", "特任准教授",
            "知事", "副知事", "都知事", "道知事", "府知事", "県知事",
            // heads of assemblies, parties, states and international bodies (安田議長, 金正恩総書記, 潘基文国連事務総長)
            "議長", "副議長", "幹事長", "総書記", "国家主席", "国務院総理", "総統", "事務総長", "国連事務総長", "官房長官",
            "国務長官", "最高経営責任者", "頭取", "衆議院議長", "参議院議長", "衆議院議員", "参議院議員",
            // a cabinet or government named after its head (橋本龍太郎内閣) names the person
            "内閣", "政権");
    private static final FirstChars TITLE_FIRST = FirstChars.ofWords(TITLES);
    private static final WordsByFirstChar TITLES_BY_FIRST = new WordsByFirstChar(TITLES);
    // what may follow a bare unspaced name: a particle, punctuation, a blank or the end (a title is checked apart)
    // and an opening bracket: a reading, a birth date, an age or an affiliation follows a name (鈴木一朗（すずき いちろう）,
    // 阿部博之（武田薬品工業）)
    private static final String BARE_END = "はがのをにともへでやか、。，．,.!?！？」』）)（(・:：/／ \t";
    /** Words after a name that close a list of people (田中、鈴木ほか; 山田太郎ら). */
    private static final List<String> LIST_END = List.of("ほか", "など", "ら");
    private static final int NAME_LINE_MAX = 10; // a line this short holding only a name is a signature's name line
    private static final Pattern AFTER_ORG = Pattern.compile("^(?:株式会社|商店|商事|工業|建設|銀行|病院|医院|事務所|区|市|町|村"
            + "|郡|駅|通り|線|橋|記念|財団|グループ|ホールディングス|賞|家|流|式|法|型|号|丸|寺|神社|城|公園|大学|高校|中学)");

    private final KuromojiNameEntries entries = new KuromojiNameEntries();
    private final ThreadLocal<JapaneseTokenizer> tokenizers = ThreadLocal.withInitial(
            () -> new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));

    @Override
    public String id() {
        return "jp_person_name_pos";
    }

    /** One token; its reading (katakana) when it is from the dictionary, null when the unknown-word rules guessed it. */
    record Token(String surface, String pos, int start, int end, String reading) {
        int length() {
            return end - start;
        }

        /** From the dictionary, not guessed by the unknown-word rules (they give no reading). */
        boolean known() {
            return reading != null;
        }
    }

    /** The unit's tokens with their POS tags; offsets are within {@code s}. */
    List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        JapaneseTokenizer tk = tokenizers.get();
        try {
            tk.setReader(new StringReader(s));
            CharTermAttribute term = tk.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = tk.addAttribute(PartOfSpeechAttribute.class);
            OffsetAttribute off = tk.addAttribute(OffsetAttribute.class);
            ReadingAttribute reading = tk.addAttribute(ReadingAttribute.class);
            tk.reset();
            while (tk.incrementToken()) {
                String p = pos.getPartOfSpeech();
                out.add(new Token(term.toString(), p == null ? "" : p, off.startOffset(), off.endOffset(),
                        reading.getReading()));
            }
            tk.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tk.close();
            } catch (IOException ignored) {
                // a StringReader does not fail on close
            }
        }
        return out;
    }

    @Override
    public List<Finding> detect(ScanText t) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < t.units().size(); i++) {
            String s = text(t, i);
            if (!hasHan(s) && !hasForeignNameShape(s)) {
                // kana names in dialogue: lines without kanji too (「ありがとう、さゆり」)
                if (mayAddressSomeone(s)) {
                    boolean identified = identified(s) || (isNameLine(s) && identifiedAround(t, i));
                    addressedByGivenName(t, i, identified, out);
                    calledByName(t, i, identified, out);
                }
                continue;
            }
            boolean identified = identified(s) || (isNameLine(s) && identifiedAround(t, i));
            addressedByGivenName(t, i, identified, out);
            calledByName(t, i, identified, out);
            boolean about = PersonSentence.aboutPeople(s);
            prefixedGivenNames(t, i, identified, about, out);
            givenNamesWithHonorific(t, i, identified, out);
            quotedSignatureFamilyName(t, i, out);
            namesBeforeASpacedReading(t, i, identified, out);
            namesBeforeARomanisation(t, i, identified, out);
            JapaneseNameContexts.find(t, i, s, entries, identified, out);
            JapaneseNameLeads.find(this, entries, t, i, s, identified, out);
            if (!worthTokenising(t, i, identified, about)) {
                continue;
            }
            List<Token> tk = tokens(s);
            boolean peopleCount = hasPeopleCount(s);
            if (hasForeignNameShape(s)) {
                foreignNames(t, i, tk, identified, about, out);
            }
            for (int k = 0; k < tk.size(); k++) {
                Token first = tk.get(k);
                if (first.start() > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(first.start()))
                        && !titleBefore(s, first.start()) && !personnelOfficeBefore(s, first.start())) {
                    continue;
                }
                int next = spacedNameWithTitle(t, i, tk, k, identified, out);
                if (next < 0 && first.pos().startsWith(SEI)) {
                    next = familyAndGivenName(t, i, tk, k, identified, about, out);
                }
                if (next < 0 && first.pos().startsWith(PLACE) && first.known()) {
                    next = placeNamedFamilyWithTitle(t, i, tk, k, identified, out);
                }
                if (next < 0 && peopleCount) {
                    next = familyNameList(t, i, tk, k, identified, out);
                }
                if (next < 0 && about) {
                    next = bareName(t, i, tk, k, identified, out);
                }
                if (next < 0 && first.pos().startsWith(PERSON) && first.known()) {
                    next = wholeName(t, i, tk, k, identified, about, out);
                }
                if (next > k) {
                    k = next;
                }
            }
        }
        return asWritten(t, distinct(peopleOnly(t, out)));
    }

    /**
     * Words before a name that make it a fictional character's (『…』の主人公・X, ヒロインの X, キャラクター「X」): a
     * character is no person whose data leaks.
     */
    private static final List<String> CHARACTER_ROLES = List.of("主人公", "ヒロイン", "登場人物", "キャラクター", "敵役",
            "悪役");

    /**
     * Findings that are no person by the words around them: a name inside a work's title in 『』 (『トム・ソーヤーの冒険』,
     * 『アンナ・カレーニナ』: a character; not 『』 inside a 「」 quote, where it quotes again); a character, after a
     * character's role (主人公・X, キャラクター「X」) or before 役 (X役を演じる: the part an actor plays); a thing, after a
     * predicate noun that calls it one (サクランボの品種である佐藤錦, 競走馬であるX).
     */
    private static List<Finding> peopleOnly(ScanText t, List<Finding> found) {
        if (found.isEmpty()) {
            return found;
        }
        List<Finding> kept = new ArrayList<>(found.size());
        for (Finding f : found) {
            int ui = t.unitIndexAt(f.offset());
            String s = t.normalized(ui);
            int local = f.offset() - t.start(ui);
            int end = local + f.value().length();
            if (local < 0 || end > s.length()
                    || !(insideTitle(s, local, end) || characterRoleBefore(s, local) || partPlayed(s, end)
                    || PersonSentence.thingBefore(s, local))) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * A character's role right before {@code at}, with ・, の or 「 between: 主人公・, ヒロインの, キャラクター「; ライバル
     * only after a work's title in the line (『…』のライバル・X: an athlete's rival is a person).
     */
    static boolean characterRoleBefore(String s, int at) {
        int end = at > 0 && "・の「 ".indexOf(s.charAt(at - 1)) >= 0 ? at - 1 : at;
        for (String w : CHARACTER_ROLES) {
            if (end >= w.length() && s.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return end >= 4 && s.startsWith("ライバル", end - 4) && s.lastIndexOf('』', end - 4) >= 0;
    }

    /** 役 right after a name, then a particle or punctuation: the part an actor plays (X役を, X役の俳優; not X役員). */
    static boolean partPlayed(String s, int end) {
        return end + 1 < s.length() && s.charAt(end) == '役' && "をにではがのと、。）)".indexOf(s.charAt(end + 1)) >= 0;
    }

    /** {@code s} from {@code from} to {@code to} stands within 『』 that no open 「 holds. */
    static boolean insideTitle(String s, int from, int to) {
        int open = s.lastIndexOf('『', from);
        if (open < 0 || s.lastIndexOf('』', from) > open) {
            return false;
        }
        int close = s.indexOf('』', open);
        if (close < to) {
            return false;
        }
        int quote = s.lastIndexOf('「', open);
        return quote < 0 || s.lastIndexOf('」', open) > quote;
    }

    /**
     * The unit's text with the kanji variants the dictionary lacks folded to their common forms (髙橋 → 高橋, 山﨑 →
     * 山崎: the NEC and IBM extensions of CP932 that names keep and NFKC leaves alone), one char for one char, so
     * offsets hold; {@link #asWritten} gives findings their written value back.
     */
    static String text(ScanText t, int unit) {
        return t.folded(unit, KANJI_VARIANTS); // asked from a dozen places per unit: folded once
    }

    private static final java.util.function.UnaryOperator<String> KANJI_VARIANTS = NameFolding::kanjiVariants;

    private static List<Finding> asWritten(ScanText t, List<Finding> found) {
        for (int j = 0; j < found.size(); j++) {
            Finding f = found.get(j);
            int ui = t.unitIndexAt(f.offset());
            String written = t.normalized(ui);
            int local = f.offset() - t.start(ui);
            if (local < 0 || local + f.value().length() > written.length()) {
                continue;
            }
            String value = written.substring(local, local + f.value().length());
            if (!value.equals(f.value())) {
                found.set(j, new Finding(f.category(), f.type(), value, Masks.name(value), f.confidence(), f.location(),
                        f.detector(), f.recordKey(), f.offset()));
            }
        }
        return found;
    }

    /**
     * One finding per place and value: {@link #prefixedGivenNames} may find a name the token rules find too (鈴木一郎
     * さん, 鈴木 a dictionary 姓); the more confident is kept. In text order, as the token rules alone gave them.
     */
    private static List<Finding> distinct(List<Finding> found) {
        if (found.size() < 2) {
            return found;
        }
        found.sort(java.util.Comparator.comparingInt(Finding::offset)); // stable: the token rules' order kept
        java.util.Map<String, Finding> best = new java.util.LinkedHashMap<>();
        for (Finding f : found) {
            best.merge(f.offset() + "\u0000" + f.value(), f, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return best.size() == found.size() ? found : new ArrayList<>(best.values());
    }

    /**
     * A family name the dictionary does not know (孫, 倍賞) before a given name it does, found without tokens:
     * 1-3 kanji standing where a name may start, then a dictionary 名 of 2-3 kanji, then an honorific or title
     * (孫正義会長, 倍賞千恵子さん); or, in a sentence about people, the subject's particle (女優の倍賞千恵子が), where
     * the given name must be one the dictionary knows only as a name (千恵子, not 正義 the noun) and an の, a
     * comma or the line's start must stand before. Kuromoji splits such names into ordinary words (孫 + 正義, 倍 +
     * 賞 + 千恵子), so the token rules miss them.
     */
    private void prefixedGivenNames(ScanText t, int unit, boolean identified, boolean about, List<Finding> out) {
        String s = text(t, unit);
        for (int r = 3; r < s.length(); r++) {
            // three kanji at least before a name's end: most positions go no further
            if (!isKanjiRun(s, r - 3, r)) {
                continue;
            }
            char c = s.charAt(r);
            int title = TITLE_FIRST.contains(c) ? titleAt(s, r, null) : 0;
            boolean subject = title == 0 && about && "がは".indexOf(c) >= 0;
            if (title == 0 && !subject) {
                continue;
            }
            for (int g = 3; g >= 2; g--) {
                int ms = r - g;
                if (ms < 1 || !isKanjiRun(s, ms, r) || !entries.givenNameSurface(s, ms, r, subject)) {
                    continue;
                }
                int fs = familyStart(s, ms, subject ? 2 : 3, subject);
                if (fs < 0) {
                    continue;
                }
                String value = s.substring(fs, r);
                if (OrgWords.isOrganisation(value) || (subject && PersonSentence.subjectIsAThing(s, r))) {
                    break;
                }
                int start = t.start(unit) + fs;
                out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                        score(t, start, start + value.length(), false, true, title > 0, identified), id(), start));
                r += title;
                break;
            }
        }
    }

    /**
     * Where a family name of 1 to {@code longest} kanji ending at {@code ms} starts: the longest such run with no
     * kanji or katakana before it (for a subject, an の, a comma, a bracket or the line's start), or -1. Before a
     * title a family name may have three kanji (三木谷浩史会長), as the subject of a sentence two at most.
     */
    private static int familyStart(String s, int ms, int longest, boolean subject) {
        for (int f = longest; f >= 1; f--) {
            int fs = ms - f;
            if (fs < 0 || !isKanjiRun(s, fs, ms)) {
                continue;
            }
            if (fs > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(fs))) {
                continue;
            }
            if (subject && fs > 0 && "の、「『（(・ ".indexOf(s.charAt(fs - 1)) < 0) {
                return -1;
            }
            return fs;
        }
        return -1;
    }

    private static boolean isKanjiRun(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '\u4E00' && c <= '\u9FFF') && c != '々') {
                return false;
            }
        }
        return from < to;
    }

    /**
     * A 姓 + 名 pair starting with token {@code k} (tagged 姓), or a family name alone before a title: adds the
     * finding and answers the last token taken, or -1. In a sentence about people the family name may run over
     * two 姓 tokens (本田 + 宗 + 一郎) and the given name over two 名 tokens (司馬 + 遼 + 太郎), and a one-kanji
     * family name before a given name of two characters or more stands as a word (松たか子, 森鴎外).
     */
    private int familyAndGivenName(ScanText t, int unit, List<Token> tk, int k, boolean identified, boolean about,
                                   List<Finding> out) {
        String s = text(t, unit);
        Token sei = tk.get(k);
        int last = k;
        if (about && k + 1 < tk.size() && tk.get(k + 1).pos().startsWith(SEI) && tk.get(k + 1).start() == sei.end()
                && tk.get(k + 1).end() - sei.start() <= 3) {
            last = k + 1;
        }
        int seiEnd = tk.get(last).end();
        int m = last + 1;
        boolean spaced = false;
        while (m < tk.size() && tk.get(m).surface().isBlank()) {
            spaced = true;
            m++;
        }
        boolean pair = m < tk.size() && (tk.get(m).pos().startsWith(MEI)
                || (!spaced && katakanaGivenBeforeTitle(s, tk, m)))
                && !(spaced && tk.get(m).start() - seiEnd > 2);
        if (!pair) {
            Finding f = familyNameWithTitle(t, unit, tk, k, identified);
            if (f == null) {
                return -1;
            }
            out.add(f);
            return k;
        }
        Token mei = tk.get(m);
        // a one-kanji 名 is not run on into a rank's numeral (鎌田孝 + 九段, not 孝九)
        int meiEnd = rankAt(s, mei.end(), tk) > 0 ? mei.end() : givenNameEnd(tk, m);
        int lastMei = meiEnd == mei.end() ? m : m + 1;
        if (about && !spaced && lastMei + 1 < tk.size() && tk.get(lastMei + 1).pos().startsWith(MEI)
                && tk.get(lastMei + 1).start() == meiEnd && tk.get(lastMei + 1).end() - sei.start() <= 5) {
            lastMei++;
            meiEnd = tk.get(lastMei).end();
        }
        if ((seiEnd - sei.start()) + (meiEnd - mei.start()) < 2) {
            return -1;
        }
        // the name must not go on as a longer word: 山田太郎商店, 中村区; an office may follow (小池百合子東京都知事),
        // and after a full name a mayor's or a rank (平松涼子市長, 平松千夏九段), unless the given name is a place as
        // well and, with a one-kanji part or as a family name too, makes a city's name with the family name (東 + 近江
        // + 市長 is 東近江市's mayor; 上野 + 原, 那須 + 烏山)
        boolean mayor = localOfficeAt(s, meiEnd, tk) > 0 && !(entries.placeSurface(s, mei.start(), meiEnd)
                && (seiEnd - sei.start() == 1 || meiEnd - mei.start() == 1 || entries.surnameSurface(s, mei.start(), meiEnd)));
        boolean office = officeAfter(s, meiEnd, tk) || mayor || rankAt(s, meiEnd, tk) > 0;
        if ((AFTER_ORG.matcher(s.substring(meiEnd)).find() && !mayor)
                || !(KuromojiNameEntries.endsName(s, meiEnd) || office)) {
            return -1;
        }
        String value = s.substring(sei.start(), meiEnd);
        if (OrgWords.isOrganisation(value)) {
            return -1;
        }
        boolean titled = titleAt(s, meiEnd, tk) > 0 || readingAfter(s, meiEnd) || office
                || personnelOfficeBefore(s, sei.start())
                || PersonSentence.ownedByAPerson(s, meiEnd);
        boolean bounded = !spaced && (wordOfItsOwn(s, sei.start(), seiEnd, meiEnd)
                || (about && ((meiEnd - mei.start() >= 2 && endsBare(s, meiEnd)) || readingAfter(s, meiEnd, false)))
                || nameOnlyGivenName(s, sei.start(), seiEnd, meiEnd));
        if (!titled && PersonSentence.subjectIsAThing(s, meiEnd)) {
            return -1;
        }
        int start = t.start(unit) + sei.start();
        out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                score(t, start, start + value.length(), spaced, bounded, titled, identified), id(), start));
        return lastMei;
    }

    /**
     * In a sentence about people, a name the dictionary splits into name and ordinary words, standing as a word
     * of its own: a family name of two characters or more and a kana given name it does not know (美空 + ひばり,
     * 宇多田 + ヒカル); a run of 3-5 kanji mostly of name tokens, one of them a family name, the rest single kanji
     * (稲 + 盛 + 和夫, 吉田 + 沙 + 保里, 羽生 + 結 + 弦); a family name alone as the subject of a play (岡本が2ランを
     * 放ち); a katakana given name alone as the sentence's subject (イチロー). Adds the finding and answers the last
     * token taken, or -1.
     */
    private int bareName(ScanText t, int unit, List<Token> tk, int k, boolean identified, List<Finding> out) {
        String s = text(t, unit);
        Token first = tk.get(k);
        int last = -1;
        if (first.pos().startsWith(SEI) && first.length() >= 2 && k + 1 < tk.size()) {
            Token given = tk.get(k + 1);
            if (given.start() == first.end() && given.pos().startsWith("名詞-一般") && given.length() >= 2
                    && given.length() <= 4 && oneKanaScript(given.surface())
                    && (endsBare(s, given.end()) || readingAfter(s, given.end(), false))) {
                last = k + 1;
            }
        }
        if (last < 0 && first.pos().startsWith(SEI) && first.length() >= 2) {
            last = hiraganaGivenName(s, tk, k);
        }
        if (last < 0) {
            last = kanjiNameRun(s, tk, k);
        }
        // a family name of two or more alone as the subject of a play (岡本が2ランを放ち)
        if (last < 0 && first.pos().startsWith(SEI) && first.known() && first.length() >= 2
                && first.end() < s.length() && "がは".indexOf(s.charAt(first.end())) >= 0
                && PersonSentence.reportsAPlay(s)) {
            last = k;
        }
        if (last < 0 && first.pos().startsWith(MEI) && first.known() && first.length() >= 3
                && isKatakanaWord(first.surface()) && first.end() < s.length() && "はがも".indexOf(s.charAt(first.end())) >= 0) {
            last = k;
        }
        if (last < 0) {
            return -1;
        }
        int end = tk.get(last).end();
        String value = s.substring(first.start(), end);
        if (AFTER_ORG.matcher(s.substring(end)).find() || OrgWords.isOrganisation(value)
                || PersonSentence.subjectIsAThing(s, end)) {
            return -1;
        }
        int start = t.start(unit) + first.start();
        out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                score(t, start, start + value.length(), false, true, titleAt(s, end, tk) > 0 || readingAfter(s, end),
                        identified), id(), start));
        return last;
    }

    /**
     * The last token of a hiragana given name the dictionary reads as words (野口 + み + ず + き): after the family
     * name at {@code k}, 2-4 hiragana in tokens that do not begin with a particle or auxiliary (田中です, 鈴木みたいに),
     * then a particle of a subject or a list (は, が, と, も) or a comma; or -1.
     */
    private static int hiraganaGivenName(String s, List<Token> tk, int k) {
        int end = tk.get(k).end();
        for (int j = k + 1; j < tk.size() && tk.get(j).start() == end; j++) {
            Token x = tk.get(j);
            if (!oneKanaScript(x.surface()) || isKatakanaWord(x.surface()) || x.pos().startsWith("助詞")
                    || (j == k + 1 && x.pos().startsWith("助動詞"))) {
                return -1;
            }
            end = x.end();
            int length = end - tk.get(k).end();
            if (length > 4) {
                return -1;
            }
            if (length >= 2 && end < s.length() && "はがとも、".indexOf(s.charAt(end)) >= 0
                    && j + 1 < tk.size() && (tk.get(j + 1).pos().startsWith("助詞") || s.charAt(end) == '、')) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The last token of a run of 3-5 kanji from token {@code k} to a word's end that reads as a name split oddly:
     * a family name among its first two tokens, every token a name token or a single kanji, at least half of its
     * characters in name tokens; or -1.
     */
    private static int kanjiNameRun(String s, List<Token> tk, int k) {
        int named = 0;
        boolean family = false;
        int end = tk.get(k).start();
        for (int j = k; j < tk.size() && tk.get(j).start() == end && isKanjiWord(tk.get(j).surface()); j++) {
            Token x = tk.get(j);
            boolean name = x.pos().startsWith(NAME) && !x.pos().startsWith(PERSON);
            // a single kanji of any part of speech (菅 + 義 + 偉, 偉 an adjective stem) but a suffix or number
            if (!name && !(x.length() == 1 && !x.pos().startsWith("名詞-接尾") && !x.pos().startsWith("名詞-数"))) {
                return -1;
            }
            family |= j - k < 2 && x.pos().startsWith(SEI);
            named += name ? x.length() : 0;
            end = x.end();
            int length = end - tk.get(k).start();
            if (length > 5) {
                return -1;
            }
            if (length >= 3 && family && 2 * named >= length && j > k && endsBare(s, end)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A dictionary 人名-一般 word (IPADIC lists people by their whole names: 正岡子規, 紫式部, 役所広司) standing as a
     * word of its own: three kanji or more anywhere, a shorter or katakana one in a sentence about people. Adds the
     * finding and answers {@code k}, or -1.
     */
    private int wholeName(ScanText t, int unit, List<Token> tk, int k, boolean identified, boolean about,
                          List<Finding> out) {
        String s = text(t, unit);
        Token w = tk.get(k);
        boolean kanji = isKanjiWord(w.surface());
        boolean owned = kanji && w.length() >= 2 && PersonSentence.ownedByAPerson(s, w.end());
        if (!(kanji && w.length() >= KuromojiNameEntries.WHOLE_NAME_MIN) && !(about && w.length() >= (kanji ? 2 : 3))
                && !owned) {
            return -1;
        }
        boolean titled = titleAt(s, w.end(), tk) > 0 || owned;
        // 坂上田村麻呂ゆかりの地: what is linked with the person
        boolean linked = kanji && w.length() >= KuromojiNameEntries.WHOLE_NAME_MIN && s.startsWith("ゆかり", w.end());
        if (!(endsBare(s, w.end()) || titled || linked) || AFTER_ORG.matcher(s.substring(w.end())).find()
                || (!titled && PersonSentence.subjectIsAThing(s, w.end()))
                || (!titled && !kanji && PersonSentence.bodysAct(s, w.end()))) {
            return -1;
        }
        int start = t.start(unit) + w.start();
        out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", w.surface(), Masks.name(w.surface()),
                score(t, start, start + w.length(), false, true, titled, identified), id(), start));
        return k;
    }

    static boolean endsBare(String s, int end) {
        if (end >= s.length()) {
            return true;
        }
        if (BARE_END.indexOf(s.charAt(end)) >= 0) {
            return !readingAfter(s, end, false); // 藤原京（ふじわらきょう）: a word's reading, see readingAfter
        }
        for (String w : LIST_END) {
            if (s.startsWith(w, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKanjiWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) != Character.UnicodeScript.HAN && w.charAt(i) != '々') {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean isKatakanaWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isKatakana(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** All hiragana or all katakana (ひばり, ヒカル): a given name the dictionary does not know. */
    private static boolean oneKanaScript(String w) {
        boolean hira = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            hira &= c >= '\u3041' && c <= '\u309F';
        }
        return hira || isKatakanaWord(w);
    }

    /**
     * Katakana words joined by a middle dot or an equals sign (ジョン・レノン, ジャン=ポール, レオナルド・ダ・ヴィンチ): a
     * foreign name's shape. Inner parts may be one character (ダ) or a Latin initial (ジョン・F・ケネディ), the first and
     * last are two katakana or more.
     */
    /**
     * Fashion and brand houses written as their founders' names (the katakana of names.yml's person_like_firms): the
     * shape and the dictionary's 人名 tags of a foreign person's name, and in a leak nearly always the brand.
     */
    static final java.util.Set<String> HOUSES_NAMED_AFTER_FOUNDERS = java.util.Set.of("ルイ・ヴィトン",
            "クリスチャン・ディオール", "ジョルジオ・アルマーニ", "イヴ・サンローラン", "ラルフ・ローレン", "カルバン・クライン",
            "トミー・ヒルフィガー", "ポール・スミス", "マーク・ジェイコブス", "ヴィヴィアン・ウエストウッド", "ケイト・スペード",
            "マイケル・コース", "ハリー・ウィンストン", "ヒューゴ・ボス", "エスティ・ローダー", "ハーレー・ダビッドソン",
            "ロールス・ロイス", "アストン・マーティン", "ジャン・ポール・ゴルチエ", "ステラ・マッカートニー");
    private static final Pattern FOREIGN_NAME = Pattern.compile("(?<![\\p{IsKatakana}ー・=])[\\p{IsKatakana}ー]{2,}"
            + "(?:[・=](?:[\\p{IsKatakana}ー]+|[A-Z]\\.?)){0,2}[・=][\\p{IsKatakana}ー]{2,}(?![\\p{IsKatakana}ー・=])");

    /**
     * A middle dot or equals sign between katakana, or between katakana and a Latin initial: only such lines can
     * give {@link #foreignNames}.
     */
    private static boolean hasForeignNameShape(String s) {
        for (int i = s.indexOf('・'); i >= 0; i = s.indexOf('・', i + 1)) {
            if (i > 0 && i + 1 < s.length() && isKatakana(s.charAt(i - 1))
                    && (isKatakana(s.charAt(i + 1)) || (s.charAt(i + 1) >= 'A' && s.charAt(i + 1) <= 'Z'))) {
                return true;
            }
        }
        for (int i = s.indexOf('='); i >= 0; i = s.indexOf('=', i + 1)) {
            if (i > 0 && i + 1 < s.length() && isKatakana(s.charAt(i - 1)) && isKatakana(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKatakana(char c) {
        return (c >= '\u30A1' && c <= '\u30FA') || c == 'ー';
    }

    /**
     * Foreign names written in katakana, parts joined by ・ (ジョン・レノン, アルベルト・アインシュタイン), standing as a
     * word of its own as an unspaced 姓 + 名 must, and scored as one: the first part is one the dictionary tags 人名
     * (a given name, as foreign names begin); or a title follows (バラク・オバマ大統領); or, in a sentence about
     * people, some part is 人名 and the run is the sentence's subject. No 組織 or 地域 word may begin the run or
     * reach across a dot (ウォルト・ディズニー・カンパニー, ニューヨーク・タイムズ); a later part may be one
     * (ジョージ・ワシントン).
     */
    private void foreignNames(ScanText t, int unit, List<Token> tk, boolean identified, boolean about,
                              List<Finding> out) {
        String s = text(t, unit);
        java.util.regex.Matcher m = FOREIGN_NAME.matcher(s);
        while (m.find()) {
            int firstEnd = m.start();
            while (firstEnd < m.end() && s.charAt(firstEnd) != '・' && s.charAt(firstEnd) != '=') {
                firstEnd++;
            }
            boolean firstPerson = false;
            boolean anyPerson = false;
            boolean other = false;
            boolean otherAnywhere = false;
            // a known proper noun begins it and a family name of three kana or more ends it: デビッド・ウィリアムズ,
            // マリア・ガルシア (the dictionary's 固有名詞-一般 for common foreign given names; パルム・ドール begins unknown)
            boolean properFirst = false;
            boolean lastPerson = false;
            // the first part alone a place the dictionary knows, as some given names are (ソフィア, ジョージア)
            boolean firstPlace = false;
            boolean laterOther = false;
            boolean partOther = false;
            boolean commonPart = false;
            boolean laterProper = false; // a later part the dictionary knows as a name or a proper noun (ローレン)
            for (Token x : tk) {
                if (x.start() >= m.start() && x.end() <= m.end() && !x.surface().equals("・") && !x.surface().equals("=")) {
                    boolean person = x.pos().startsWith(NAME);
                    // an unknown katakana word is tagged 組織 by the unknown-word rules: no evidence (マクロン)
                    boolean place = x.known() && (x.pos().startsWith("名詞-固有名詞-組織")
                            || x.pos().startsWith("名詞-固有名詞-地域"));
                    anyPerson |= person;
                    properFirst |= x.start() == m.start() && x.end() == firstEnd && x.known()
                            && x.pos().startsWith("名詞-固有名詞-一般");
                    lastPerson |= person && x.end() == m.end() && x.start() > firstEnd && x.length() >= 3;
                    // the whole first part a name: レ + アル (レアル・マドリード) is no given name
                    firstPerson |= person && x.start() == m.start() && x.end() == firstEnd;
                    other |= place && (x.start() < firstEnd || x.end() > firstEnd && x.surface().indexOf('・') >= 0);
                    otherAnywhere |= place;
                    firstPlace |= place && x.pos().startsWith(PLACE) && x.start() == m.start() && x.end() == firstEnd;
                    // a later part that is a place or a body as a whole (not プレ of プレ + スリー)
                    boolean whole = place && partBounds(s, x.start()) && partBounds(s, x.end());
                    // a part that is a common word as a whole: ピンク・フロイド, ウサイン・ボルト
                    boolean common = x.known() && (x.pos().startsWith("名詞-一般") || x.pos().startsWith("名詞-サ変接続"))
                            && partBounds(s, x.start()) && partBounds(s, x.end());
                    commonPart |= common;
                    laterProper |= x.known() && x.start() > firstEnd
                            && (person || x.pos().startsWith("名詞-固有名詞-一般"));
                    laterOther |= whole && x.end() > firstEnd;
                    partOther |= whole;
                }
            }
            int end = m.end();
            // a former office counts as the title: リオネル・メッシ元大統領, …前会長
            boolean titled = titleAt(s, end, tk) > 0
                    || (end + 1 < s.length() && "元前".indexOf(s.charAt(end)) >= 0 && titleAt(s, end + 1, tk) > 0);
            boolean subject = end < s.length() && "はが".indexOf(s.charAt(end)) >= 0;
            // an occupation before it: インドの弁護士であるマハトマ・ガンディー, 作曲家のショパン
            boolean role = (PersonSentence.occupationBefore(s, m.start()) || PersonSentence.ownedByAPerson(s, end))
                    && !otherAnywhere;
            // a family name the dictionary knows ends it and the run is the subject: サラ・ジョンソンは, オリヴィア・
            // ブラウンが
            boolean surnamed = lastPerson && lastIsFamily(tk, m.end()) && subject && !otherAnywhere;
            // what only a person does or has: the subject of 生まれた / 死去した / 就任した (来日した, 優勝した where no
            // team's words stand), 〜の妻 / 〜の戴冠式, life dates in brackets; a band's ザ・ is none
            // a place may begin a person's name only before a part known as a name (ソフィア・ローレン; not
            // ケンタッキー・フライドチキン)
            boolean free = !laterOther && (!partOther || (firstPlace && laterProper));
            // what a team or a band does too (来日した, 優勝した, 制した): only a run with a dictionary 人名 part and no
            // common word for a part, or in a sentence naming an individual event (全豪オープン, 世界選手権)
            boolean shared = !otherAnywhere && ((anyPerson && !commonPart) || PersonSentence.individualEvent(s, end));
            // no part a common word as a whole: ケンタッキー・フライドチキン, ロイヤル・ダッチ・シェル are firms
            boolean band = m.group().startsWith("ザ・") || m.group().startsWith("ザ=");
            boolean lived = !band && !commonPart && ((free && (PersonSentence.personPredicate(s, end, shared)
                    || PersonSentence.personClauseBefore(s, m.start(), shared) || PersonSentence.lifeDatesAfter(s, end) > 0))
                    // kin and rites are a person's whatever part the dictionary reads as a place (ソフィア・コッポラの夫)
                    || (!laterOther && (!partOther || firstPlace) && PersonSentence.kinOrRiteAfter(s, end)));
            boolean person = (firstPerson && !other) || (titled && !otherAnywhere) || role
                    || (about && anyPerson && !other && subject) || (properFirst && lastPerson && !otherAnywhere)
                    || surnamed || lived;
            String last = m.group().substring(Math.max(m.group().lastIndexOf('・'), m.group().lastIndexOf('=')) + 1);
            if (FACILITY_PARTS.contains(last) || joinedFirm(m.group())) {
                continue; // カーネギー・ホール, ジョージ・ワシントン・ブリッジ: a place named after a person; ジョンソン・エンド・ジョンソン
            }
            if (!titled && !role && (soldUnder(s, end) || PersonSentence.bodysAct(s, end))) {
                continue; // アンナ・スイの新商品: a brand named after its founder; a body's act (…が日本市場から撤退する)
            }
            if (!person || AFTER_ORG.matcher(s.substring(end)).find() || !(endsBare(s, end) || titled)) {
                continue;
            }
            String value = m.group();
            if (HOUSES_NAMED_AFTER_FOUNDERS.contains(value) || OrgWords.isOrganisation(value) || (!titled && PersonSentence.subjectIsAThing(s, end))) {
                continue;
            }
            int start = t.start(unit) + m.start();
            out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                    score(t, start, start + value.length(), false, true, titled, identified), id(), start));
        }
    }

    /**
     * Public offices, written after the body or place (東京都知事, 外務大臣, 自由民主党幹事長). Not a firm's (社長, 会長,
     * 代表): those words are common in business text and would have many more lines tokenised for few names.
     */
    private static final List<String> OFFICES = List.of("大臣", "副大臣", "知事", "都知事", "府知事", "県知事", "道知事", "幹事長", "議長", "総裁", "長官", "大使", "委員長",
            "政調会長", "総務会長", "市長", "町長", "村長", "区長", "議員");

    private static boolean hasOffice(String s) {
        for (String w : OFFICES) {
            if (s.indexOf(w, 3) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a full name, the body's or place's words (nouns, 8 characters at most) and then an office, each at a
     * token's bounds: 小池百合子東京都知事, 茂木敏充自由民主党幹事長, 上川陽子外務大臣. The title makes the run a name
     * as a title right after it does.
     */
    private static boolean officeAfter(String s, int at, List<Token> tk) {
        int j = 0;
        while (j < tk.size() && tk.get(j).start() < at) {
            j++;
        }
        for (int pos = at; j < tk.size() && tk.get(j).start() == pos && pos - at <= 8; j++) {
            if (pos > at) {
                for (String w : OFFICES) {
                    if (s.startsWith(w, pos) && endsToken(tk, pos + w.length())) {
                        return true;
                    }
                }
            }
            String p = tk.get(j).pos();
            if (!(p.startsWith("名詞-固有名詞-組織") || p.startsWith(PLACE) || p.startsWith("名詞-一般")
                    || p.startsWith("名詞-サ変接続") || p.startsWith("名詞-接尾"))) {
                return false;
            }
            pos = tk.get(j).end();
        }
        return false;
    }

    /** A katakana run's part starts or ends at {@code at}: a dot, an equals sign or no katakana on one side. */
    private static boolean partBounds(String s, int at) {
        return at == 0 || at >= s.length() || !isKatakana(s.charAt(at - 1)) || !isKatakana(s.charAt(at));
    }

    /** Last parts of a katakana run that name a building, a place or a firm after a person (カーネギー・ホール). */
    static final java.util.Set<String> FACILITY_PARTS = java.util.Set.of("ホール", "ブリッジ", "センター", "ガーデン",
            "ガーデンズ", "タワー", "スクエア", "パーク", "ホテル", "スタジアム", "アリーナ", "ミュージアム", "ギャラリー",
            "シアター", "ドーム", "プラザ", "ストリート", "アベニュー", "カレッジ", "カンパニー", "ステーション", "エアポート",
            "ビルディング", "ライブラリー", "インスティテュート", "ファウンデーション", "ブラザーズ", "コーポレーション",
            "スクール", "ユニバーシティ", "ホスピタル", "クリニック", "ハウス", "ビル", "ロード", "トンネル",
            // teams, firms, papers and labels (レッドブル・レーシング, ワシントン・ポスト, ワーナー・ブラザース)
            "レーシング", "ユナイテッド", "シティ", "モータース", "モータースポーツ", "インダストリーズ", "ホールディングス",
            "グループ", "タイムズ", "ポスト", "ジャーナル", "ニュース", "レコード", "レコーズ", "ピクチャーズ", "スタジオ",
            "エンターテインメント", "ブラザース", "システムズ", "テクノロジーズ", "ラボラトリーズ");

    /** The run's last token, ending at {@code end}, is one the dictionary tags as a family name. */
    private static boolean lastIsFamily(List<Token> tk, int end) {
        for (Token x : tk) {
            if (x.end() == end) {
                return x.known() && x.pos().startsWith(SEI);
            }
        }
        return false;
    }

    /** Parts joined by アンド or エンド (&): a firm's name of two founders. */
    private static boolean joinedFirm(String run) {
        return run.contains("・アンド・") || run.contains("・エンド・") || run.contains("＆");
    }

    /** What a brand or a shop has and a person does not: 〜の新商品, 〜の店舗. */
    private static final List<String> COMMERCE = List.of("新商品", "商品", "製品", "新製品", "店舗", "新店舗", "直営店",
            "売上", "株価", "新型", "ブランド");

    /** {@code の} and one of {@link #COMMERCE} at {@code end}. */
    private static boolean soldUnder(String s, int end) {
        if (end >= s.length() || s.charAt(end) != 'の') {
            return false;
        }
        for (String w : COMMERCE) {
            if (s.startsWith(w, end + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the given name that starts with token {@code m} (tagged 人名-名) ends. IPADIC knows many of today's
     * given names only by their first kanji: 晋三 is 晋 (名) + 三 (数), 翔平 翔 (名) + 平 (接頭詞), 陽菜 陽 (名) + 菜
     * (一般). A one-kanji given name token takes the one-kanji token right after it when that is one of
     * {@link #GIVEN_NAME_ENDINGS} tagged as a name, a number, a noun or a prefix.
     */
    private static int givenNameEnd(List<Token> tk, int m) {
        Token mei = tk.get(m);
        if (mei.surface().length() != 1 || m + 1 >= tk.size()) {
            return mei.end();
        }
        Token next = tk.get(m + 1);
        String pos = next.pos();
        boolean ending = next.surface().length() == 1 && next.start() == mei.end()
                && GIVEN_NAME_ENDINGS.indexOf(next.surface().charAt(0)) >= 0;
        // 龍 + 馬 is 名 + 接尾: 坂本龍馬
        // 康 + 介 is 名 + サ変接続: 安藤康介
        boolean nameLike = pos.startsWith(MEI) || pos.startsWith("名詞-数") || pos.startsWith("名詞-一般")
                || pos.startsWith("接頭詞") || pos.startsWith("名詞-接尾-一般") || pos.startsWith("名詞-サ変接続")
                // 朗 + 希 (希 an adjectival stem): 佐々木朗希
                || pos.startsWith("名詞-形容動詞語幹");
        return ending && nameLike ? next.end() : mei.end();
    }

    /**
     * Kanji that end two-kanji given names (晋三, 翔平, 陽菜, 拓海 ...): only these extend a one-kanji 名 token, so a place
     * such as 藤原京跡 (藤原 + 京 + 跡) stays no name.
     */
    static final String GIVEN_NAME_ENDINGS = "一二三四五六七八九十也哉矢弥平兵介助輔典人仁斗翔大太汰郎朗樹希紀基輝貴喜己規"
            + "子美実未香佳加花華果菜奈那乃野音衣依絵恵枝江代世里理莉梨璃結愛彩咲紗沙穂帆葉羽生雄夫男彦吾悟治司史志士"
            + "之成誠信伸明秋晃昭和正政宏浩博裕弘寛洋隆孝剛健賢修勇亮涼良蓮陽優悠真馬磨斎次二治朔慎慈彰章翼航海洋渡"
            + "哲徹人登豊稔実俊駿隼圭啓敬慶之介作策蔵造三次";

    /**
     * A reading in brackets right after {@code end}: kana only, closed by a bracket or a comma. Encyclopaedias and news
     * split a person's reading with a blank between family and given name (鈴木一朗（すずき いちろう）): {@code spaced}
     * asks for that blank, which makes the name before it a person's. A reading without one (藤原京（ふじわらきょう）,
     * 山田錦（やまだにしき）, also 太田智子（おおたともこ）) may be any word's: {@code spaced} false asks for that.
     */
    static boolean readingAfter(String s, int end, boolean spaced) {
        if (end >= s.length() || (s.charAt(end) != '（' && s.charAt(end) != '(')) {
            return false;
        }
        int kana = 0;
        boolean blank = false;
        for (int i = end + 1; i < s.length() && i <= end + 24; i++) {
            char c = s.charAt(i);
            if ((c >= '\u3041' && c <= '\u309F') || isKatakana(c)) {
                kana++;
            } else if (c == ' ' || c == '\u3000') {
                blank |= kana > 0;
            } else {
                return kana >= 2 && blank == spaced && (c == '）' || c == ')' || c == '、' || c == ',');
            }
        }
        return false;
    }

    static boolean readingAfter(String s, int end) {
        return readingAfter(s, end, true);
    }

    /** Last characters of places, bodies and works, which a spaced reading may follow too (東京駅（とうきょう えき）). */
    private static final String NOT_A_PERSON_END = "駅町市区村郡県都府道島山川橋寺社園館所院校会部課室党団線港湾城宮門";

    /**
     * Any run of 2-6 kanji right before a spaced reading in brackets (百目鬼義男（どうめき よしお）, 四十物悠斗（あいもの
     * ゆうと）): the reading's blank parts family from given name, as encyclopaedias and news write a person's, so the
     * family name need not be one the dictionary knows. Found without tokens; the run must end in a given name
     * ({@link #givenNameTail}) or the sentence be about people, and not end as a place or body does (東京駅, 自由民主党)
     * or be an organisation: some terms are read with a blank as well (上昇率（じょうしょう りつ）).
     */
    private void namesBeforeASpacedReading(ScanText t, int unit, boolean identified, List<Finding> out) {
        String s = text(t, unit);
        for (int b = nextBracket(s, 0); b >= 0; b = nextBracket(s, b + 1)) {
            if (b >= 2 && readingAfter(s, b, true) && readingParts(s, b) == 2) {
                int rs = b;
                while (rs > 0 && b - rs < 7 && (isKanjiRun(s, rs - 1, rs) || "々ヶノ".indexOf(s.charAt(rs - 1)) >= 0)) {
                    rs--;
                }
                int n = b - rs;
                int gs = rs;
                // a spaced name (柴田 慎吾（しばた しんご）): the family name before the blank is taken as well
                if (rs >= 2 && (s.charAt(rs - 1) == ' ' || s.charAt(rs - 1) == '\u3000') && isKanjiRun(s, rs - 2, rs - 1)) {
                    rs--;
                    while (rs > 0 && gs - rs < 5 && isKanjiRun(s, rs - 1, rs)) {
                        rs--;
                    }
                }
                String value = s.substring(rs, b);
                if (n >= 2 && n <= 6 && (rs == 0 || !KuromojiNameEntries.isNameChar(s.codePointBefore(rs)))
                        && NOT_A_PERSON_END.indexOf(s.charAt(b - 1)) < 0 && !OrgWords.isOrganisation(value)
                        && (givenNameTail(s, gs, b) || (gs > rs && b - gs >= 1) || PersonSentence.aboutPeople(s))) {
                    int start = t.start(unit) + rs;
                    out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                            identified ? 0.95 : 0.8, id(), start));
                }
            }
        }
    }

    /** Two Latin words in brackets right at a bracket: a name's romanisation (TANI Sayuri, Akane YAMAGUCHI). */
    private static final Pattern ROMANISED = Pattern.compile("[（(] ?([A-Za-z]{2,})[ ,]+([A-Za-z]{2,}) ?[）)]");

    /**
     * A spaced name with its romanisation in brackets, one word in capitals as Japanese write the family name
     * (谷 さゆり（TANI Sayuri）, 山口 あかね (YAMAGUCHI Akane)): faculty pages, business cards and rosters write a
     * person so. The two parts' kana or dictionary readings must spell the Latin words, in either order, so the run
     * is a person's name whatever the dictionary makes of its parts (谷 the noun, あかね the colour).
     */
    private void namesBeforeARomanisation(ScanText t, int unit, boolean identified, List<Finding> out) {
        String s = text(t, unit);
        for (int b = nextBracket(s, 0); b >= 0; b = nextBracket(s, b + 1)) {
            java.util.regex.Matcher m = ROMANISED.matcher(s).region(b, s.length());
            if (!m.lookingAt() || !(allCapitals(m.group(1)) || allCapitals(m.group(2)))) {
                continue;
            }
            int e = b > 0 && s.charAt(b - 1) == ' ' ? b - 1 : b;
            int gs = e;
            while (gs > 0 && e - gs < 4 && namePart(s.charAt(gs - 1))) {
                gs--;
            }
            if (gs == e || gs < 2 || (s.charAt(gs - 1) != ' ' && s.charAt(gs - 1) != '\u3000')) {
                continue;
            }
            int fe = gs - 1;
            int fs = fe;
            while (fs > 0 && fe - fs < 4 && namePart(s.charAt(fs - 1))) {
                fs--;
            }
            if (fs == fe || (fs > 0 && (KuromojiNameEntries.isNameChar(s.codePointBefore(fs))
                    || isHiragana(s.charAt(fs - 1))))) {
                continue;
            }
            String family = reading(s.substring(fs, fe));
            String given = reading(s.substring(gs, e));
            String key = family == null || given == null ? null
                    : org.leakscope.classifiers.resolve.PersonNames.romanKey(family + " " + given);
            if (key != null && key.equals(org.leakscope.classifiers.resolve.PersonNames.romanKey(m.group(1) + " " + m.group(2)))) {
                String value = s.substring(fs, e);
                out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                        identified ? 0.95 : 0.85, id(), t.start(unit) + fs));
            }
        }
    }

    private static boolean allCapitals(String w) {
        return w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static boolean namePart(char c) {
        return isKanji(c) || isHiragana(c) || isKatakana(c) || c == 'ー';
    }

    static boolean isKanji(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || c == '々';
    }

    /** A word's reading in katakana: kana as written, kanji as the dictionary reads its tokens; null if one has none. */
    private String reading(String w) {
        StringBuilder r = new StringBuilder();
        if (w.chars().allMatch(c -> isHiragana((char) c) || isKatakana((char) c) || c == 'ー')) {
            w.chars().forEach(c -> r.append((char) (c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c)));
            return r.toString();
        }
        for (Token x : tokens(w)) {
            if (!x.known()) {
                return null;
            }
            r.append(x.reading());
        }
        return r.toString();
    }

    private static int nextBracket(String s, int from) {
        int wide = s.indexOf('（', from);
        int ascii = s.indexOf('(', from);
        return wide < 0 ? ascii : ascii < 0 ? wide : Math.min(wide, ascii);
    }

    /**
     * The run from {@code rs} to {@code b} ends in a dictionary given name of 1-3 characters after a family name of one
     * or more (百目鬼 + 義男), or in a one-kanji given name and one of {@link #GIVEN_NAME_ENDINGS} (悠 + 斗).
     */
    private boolean givenNameTail(String s, int rs, int b) {
        for (int g = 3; g >= 1; g--) {
            if (b - g > rs && (entries.givenNameSurface(s, b - g, b, false) || (g == 2
                    && entries.givenNameSurface(s, b - 2, b - 1, false) && GIVEN_NAME_ENDINGS.indexOf(s.charAt(b - 1)) >= 0))) {
                return true;
            }
        }
        return false;
    }

    /** The blank-separated kana parts of the reading in brackets at {@code b}. */
    private static int readingParts(String s, int b) {
        int parts = 0;
        boolean in = false;
        for (int i = b + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean kana = (c >= '\u3041' && c <= '\u309F') || isKatakana(c);
            if (!kana && c != ' ' && c != '\u3000') {
                break;
            }
            parts += kana && !in ? 1 : 0;
            in = kana;
        }
        return parts;
    }

    /**
     * Titles that follow a person and not a place or a team: a word the dictionary tags as a place but also knows as a
     * family name (千葉, 福島, 長野) is a person's before these (千葉議員, 福島弁護士), while 広島監督 (the team's) and 大阪代表
     * are not.
     */
    static final List<String> PERSON_ONLY_TITLES = List.of("さん", "様", "さま", "氏", "殿", "君", "くん", "ちゃん", "先生",
            "議員", "弁護士", "教授", "准教授", "博士", "医師", "記者", "容疑者", "被告", "夫人",
            // a firm's officers: a firm is not named by a bare place (太田会長, 豊田社長)
            "社長", "副社長", "会長", "専務", "常務", "部長", "課長", "係長", "室長");

    /** A {@link #PERSON_ONLY_TITLES} word at {@code at}, ending a token. */
    private static boolean personOnlyTitleAt(String s, int at, List<Token> tk) {
        for (String title : PERSON_ONLY_TITLES) {
            if (s.startsWith(title, at) && endsToken(tk, at + title.length())) {
                return true;
            }
        }
        return false;
    }

    /** A place-tagged word with a 姓 entry before a {@link #PERSON_ONLY_TITLES} word: the name, answering {@code k}, or -1. */
    private int placeNamedFamilyWithTitle(ScanText t, int unit, List<Token> tk, int k, boolean identified,
                                          List<Finding> out) {
        String s = text(t, unit);
        Token w = tk.get(k);
        if (w.length() < 2 || !entries.surnameEndsAt(s, w.end())) {
            return -1;
        }
        int at = w.end() < s.length() && s.charAt(w.end()) == ' ' ? w.end() + 1 : w.end();
        if (!personOnlyTitleAt(s, at, tk)) {
            return -1;
        }
        int start = t.start(unit) + w.start();
        out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", w.surface(), Masks.name(w.surface()),
                identified ? 0.8 : 0.6, id(), start));
        return k;
    }

    /**
     * A dictionary family name, a blank, a dictionary given name and a title only a person takes (石川 優子さん,
     * 小松 彩さん): the name, whatever the tokenizer made of its parts. Many family names are places too (石川, 小松,
     * 福井), and some given names are family names as well (彩): taken apart, the family name stands before no title
     * and the given name alone came out as the name. Answers the last token taken, or -1.
     */
    private int spacedNameWithTitle(ScanText t, int unit, List<Token> tk, int k, boolean identified, List<Finding> out) {
        String s = text(t, unit);
        Token family = tk.get(k);
        if (k + 2 >= tk.size() || family.length() > 4 || !isKanjiWord(family.surface())) {
            return -1;
        }
        Token blank = tk.get(k + 1);
        Token given = tk.get(k + 2);
        if (blank.start() != family.end() || blank.length() != 1 || !blank.surface().isBlank()
                || given.start() != blank.end() || given.length() > 3 || !isKanjiWord(given.surface())) {
            return -1;
        }
        if (!personOnlyTitleAt(s, given.end(), tk) || !entries.surnameSurface(s, family.start(), family.end())
                || !entries.givenNameSurface(s, given.start(), given.end(), false)) {
            return -1;
        }
        String value = s.substring(family.start(), given.end());
        int start = t.start(unit) + family.start();
        out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                score(t, start, start + value.length(), true, false, true, identified), id(), start));
        return k + 2;
    }

    /** 「田中、佐藤、鈴木の3人」, 「山田・川口両氏」: a count of people or a plural of respect after a list of names. */
    private static final Pattern PEOPLE_COUNT = Pattern.compile(
            "(?:の)?(?:[0-9０-９一二三四五六七八九十]+|両|各)(?:人|名|氏)(?![\\p{IsHan}])");

    /** Whether a count of people stands in the line at all: only such lines are read for {@link #familyNameList}. */
    static boolean hasPeopleCount(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '人' || c == '名' || c == '氏') {
                char b = s.charAt(i - 1);
                if ((b >= '0' && b <= '9') || (b >= '０' && b <= '９') || "一二三四五六七八九十両各".indexOf(b) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Family names listed with 、 ・ or と and closed by a count of people (柴田、酒井、和田の3人は; 山田と川口の両氏):
     * each a dictionary 姓 of a token of its own. Adds a finding per name and answers the last token taken, or -1.
     */
    private int familyNameList(ScanText t, int unit, List<Token> tk, int k, boolean identified, List<Finding> out) {
        String s = text(t, unit);
        List<Token> names = new ArrayList<>();
        int j = k;
        while (j < tk.size()) {
            Token x = tk.get(j);
            // a family name the dictionary also knows as a place or a firm (千葉, 金子) counts: a count of people follows
            boolean family = x.pos().startsWith(SEI) || (x.known() && x.length() >= 2
                    && (x.pos().startsWith(PLACE) || x.pos().startsWith("名詞-固有名詞-組織"))
                    && entries.surnameEndsAt(s, x.end()));
            if (!family || (x.start() > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(x.start())))) {
                return -1;
            }
            names.add(x);
            if (j + 1 < tk.size() && "、・と,，".contains(tk.get(j + 1).surface()) && j + 2 < tk.size()) {
                j += 2;
                continue;
            }
            break;
        }
        Token last = names.get(names.size() - 1);
        java.util.regex.Matcher m = PEOPLE_COUNT.matcher(s);
        m.region(last.end(), s.length());
        if (names.size() < 2 || !m.lookingAt()) {
            return -1;
        }
        for (Token x : names) {
            int start = t.start(unit) + x.start();
            out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", x.surface(), Masks.name(x.surface()),
                    identified ? 0.8 : 0.6, id(), start));
        }
        return j;
    }

    /**
     * Kin and acquaintances written before a given name with の (妻の誠さん, 長女の陽菜ちゃん): the name after them may
     * also be a word (誠 sincerity, 愛 love).
     */
    static final List<String> KIN = List.of("妻", "夫", "長男", "次男", "三男", "長女", "次女", "三女", "息子", "娘", "父",
            "母", "兄", "弟", "姉", "妹", "孫", "祖父", "祖母", "友人", "知人", "同級生", "同僚", "恋人", "婚約者");

    private static boolean kinBefore(String s, int at) {
        if (at < 2 || s.charAt(at - 1) != 'の') {
            return false;
        }
        for (String k : KIN) {
            int from = at - 1 - k.length();
            if (from >= 0 && s.startsWith(k, from)
                    && (from == 0 || !KuromojiNameEntries.isNameChar(s.codePointBefore(from)))) {
                return true;
            }
        }
        return false;
    }

    /** Honorifics after a given name alone (陽菜ちゃん, 一朗さん, 健太君). */
    private static final List<String> GIVEN_HONORIFICS = List.of("ちゃん", "くん", "さん", "君");

    /**
     * A given name alone before an honorific, found without tokens (the tokenizer reads 陽菜ちゃんと as 陽 + 菜 +
     * ちゃんと): a run of 1-3 kanji with no kanji or katakana before it that the dictionary knows as nothing but a given
     * name (一朗, 麻美), or a one-kanji given name and one of {@link #GIVEN_NAME_ENDINGS} (陽 + 菜); before ちゃん or くん,
     * which follow children's given names and not occupations (大工さん), the one kanji may be a word as well.
     */
    private void givenNamesWithHonorific(ScanText t, int unit, boolean identified, List<Finding> out) {
        String s = text(t, unit);
        for (String h : GIVEN_HONORIFICS) {
            for (int r = s.indexOf(h, 1); r >= 0; r = s.indexOf(h, r + 1)) {
                int rs = r;
                while (rs > 0 && r - rs < 4 && isKanjiRun(s, rs - 1, rs)) {
                    rs--;
                }
                int n = r - rs;
                if (n < 1 || n > 3 || (rs > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(rs)))
                        || !endsBare(s, r + h.length())) { // 明日香ちゃんねる
                    continue;
                }
                boolean kin = kinBefore(s, rs);
                boolean given = entries.givenNameSurface(s, rs, r, !kin) && (kin || !entries.surnameEndsAt(s, r))
                        || (n == 2 && entries.givenNameSurface(s, rs, rs + 1, !h.equals("ちゃん") && !h.equals("くん"))
                            && GIVEN_NAME_ENDINGS.indexOf(s.charAt(rs + 1)) >= 0);
                if (!given) {
                    continue;
                }
                String value = s.substring(rs, r);
                int start = t.start(unit) + rs;
                out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                        identified ? 0.8 : 0.6, id(), start));
            }
        }
    }

    /**
     * Someone addressed by the given name and an honorific at the start of a quote or line, with a comma, an
     * exclamation or the quote's end after it (「学さん、待って」, 「ゆかりちゃん！」, "陽子さん、資料ありがとう"), or at a
     * quote's start with a particle after it (「エリカちゃんはどこ？」): the
     * dictionary need only know the word as a given name, although it is a common word as well (学, 陽子, ゆかり),
     * and hiragana names count: a word addressed with さん is a person (大工さん, 部長さん are not given names).
     */
    private void addressedByGivenName(ScanText t, int unit, boolean identified, List<Finding> out) {
        String s = text(t, unit);
        for (String h : GIVEN_HONORIFICS) {
            for (int r = s.indexOf(h, 1); r >= 0; r = s.indexOf(h, r + 1)) {
                int after = r + h.length();
                boolean closes = after >= s.length() || "、，,！!」』？?".indexOf(s.charAt(after)) >= 0;
                if (!closes && "はがもの".indexOf(s.charAt(after)) < 0) {
                    continue;
                }
                boolean kanji = isKanjiRun(s, r - 1, r);
                boolean katakana = isKatakana(s.charAt(r - 1));
                int rs = r;
                while (rs > 0 && r - rs < 5 && (kanji ? isKanjiRun(s, rs - 1, rs)
                        : katakana ? isKatakana(s.charAt(rs - 1)) || s.charAt(rs - 1) == 'ー' : isHiragana(s.charAt(rs - 1)))) {
                    rs--;
                }
                int n = r - rs;
                // a particle after the honorific only at a quote's start: 「エリカちゃんはどこ？」
                boolean quoted = rs > 0 && "「『".indexOf(s.charAt(rs - 1)) >= 0;
                boolean opens = rs == 0 || "「『 \u3000".indexOf(s.charAt(rs - 1)) >= 0;
                if (!opens || (!closes && !quoted) || n < (kanji ? 1 : 2) || n > (kanji ? 3 : katakana ? 5 : 4)
                        || !entries.givenNameSurface(s, rs, r, false) || oneWord(s.substring(rs, after))) {
                    continue; // みなさん is a word: no みな is addressed
                }
                String value = s.substring(rs, r);
                int start = t.start(unit) + rs;
                out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                        identified ? 0.8 : 0.6, id(), start));
            }
        }
    }

    /** Calls that open a quote before the name of the one called (「なあ美咲、」). */
    private static final List<String> CALLS = List.of("なあ", "ねえ", "おい", "ほら");

    /**
     * Someone called by the given name alone in a quote: after a comma and before the quote's end (「ありがとう、
     * さゆり」), or after the quote's opening or a call and before a comma (「なあ美咲、本当に行くのか」). The word must be
     * one the dictionary knows as nothing but a given name: 1-3 kanji, 2-4 hiragana or 2-5 katakana.
     */
    private void calledByName(ScanText t, int unit, boolean identified, List<Finding> out) {
        String s = text(t, unit);
        if (s.indexOf('「') < 0 && s.indexOf('『') < 0) {
            return;
        }
        for (int r = 1; r < s.length(); r++) {
            char end = s.charAt(r);
            if (end != '」' && end != '』' && end != '、') {
                continue;
            }
            char last = s.charAt(r - 1);
            int rs = r;
            if (isKanjiRun(s, r - 1, r)) {
                while (rs > 0 && r - rs < 3 && isKanjiRun(s, rs - 1, rs)) {
                    rs--;
                }
            } else if (isKatakana(last)) {
                while (rs > 0 && r - rs < 5 && (isKatakana(s.charAt(rs - 1)) || s.charAt(rs - 1) == 'ー')) {
                    rs--;
                }
            } else if (isHiragana(last)) {
                while (rs > 0 && r - rs < 4 && isHiragana(s.charAt(rs - 1))) {
                    rs--;
                }
            } else {
                continue;
            }
            int n = r - rs;
            if (n < (isKanjiRun(s, r - 1, r) ? 1 : 2) || rs == 0) {
                continue;
            }
            // the name's own start, or a call before it right after the opening
            int before = rs;
            for (String c : CALLS) {
                if (end == '、' && s.startsWith(c, rs - c.length()) && rs - c.length() > 0
                        && "「『".indexOf(s.charAt(rs - c.length() - 1)) >= 0) {
                    before = rs - c.length();
                }
            }
            char open = s.charAt(before - 1);
            boolean called = end == '、' ? "「『".indexOf(open) >= 0 : open == '、' && quoteOpenBefore(s, before);
            // after a call the dictionary need only know a given name (美咲 is a family name too)
            if (!called || (isHiragana(last) && before == rs && end == '、')
                    || !entries.givenNameSurface(s, rs, r, before == rs)) {
                continue;
            }
            String value = s.substring(rs, r);
            out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                    identified ? 0.8 : 0.6, id(), t.start(unit) + rs));
        }
    }

    /** A quote or a given name's honorific: what {@link #addressedByGivenName} and {@link #calledByName} start from. */
    private static boolean mayAddressSomeone(String s) {
        if (s.indexOf('「') >= 0 || s.indexOf('『') >= 0) {
            return true;
        }
        for (String h : GIVEN_HONORIFICS) {
            if (s.indexOf(h, 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The whole is one word the dictionary knows, no name: みなさん, おばあちゃん. */
    private boolean oneWord(String w) {
        List<Token> tk = tokens(w);
        return tk.size() == 1 && tk.get(0).known() && !tk.get(0).pos().startsWith(NAME);
    }

    /** A quote is open at {@code at}: its opening stands before, with no closing between. */
    private static boolean quoteOpenBefore(String s, int at) {
        int open = Math.max(s.lastIndexOf('「', at), s.lastIndexOf('『', at));
        return open >= 0 && Math.max(s.lastIndexOf('」', at), s.lastIndexOf('』', at)) < open;
    }

    // a quoted line of one kanji word: "＞ 石川" (NFKC: "> 石川")
    private static final Pattern QUOTED_WORD = Pattern.compile("^(?:[>|][ \\t]?)+(\\p{IsHan}{1,4})[ \\t]*$");
    // a phone or an e-mail (not a postal code: "＞ 〒920-0961" over "＞ 石川" is the prefecture of an address)
    private static final Pattern CONTACT = Pattern.compile("@[\\w.-]+\\.[a-z]{2,}|(?<!\\d)0\\d{1,4}-\\d{1,4}-\\d{3,4}(?!\\d)"
            + "|(?<!\\d)0\\d{9,10}(?!\\d)|\\+\\d{1,3}[ -]?\\d");

    /**
     * The family name that closes a quoted message, alone on its line right under the writer's phone or e-mail
     * ("＞ 連絡先：080-4438-7496" / "＞ 石川"): a short reply signed with the family name only, the name those values
     * are the writer's. Only a dictionary 姓 and only under a quoted line with an identifier: a place name alone on
     * a line (石川 is a prefecture too) does not stand under a phone number in a quote.
     */
    private void quotedSignatureFamilyName(ScanText t, int unit, List<Finding> out) {
        if (unit == 0 || t.units().get(unit).isCell() || t.units().get(unit - 1).isCell()) {
            return;
        }
        String s = text(t, unit);
        Matcher m = QUOTED_WORD.matcher(s);
        String above = t.normalized(unit - 1).strip();
        if (!m.matches() || above.isEmpty() || (above.charAt(0) != '>' && above.charAt(0) != '|')
                || !CONTACT.matcher(above).find() || !entries.surnameSurface(s, m.start(1), m.end(1))) {
            return;
        }
        String value = m.group(1);
        out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value), 0.6, id(),
                t.start(unit) + m.start(1)));
    }

    static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u3096';
    }

    /** A family name alone right before an honorific or title (田中部長, 山本 様): the name, or null. */
    private Finding familyNameWithTitle(ScanText t, int unit, List<Token> tk, int k, boolean identified) {
        String s = text(t, unit);
        Token sei = tk.get(k);
        int at = sei.end();
        if (at < s.length() && s.charAt(at) == ' ') {
            at++;
        }
        if (CLANS.contains(sei.surface()) && s.startsWith("氏", at)) {
            return null; // 源氏, 平氏: the clans, not a Mr Minamoto
        }
        boolean titled = titleAt(s, at, tk) > 0 || rankAt(s, at, tk) > 0
                || (localOfficeAt(s, at, tk) > 0 && otherPlaceOfKind(s, tk, sei, s.charAt(at)));
        if (!titled || OrgWords.isOrganisation(sei.surface())) {
            return null;
        }
        int start = t.start(unit) + sei.start();
        double score = identified ? 0.8 : 0.6;
        return PatternDetector.finding(t, Category.PII, "PERSON_NAME", sei.surface(), Masks.name(sei.surface()), score,
                id(), start);
    }

    /**
     * The length of the {@link #TITLES} word at {@code at} that ends where a token ends (様 but not 様式), or 0.
     * Without tokens (the pre-check) any title word counts.
     */
    static int titleAt(String s, int at, List<Token> tk) {
        if (at >= s.length()) {
            return 0;
        }
        int best = 0;
        for (String w : TITLES_BY_FIRST.startingWith(s.charAt(at))) {
            if (w.length() > best && s.startsWith(w, at) && (tk == null || endsToken(tk, at + w.length()))) {
                best = w.length();
            }
        }
        if (best > 0 && KANA_HONORIFICS.contains(s.substring(at, at + best)) && at + best < s.length()
                && isHiragana(s.charAt(at + best)) && AFTER_HONORIFIC.indexOf(s.charAt(at + best)) < 0) {
            return 0; // the kana go on as a word: フェリーさんふらわあ is no ferry addressed
        }
        return best > 0 && s.startsWith("知事", at + best - 2) && afterPrefecture(s, at) ? 0 : best;
    }

    /** One-kanji family names that with 氏 are the great clans of history (源氏と平家, 平氏政権). */
    private static final java.util.Set<String> CLANS = java.util.Set.of("源", "平");

    /** Local heads and members written after a name: 市長, 町議; after a family name alone the place may be its own. */
    private static final List<String> LOCAL_OFFICES = List.of("市長", "町長", "村長", "区長", "市議", "町議", "村議", "区議");
    private static final FirstChars LOCAL_OFFICE_FIRST = FirstChars.ofWords(LOCAL_OFFICES);

    /**
     * The length of a {@link #LOCAL_OFFICES} word at {@code at} ending a token, with no 会 or kanji after it (市議会,
     * 市長選 are the body's and the election's), or 0.
     */
    static int localOfficeAt(String s, int at, List<Token> tk) {
        if (at < 0 || at >= s.length() || !LOCAL_OFFICE_FIRST.contains(s.charAt(at))) {
            return 0; // asked at every position of a line (familyNameBeforeTitle)
        }
        for (String w : LOCAL_OFFICES) {
            int e = at + w.length();
            if (s.startsWith(w, at) && (tk == null || endsToken(tk, e))
                    && (e >= s.length() || Character.UnicodeScript.of(s.charAt(e)) != Character.UnicodeScript.HAN)) {
                return w.length();
            }
        }
        return 0;
    }

    /**
     * Another place of the kind (市, 町, 村, 区) in the line than the family name {@code sei} with it: 橿原市の平松市長,
     * 岩本市長は、松本市議会で. Then the mayor's city is that one, and the family name before 市長 is the mayor's: read
     * alone, 中村市長 may be the mayor of 中村市.
     */
    private static boolean otherPlaceOfKind(String s, List<Token> tk, Token sei, char kind) {
        for (int j = 1; j < tk.size(); j++) {
            Token x = tk.get(j);
            Token before = tk.get(j - 1);
            // 橿原 + 市 (a place's suffix), 松本 + 市議会 (a place, then a word of the place's body)
            boolean placed = x.surface().equals(String.valueOf(kind)) ? x.pos().startsWith("名詞-接尾-地域")
                    : x.surface().charAt(0) == kind && before.known() && before.pos().startsWith(PLACE)
                    && localOfficeAt(s, x.start(), null) == 0; // 松本市長 beside 中村市長 names no mayor's city
            if (placed && before.end() == x.start()
                    && before.start() != sei.start() && !before.surface().equals(sei.surface())
                    && !s.startsWith(sei.surface(), x.start() - sei.surface().length())) {
                return true;
            }
        }
        return false;
    }

    /** Ranks and titles of shogi and go players, written after the name: 鎌田九段, 堀内棋聖, 篠原愛子竜王. */
    private static final List<String> RANKS = List.of("初段", "二段", "三段", "四段", "五段", "六段", "七段", "八段", "九段",
            "名人", "竜王", "棋聖", "王位", "王座", "棋王", "叡王", "本因坊", "碁聖", "天元", "十段", "女流名人", "女流王位",
            "女流王座");
    private static final FirstChars RANK_FIRST = FirstChars.ofWords(RANKS);

    /**
     * The length of a {@link #RANKS} word at {@code at} ending a token (when tokens are given), with no kanji after
     * it (九段下, 名人戦, 竜王戦 are a place and title matches), or 0.
     */
    static int rankAt(String s, int at, List<Token> tk) {
        if (at < 0 || at >= s.length() || !RANK_FIRST.contains(s.charAt(at))) {
            return 0;
        }
        for (String w : RANKS) {
            int e = at + w.length();
            if (s.startsWith(w, at) && (tk == null || endsToken(tk, e))
                    && (e >= s.length() || Character.UnicodeScript.of(s.charAt(e)) != Character.UnicodeScript.HAN)) {
                return w.length();
            }
        }
        return 0;
    }

    /**
     * A katakana given name the dictionary does not tag as one right after a family name and before a title: a
     * person's name (奥村アンナ選手), another proper noun's (奥村ハンナ選手: 組織) or a word it does not know; not a
     * common word or a place (山田コーチ, 田中パリ). The title must be a person's alone: a firm has a 社長 too
     * (吉田カバン社長).
     */
    private static boolean katakanaGivenBeforeTitle(String s, List<Token> tk, int m) {
        Token x = tk.get(m);
        boolean proper = x.known() ? x.pos().startsWith("名詞-固有名詞") && !x.pos().startsWith(PLACE)
                : x.pos().startsWith("名詞");
        if (!proper || !isKatakanaWord(x.surface()) || x.length() < 2 || x.length() > 5 || tk.get(m - 1).end() != x.start()) {
            return false;
        }
        for (String w : PERSONS_TITLES) {
            if (s.startsWith(w, x.end()) && endsToken(tk, x.end() + w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Honorifics and titles only a person takes (no firm's 社長 or 代表). */
    private static final List<String> PERSONS_TITLES = List.of("さん", "様", "さま", "氏", "君", "くん", "ちゃん", "選手",
            "投手", "監督", "容疑者", "被告", "騎手", "先生", "議員", "教授", "准教授", "助教", "記者");

    private static final java.util.Set<String> KANA_HONORIFICS = java.util.Set.of("さん", "さま", "くん", "ちゃん");
    /** Hiragana that may follow an honorific: particles, たち / ら, a copula (田中さんは, 田中さんたち, 田中さんです). */
    private static final String AFTER_HONORIFIC = "はがのをにともへでやかよねならたちだじす";

    /** The prefectures by their names without 都道府県: before 知事, such a name is the prefecture's (千葉県知事, 千葉知事). */
    private static final List<String> PREFECTURES = List.of("北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城",
            "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川", "新潟", "富山", "石川", "福井", "山梨", "長野", "岐阜", "静岡", "愛知",
            "三重", "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山", "広島", "山口", "徳島", "香川", "愛媛",
            "高知", "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄");

    /** Whether a prefecture's name (with or without 都道府県, and a blank) ends at {@code at}. */
    static boolean afterPrefecture(String s, int at) {
        int end = at > 0 && s.charAt(at - 1) == ' ' ? at - 1 : at;
        int bare = end > 0 && "都道府県".indexOf(s.charAt(end - 1)) >= 0 ? end - 1 : end;
        for (String p : PREFECTURES) {
            if (s.startsWith(p, end - p.length()) || s.startsWith(p, bare - p.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsToken(List<Token> tk, int end) {
        for (Token x : tk) {
            if (x.end() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * An unspaced 姓 + 名 that stands as a word of its own: a family name of two characters or more (one-kanji
     * family names 林, 森, 原 pair with a kanji into common words), nothing of a name before it (checked by the
     * caller) and a particle, punctuation, a blank, a title or the end after it. For the pre-check, a one-kanji
     * family name before a given name of two or more and a title (王貞治選手) also stands so: the title scores it.
     */
    private static boolean wordOfItsOwn(String s, int start, int seiEnd, int end) {
        boolean titled = end < s.length() && titleAt(s, end, null) > 0;
        return (seiEnd - start >= 2 || (end - seiEnd >= 2 && titled))
                && (endsBare(s, end) || titled);
    }

    /**
     * An unspaced 姓 + 名 pair of two characters or more each whose given name the dictionary knows as nothing but a name
     * (夏目 + 漱石, 織田 + 信長, 田中 + 恵美; not 上 + 昇, 大野 + 誠, 正義): it stands as a name whatever follows, hiragana
     * included (夏目漱石ゆかりの地), as long as no kanji or katakana goes on (checked by the caller).
     */
    private boolean nameOnlyGivenName(String s, int start, int seiEnd, int end) {
        // a one-kanji family name pairs with a kanji into common words (林業), not with a name-only given name of
        // three (滝 + 廉太郎, 森 + 鴎外 is two)
        return (seiEnd - start >= 2 || end - seiEnd >= 3) && end - seiEnd >= 2
                && entries.givenNameSurface(s, seiEnd, end, true);
    }

    /** The line is short and only kanji, katakana and blanks (an honorific may end it): a signature's name line. */
    private static boolean isNameLine(String s) {
        String v = s.strip();
        if (v.endsWith("様") || v.endsWith("殿")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.isEmpty() || v.length() > NAME_LINE_MAX) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c == ' ' || c == '々' || c >= '\u3040' && KuromojiNameEntries.isNameChar(c))) {
                return false;
            }
        }
        return true;
    }

    /** Another identifier on the line before or the two lines after: the name line of a signature or form. */
    private static boolean identifiedAround(ScanText t, int unit) {
        if (t.units().get(unit).isCell()) {
            return false;
        }
        for (int j = Math.max(0, unit - 1); j <= Math.min(t.units().size() - 1, unit + 2); j++) {
            if (j != unit && !t.units().get(j).isCell() && identified(t.normalized(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokenising the unit can give a name that scores above the bare 0.4 (see the class comment): a
     * dictionary 姓 + 名 pair ({@link KuromojiNameEntries}) that is spaced, labelled or on a line with another
     * identifier. A table cell is tokenised whenever it holds a pair at all: its column decides, and cells are
     * short. What is skipped are lines whose only possible names are unspaced, unlabelled and alone in running
     * text, mostly kanji compounds of prose that are a 姓 + 名 pair to the dictionary (上 + 昇): the detector
     * scored them exactly 0.4, below the report threshold (0.5 by default; a threshold of 0.4 or lower would
     * have reported the few real names among them).
     */
    private boolean worthTokenising(ScanText t, int unit, boolean identified, boolean about) {
        String s = text(t, unit);
        if (t.units().get(unit).isCell() || identified) {
            return entries.anyPair(s, (start, seiEnd, end, spaced) -> true) || familyNameBeforeTitle(s)
                    || bareNameCanStand(s, about);
        }
        if (familyNameBeforeTitle(s) || hasForeignNameShape(s) || hasPeopleCount(s) || titleBeforeAName(s)
                || (s.indexOf('▽') >= 0 && entries.anyNameSurface(s))) {
            return true;
        }
        // an office after the body's name, or what only a person has: a full name may stand before either
        if ((hasOffice(s) || PersonSentence.ownsAnything(s)) && entries.anyNameSurface(s)) {
            return true;
        }
        int base = t.start(unit);
        boolean label = hasWhitespace(s) || labelNear(t, unit);
        return entries.anyPair(s, (start, seiEnd, end, spaced) -> spaced || wordOfItsOwn(s, start, seiEnd, end)
                || (label && labelled(t, base + start, base + end)) || nameOnlyGivenName(s, start, seiEnd, end)
                || rankAt(s, end, null) > 0 || localOfficeAt(s, end, null) > 0)
                || bareNameCanStand(s, about);
    }

    /**
     * A whole-name dictionary word of three characters or more standing as a word ({@link #wholeName}), or, in a
     * sentence about people, any name surface at all: {@link #bareName} takes names the dictionary splits, so
     * where the name starts or ends is only known after tokenising.
     */
    private boolean bareNameCanStand(String s, boolean about) {
        return entries.anyWholeName(s) || (about && entries.anyNameSurface(s));
    }

    /**
     * Offices written before a name with nothing between (将軍徳川綱吉, 大関若乃花, 執権北条時宗): a name token right after
     * one stands as a word although a kanji precedes it.
     */
    static final List<String> TITLES_BEFORE = List.of("将軍", "横綱", "大関", "関脇", "小結", "執権", "関白", "摂政", "太閤",
            "国王", "皇帝", "女王");

    /** One of {@link #TITLES_BEFORE} ends at {@code at}. */
    static boolean titleBefore(String s, int at) {
        for (String w : TITLES_BEFORE) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** The posts of a newspaper's personnel list (人事、…取締役山田太郎▽執行役員鈴木一郎), written before each name. */
    private static final List<String> PERSONNEL_OFFICES = List.of("取締役", "執行役員", "社長", "副社長", "会長", "副会長",
            "専務", "常務", "監査役", "部長", "本部長", "支店長", "理事", "理事長", "相談役", "顧問", "室長", "所長");

    /**
     * In a personnel list, whose entries ▽ parts, a post ending at {@code at} (取締役 + 桑田聡▽): the name after it
     * stands as a word although a kanji precedes it, and the post titles it.
     */
    static boolean personnelOfficeBefore(String s, int at) {
        if (s.indexOf('▽') < 0) {
            return false;
        }
        for (String w : PERSONNEL_OFFICES) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** One of {@link #TITLES_BEFORE} with kanji right after it: the line is tokenised for the name there. */
    private static boolean titleBeforeAName(String s) {
        for (String w : TITLES_BEFORE) {
            for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
                int e = at + w.length();
                if (e < s.length() && Character.UnicodeScript.of(s.charAt(e)) == Character.UnicodeScript.HAN) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A title word somewhere in the line with a dictionary 姓 right before it (allowing one blank). */
    private boolean familyNameBeforeTitle(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (!TITLE_RANK_OFFICE_FIRST.contains(s.charAt(i))) {
                continue; // asked of every char of a unit: one lookup for the three word lists below
            }
            if ((TITLE_FIRST.contains(s.charAt(i)) && titleAt(s, i, null) > 0) || rankAt(s, i, null) > 0
                    || localOfficeAt(s, i, null) > 0) {
                int end = s.charAt(i - 1) == ' ' ? i - 1 : i;
                if (end > 0 && entries.surnameEndsAt(s, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where a title, a rank or a local office can start. */
    private static final FirstChars TITLE_RANK_OFFICE_FIRST = FirstChars.union(List.of(TITLE_FIRST, RANK_FIRST,
            LOCAL_OFFICE_FIRST));

    /** What {@code \p{IsHan}} finds, without a matcher per line: Han starts at U+2E80. */
    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u2E80') {
                int cp = s.codePointAt(i);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // whitespace is ASCII up to ' ' or at U+1680 and above: kanji and kana text skips the lookup
            if ((c <= ' ' || c >= '\u1680') && Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** A label word anywhere from {@value #LABEL_BEFORE} chars before the unit to its end (any window within holds less). */
    private static boolean labelNear(ScanText t, int unit) {
        int start = t.start(unit);
        String near = t.text().substring(Math.max(0, start - LABEL_BEFORE), start + t.normalized(unit).length())
                .toLowerCase(Locale.ROOT);
        for (String w : LABEL_WORDS) {
            if (near.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean labelled(ScanText t, int start, int end) {
        String ctx = t.context(start, end, LABEL_BEFORE, LABEL_AFTER);
        int pos = ctx.indexOf('\u0000');
        return LABELS.distance(ctx, pos < 0 ? ctx.length() : pos) >= 0;
    }

    private static boolean identified(String line) {
        return FirstChars.find(IDENTIFIER, line);
    }

    private static double score(ScanText t, int start, int end, boolean spaced, boolean bounded, boolean titled,
                                boolean identified) {
        double score = spaced ? 0.55 : bounded ? 0.5 : 0.4;
        if (titled || labelled(t, start, end)) {
            score += 0.3;
        }
        if (identified) {
            score += 0.2;
        }
        return Math.min(0.95, score);
    }
}
