package org.leakscope.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** report.pdf in English and Japanese: the same figures as summary.json, the regulator items, the fonts. */
class ReportLanguagesPdfTest {

    private static final ReportSettings JA = new ReportSettings(ReportLanguage.JA, 0.5,
            new TreeMap<>(Map.of("max-depth", "20", "timeout-seconds", "120")));

    @TempDir
    Path dir;

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
        ReportText en = ReportText.of(ReportLanguage.EN);
        ReportText ja = ReportText.of(ReportLanguage.JA);
        assertEquals(en.keys(), ja.keys());
        for (String k : en.keys()) {
            assertFalse(ja.get(k).isBlank(), k);
            assertFalse(en.get(k).isBlank(), k);
        }
        assertThrows(IllegalStateException.class, () -> en.get("no.such.key"));
    }

    @Test
    void everyChartAndFigureEqualsSummaryJsonInBothLanguages() throws IOException {
        assumeTrue(PdfReportWriter.japaneseFont().isPresent(), "no Japanese font (apt-get install fonts-ipafont-gothic)");
        Summary s = TestSummaries.full("チャート");
        Path json = dir.resolve("summary.json");
        SummaryJsonWriter.write(json, s);
        JsonNode j = JsonMapper.builder().build().readTree(Files.readString(json, StandardCharsets.UTF_8));
        for (ReportLanguage lang : ReportLanguage.values()) {
            Path pdf = dir.resolve("report-" + lang.code() + ".pdf");
            PdfReportWriter.write(pdf, s, List.of(), ReportDetails.EMPTY, new ReportSettings(lang, 0.5, null));
            String text = text(pdf);
            ReportText t = ReportText.of(lang);
            assertCounts(text, j.get("documents").get("by_status"), 5);
            assertCounts(text, j.get("markings").get("by_code"), 2);
            assertCounts(text, j.get("pii").get("by_type"), 3);
            assertCounts(text, j.get("subjects").get("by_pii_type"), 5);
            assertCounts(text, j.get("subjects").get("by_jurisdiction"), 3);
            assertLine(text, t.get("fig.documentsTotal"), j.get("documents").get("total").asString());
            assertLine(text, t.get("fig.subjectsTotal"), j.get("subjects").get("total").asString());
            assertLine(text, t.get("fig.subjectsSensitive"), j.get("subjects").get("sensitive").asString());
            assertLine(text, t.get("fig.documentsNotAssessed"), j.get("documents").get("not_assessed").asString());
            for (JsonNode o : j.get("obligations")) {
                assertLine(text, o.get("code").stringValue(),
                        t.format("obligations.persons", o.get("subjects").asString()));
            }
        }
    }

    @Test
    void japaneseReportIsInJapaneseWithTheAppiItemsAndAnEmbeddedSubsetFont() throws IOException {
        assumeTrue(PdfReportWriter.japaneseFont().isPresent(), "no Japanese font (apt-get install fonts-ipafont-gothic)");
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("山田商事 情報漏えい事案"),
                List.of(new MarkedDocumentRow("a.pdf", "JP_CHUI", "page=1;line=1", "取扱注意")),
                new ReportDetails(List.of(new RiskyDocument("hr/名簿.xlsx", "CRITICAL", null, "JP_MY_NUMBER", 59)),
                        List.of("vault/locked.zip")), JA);
        String text = text(pdf);
        for (String heading : List.of("情報漏えい影響評価報告書", "要旨", "1. 概要", "2. 漏えい等が発生し、又は発生したおそれがある個人データの項目",
                "3. 本人の数", "4. 原因", "5. 二次被害又はそのおそれの有無及びその内容", "6. 本人への対応の実施状況",
                "7. 公表の実施状況", "8. 再発防止のための措置", "9. その他参考となる事項", "記入してください（法務担当）",
                "方法と限界", "評価できなかった文書", "別紙：マーキング付き文書", "リスクの高い文書", "GDPR 第33条第3項")) {
            assertTrue(text.contains(heading), "missing '" + heading + "' in:\n" + text);
        }
        assertLine(text, "文書数（合計）", "1227");
        assertLine(text, "本人の数（合計）", "1313");
        assertLine(text, "JP_APPI_PPC の対象となる本人の数", "1190");
        assertLine(text, "日本（JP）に居住する本人の数", "1190");
        assertLine(text, "JP_APPI_PPC の対象のうち要配慮等のデータを含む本人の数", "41");
        assertLine(text, "不正の目的によるおそれ（--malicious）", "はい");
        assertLine(text, "事業者名", "山田商事株式会社");
        assertLine(text, "事業者の立場", "管理者（委託元）");
        // item 2: element name, code, persons, documents, flag
        assertRow(text, "病歴・健康・医療に関する情報", "HEALTH_INFO", "13", "0", "要配慮個人情報");
        assertRow(text, "個人番号（マイナンバー）", "JP_MY_NUMBER", "59", "61", "特定個人情報（マイナンバー）");
        // the APPI table counts the persons JP_APPI_PPC covers (702 with an e-mail), not all 811 found
        assertRow(text, "メールアドレス", "EMAIL_ADDRESS", "702", "903", "");
        assertRow(text, "クレジットカード番号", "CREDIT_CARD", "7", "0", "財産的被害のおそれ");
        assertLine(text, "クレジットカード番号 (CREDIT_CARD)", "本人 7 人、文書 0 件");
        for (String english : List.of("Executive summary", "Documents total", "Method and limits", "Deadline",
                "To be completed by counsel", "page 1 of")) {
            assertFalse(text.contains(english), "English '" + english + "' in the Japanese report");
        }
        List<PDFont> fonts = fonts(pdf);
        assertFalse(fonts.isEmpty());
        for (PDFont f : fonts) {
            assertTrue(f.isEmbedded(), f.getName());
            assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), "subset prefix: " + f.getName());
        }
    }

    @Test
    void japaneseWithoutAJapaneseFontFailsClearlyAndLeavesNoFile() {
        Path pdf = dir.resolve("report.pdf");
        IOException e = assertThrows(IOException.class, () -> PdfReportWriter.write(pdf, TestSummaries.full("x"),
                List.of(), ReportDetails.EMPTY, JA, Optional.empty(), List.of()));
        assertTrue(e.getMessage().contains("fonts-ipafont-gothic"), e.getMessage());
        assertFalse(Files.exists(pdf));
        assertFalse(Files.exists(dir.resolve("report.pdf.part")));
    }

    @Test
    void regulatorItemsArePrefilledFromTheSummaryInEnglish() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, TestSummaries.full("prefill"), List.of(), ReportDetails.EMPTY,
                new ReportSettings(ReportLanguage.EN, 0.65, new TreeMap<>(Map.of("max-depth", "17"))));
        String text = text(pdf);
        assertLine(text, "Persons who trigger JP_APPI_PPC", "1190");
        assertLine(text, "Possibly for an unlawful purpose (不正の目的), from --malicious", "yes");
        assertLine(text, "Payment card number (CREDIT_CARD)", "7 persons, 0 documents");
        assertLine(text, "Approximate number of data subjects (GDPR_ART33)", "26");
        assertLine(text, "Persons in DE", "26");
        assertLine(text, "Approximate number of records (whole file set)", "412 documents with personal data, 2601 findings");
        assertLine(text, "Contact point / DPO", "Hanako Sato (DPO) / dpo@yamada.example / +81312345678");
        assertTrue(flat(text).contains("Special-category data (Art. 9): discrimination, distress, exposure of health "
                + "matters (HEALTH_INFO)"), text);
        assertTrue(flat(text).contains("National or official identifiers: identity theft (JP_MY_NUMBER)"), text);
        // method and limits: the run's threshold and limits, and every status with its count
        assertLine(text, "classify.report-threshold", "0.65");
        assertLine(text, "extract.max-depth", "17");
        assertRow(text, "ENCRYPTED", "17", "password-protected: not assessed");
        assertRow(text, "TOO_LARGE", "2", "beyond a guard");
        assertTrue(count(text, "To be completed by counsel.") >= 9, "blanks for APPI 1, 4-9 and GDPR (a), (c), (d)");
    }

    @Test
    void regulatorSectionsSayNotTriggeredWithoutTheirObligations() throws IOException {
        Summary full = TestSummaries.full("us only");
        Summary s = new Summary(full.caseName(), full.incidentDate(), full.generatedAt(), full.documentsTotal(),
                full.documentsByStatus(), full.documentsWithPii(), full.documentsWithMarkings(), full.piiByType(),
                full.markingsByCode(), full.subjectsTotal(), full.subjectsSensitive(), full.subjectsByJurisdiction(),
                List.of(new ObligationSummary("US_STATE_CA", 97, "2026-03-31", "CA residents", "Cal. Civ. Code")),
                full.notAssessed(), full.findingsTotal(), full.toolVersion(), false, full.subjectsByPiiType(),
                CaseDetails.NONE, false);
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(pdf, s);
        String text = flat(text(pdf));
        ReportText en = ReportText.of(ReportLanguage.EN);
        assertTrue(text.contains(en.get("appi.notTriggered")), text);
        assertTrue(text.contains(en.get("gdpr.notTriggered")), text);
        assertFalse(text.contains(en.get("appi.item3")), "no APPI items when not triggered");
        assertFalse(text.contains(en.get("gdpr.b")), "no GDPR items when not triggered");
        assertTrue(text.contains("Organisation (not given)"), text);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static void assertCounts(String text, JsonNode counts, int expectedKeys) {
        assertEquals(expectedKeys, counts.size());
        for (Map.Entry<String, JsonNode> e : counts.properties()) {
            assertLine(text, e.getKey(), e.getValue().asString());
        }
    }

    /** A line of the extracted text that is exactly "label value" (any run of spaces between). */
    private static void assertLine(String text, String label, String value) {
        Pattern p = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + "\\s+" + Pattern.quote(value) + "\\s*$");
        assertTrue(p.matcher(text).find(), "no line '" + label + " " + value + "' in:\n" + text);
    }

    /** A line starting with these cells in this order, separated by white space. */
    private static void assertRow(String text, String... cells) {
        StringBuilder re = new StringBuilder("(?m)^\\s*");
        for (int i = 0; i < cells.length; i++) {
            re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(cells[i]));
        }
        assertTrue(Pattern.compile(re.toString()).matcher(text).find(),
                "no row " + String.join(" | ", cells) + " in:\n" + text);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<PDFont> fonts(Path pdf) throws IOException {
        List<PDFont> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                PDResources res = page.getResources();
                for (var n : res.getFontNames()) {
                    out.add(res.getFont(n));
                }
            }
        }
        return out;
    }
}
