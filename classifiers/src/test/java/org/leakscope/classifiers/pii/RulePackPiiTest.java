package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.TestTexts;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/** The shipped PII rule packs: every declared example runs, and column-header typing works on cells. */
class RulePackPiiTest {

    private static final ClassifierConfig CONFIG = ClassifierConfig.load(null);

    @TestFactory
    Stream<DynamicTest> labelExamples() {
        List<LabelledValueDetector> ds = LabelledValueDetector.fromConfig(CONFIG);
        assertFalse(ds.isEmpty());
        return ds.stream().flatMap(d -> Stream.concat(
                d.examplesMatch().stream().map(ex -> DynamicTest.dynamicTest(d.id() + " matches " + ex,
                        () -> assertFalse(TestTexts.reported(d, ex).isEmpty(), ex))),
                d.examplesNoMatch().stream().map(ex -> DynamicTest.dynamicTest(d.id() + " ignores " + ex,
                        () -> assertTrue(TestTexts.reported(d, ex).isEmpty(), ex)))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "氏名|PERSON_NAME", "Full Name|PERSON_NAME", "first_name|PERSON_NAME", "Last|PERSON_NAME", "Surname|PERSON_NAME", "氏名（ローマ字）|PERSON_NAME",
        "住所|POSTAL_ADDRESS", "Home Address|POSTAL_ADDRESS", "生年月日|DATE_OF_BIRTH", "Date of Birth|DATE_OF_BIRTH",
        "date_of_birth|DATE_OF_BIRTH", "旅券番号|JP_PASSPORT", "口座番号|BANK_ACCOUNT", "基礎年金番号|JP_PENSION_NUMBER",
        "運転免許証番号|JP_DRIVERS_LICENSE", "所見|HEALTH_INFO", "fingerprint_template_b64|BIOMETRIC",
        "residence line1|POSTAL_ADDRESS", "指静脈テンプレートID|BIOMETRIC", "Empfänger|PERSON_NAME", "Name des Kontoinhabers|PERSON_NAME",
        "姓|PERSON_NAME", "メイ|PERSON_NAME", "品名|",
        "Employee ID|", "入社日|", "部署|", "email|"
    })
    void headerTypes(String header, String type) {
        assertEquals(type, ColumnHeaderDetector.fromConfig(CONFIG).typeOf(header));
    }

    /** Cells of digits and signs skip the header rules by their first character: the answer must not change. */
    @ParameterizedTest
    @ValueSource(strings = {"1234", "090-1234-5678", "+1 (555) 010-2345", "2024-01-03", "12,345.67", "$1,200", "#", "# ",
            "#1", "No.", "no", "(1)", "[2]", "12 [3]", "_1", "--", "+", "/", "*", "1.", "〒", "〒100-0001", "ＴＥＬ",
            "１２３", "TEL", "Phone", "氏名", "配偶者 氏名", "Dep SSN", "ssn", "dob", "e-mail", "3675 Larkspur Way"})
    void aCellReadsAsAHeaderAsTheRulesSay(String value) {
        ColumnHeaderDetector d = ColumnHeaderDetector.fromConfig(CONFIG);
        assertEquals(d.namesPii(value) || d.namesSecondPersonsPii(value), d.readsAsHeader(value), value);
    }

    @Test
    void headersAndLabelsStillReadAsHeadersAndNumbersDoNot() {
        ColumnHeaderDetector d = ColumnHeaderDetector.fromConfig(CONFIG);
        for (String header : List.of("Phone", "氏名", "住所", "生年月日", "Dep SSN", "e-mail")) {
            assertTrue(d.readsAsHeader(header), header);
        }
        for (String value : List.of("090-1234-5678", "2024-01-03", "12,345.67", "Larkspur")) {
            assertFalse(d.readsAsHeader(value), value);
        }
    }

    @Test
    void aHeaderRowsCellIsNoValueOfTheCellBeforeIt() {
        // a table's first row: 郵便番号 is the header of the column below it, not the value of a form row 氏名 | …
        ColumnHeaderDetector d = ColumnHeaderDetector.fromConfig(CONFIG);
        List<Finding> f = d.detect(new ScanText(List.of(
                TextUnit.cell(null, 1, "A", null, "氏名"), TextUnit.cell(null, 1, "B", null, "郵便番号"),
                TextUnit.cell(null, 1, "C", null, "住所"),
                TextUnit.cell(null, 2, "A", "氏名", "前田 勇気"), TextUnit.cell(null, 2, "B", "郵便番号", "760-0023"),
                TextUnit.cell(null, 2, "C", "住所", "香川県高松市寿町5-24-3"))));
        assertEquals(List.of("前田 勇気"), f.stream().filter(x -> x.type().equals("PERSON_NAME")).map(Finding::value).toList());
        // a form's row still types its value by its label
        List<Finding> form = d.detect(new ScanText(List.of(
                TextUnit.cell("申込書", 1, "A", null, "氏名"), TextUnit.cell("申込書", 1, "B", null, "前田 勇気"),
                TextUnit.cell("申込書", 2, "A", null, "住所"), TextUnit.cell("申込書", 2, "B", null, "香川県高松市寿町5-24-3"))));
        assertEquals(List.of("前田 勇気"), form.stream().filter(x -> x.type().equals("PERSON_NAME")).map(Finding::value).toList());
    }

    @Test
    void aDocumentNumberRowIsTypedByTheDocumentNamedAboveIt() {
        ColumnHeaderDetector d = ColumnHeaderDetector.fromConfig(CONFIG);
        List<Finding> f = d.detect(new ScanText(List.of(
                TextUnit.cell("記録", 1, "A", null, "本人確認記録票"),
                TextUnit.cell("記録", 2, "A", null, "確認書類"), TextUnit.cell("記録", 2, "B", null, "運転免許証"),
                TextUnit.cell("記録", 3, "A", null, "書類番号"), TextUnit.cell("記録", 3, "B", null, "301234567890"))));
        assertEquals(List.of("JP_DRIVERS_LICENSE"), f.stream().map(Finding::type).toList());
        List<Finding> none = d.detect(new ScanText(List.of(
                TextUnit.cell("記録", 2, "A", null, "確認書類"), TextUnit.cell("記録", 2, "B", null, "住民票の写し"),
                TextUnit.cell("記録", 3, "A", null, "書類番号"), TextUnit.cell("記録", 3, "B", null, "301234567890"),
                TextUnit.cell("記録", 4, "A", null, "伝票種別"), TextUnit.cell("記録", 4, "B", null, "納品書"),
                TextUnit.cell("記録", 5, "A", null, "番号"), TextUnit.cell("記録", 5, "B", null, "301234567890"))));
        assertEquals(List.of(), none.stream().map(Finding::type).toList(), "no identity document named above");
    }

    @Test
    void typesCellsByHeaderAndSkipsTheHeaderRow() {
        ColumnHeaderDetector d = ColumnHeaderDetector.fromConfig(CONFIG);
        ScanText t = new ScanText(List.of(
                TextUnit.cell(null, 1, "B", "氏名", "氏名"),
                TextUnit.cell(null, 2, "A", "社員番号", "TA34910"),
                TextUnit.cell(null, 2, "B", "氏名", "中島　恵子"),
                TextUnit.cell(null, 2, "C", "生年月日", "1984年8月1日"),
                TextUnit.cell(null, 2, "D", "住所", "")));
        List<Finding> f = d.detect(t);
        assertEquals(List.of("PERSON_NAME", "DATE_OF_BIRTH"), f.stream().map(Finding::type).toList());
        assertEquals("中島 恵子", f.get(0).value());
        assertEquals("中* 恵*", f.get(0).masked());
        assertEquals("#2", f.get(0).recordKey());
        assertEquals("row=2;col=C", f.get(1).location());
    }

    @Test
    void labelInOneCellDoesNotTakeTheNextCell() {
        LabelledValueDetector names = LabelledValueDetector.fromConfig(CONFIG).stream()
                .filter(d -> d.id().equals("label:name-ja")).findFirst().orElseThrow();
        ScanText cells = new ScanText(List.of(TextUnit.cell(null, 1, "C", "担当", "担当"),
                TextUnit.cell(null, 1, "D", "開始", "開始")));
        assertTrue(names.detect(cells).isEmpty());
        assertEquals(1, names.detect(ScanText.ofLines("担当", "山田 太郎")).size());
    }

    @Test
    void honorificIsNotPartOfTheName() {
        LabelledValueDetector names = LabelledValueDetector.fromConfig(CONFIG).stream()
                .filter(d -> d.id().equals("label:name-ja")).findFirst().orElseThrow();
        assertEquals(List.of("長谷川 健一"), TestTexts.values(names, "氏名：長谷川　健一様"));
    }

    @Test
    void noHeaderNoType() {
        assertNull(ColumnHeaderDetector.fromConfig(CONFIG).typeOf(null));
    }
}
