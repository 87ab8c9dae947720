package org.leakscope.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes summary.json in the contract's shape. The tree is built by hand (not by serialising {@link Summary}) so
 * key names and key order are exactly the contract's whatever the record looks like. Keys added beyond the
 * contract: {@code documents.not_assessed}, {@code obligations[].recipient}, {@code findings.total},
 * {@code tool.name}, {@code tool.version}, {@code subjects.by_pii_type}, {@code malicious} and
 * {@code case_details}.
 */
public final class SummaryJsonWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SummaryJsonWriter() {
    }

    public static void write(Path file, Summary s) throws IOException {
        ObjectNode root = toTree(s);
        String json;
        try {
            json = MAPPER.writeValueAsString(root) + "\n"; // a few KB: no need to stream
        } catch (JacksonException e) {
            throw new IOException("cannot serialise summary for " + file + ": " + e.getMessage(), e);
        }
        Path part = ReportFiles.partOf(file);
        try {
            Files.write(part, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            ReportFiles.discard(part);
            throw e;
        }
        ReportFiles.commit(part, file);
    }

    /** The JSON tree of a summary; package-private for tests. */
    static ObjectNode toTree(Summary s) {
        ObjectNode root = MAPPER.createObjectNode();
        putText(root, "case", s.caseName());
        putText(root, "incident_date", s.incidentDate());
        putText(root, "generated_at", s.generatedAt());

        ObjectNode documents = root.putObject("documents");
        documents.put("total", s.documentsTotal());
        putCounts(documents.putObject("by_status"), s.documentsByStatus());
        documents.put("with_pii", s.documentsWithPii());
        documents.put("with_markings", s.documentsWithMarkings());
        documents.put("not_assessed", s.notAssessed());

        putCounts(root.putObject("pii").putObject("by_type"), s.piiByType());
        putCounts(root.putObject("markings").putObject("by_code"), s.markingsByCode());

        ObjectNode subjects = root.putObject("subjects");
        subjects.put("total", s.subjectsTotal());
        subjects.put("sensitive", s.subjectsSensitive());
        putCounts(subjects.putObject("by_jurisdiction"), s.subjectsByJurisdiction());
        putCounts(subjects.putObject("by_pii_type"), s.subjectsByPiiType());

        ArrayNode obligations = root.putArray("obligations");
        for (ObligationSummary o : orEmpty(s.obligations())) {
            ObjectNode n = obligations.addObject();
            putText(n, "code", o.code());
            n.put("subjects", o.subjects());
            putText(n, "deadline", o.deadline());
            putText(n, "basis", o.basis());
            putText(n, "recipient", o.recipient());
            ArrayNode steps = n.putArray("deadlines");
            o.deadlines().forEach(steps::add);
            n.put("subjects_sensitive", o.subjectsSensitive());
            putCounts(n.putObject("subjects_by_pii_type"), o.subjectsByPiiType());
        }

        ObjectNode findings = root.putObject("findings");
        findings.put("total", s.findingsTotal());
        // findings.csv holds full identifiers only when the user asked for it (--unmasked): say so
        findings.put("values", s.unmasked() ? "unmasked" : "masked");
        ObjectNode tool = root.putObject("tool");
        tool.put("name", Summary.TOOL_NAME);
        putText(tool, "version", s.toolVersion());
        root.put("malicious", s.malicious());
        CaseDetails c = s.caseDetails();
        ObjectNode details = root.putObject("case_details");
        putText(details, "organisation", c.organisation());
        putText(details, "role", c.role());
        ObjectNode contact = details.putObject("contact");
        putText(contact, "name", c.contactName());
        putText(contact, "email", c.contactEmail());
        putText(contact, "phone", c.contactPhone());
        return root;
    }

    private static void putText(ObjectNode n, String key, String value) {
        if (value == null) {
            n.putNull(key);
        } else {
            n.put(key, value);
        }
    }

    // SortedMap input, so keys come out sorted; a null map is written as {} (none), a null count as 0.
    private static void putCounts(ObjectNode n, Map<String, Long> counts) {
        if (counts == null) {
            return;
        }
        counts.forEach((k, v) -> n.put(k, v == null ? 0L : v));
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
