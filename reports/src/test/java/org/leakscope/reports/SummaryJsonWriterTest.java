package org.leakscope.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SummaryJsonWriterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void contractShapeKeyByKey() throws IOException {
        Path f = dir.resolve("summary.json");
        SummaryJsonWriter.write(f, TestSummaries.full("案件 2026-01 (山田商事)"));
        JsonNode root = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));

        // contract keys first, in the contract's order; extra keys only after them
        assertEquals(List.of("case", "incident_date", "generated_at", "documents", "pii", "markings", "subjects",
                "obligations", "findings", "tool", "malicious", "case_details"), names(root));
        assertEquals("案件 2026-01 (山田商事)", root.get("case").stringValue());
        assertEquals("2026-03-01", root.get("incident_date").stringValue());
        assertEquals("2026-03-05T09:15:00Z", root.get("generated_at").stringValue());

        JsonNode docs = root.get("documents");
        assertEquals(List.of("total", "by_status", "with_pii", "with_markings", "not_assessed"), names(docs));
        assertEquals(1227, docs.get("total").longValue());
        assertEquals(List.of("CORRUPT", "ENCRYPTED", "NO_TEXT", "OK", "TOO_LARGE"), names(docs.get("by_status")));
        assertEquals(1180, docs.get("by_status").get("OK").longValue());
        assertEquals(17, docs.get("by_status").get("ENCRYPTED").longValue());
        assertEquals(412, docs.get("with_pii").longValue());
        assertEquals(38, docs.get("with_markings").longValue());
        assertEquals(24, docs.get("not_assessed").longValue(), "ENCRYPTED + CORRUPT + TOO_LARGE, not NO_TEXT");

        assertEquals(List.of("by_type"), names(root.get("pii")));
        assertEquals(1544, root.get("pii").get("by_type").get("PERSON_NAME").longValue());
        assertEquals(61, root.get("pii").get("by_type").get("JP_MY_NUMBER").longValue());
        assertEquals(List.of("by_code"), names(root.get("markings")));
        assertEquals(4, root.get("markings").get("by_code").get("US_SECRET").longValue());

        JsonNode subjects = root.get("subjects");
        assertEquals(List.of("total", "sensitive", "by_jurisdiction", "by_pii_type"), names(subjects));
        assertEquals(1313, subjects.get("total").longValue());
        assertEquals(88, subjects.get("sensitive").longValue());
        assertEquals(97, subjects.get("by_jurisdiction").get("US-CA").longValue());
        assertEquals(811, subjects.get("by_pii_type").get("EMAIL_ADDRESS").longValue(), "persons, not documents");
        assertEquals(59, subjects.get("by_pii_type").get("JP_MY_NUMBER").longValue());

        JsonNode obligations = root.get("obligations");
        assertTrue(obligations.isArray());
        assertEquals(2, obligations.size());
        JsonNode appi = obligations.get(0);
        assertEquals(List.of("code", "subjects", "deadline", "basis", "recipient", "deadlines", "subjects_sensitive",
                "subjects_by_pii_type"), names(appi));
        assertEquals(41, appi.get("subjects_sensitive").longValue(), "of the persons this obligation covers");
        assertEquals(1190, appi.get("subjects_by_pii_type").get("PERSON_NAME").longValue());
        assertEquals(59, appi.get("subjects_by_pii_type").get("JP_MY_NUMBER").longValue());
        assertEquals(2, appi.get("deadlines").size(), "速報 and 確報 each with its own date");
        assertEquals("確報 (PPC) 2026-04-30", appi.get("deadlines").get(1).stringValue());
        assertEquals("JP_APPI_PPC", appi.get("code").stringValue());
        assertEquals(1190, appi.get("subjects").longValue());
        assertEquals("2026-03-31", appi.get("deadline").stringValue());
        assertEquals("個人情報保護法 第26条 / APPI Art. 26", appi.get("basis").stringValue());
        assertEquals("個人情報保護委員会 (PPC) and each person", appi.get("recipient").stringValue());
        assertTrue(obligations.get(1).get("deadline").isNull(), "unknown deadline is null, not missing");

        assertEquals(2601, root.get("findings").get("total").longValue());
        assertEquals("leakscope", root.get("tool").get("name").stringValue());
        assertTrue(root.get("malicious").booleanValue());
        JsonNode details = root.get("case_details");
        assertEquals("山田商事株式会社", details.get("organisation").stringValue());
        assertEquals("controller", details.get("role").stringValue());
        assertEquals("dpo@yamada.example", details.get("contact").get("email").stringValue());
        assertEquals("+81312345678", details.get("contact").get("phone").stringValue());
        assertEquals("0.1.0-SNAPSHOT", root.get("tool").get("version").stringValue());
    }

    @Test
    void nullCaseAndIncidentDateAreJsonNullAndEmptyMapsAreObjects() throws IOException {
        Path f = dir.resolve("summary.json");
        SummaryJsonWriter.write(f, new Summary(null, null, "2026-03-05T09:15:00Z", 0, null, 0, 0,
                TestSummaries.counts(), null, 0, 0, null, null, 0, 0, "x", true, null, null, false));
        JsonNode root = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
        assertTrue(root.has("case") && root.get("case").isNull());
        assertEquals("unmasked", root.get("findings").get("values").asText(), "--unmasked is said in summary.json");
        assertTrue(root.has("incident_date") && root.get("incident_date").isNull());
        assertTrue(root.get("documents").get("by_status").isObject());
        assertEquals(0, root.get("documents").get("by_status").size());
        assertTrue(root.get("markings").get("by_code").isObject());
        assertTrue(root.get("obligations").isArray());
        assertEquals(0, root.get("obligations").size());
        assertTrue(root.get("case_details").get("organisation").isNull(), "no case details: nulls, not missing");
        assertEquals(0, root.get("subjects").get("by_pii_type").size());
    }

    @Test
    void prettyPrintedUtf8NotEscaped() throws IOException {
        Path f = dir.resolve("summary.json");
        SummaryJsonWriter.write(f, TestSummaries.full("山田商事"));
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"case\""), text.substring(0, 20));
        assertTrue(text.contains("山田商事"), "Japanese written as UTF-8, not \\u escapes");
        assertTrue(text.endsWith("}\n"));
    }

    private static List<String> names(JsonNode n) {
        return new ArrayList<>(n.propertyNames());
    }
}
