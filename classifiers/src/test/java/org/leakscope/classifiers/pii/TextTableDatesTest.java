package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/** The birth-date column of a roster written as text lines (a PDF's text). */
class TextTableDatesTest {

    private static final double THRESHOLD = 0.5;

    private static List<String> birthDates(String... lines) {
        List<TextUnit> units = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            units.add(TextUnit.pageLine(1, i + 1, lines[i], false));
        }
        return new DateOfBirthDetector().detect(new ScanText(units)).stream()
                .filter(f -> f.confidence() >= THRESHOLD).map(Finding::value).toList();
    }

    @Test
    void theBirthDateColumnOfEveryRowCountsAndTheOtherDateColumnDoesNot() {
        assertEquals(List.of("1995/06/24", "1972/07/19", "1977/09/08"), birthDates(
                "特定秘密取扱業務従事者名簿",
                "氏名 所属 生年月日 適性評価実施日",
                "長谷川　翔太 営業部 1995/06/24 2020年 5月22日",
                "青木　由美 情報システム部 1972/07/19 2021年 5月26日",
                "長谷川　明美 情報システム部 1977/09/08 2021年 1月5日"));
    }

    @Test
    void aRulerUnderAFixedWidthHeaderIsSkipped() {
        // a roster typed as fixed-width text: the header, a line of dashes, then the rows (short 和暦 dates)
        assertEquals(List.of("S47.9.17", "H7.2.13"), birthDates(
                "社員番号  氏名            生年月日     電話番号        住所",
                "------------------------------------------------------------",
                "HK34764   斎藤　陽子　　　S47.9.17     070-8288-3656   〒760-0023 香川県高松市寿町4-21-12",
                "HK99990   橋本　優子　　　H7.2.13      070-7308-3636   〒812-0011 福岡県福岡市博多区博多駅前5-18-12"));
    }

    @Test
    void aRulerAloneIsNoHeader() {
        assertEquals(List.of(), birthDates(
                "Release notes",
                "-------------",
                "v2 2024/06/24 shipped"));
    }

    @Test
    void englishHeadersAndADateColumnBeforeTheBirthDate() {
        assertEquals(List.of("03/14/1985", "11/02/1990"), birthDates(
                "Name Hire Date Date of Birth Department",
                "Ann Lee 04/01/2015 03/14/1985 Finance",
                "Bob Roe 09/15/2019 11/02/1990 Sales"));
    }

    @Test
    void aRowWithAnotherNumberOfDatesIsLeftAlone() {
        // the third row has no birth date, only its hire date: not taken for one
        assertEquals(List.of("03/14/1985", "11/02/1990"), birthDates(
                "Name Date of Birth Dept Joined",
                "Ann Lee 03/14/1985 Finance 04/01/2015",
                "Bob Roe 11/02/1990 Sales 09/15/2019",
                "Cy Doe Sales 09/15/2019"));
    }

    @Test
    void noHeaderLineNoColumn() {
        assertEquals(List.of(), birthDates("Meeting dates for the committee", "Ann Lee 1995/06/24 2020/05/22",
                "Bob Roe 1996/06/24 2021/05/22"));
        // a first row whose nearest label above is a hire date keeps the old rule (the hire date wins there)
        assertEquals(List.of("11/02/1990"), birthDates(
                "Name Date of Birth Hire Date Dept",
                "Ann Lee 03/14/1985 04/01/2015 Finance",
                "Bob Roe 11/02/1990 09/15/2019 Sales"));
    }

    @Test
    void headerOfRecognises() {
        assertEquals(new TextTableDates.Header(2, 0), TextTableDates.Header.of("氏名 所属 生年月日 適性評価実施日"));
        assertEquals(new TextTableDates.Header(2, 1), TextTableDates.Header.of("Name Start Date DOB Dept"));
        assertEquals(new TextTableDates.Header(1, 0), TextTableDates.Header.of("氏名 住所 生年月日"));
        assertNull(TextTableDates.Header.of("生年月日"));                   // a label, not a header
        assertNull(TextTableDates.Header.of("Name Date of Birth 2024"));  // digits: a line of text, not of labels
        assertNull(TextTableDates.Header.of("氏名 生年月日 配偶者生年月日"));  // two birth dates: whose is whose
    }
}
