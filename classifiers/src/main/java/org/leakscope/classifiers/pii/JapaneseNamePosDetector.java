package org.leakscope.classifiers.pii;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.FirstChars;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/**
 * Japanese full names by part of speech: Kuromoji (IPADIC) tags family names 名詞-固有名詞-人名-姓 and given
 * names 名詞-固有名詞-人名-名, so 姓 (+ space) + 名 is a name whatever the surname list knows. A name alone in
 * running text is low (below the report threshold); the customary space between family and given name, a
 * label or honorific (氏名, 担当, 様, 殿, さん), a name column header, or another identifier on the same line
 * (e-mail, phone, 〒) raise it. Organisation words right after the name (山田太郎商店, 中村区) drop it.
 * Kuromoji is costly: only lines where a dictionary 姓 + 名 pair can stand with one of these signs are
 * tokenised ({@link #worthTokenising}); a line whose names could only be bare is not.
 */
public final class JapaneseNamePosDetector implements Detector {

    static final String SEI = "名詞-固有名詞-人名-姓";
    static final String MEI = "名詞-固有名詞-人名-名";

    private static final List<String> LABEL_WORDS = List.of("氏名", "名前", "お名前", "担当", "担当者", "様", "殿", "さん",
            "君", "氏", "宛", "御中", "作成者", "承認者", "申請者", "申込者", "契約者", "被保険者", "本人", "社員", "従業員",
            "応募者", "患者", "代表者", "フリガナ", "ふりがな", "name", "employee", "contact", "customer");
    private static final ContextWords LABELS = new ContextWords(LABEL_WORDS);
    private static final int LABEL_BEFORE = 20;
    private static final int LABEL_AFTER = 6;
    // another identifier of the same record on the line: e-mail, phone, postal code, member/staff number
    private static final Pattern IDENTIFIER = Pattern.compile("@[\\w.-]+\\.[a-z]{2,}|(?<!\\d)0\\d{1,4}-\\d{1,4}-\\d{3,4}(?!\\d)"
            + "|\\+\\d{1,3}[ -]?\\d|〒|\\d{3}-\\d{4}|社員番号|会員番号|生年月日|住所");
    private static final Pattern AFTER_ORG = Pattern.compile("^(?:株式会社|商店|商事|工業|建設|銀行|病院|医院|事務所|区|市|町|村"
            + "|郡|駅|通り|線|橋|記念|財団|グループ|ホールディングス|賞|家|流|式|法|型|号|丸|寺|神社|城|公園|大学|高校|中学)");

    private final KuromojiNameEntries entries = new KuromojiNameEntries();
    private final ThreadLocal<JapaneseTokenizer> tokenizers = ThreadLocal.withInitial(
            () -> new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));

    @Override
    public String id() {
        return "jp_person_name_pos";
    }

    record Token(String surface, String pos, int start, int end) {
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
            tk.reset();
            while (tk.incrementToken()) {
                String p = pos.getPartOfSpeech();
                out.add(new Token(term.toString(), p == null ? "" : p, off.startOffset(), off.endOffset()));
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
            String s = t.normalized(i);
            if (!hasHan(s)) {
                continue;
            }
            boolean identified = identified(s);
            if (!worthTokenising(t, i, identified)) {
                continue;
            }
            List<Token> tk = tokens(s);
            for (int k = 0; k < tk.size(); k++) {
                Token sei = tk.get(k);
                if (!sei.pos().startsWith(SEI)) {
                    continue;
                }
                int m = k + 1;
                boolean spaced = false;
                while (m < tk.size() && tk.get(m).surface().isBlank()) {
                    spaced = true;
                    m++;
                }
                if (m >= tk.size() || !tk.get(m).pos().startsWith(MEI)
                        || (spaced && tk.get(m).start() - sei.end() > 2)) {
                    continue;
                }
                Token mei = tk.get(m);
                if (sei.surface().length() + mei.surface().length() < 2) {
                    continue;
                }
                // the name must not go on as a longer word: 山田太郎商店, 中村区
                String rest = s.substring(mei.end());
                if (AFTER_ORG.matcher(rest).find()
                        || !KuromojiNameEntries.endsName(s, mei.end())
                        || (sei.start() > 0 && KuromojiNameEntries.isNameChar(s.codePointBefore(sei.start())))) {
                    continue;
                }
                String value = s.substring(sei.start(), mei.end());
                if (OrgWords.isOrganisation(value)) {
                    continue;
                }
                int start = t.start(i) + sei.start();
                out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", value, Masks.name(value),
                        score(t, start, start + value.length(), spaced, identified), id(), start));
                k = m;
            }
        }
        return out;
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
    private boolean worthTokenising(ScanText t, int unit, boolean identified) {
        String s = t.normalized(unit);
        if (t.units().get(unit).isCell() || identified) {
            return entries.anyPair(s, (start, end, spaced) -> true);
        }
        // cheap look first: no blank and no label word near the line leaves no pair to test
        if (!hasWhitespace(s) && !labelNear(t, unit)) {
            return false;
        }
        int base = t.start(unit);
        return entries.anyPair(s, (start, end, spaced) -> spaced || labelled(t, base + start, base + end));
    }

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

    private static double score(ScanText t, int start, int end, boolean spaced, boolean identified) {
        double score = spaced ? 0.55 : 0.4;
        if (labelled(t, start, end)) {
            score += 0.3;
        }
        if (identified) {
            score += 0.2;
        }
        return Math.min(0.95, score);
    }
}
