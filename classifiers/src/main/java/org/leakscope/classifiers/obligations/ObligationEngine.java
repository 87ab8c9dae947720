package org.leakscope.classifiers.obligations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.resolve.Subject;

/**
 * Applies the breach-notification rules of {@code obligations.yml} (rule pack
 * {@code classify.rule-packs.obligations}) to the people of an incident, as of the incident date.
 *
 * <p>For each rule valid on the incident date: a person rule collects its population (persons of its
 * jurisdictions who meet {@code covers}, grouped by code, so per state for {@code US_STATE_{state}}), counts it,
 * and gives the code to every person of the population who meets {@code trigger}; an incident rule is decided
 * once from the incident facts (markings). Steps whose {@code when} holds give the deadlines and recipients.
 * Plain Java, thread-safe after construction.
 */
public final class ObligationEngine {

    private final List<ObligationRule> rules;
    private final String source;

    private ObligationEngine(List<ObligationRule> rules, String source) {
        this.rules = List.copyOf(rules);
        this.source = source;
    }

    /** The rules named by {@code classify.rule-packs.obligations} (beside a user config first, else the jar's). */
    public static ObligationEngine fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("obligations");
        return fromYaml(pack.yaml(), pack.source());
    }

    /** Rules from a parsed obligations.yml; errors name {@code source}, the rule id and the key. */
    public static ObligationEngine fromYaml(Map<String, Object> yaml, String source) {
        Map<String, List<String>> groups = new HashMap<>();
        Object g = yaml.get("groups");
        if (g instanceof Map<?, ?> gm) {
            for (Map.Entry<?, ?> e : gm.entrySet()) {
                groups.put(String.valueOf(e.getKey()),
                        ClassifierConfig.stringList(e.getValue(), source + ": groups." + e.getKey()));
            }
        } else if (g != null) {
            throw new IllegalArgumentException(source + ": groups: must be a mapping of name to list");
        }
        // groups may name groups
        for (int pass = 0; pass < 3; pass++) {
            for (Map.Entry<String, List<String>> e : groups.entrySet()) {
                e.setValue(ObligationRule.expand(e.getValue(), source + ": groups." + e.getKey(), groups));
            }
        }
        Object r = yaml.get("rules");
        if (r == null) {
            return new ObligationEngine(List.of(), source);
        }
        if (!(r instanceof List<?> rl)) {
            throw new IllegalArgumentException(source + ": rules: must be a list");
        }
        List<ObligationRule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < rl.size(); i++) {
            if (!(rl.get(i) instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(source + ": rules[" + i + "]: must be a mapping");
            }
            ObligationRule rule = new ObligationRule(m, source + ": rules[" + i + "]", groups);
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException(source + ": rule id " + rule.id() + " is used twice");
            }
            rules.add(rule);
        }
        return new ObligationEngine(rules, source);
    }

    /** All rules, in file order. */
    public List<ObligationRule> rules() {
        return rules;
    }

    /** Where the rules came from. */
    public String source() {
        return source;
    }

    /** An engine with the one rule of this id (to test rules one by one). */
    public ObligationEngine only(String ruleId) {
        List<ObligationRule> one = rules.stream().filter(r -> r.id().equals(ruleId)).toList();
        if (one.isEmpty()) {
            throw new IllegalArgumentException("no rule " + ruleId + " in " + source);
        }
        return new ObligationEngine(one, source);
    }

    /** The rules valid on this incident date. */
    public List<ObligationRule> rulesValidOn(LocalDate date) {
        return rules.stream().filter(r -> r.validOn(date)).toList();
    }

    public ObligationResult assess(List<Subject> subjects, IncidentFacts facts) {
        IncidentFacts f = facts == null ? new IncidentFacts(null, true, Set.of()) : facts;
        LocalDate date = f.effectiveDate();
        List<Subject> people = subjects == null ? List.of() : subjects;
        Map<String, SortedSet<String>> codes = new LinkedHashMap<>();
        for (Subject s : people) {
            codes.put(key(s), new TreeSet<>());
        }
        Map<String, Acc> totals = new LinkedHashMap<>();
        Condition.Context noCounts = new Condition.Context(f, 0, 0);
        for (ObligationRule rule : rulesValidOn(date)) {
            if (rule.scope() == ObligationRule.Scope.INCIDENT) {
                if (rule.trigger().test(noCounts, null)) {
                    totals.computeIfAbsent(rule.code(), c -> new Acc(c)).add(rule, noCounts, date, List.of(), 0);
                }
                continue;
            }
            // population per code (per state for {state} rules), in the order persons come
            Map<String, List<Subject>> population = new TreeMap<>();
            for (Subject s : people) {
                for (String c : rule.codesFor(s, noCounts)) {
                    population.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
                }
            }
            for (Map.Entry<String, List<Subject>> e : population.entrySet()) {
                List<Subject> pop = e.getValue();
                Map<String, Integer> perJurisdiction = new HashMap<>();
                for (Subject s : pop) {
                    for (String j : rule.matchingJurisdictions(s)) {
                        perJurisdiction.merge(j, 1, Integer::sum);
                    }
                }
                int max = perJurisdiction.values().stream().max(Comparator.naturalOrder()).orElse(pop.size());
                Condition.Context ctx = new Condition.Context(f, pop.size(), max);
                List<Subject> hit = pop.stream().filter(s -> rule.trigger().test(ctx, s)).toList();
                if (hit.isEmpty()) {
                    continue;
                }
                for (Subject s : hit) {
                    codes.computeIfAbsent(key(s), k -> new TreeSet<>()).add(e.getKey());
                }
                totals.computeIfAbsent(e.getKey(), c -> new Acc(c)).add(rule, ctx, date, hit, pop.size());
            }
        }
        Map<String, SortedSet<String>> frozen = new LinkedHashMap<>();
        codes.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableSortedSet(v)));
        return new ObligationResult(frozen, totals.values().stream().map(Acc::total).toList());
    }

    private static String key(Subject s) {
        return String.valueOf(s.subjectId());
    }

    /** One code's total; normally one rule, several only when rule versions overlap. */
    private static final class Acc {
        final String code;
        final Map<Subject, Boolean> subjects = new IdentityHashMap<>();
        final Set<String> deadlines = new LinkedHashSet<>();
        final Set<String> recipients = new LinkedHashSet<>();
        final Set<String> regimes = new LinkedHashSet<>();
        final Set<String> bases = new LinkedHashSet<>();
        final List<String> ruleIds = new ArrayList<>();
        LocalDate earliest;
        int population;

        Acc(String code) {
            this.code = code;
        }

        void add(ObligationRule rule, Condition.Context ctx, LocalDate date, List<Subject> hit, int pop) {
            hit.forEach(s -> subjects.put(s, Boolean.TRUE));
            population = Math.max(population, pop);
            ruleIds.add(rule.id());
            regimes.add(rule.regime());
            bases.add(rule.basis());
            for (Step st : rule.steps()) {
                if (!st.applies(ctx)) {
                    continue;
                }
                deadlines.add(st.describe(date));
                recipients.add(st.to());
                LocalDate d = st.deadline(date);
                if (d != null && (earliest == null || d.isBefore(earliest))) {
                    earliest = d;
                }
            }
        }

        ObligationTotal total() {
            return new ObligationTotal(code, subjects.size(), earliest, List.copyOf(deadlines),
                    String.join("; ", recipients), String.join("; ", bases), String.join("; ", regimes),
                    ruleIds, population);
        }
    }
}
