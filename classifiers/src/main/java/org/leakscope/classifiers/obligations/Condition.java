package org.leakscope.classifiers.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leakscope.classifiers.resolve.Subject;

/**
 * A condition of {@code obligations.yml} ({@code covers}, {@code trigger}, a step's {@code when}): a mapping
 * whose keys must all hold. See the header of obligations.yml for the keys.
 */
@FunctionalInterface
interface Condition {

    /** Everything a condition may look at besides the person. */
    record Context(IncidentFacts facts, int persons, int maxPersonsInOneJurisdiction) {
    }

    /** @param person the person, or null when the condition is about the incident (a step's when, incident rules) */
    boolean test(Context ctx, Subject person);

    Set<String> KEYS = Set.of("always", "elements_any", "elements_all", "sensitive", "malicious", "markings_any",
            "persons_over", "persons_at_least", "persons_under", "persons_in_one_jurisdiction_over", "any", "all",
            "not");

    static Condition parse(Object node, String where, Map<String, List<String>> groups) {
        if (node == null) {
            throw new IllegalArgumentException(where + ": condition missing (use always: true)");
        }
        if (!(node instanceof Map<?, ?> m) || m.isEmpty()) {
            throw new IllegalArgumentException(where + ": a condition must be a non-empty mapping, got " + node);
        }
        List<Condition> parts = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object v = e.getValue();
            String at = where + "." + key;
            switch (key) {
                case "always" -> {
                    boolean b = bool(v, at);
                    parts.add((c, p) -> b);
                }
                case "elements_any" -> {
                    Set<String> codes = Set.copyOf(ObligationRule.expand(v, at, groups));
                    parts.add((c, p) -> p != null && p.dataElements() != null && anyIn(p.dataElements(), codes));
                }
                case "elements_all" -> {
                    Set<String> codes = Set.copyOf(ObligationRule.expand(v, at, groups));
                    parts.add((c, p) -> p != null && p.dataElements() != null && p.dataElements().containsAll(codes));
                }
                case "sensitive" -> {
                    boolean b = bool(v, at);
                    parts.add((c, p) -> p != null && p.sensitive() == b);
                }
                case "malicious" -> {
                    boolean b = bool(v, at);
                    parts.add((c, p) -> c.facts().malicious() == b);
                }
                case "markings_any" -> {
                    Set<String> codes = Set.copyOf(ObligationRule.expand(v, at, groups));
                    parts.add((c, p) -> anyIn(c.facts().markingsPresent(), codes));
                }
                case "persons_over" -> {
                    int n = count(v, at);
                    parts.add((c, p) -> c.persons() > n);
                }
                case "persons_at_least" -> {
                    int n = count(v, at);
                    parts.add((c, p) -> c.persons() >= n);
                }
                case "persons_under" -> {
                    int n = count(v, at);
                    parts.add((c, p) -> c.persons() < n);
                }
                case "persons_in_one_jurisdiction_over" -> {
                    int n = count(v, at);
                    parts.add((c, p) -> c.maxPersonsInOneJurisdiction() > n);
                }
                case "any", "all" -> {
                    if (!(v instanceof List<?> l) || l.isEmpty()) {
                        throw new IllegalArgumentException(at + ": must be a non-empty list of conditions");
                    }
                    List<Condition> subs = new ArrayList<>();
                    for (int i = 0; i < l.size(); i++) {
                        subs.add(parse(l.get(i), at + "[" + i + "]", groups));
                    }
                    parts.add(key.equals("any") ? any(subs) : all(subs));
                }
                case "not" -> {
                    Condition sub = parse(v, at, groups);
                    parts.add((c, p) -> !sub.test(c, p));
                }
                default -> throw new IllegalArgumentException(at + ": unknown condition key; known: "
                        + new java.util.TreeSet<>(KEYS));
            }
        }
        return parts.size() == 1 ? parts.get(0) : all(parts);
    }

    // plain loops: a rule is tested for every person of a run (hundreds of thousands), streams cost more than the test

    private static Condition all(List<Condition> conditions) {
        Condition[] all = conditions.toArray(new Condition[0]);
        return (c, p) -> {
            for (Condition x : all) {
                if (!x.test(c, p)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Condition any(List<Condition> conditions) {
        Condition[] any = conditions.toArray(new Condition[0]);
        return (c, p) -> {
            for (Condition x : any) {
                if (x.test(c, p)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean anyIn(java.util.Collection<String> values, Set<String> codes) {
        for (String v : values) {
            if (codes.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bool(Object v, String at) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(at + ": must be true or false, got " + v);
    }

    private static int count(Object v, String at) {
        if (v instanceof Number n && n.intValue() >= 0 && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        throw new IllegalArgumentException(at + ": must be a whole number >= 0, got " + v);
    }
}
