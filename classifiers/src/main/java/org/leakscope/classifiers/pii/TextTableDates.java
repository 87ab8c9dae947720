package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/**
 * The birth-date column of a table written as text lines, as PDF text gives a roster:
 * <pre>
 * 氏名 所属 生年月日 適性評価実施日
 * 長谷川　翔太 営業部 1995/06/24 2020年 5月22日
 * 青木　由美 情報システム部 1972/07/19 2021年 5月26日
 * </pre>
 * Only the first row stands near its label. The header line (no digits, a birth-date label among its column
 * labels) says which of a row's dates is the birth date: the k-th, where k is the number of date labels before
 * the birth-date label. Each line below it that holds exactly as many dates as the header has date labels gives
 * its k-th date as a birth date and its other dates as no birth date (the first row's 適性評価実施日 stood near
 * 生年月日 too). The rows end at the first line without a date.
 */
final class TextTableDates {

    private static final Pattern DOB_LABEL = Pattern.compile(
            "(?i)生年月日|誕生日|date[ \\t]{1,3}of[ \\t]{1,3}birth|birth ?date|birthday|d\\.?o\\.?b\\.?(?![a-z])"); // a scan widens gaps
    // other date columns: 入社日, 提出日, 日付, "Start Date", "Hired"
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]*(?:日付|日)(?![\\p{IsHan}])|(?<![a-z])(?:[a-z]+ )?date(?![a-z])"
                    + "|(?<![a-z])(?:hired|joined|expires|issued)(?![a-z])");
    private static final double BIRTH = 0.85;
    private static final double OTHER = 0.1;

    private static final int MAX_HEADER = 200;

    private TextTableDates() {
    }

    private static boolean hasDigit(String line) {
        for (int c = 0; c < line.length(); c++) {
            if (Character.isDigit(line.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test before {@link #DOB_LABEL}: the line holds 生, 誕, "birth", "dob" or "d.o.b" (any case). */
    private static boolean mayNameBirth(String line) {
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (ch == '生' || ch == '誕') {
                return true;
            }
            if ((ch == 'b' || ch == 'B') && (line.regionMatches(true, c, "birth", 0, 5)
                    || c >= 2 && line.regionMatches(true, c - 2, "dob", 0, 3)
                    || c >= 4 && line.regionMatches(true, c - 4, "d.o.b", 0, 5))) {
                return true;
            }
        }
        return false;
    }

    /** {@code dates} (one detector's findings, in text order) with the scores a text table's header gives them. */
    static List<Finding> rescore(ScanText t, List<Finding> dates) {
        if (dates.stream().allMatch(f -> f.recordKey() != null)) {
            return dates; // table cells have their column headers
        }
        List<Finding> out = new ArrayList<>(dates);
        int i = 0;
        int lastMiss = -2; // the last line whose search found no header
        while (i < out.size()) {
            int unit = t.unitIndexAt(out.get(i).offset());
            // the line above held a date and found no header: the lines above it were searched already (logs)
            Header h = out.get(i).recordKey() == null && unit - 1 != lastMiss ? headerAbove(t, unit) : null;
            if (h == null) {
                lastMiss = unit;
                while (i < out.size() && t.unitIndexAt(out.get(i).offset()) == unit) {
                    i++; // the line's other dates have the same line above
                }
                continue;
            }
            // the rows: consecutive lines from here, each with dates
            for (int row = unit; i < out.size() && t.unitIndexAt(out.get(i).offset()) == row; row++) {
                int j = i;
                while (j < out.size() && t.unitIndexAt(out.get(j).offset()) == row) {
                    j++;
                }
                if (j - i == h.dates()) {
                    for (int k = i; k < j; k++) {
                        Finding f = out.get(k);
                        double score = k - i == h.birth() ? Math.max(f.confidence(), BIRTH) : Math.min(f.confidence(), OTHER);
                        out.set(k, new Finding(f.category(), f.type(), f.value(), f.masked(), score, f.location(),
                                f.detector(), f.recordKey(), f.offset()));
                    }
                } else if (j - i < h.dates()) {
                    // the detector dropped a date of the row for an other-date word before it (a 異動者一覧's 異動日
                    // after its 異動事由 転居): the line's dates, counted by their shapes, say which is the birth date
                    int birth = birthOffset(t, row, h);
                    for (int k = i; k < j && birth >= 0; k++) {
                        Finding f = out.get(k);
                        double score = f.offset() == birth ? Math.max(f.confidence(), BIRTH) : Math.min(f.confidence(), OTHER);
                        out.set(k, new Finding(f.category(), f.type(), f.value(), f.masked(), score, f.location(),
                                f.detector(), f.recordKey(), f.offset()));
                    }
                }
                i = j;
            }
        }
        return out;
    }

    /**
     * A date as the detector's rules write it (ISO, slashes, dots, yyyymmdd, 年月日, 和暦 and its short form), only to
     * count a row's dates.
     */
    private static final Pattern DATE_SHAPE = Pattern.compile("(?<![\\d/.-])(?:(?:19|20)\\d{2}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}"
            + "|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))|\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2})(?![\\d/.-])"
            + "|(?:(?:19|20)\\d{2}|(?:明治|大正|昭和|平成|令和)\\s?(?:\\d{1,2}|元)) ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日"
            + "|(?<![\\p{L}\\d./-])[MTSHR]\\s?\\d{1,2}[./]\\d{1,2}[./]\\d{1,2}(?![\\d./])");

    /**
     * The text offset of the date in row {@code row}'s birth-date column, when the line holds as many dates (by
     * {@link #DATE_SHAPE}) as the header names date columns; else -1.
     */
    private static int birthOffset(ScanText t, int row, Header h) {
        Matcher m = DATE_SHAPE.matcher(t.normalized(row));
        int n = 0;
        int at = -1;
        while (m.find()) {
            if (n++ == h.birth()) {
                at = t.start(row) + m.start();
            }
        }
        return n == h.dates() ? at : -1;
    }

    /**
     * The header of a row: the line above, or one or two lines further up over rows whose dates are gone (the
     * first row's dates may be dropped for an other-date label standing nearer than the birth-date label).
     */
    private static Header headerAbove(ScanText t, int unit) {
        for (int up = 1, rulers = 0; up <= 3 + rulers && unit - up >= 0; up++) {
            String line = t.normalized(unit - up);
            if (isRuler(line)) {
                rulers++; // "-----" under a fixed-width table's header: the header is the line above it
                continue;
            }
            if (!hasDigit(line)) {
                return Header.of(line);
            }
        }
        return null;
    }

    /** A line of dashes, equals signs, box-drawing rules, pluses and bars only (and blanks): a table's ruler. */
    static boolean isRuler(String line) {
        int marks = 0;
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (ch == '-' || ch == '=' || ch == '_' || ch == '+' || ch == '|' || ch == '─' || ch == '━' || ch == 'ー' || ch == '－') {
                marks++;
            } else if (!Character.isWhitespace(ch) && ch != '\u3000') {
                return false;
            }
        }
        return marks >= 3;
    }

    /** A header line: how many date columns it names and which of them (0-based) is the birth date. */
    record Header(int dates, int birth) {

        static Header of(String line) {
            // a header is a short line of labels without digits; prose lines are the usual line above a date
            if (line.length() > MAX_HEADER || hasDigit(line) || !mayNameBirth(line)) {
                return null;
            }
            Matcher dob = DOB_LABEL.matcher(line);
            if (!dob.find() || line.strip().split("\\s+").length < 3) {
                return null;
            }
            int dobStart = dob.start();
            int dobEnd = dob.end();
            if (dob.find()) {
                return null; // two birth-date columns: which is whose is not for a header to say
            }
            int before = 0;
            int all = 1;
            Matcher m = DATE_LABEL.matcher(line);
            while (m.find()) {
                if (m.end() <= dobStart) {
                    before++;
                    all++;
                } else if (m.start() >= dobEnd) {
                    all++;
                }
            }
            return new Header(all, before);
        }
    }
}
