package org.leakscope.classifiers.obligations;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.leakscope.classifiers.resolve.Subject;

/** One rule (one version of a regime) of obligations.yml. See the file's header for the syntax. */
public final class ObligationRule {

    /** Whether a rule is decided person by person or once for the incident. */
    public enum Scope { PERSON, INCIDENT }

    static final String STATE = "{state}";
    private static final Set<String> KEYS = Set.of("id", "code", "regime", "valid_from", "valid_to", "scope",
            "jurisdictions", "not_jurisdictions", "covers", "trigger", "steps", "basis", "source", "examples");

    private final String id;
    private final String code;
    private final String regime;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final Scope scope;
    private final List<String> jurisdictions;
    /** {@code "*"} is among the jurisdictions: asked for every person, so not looked up in the list each time. */
    private final boolean anyJurisdiction;
    private final List<String> notJurisdictions;
    private final Condition covers;
    private final Condition trigger;
    private final List<Step> steps;
    private final String basis;
    private final String source;
    private final List<Map<String, Object>> examples;
    // asked once per person: the answers for the few hundred jurisdiction codes there are, kept
    private final Map<String, Boolean> covered = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    ObligationRule(Map<?, ?> m, String where, Map<String, List<String>> groups) {
        this.id = text(m.get("id"), where + ".id", true);
        String at = where + " (" + id + ")";
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(at + ": unknown key '" + k + "'; known: " + new TreeSet<>(KEYS));
            }
        }
        this.code = text(m.get("code"), at + ".code", true);
        if (!code.matches("[A-Z][A-Z0-9_]*(\\{state\\})?")) {
            throw new IllegalArgumentException(at + ".code: must be an upper-case code, optionally ending in {state}: "
                    + code);
        }
        this.regime = text(m.get("regime"), at + ".regime", true);
        this.validFrom = date(m.get("valid_from"), at + ".valid_from");
        this.validTo = date(m.get("valid_to"), at + ".valid_to");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException(at + ": valid_to is before valid_from");
        }
        String sc = text(m.get("scope"), at + ".scope", true);
        this.scope = switch (sc) {
            case "person" -> Scope.PERSON;
            case "incident" -> Scope.INCIDENT;
            default -> throw new IllegalArgumentException(at + ".scope: must be person or incident, got " + sc);
        };
        this.jurisdictions = expand(m.get("jurisdictions"), at + ".jurisdictions", groups);
        this.notJurisdictions = expand(m.get("not_jurisdictions"), at + ".not_jurisdictions", groups);
        this.anyJurisdiction = jurisdictions.contains("*");
        if (scope == Scope.PERSON) {
            if (jurisdictions.isEmpty()) {
                throw new IllegalArgumentException(at + ".jurisdictions: a person rule needs jurisdictions (\"*\" = any)");
            }
            this.covers = m.containsKey("covers") ? Condition.parse(m.get("covers"), at + ".covers", groups)
                    : (c, p) -> true;
        } else {
            if (!jurisdictions.isEmpty() || m.containsKey("covers")) {
                throw new IllegalArgumentException(at + ": an incident rule has no jurisdictions or covers");
            }
            if (code.contains(STATE)) {
                throw new IllegalArgumentException(at + ".code: {state} needs a person rule");
            }
            this.covers = (c, p) -> false;
        }
        this.trigger = Condition.parse(m.get("trigger"), at + ".trigger", groups);
        Object st = m.get("steps");
        if (!(st instanceof List<?> sl) || sl.isEmpty()) {
            throw new IllegalArgumentException(at + ".steps: must be a non-empty list");
        }
        List<Step> s = new ArrayList<>();
        for (int i = 0; i < sl.size(); i++) {
            if (!(sl.get(i) instanceof Map<?, ?> sm)) {
                throw new IllegalArgumentException(at + ".steps[" + i + "]: must be a mapping");
            }
            s.add(new Step(sm, at + ".steps[" + i + "]", groups));
        }
        this.steps = List.copyOf(s);
        this.basis = text(m.get("basis"), at + ".basis", true);
        this.source = text(m.get("source"), at + ".source", false);
        Object ex = m.get("examples");
        List<Map<String, Object>> exs = new ArrayList<>();
        if (ex instanceof List<?> el) {
            for (Object o : el) {
                if (!(o instanceof Map<?, ?> em)) {
                    throw new IllegalArgumentException(at + ".examples: each example must be a mapping");
                }
                exs.add((Map<String, Object>) em);
            }
        } else if (ex != null) {
            throw new IllegalArgumentException(at + ".examples: must be a list");
        }
        this.examples = List.copyOf(exs);
    }

    public String id() {
        return id;
    }

    /** The code as written; may end in {@code {state}}. */
    public String code() {
        return code;
    }

    public String regime() {
        return regime;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Scope scope() {
        return scope;
    }

    public String basis() {
        return basis;
    }

    public String source() {
        return source;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The rule's test cases as written in the file. */
    public List<Map<String, Object>> examples() {
        return examples;
    }

    /** Whether the rule applies to an incident of this date. */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether a person of these jurisdictions is of the rule's population, before {@code covers}. */
    boolean coversJurisdiction(String j) {
        return covered.computeIfAbsent(j, k -> jurisdictions.stream().anyMatch(p -> matches(p, k))
                && notJurisdictions.stream().noneMatch(p -> matches(p, k)));
    }

    /**
     * The codes under which a person falls in this rule's population: none when the person is outside it, one per
     * matching state for a {@code {state}} rule, else the one code.
     */
    List<String> codesFor(Subject s, Condition.Context noCounts) {
        Set<String> js = s.jurisdictions() == null ? Set.of() : s.jurisdictions();
        List<String> out = new ArrayList<>();
        if (code.contains(STATE)) {
            for (String j : new TreeSet<>(js)) {
                if (coversJurisdiction(j) && j.startsWith("US-") && j.length() > 3) {
                    out.add(code.replace(STATE, j.substring(3)));
                }
            }
        } else {
            boolean in = (anyJurisdiction && js.isEmpty()) || anyCovered(js);
            if (in) {
                out.add(code);
            }
        }
        if (!out.isEmpty() && !covers.test(noCounts, s)) {
            return List.of();
        }
        return out;
    }

    private boolean anyCovered(Set<String> js) {
        for (String j : js) {
            if (coversJurisdiction(j)) {
                return true;
            }
        }
        return false;
    }

    /** The jurisdictions of a person that this rule covers (for per-jurisdiction counts). */
    List<String> matchingJurisdictions(Subject s) {
        Set<String> js = s.jurisdictions() == null ? Set.of() : s.jurisdictions();
        List<String> out = new ArrayList<>(js.size());
        for (String j : js) {
            if (coversJurisdiction(j)) {
                out.add(j);
            }
        }
        out.sort(null);
        return out;
    }

    Condition trigger() {
        return trigger;
    }

    private static boolean matches(String pattern, String j) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith("*")) {
            return j.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(j);
    }

    /** A list of strings with {@code @GROUP} references replaced by the group's members. */
    static List<String> expand(Object node, String where, Map<String, List<String>> groups) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> l)) {
            throw new IllegalArgumentException(where + ": must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Boolean || o == null) {
                throw new IllegalArgumentException(where + ": " + o + " is not a code; quote codes YAML reads as "
                        + "true/false ('NO' for Norway, 'ON', 'YES')");
            }
            String v = String.valueOf(o);
            if (v.startsWith("@")) {
                List<String> g = groups.get(v.substring(1));
                if (g == null) {
                    throw new IllegalArgumentException(where + ": unknown group " + v + "; known: "
                            + new TreeSet<>(groups.keySet()));
                }
                out.addAll(g);
            } else {
                out.add(v);
            }
        }
        return out;
    }

    static String text(Object o, String where, boolean required) {
        if (o == null || String.valueOf(o).isBlank()) {
            if (required) {
                throw new IllegalArgumentException(where + ": missing");
            }
            return null;
        }
        if (o instanceof Map || o instanceof List) {
            throw new IllegalArgumentException(where + ": must be text (quote it if it contains ': ' or starts with [)");
        }
        return String.valueOf(o).strip();
    }

    /** A YAML date: YYYY-MM-DD written bare (SnakeYAML makes it a Date at UTC midnight) or quoted. */
    static LocalDate date(Object o, String where) {
        if (o == null || (o instanceof String s && s.isBlank())) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(o).strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": must be a date YYYY-MM-DD, got " + o);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
