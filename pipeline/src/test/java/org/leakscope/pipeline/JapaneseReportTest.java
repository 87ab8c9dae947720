package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.reports.PdfReportWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code assess --lang ja --case-file FILE}: a Japanese report.pdf whose figures are those of summary.json. */
class JapaneseReportTest {

    @TempDir
    Path tmp;

    @Test
    void japaneseReportWithCaseDetailsFromACaseFile() throws IOException {
        assumeTrue(PdfReportWriter.japaneseFont().isPresent(), "no Japanese font (apt-get install fonts-ipafont-gothic)");
        Path input = tmp.resolve("leak");
        Path out = tmp.resolve("out");
        TestCorpus.write(input);
        Path caseFile = tmp.resolve("case.yml");
        Files.writeString(caseFile, """
                case:
                  name: 山田商事 情報漏えい
                  organisation: 山田商事株式会社
                  role: processor
                  contact:
                    name: 佐藤 花子
                    email: dpo@yamada.example
                """);
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", out.toString(),
                "--incident-date", "2026-11-01", "--lang", "ja", "--case-file", caseFile.toString(), "--quiet"));

        JsonNode j = JsonMapper.builder().build().readTree(Files.readString(out.resolve("summary.json"),
                StandardCharsets.UTF_8));
        assertEquals("山田商事 情報漏えい", j.get("case").stringValue(), "case.name of the case file");
        assertEquals("山田商事株式会社", j.get("case_details").get("organisation").stringValue());
        assertEquals("processor", j.get("case_details").get("role").stringValue());
        assertTrue(j.get("case_details").get("contact").get("phone").isNull());
        JsonNode byElement = j.get("subjects").get("by_pii_type");
        assertTrue(byElement.has("JP_MY_NUMBER"), byElement.toString());

        String text;
        try (PDDocument doc = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("3. 本人の数"), text);
        assertTrue(text.contains("2. 漏えい等が発生し、又は発生したおそれがある個人データの項目"), text);
        assertTrue(text.contains("記入してください（法務担当）"), text);
        assertFalse(text.contains("Executive summary"), "no English headings");
        assertLine(text, "本人の数（合計）", j.get("subjects").get("total").asString());
        assertLine(text, "文書数（合計）", j.get("documents").get("total").asString());
        assertLine(text, "事業者名", "山田商事株式会社");
        assertLine(text, "連絡窓口 / DPO", "佐藤 花子 / dpo@yamada.example");
        for (Map.Entry<String, JsonNode> e : byElement.properties()) {
            assertLine(text, e.getKey(), e.getValue().asString());
        }
        for (Map.Entry<String, JsonNode> e : j.get("subjects").get("by_jurisdiction").properties()) {
            assertLine(text, e.getKey(), e.getValue().asString());
        }
        for (Map.Entry<String, JsonNode> e : j.get("documents").get("by_status").properties()) {
            assertLine(text, e.getKey(), e.getValue().asString());
        }
        for (JsonNode o : j.get("obligations")) {
            assertLine(text, o.get("code").stringValue(), o.get("subjects").asString() + " 人");
        }
    }

    private static void assertLine(String text, String label, String value) {
        Pattern p = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + "\\s+" + Pattern.quote(value) + "\\s*$");
        assertTrue(p.matcher(text).find(), "no line '" + label + " " + value + "' in:\n" + text);
    }
}
