package org.leakscope.classifiers.obligations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.resolve.Subject;

/**
 * Applies the breach-notification rules of {@code obligations.yml} (rule pack
 * {@code classify.rule-packs.obligations}) to the people of an incident, as of the incident date.
 *
 * <p>For each rule valid on the incident date: a person rule counts its population (persons of its
 * jurisdictions who meet {@code covers}, grouped by code, so per state for {@code US_STATE_{state}}), then gives
 * the code to every person of the population who meets {@code trigger}; an incident rule is decided
 * once from the incident facts (markings). Steps whose {@code when} holds give the deadlines and recipients.
 * The people are read twice (count, decide) and never held: only the counts are kept.
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

    /** The people of a list, decided in memory: every person of the list has an entry, empty when nothing applies. */
    public ObligationResult assess(List<Subject> subjects, IncidentFacts facts) {
        List<Subject> people = subjects == null ? List.of() : subjects;
        Map<String, SortedSet<String>> codes = new LinkedHashMap<>();
        List<ObligationTotal> totals = assess(people::stream, facts, (s, c) -> codes.put(key(s), c));
        return new ObligationResult(codes, totals);
    }

    /**
     * Decides the obligations of people too many to hold: a first pass over {@code people} counts each person
     * rule's population (what {@code persons_over} and the like test), a second gives every person, as it comes,
     * to {@code decided} with the codes it triggers (empty when none). Only the counts stay in memory.
     *
     * @return one total per obligation code that applies, in rule-file order (summary.json)
     */
    public List<ObligationTotal> assess(SubjectSource people, IncidentFacts facts,
                                        BiConsumer<Subject, SortedSet<String>> decided) {
        IncidentFacts f = facts == null ? new IncidentFacts(null, true, Set.of()) : facts;
        LocalDate date = f.effectiveDate();
        Condition.Context noCounts = new Condition.Context(f, 0, 0);
        List<ObligationRule> valid = rulesValidOn(date);
        List<Population> populations = valid.stream().filter(r -> r.scope() == ObligationRule.Scope.PERSON)
                .map(Population::new).toList();
        long counted = 0;
        if (!populations.isEmpty()) {
            try (Stream<Subject> pass = people.open()) {
                for (Iterator<Subject> it = pass.iterator(); it.hasNext(); counted++) {
                    Subject s = it.next();
                    for (Population p : populations) {
                        p.count(s, noCounts);
                    }
                }
            }
            populations.forEach(p -> p.fixCounts(f));
        }
        Map<String, Integer> subjectsPerCode = new HashMap<>();
        long decidedPersons = 0;
        try (Stream<Subject> pass = people.open()) {
            for (Iterator<Subject> it = pass.iterator(); it.hasNext(); decidedPersons++) {
                Subject s = it.next();
                SortedSet<String> codes = new TreeSet<>();
                for (Population p : populations) {
                    p.trigger(s, noCounts, codes);
                }
                for (String c : codes) {
                    subjectsPerCode.merge(c, 1, Integer::sum);
                }
                decided.accept(s, Collections.unmodifiableSortedSet(codes));
            }
        }
        if (!populations.isEmpty() && decidedPersons != counted) {
            throw new IllegalStateException("the people changed between the passes: " + counted + " counted, "
                    + decidedPersons + " decided");
        }
        Map<String, Acc> totals = new LinkedHashMap<>();
        Iterator<Population> byRule = populations.iterator();
        for (ObligationRule rule : valid) {
            if (rule.scope() == ObligationRule.Scope.INCIDENT) {
                if (rule.trigger().test(noCounts, null)) {
                    totals.computeIfAbsent(rule.code(), Acc::new).add(rule, noCounts, date, 0);
                }
                continue;
            }
            byRule.next().groups.forEach((code, g) -> {
                if (g.hits > 0) {
                    totals.computeIfAbsent(code, Acc::new).add(rule, g.ctx, date, g.persons);
                }
            });
        }
        return totals.values().stream().map(a -> a.total(subjectsPerCode.getOrDefault(a.code, 0))).toList();
    }

    private static String key(Subject s) {
        return String.valueOf(s.subjectId());
    }

    /**
     * A person rule's population per code (per state for {@code {state}} rules), counted in the first pass; the
     * second pass tests the trigger of each person against its group's counts.
     */
    private static final class Population {
        final ObligationRule rule;
        final Map<String, Group> groups = new TreeMap<>();

        Population(ObligationRule rule) {
            this.rule = rule;
        }

        void count(Subject s, Condition.Context noCounts) {
            for (String code : rule.codesFor(s, noCounts)) {
                Group g = groups.computeIfAbsent(code, c -> new Group());
                g.persons++;
                for (String j : rule.matchingJurisdictions(s)) {
                    g.perJurisdiction.merge(j, 1, Integer::sum);
                }
            }
        }

        void fixCounts(IncidentFacts f) {
            for (Group g : groups.values()) {
                int max = g.perJurisdiction.values().stream().max(Comparator.naturalOrder()).orElse(g.persons);
                g.ctx = new Condition.Context(f, g.persons, max);
                g.perJurisdiction = null;
            }
        }

        void trigger(Subject s, Condition.Context noCounts, Set<String> codes) {
            for (String code : rule.codesFor(s, noCounts)) {
                Group g = groups.get(code);
                if (g == null) {
                    throw new IllegalStateException("the people changed between the passes: " + key(s)
                            + " falls under " + code + " only in the second");
                }
                if (rule.trigger().test(g.ctx, s)) {
                    codes.add(code);
                    g.hits++;
                }
            }
        }
    }

    /** The persons of one code of a rule: how many, how many per jurisdiction, how many trigger it. */
    private static final class Group {
        int persons;
        Map<String, Integer> perJurisdiction = new HashMap<>();
        Condition.Context ctx;
        int hits;
    }

    /** One code's total; normally one rule, several only when rule versions overlap. */
    private static final class Acc {
        final String code;
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

        void add(ObligationRule rule, Condition.Context ctx, LocalDate date, int pop) {
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

        /** @param subjects the persons who trigger the code under any of its rules, each counted once */
        ObligationTotal total(int subjects) {
            return new ObligationTotal(code, subjects, earliest, List.copyOf(deadlines),
                    String.join("; ", recipients), String.join("; ", bases), String.join("; ", regimes),
                    ruleIds, population);
        }
    }
}
