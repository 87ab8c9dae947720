package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.CharIndex;

/**
 * DEFENSE_RELATED without a marking: a weighted rule set from the {@code defense:} section of the markings
 * rule pack. Every distinct term found adds its weight to its group; a group adds at most its cap (so ten
 * organisation names do not make a news item defense matter); the item is defense-related when the total
 * reaches {@code threshold} with at least {@code min_terms} distinct terms from at least {@code min_groups}
 * groups. A term may require another pattern somewhere in the item ({@code requires}: a contract number
 * counts only where the word contract stands).
 */
final class DefenseRules {

    record Term(String group, Pattern pattern, double weight, Pattern requires) {
    }

    /** The outcome for one item: score, terms found (in order of first occurrence), offset of the first. */
    record Result(double score, List<String> terms, int firstOffset, boolean defense) {
    }

    private final List<Term> terms;
    private final Map<String, Double> caps;
    private final double threshold;
    private final int minTerms;
    private final int minGroups;
    final double findingScore;

    DefenseRules(List<Term> terms, Map<String, Double> caps, double threshold, int minTerms, int minGroups,
                 double findingScore) {
        this.terms = List.copyOf(terms);
        this.caps = Map.copyOf(caps);
        this.threshold = threshold;
        this.minTerms = minTerms;
        this.minGroups = minGroups;
        this.findingScore = findingScore;
    }

    static DefenseRules none() {
        return new DefenseRules(List.of(), Map.of(), Double.MAX_VALUE, Integer.MAX_VALUE, 1, 0.6);
    }

    @SuppressWarnings("unchecked")
    static DefenseRules fromYaml(Object node, String src) {
        if (!(node instanceof Map<?, ?> d)) {
            return none();
        }
        String where = src + ": defense";
        List<Term> terms = new ArrayList<>();
        Map<String, Double> caps = new LinkedHashMap<>();
        if (d.get("groups") instanceof Map<?, ?> groups) {
            for (Map.Entry<?, ?> g : groups.entrySet()) {
                String name = String.valueOf(g.getKey());
                if (!(g.getValue() instanceof Map<?, ?> gm)) {
                    throw new IllegalArgumentException(where + ".groups." + name + ": must be a mapping");
                }
                caps.put(name, gm.get("cap") instanceof Number n ? n.doubleValue() : Double.MAX_VALUE);
                double defWeight = gm.get("weight") instanceof Number n ? n.doubleValue() : 1.0;
                if (!(gm.get("terms") instanceof List<?> tl)) {
                    throw new IllegalArgumentException(where + ".groups." + name + ".terms: must be a list");
                }
                for (Object o : tl) {
                    String regex;
                    double w = defWeight;
                    Pattern req = null;
                    if (o instanceof Map<?, ?> tm) {
                        regex = String.valueOf(tm.get("regex"));
                        if (tm.get("weight") instanceof Number n) {
                            w = n.doubleValue();
                        }
                        if (tm.get("requires") != null) {
                            req = compile(String.valueOf(tm.get("requires")), where + ".groups." + name);
                        }
                    } else {
                        regex = String.valueOf(o);
                    }
                    terms.add(new Term(name, compile(regex, where + ".groups." + name), w, req));
                }
            }
        } else {
            // flat list (first rule-pack version): every term weight 1 in one group
            for (String t : ClassifierConfig.stringList(d.get("terms"), where + ": key terms")) {
                terms.add(new Term("terms", compile(t, where + ": key terms"), 1.0, null));
            }
            caps.put("terms", Double.MAX_VALUE);
        }
        int minTerms = d.get("min_terms") instanceof Integer i ? i : 2;
        int minGroups = d.get("min_groups") instanceof Integer i ? i : 1;
        double threshold = d.get("threshold") instanceof Number n ? n.doubleValue() : minTerms;
        double score = d.get("score") instanceof Number n ? n.doubleValue() : 0.6;
        return new DefenseRules(terms, caps, threshold, minTerms, minGroups, score);
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": bad regex " + regex + ": " + e.getDescription());
        }
    }

    Result evaluate(String text) {
        return evaluate(text, null);
    }

    /** As {@link #evaluate(String)}, each term searched through the item's index when there is one. */
    Result evaluate(String text, CharIndex index) {
        return evaluate(text, index, p -> true);
    }

    /** Every regex of the rule set (terms and their requirements), for the keyword pre-filter. */
    List<Pattern> patterns() {
        List<Pattern> out = new ArrayList<>();
        for (Term t : terms) {
            out.add(t.pattern());
            if (t.requires() != null) {
                out.add(t.requires());
            }
        }
        return out;
    }

    /**
     * As {@link #evaluate(String, CharIndex)}; a pattern for which {@code may} is false is known to find
     * nothing in the text (none of its keywords is there) and is not run.
     */
    Result evaluate(String text, CharIndex index, Predicate<Pattern> may) {
        Map<String, Double> byGroup = new LinkedHashMap<>();
        List<int[]> order = new ArrayList<>();
        List<String> found = new ArrayList<>();
        int first = -1;
        for (Term t : terms) {
            if (!may.test(t.pattern()) || (t.requires() != null && !may.test(t.requires()))) {
                continue;
            }
            MatchResult m = CharIndex.first(text, index, t.pattern());
            if (m == null) {
                continue;
            }
            if (t.requires() != null && !CharIndex.found(text, index, t.requires())) {
                continue;
            }
            byGroup.merge(t.group(), t.weight(), Double::sum);
            order.add(new int[] {m.start(), found.size()});
            found.add(m.group());
            if (first < 0 || m.start() < first) {
                first = m.start();
            }
        }
        double score = 0;
        for (Map.Entry<String, Double> e : byGroup.entrySet()) {
            score += Math.min(e.getValue(), caps.getOrDefault(e.getKey(), Double.MAX_VALUE));
        }
        order.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> inOrder = new ArrayList<>();
        for (int[] o : order) {
            if (!inOrder.contains(found.get(o[1]))) {
                inOrder.add(found.get(o[1]));
            }
        }
        boolean defense = score >= threshold && inOrder.size() >= minTerms && byGroup.size() >= minGroups;
        return new Result(score, inOrder, first, defense);
    }
}
