package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.FirstChars;

/**
 * The forms a marking line may take once the paper around it is taken off: spreadsheet header codes
 * ({@code &C注意}), box-drawing frames ({@code ┃秘┃}), decorations ({@code - SECRET -}, {@code *** CUI ***}),
 * letter spacing ({@code S E C R E T}), a label ({@code Classification: SECRET}, {@code 秘密区分：秘}) and, for
 * header/footer lines, the segments a running header is made of ({@code 社外秘<tab>3/10},
 * {@code Company Confidential | Page 3 of 10}). Every form is a whole line; rules still match whole lines.
 */
final class LineForms {

    /**
     * A check box before the text: the line is a form's option label, never a marking. A square or diamond
     * before and after the text is a frame (□特定秘密□, ■極秘■), as Japanese stamps are written: {@link #DECOR}.
     */
    static final Pattern CHECKBOX = Pattern.compile(
            "^\\s*(?:[\\u2610\\u2611\\u2612\\u25FB\\u25FC\\u2751\\u2752\\u274F\\u25CB\\u25CF\\u25EF"
                    + "\\u2713\\u2714\\u2717\\u2718\\u2B1C\\u2B1B]"
                    + "|[\\u25A1\\u25A0\\u25C7\\u25C6](?!.*[\\u25A1\\u25A0\\u25C7\\u25C6]\\s*$)|\\[\\s?[xX\\u2713\\u2714]?\\s?\\]"
                    + "|\\(\\s?[xX]?\\s?\\)(?!\\S*\\)))");
    private static final Pattern XLSX_CODES = Pattern.compile("&(?:\"[^\"]*\"|[LCRPNDTAFZGSUEXY]|\\d+)");
    private static final Pattern FRAME = Pattern.compile("^[\\u2500-\\u257F|]+\\s*|\\s*[\\u2500-\\u257F|]+$");
    private static final Pattern DECOR = Pattern.compile("^([-\\u2013\\u2014=*~_\\u2022\\u00B7#\\u25C6\\u25C7\\u25A0\\u25A1\\u2605\\u2606]+)\\s*(.+?)\\s*([-\\u2013\\u2014=*~_\\u2022\\u00B7#\\u25C6\\u25C7\\u25A0\\u25A1\\u2605\\u2606]+)$");
    private static final Pattern SPACED = Pattern.compile("^(?:\\S {1,3}){2,}\\S$");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:Security\\s+|Document\\s+|Overall\\s+)?Classification(?:\\s+(?:Level|Marking))?|CLASSIFICATION"
                    + "|(?:Security\\s+)?Marking|Handling(?:\\s+Caveat)?|Sensitivity"
                    + "|秘密区分|保護区分|取扱区分|取扱い区分|情報区分|文書区分|機密区分|秘密の区分|機密区分|格付け?|区分)"
                    + "\\s*[:\uFF1A]\\s*(.+)$");
    private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\t+|\\s{2,}|\\s+[|\uFF5C\\u2022\\u00B7]\\s+|\\s+[-\\u2013\\u2014]\\s+");
    private static final Pattern LEAD_TOKEN = Pattern.compile(
            "^([\\[\u3010\u3014(<\u3008\u300A][^\\]\u3011\u3015)>\u3009\u300B]{1,12}[\\]\u3011\u3015)>\u3009\u300B])\\s*([^\u3002\u3001.,;]{1,30})$");
    private static final Pattern TRAIL_TOKEN = Pattern.compile(
            "^([^\u3002\u3001.,;]{1,30}?)\\s*([\\[\u3010\u3014(<\u3008\u300A][^\\]\u3011\u3015)>\u3009\u300B]{1,12}[\\]\u3011\u3015)>\u3009\u300B])$");
    private static final Pattern PAGE_NO = Pattern.compile(
            "(?i)^(?:page\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?|p\\.\\s*\\d+|-\\s*\\d+\\s*-|\\d+(?:\\s*/\\s*\\d+)?|\\d+\\s*ページ|[(（]?\\d+[)）]?)$");

    private LineForms() {
    }

    /** Whether the line holds a spreadsheet header code (&C, &"Arial", &12), which forms() takes out. */
    static boolean spreadsheetCodes(String line) {
        return line.indexOf('&') >= 0 && XLSX_CODES.matcher(line).find();
    }

    /** The forms of a normalised line; the first is the line itself (trimmed). Labelled forms are marked. */
    static List<Form> forms(String normalized, boolean segments) {
        Set<String> seen = new LinkedHashSet<>();
        List<Form> out = new ArrayList<>();
        String t = normalized.strip();
        add(out, seen, t, false, false, false);
        // each regex only where its first character occurs: most lines are plain text
        String c = FirstChars.mayFind(XLSX_CODES, t) ? XLSX_CODES.matcher(t).replaceAll(" ").strip() : t;
        c = hasFrameChar(c) ? FRAME.matcher(c).replaceAll("").strip() : c;
        if (FirstChars.mayMatchAt0(DECOR, c)) {
            Matcher d = DECOR.matcher(c);
            if (d.matches()) {
                c = d.group(2);
            }
        }
        add(out, seen, c, false, false, false);
        String despaced = despace(c);
        add(out, seen, despaced, false, false, false);
        Matcher l = LABEL.matcher(despaced);
        if (FirstChars.mayMatchAt0(LABEL, despaced) && l.matches()) {
            add(out, seen, l.group(1).strip(), true, false, false);
        }
        if (segments) {
            for (Pattern tok : List.of(LEAD_TOKEN, TRAIL_TOKEN)) {
                Matcher m = tok.matcher(c);
                if (m.matches()) {
                    add(out, seen, m.group(tok == LEAD_TOKEN ? 1 : 2).strip(), false, true, true);
                }
            }
            String[] parts = SEGMENT_SPLIT.split(c);
            if (parts.length > 1) {
                for (String p : parts) {
                    String s = p.strip();
                    if (!s.isEmpty() && !PAGE_NO.matcher(s).matches()) {
                        add(out, seen, s, false, true, false);
                        add(out, seen, despace(s), false, true, false);
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@link #FRAME} can match: both its forms need a box-drawing character or a bar (their blanks are optional). */
    private static boolean hasFrameChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '|' || ch >= '\u2500' && ch <= '\u257F') {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Form> out, Set<String> seen, String s, boolean labelled, boolean part, boolean token) {
        if (!s.isEmpty() && seen.add(s)) {
            out.add(new Form(s, labelled, part, token));
        }
    }

    /** "S E C R E T" -> "SECRET", "T O P  S E C R E T" -> "TOP SECRET"; other text unchanged. */
    static String despace(String s) {
        if (!SPACED.matcher(s).matches()) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (String word : s.split(" {2,}")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word.replace(" ", ""));
        }
        return b.toString();
    }

    /**
     * One form of a line; {@code labelled} when a label such as "Classification:" was taken off, {@code part}
     * when it is one segment or bracketed token of a longer line (社外秘 of "社外秘  3/10", 【社外秘】 of a title),
     * {@code token} when it is the bracketed token before or after a title (【関係者外秘】新製品の価格について).
     */
    record Form(String text, boolean labelled, boolean part, boolean token) {
    }
}
