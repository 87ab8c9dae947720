package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextNormalizer;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Markings, line by line, from the markings rule pack. A line is judged alone (trimmed), so the same
 * words in running text ("Secretary of Defense", 秘書, ご注意ください) never match. One finding per code
 * and distinct line text keeps a banner repeated on 300 pages from flooding findings.csv. The finding's
 * value and mask are the whole marking line (markings are shown in full). DEFENSE_RELATED comes from a
 * term count over the whole item and only when no other marking is present.
 */
public final class MarkingDetector implements Detector {

    private final List<MarkingRule> rules;
    private final List<Pattern> defenseTerms;
    private final int defenseMinTerms;
    private final double defenseScore;

    MarkingDetector(List<MarkingRule> rules, List<Pattern> defenseTerms, int defenseMinTerms, double defenseScore) {
        this.rules = List.copyOf(rules);
        this.defenseTerms = List.copyOf(defenseTerms);
        this.defenseMinTerms = defenseMinTerms;
        this.defenseScore = defenseScore;
    }

    @Override
    public String id() {
        return "marking";
    }

    public List<MarkingRule> rules() {
        return rules;
    }

    @SuppressWarnings("unchecked")
    public static MarkingDetector fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("markings");
        String src = pack.source();
        Object rs = pack.yaml().get("rules");
        if (!(rs instanceof List<?> list)) {
            throw new IllegalArgumentException(src + ": key rules: must be a list");
        }
        List<MarkingRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> raw)) {
                throw new IllegalArgumentException(src + ": key rules: every entry must be a mapping");
            }
            Map<String, Object> e = (Map<String, Object>) raw;
            String where = src + ": rules entry " + e.get("id");
            String id = req(e, "id", where);
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": key id: duplicate rule id");
            }
            String code = req(e, "code", where);
            MarkingRule.Mode mode;
            try {
                mode = MarkingRule.Mode.valueOf(req(e, "mode", where).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + ": key mode: must be line, find, stamp or raw");
            }
            Pattern p;
            try {
                if (mode == MarkingRule.Mode.STAMP) {
                    List<String> stamps = ClassifierConfig.stringList(e.get("stamps"), where + ": key stamps");
                    if (stamps.isEmpty()) {
                        throw new IllegalArgumentException(where + ": key stamps: required for mode stamp");
                    }
                    p = MarkingRule.stampPattern(stamps);
                } else {
                    int flags = Boolean.TRUE.equals(e.get("ignore_case"))
                            ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
                    p = Pattern.compile(req(e, "regex", where), flags);
                }
            } catch (PatternSyntaxException ex) {
                throw new IllegalArgumentException(where + ": key regex: bad regex: " + ex.getDescription());
            }
            Object sc = e.get("score");
            if (!(sc instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
                throw new IllegalArgumentException(where + ": key score: must be a number in 0..1");
            }
            Object mc = e.getOrDefault("min_count", 1);
            if (!(mc instanceof Integer minCount) || minCount < 1) {
                throw new IllegalArgumentException(where + ": key min_count: must be a positive integer");
            }
            Map<?, ?> ex = e.get("examples") instanceof Map<?, ?> m ? m : Map.of();
            rules.add(new MarkingRule(id, code, mode, p, minCount, n.doubleValue(), String.valueOf(e.get("source")),
                    ClassifierConfig.stringList(ex.get("match"), where + ": examples.match"),
                    ClassifierConfig.stringList(ex.get("no_match"), where + ": examples.no_match")));
        }
        List<Pattern> terms = new ArrayList<>();
        int minTerms = Integer.MAX_VALUE;
        double dScore = 0;
        if (pack.yaml().get("defense") instanceof Map<?, ?> d) {
            String where = src + ": defense";
            for (String t : ClassifierConfig.stringList(d.get("terms"), where + ": key terms")) {
                try {
                    terms.add(Pattern.compile(t));
                } catch (PatternSyntaxException ex) {
                    throw new IllegalArgumentException(where + ": key terms: bad regex " + t);
                }
            }
            minTerms = d.get("min_terms") instanceof Integer i ? i : 2;
            dScore = d.get("score") instanceof Number n ? n.doubleValue() : 0.6;
        }
        return new MarkingDetector(rules, terms, minTerms, dScore);
    }

    private static String req(Map<String, Object> e, String key, String where) {
        Object o = e.get(key);
        if (!(o instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(where + ": key " + key + ": required text");
        }
        return s;
    }

    /** The marking code of a single line (as a unit's text), or null. For tests and other callers. */
    public String codeOfLine(String rawLine) {
        String n = TextNormalizer.normalize(rawLine);
        for (MarkingRule r : rules) {
            String c = r.matchLine(n, rawLine);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    @Override
    public List<Finding> detect(ScanText t) {
        record Hit(MarkingRule rule, String code, String line, int offset, boolean headerFooter) {
        }
        List<Hit> hits = new ArrayList<>();
        Map<String, Integer> ruleCounts = new HashMap<>();
        for (int i = 0; i < t.units().size(); i++) {
            TextUnit u = t.units().get(i);
            String[] rawLines = u.text().split("\\R", -1);
            String[] normLines = t.normalized(i).split("\n", -1);
            int pos = t.start(i);
            for (int k = 0; k < normLines.length; k++) {
                String n = normLines[k];
                // NFKC never adds line breaks, so raw and normalised lines pair up by index
                String r = k < rawLines.length ? rawLines[k] : n;
                for (MarkingRule rule : rules) {
                    String code = rule.matchLine(n, r);
                    if (code != null) {
                        hits.add(new Hit(rule, code, r.strip(), pos + (n.length() - n.stripLeading().length()),
                                u.headerFooter()));
                        ruleCounts.merge(rule.id(), 1, Integer::sum);
                        break;
                    }
                }
                pos += n.length() + 1;
            }
        }
        Map<String, Finding> out = new LinkedHashMap<>();
        for (Hit h : hits) {
            if (ruleCounts.get(h.rule().id()) < h.rule().minCount()) {
                continue;
            }
            double score = Math.min(1.0, h.rule().score() + (h.headerFooter() ? 0.05 : 0));
            String key = h.code() + "\u0000" + h.line();
            Finding prev = out.get(key);
            if (prev == null || prev.confidence() < score) {
                out.put(key, PatternDetector.finding(t, Category.MARKING, h.code(), h.line(), h.line(), score,
                        "marking:" + h.rule().id(), h.offset()));
            }
        }
        List<Finding> result = new ArrayList<>(out.values());
        if (result.isEmpty()) {
            Finding d = defense(t);
            if (d != null) {
                result.add(d);
            }
        }
        result.sort(java.util.Comparator.comparingInt(Finding::offset));
        return result;
    }

    private Finding defense(ScanText t) {
        int found = 0;
        int first = -1;
        List<String> seen = new ArrayList<>();
        for (Pattern p : defenseTerms) {
            var m = p.matcher(t.text());
            if (m.find()) {
                found++;
                seen.add(m.group());
                if (first < 0 || m.start() < first) {
                    first = m.start();
                }
            }
        }
        if (found < defenseMinTerms) {
            return null;
        }
        String evidence = String.join("; ", seen.subList(0, Math.min(4, seen.size())));
        return PatternDetector.finding(t, Category.MARKING, "DEFENSE_RELATED", evidence, evidence, defenseScore,
                "marking:defense-terms", first);
    }
}
