package org.leakscope.pipeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leakscope.reports.CaseDetails;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The case an assessment is for: the {@code case:} section of the configuration (config/leakscope.yml and the
 * {@code --config} file), overridden key by key by the {@code case:} section of a {@code --case-file}, and the
 * name by {@code --case NAME}. Checked before the job starts, so a typo is a usage error, not a failed run.
 */
final class CaseSection {

    /** The case name for the reports (null = not given) and the details for cover and regulator items. */
    record Resolved(String name, CaseDetails details) {
    }

    static final Set<String> KEYS = Set.of("name", "organisation", "role", "contact");
    static final Set<String> CONTACT_KEYS = Set.of("name", "email", "phone");
    static final List<String> ROLES = List.of("controller", "processor");

    private CaseSection() {
    }

    /**
     * @param fromConfig the merged configuration's {@code case} node (may be null)
     * @param caseFile   a YAML file with a {@code case:} section, or null
     * @param caseOption {@code --case NAME}, or null
     * @throws IllegalArgumentException naming the file and key when a section is malformed
     */
    static Resolved resolve(Object fromConfig, String configSource, Path caseFile, String caseOption) {
        Map<String, Object> merged = new LinkedHashMap<>(section(fromConfig, configSource));
        if (caseFile != null) {
            Map<?, ?> yaml = read(caseFile);
            if (!yaml.isEmpty() && !yaml.containsKey("case")) {
                throw new IllegalArgumentException(caseFile + ": no case: section (keys name, organisation, role,"
                        + " contact go under case:)");
            }
            Map<String, Object> file = section(yaml.get("case"), caseFile.toString());
            for (Map.Entry<String, Object> e : file.entrySet()) {
                if ("contact".equals(e.getKey()) && merged.get("contact") instanceof Map<?, ?> base
                        && e.getValue() instanceof Map<?, ?> over) {
                    Map<String, Object> contact = new LinkedHashMap<>(asStrings(base));
                    contact.putAll(asStrings(over));
                    merged.put("contact", contact);
                } else {
                    merged.put(e.getKey(), e.getValue());
                }
            }
        }
        String name = caseOption != null && !caseOption.isBlank() ? caseOption : text(merged.get("name"));
        Map<?, ?> contact = merged.get("contact") instanceof Map<?, ?> m ? m : Map.of();
        CaseDetails details = new CaseDetails(text(merged.get("organisation")), text(merged.get("role")),
                text(contact.get("name")), text(contact.get("email")), text(contact.get("phone")));
        return new Resolved(name == null || name.isBlank() ? null : name.strip(), details);
    }

    /** Checks one {@code case:} node: a mapping of known keys with scalar values, a known role. */
    private static Map<String, Object> section(Object node, String source) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(source + ": key case: must be a mapping (name, organisation, role,"
                    + " contact)");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(source + ": key case." + key + ": unknown (known: name,"
                        + " organisation, role, contact)");
            }
            if ("contact".equals(key)) {
                if (e.getValue() != null && !(e.getValue() instanceof Map<?, ?>)) {
                    throw new IllegalArgumentException(source + ": key case.contact: must be a mapping (name, email,"
                            + " phone)");
                }
                if (e.getValue() instanceof Map<?, ?> contact) {
                    for (Map.Entry<?, ?> c : contact.entrySet()) {
                        if (!CONTACT_KEYS.contains(String.valueOf(c.getKey()))) {
                            throw new IllegalArgumentException(source + ": key case.contact." + c.getKey()
                                    + ": unknown (known: name, email, phone)");
                        }
                        scalar(c.getValue(), source, "case.contact." + c.getKey());
                    }
                }
            } else {
                scalar(e.getValue(), source, "case." + key);
            }
        }
        String role = text(map.get("role"));
        if (role != null && !ROLES.contains(role)) {
            throw new IllegalArgumentException(source + ": key case.role: must be controller or processor, not '"
                    + role + "'");
        }
        return asStrings(map);
    }

    private static void scalar(Object value, String source, String key) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException(source + ": key " + key + ": must be a single value");
        }
    }

    private static Map<String, Object> asStrings(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static String text(Object v) {
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).strip();
    }

    private static Map<?, ?> read(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions())); // a case file never instantiates classes
        try (InputStream in = Files.newInputStream(file); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Object o = yaml.load(r);
            if (o == null) {
                return Map.of();
            }
            if (!(o instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(file + ": top level must be a mapping with a case: section");
            }
            return m;
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": invalid YAML: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
