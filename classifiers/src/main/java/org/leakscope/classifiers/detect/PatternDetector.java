package org.leakscope.classifiers.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;
import org.leakscope.classifiers.validate.Validation;

/**
 * The match loop every regex detector shares (Presidio's PatternRecognizer): run each rule, drop hits
 * the {@link #invalidate invalidator} rejects, let the {@link #validate validator} decide (VALID lifts the
 * score to {@link #validScore}, INVALID drops, UNKNOWN keeps the rule's score), then adjust by label words
 * near the hit. A nearer negative label (e.g. "routing" near an SSN-shaped number) drops the hit.
 * Subclasses only judge hits, normalise and mask.
 */
public abstract class PatternDetector implements Detector, ScanRules {

    /** One regex with its base score; a value group named {@code v} narrows the hit, else group 0. */
    public record Rule(String name, Pattern regex, double score, CharIndex.Anchor anchor, List<String> onItsLine) {
        public Rule(String name, Pattern regex, double score) {
            this(name, regex, score, null, null);
        }

        public Rule(String name, Pattern regex, double score, CharIndex.Anchor anchor) {
            this(name, regex, score, anchor, null);
        }

        public Rule {
            if (score < 0 || score > 1) {
                throw new IllegalArgumentException("rule " + name + ": score out of 0..1: " + score);
            }
        }

        public static Rule of(String name, String regex, double score) {
            return new Rule(name, Pattern.compile(regex), score);
        }

        /** The same rule, telling the scan that every match holds {@code c} within {@code reach} chars of its start. */
        public Rule anchoredAt(char c, int reach) {
            return new Rule(name, regex, score, new CharIndex.Anchor(c, reach), onItsLine);
        }

        /**
         * The same rule, telling the scan that a match never spans a line break and always holds one of
         * {@code literals}: only the lines holding one are searched. For rules whose first characters are
         * too common for the index (a case-insensitive month name) but which need something rare (a year).
         */
        public Rule onLinesWith(String... literals) {
            return new Rule(name, regex, score, anchor, List.of(literals));
        }
    }

    private final String id;
    private final String type;
    private final List<Rule> rules;
    private final ContextWords context;
    private final ContextWords negative;

    protected PatternDetector(String id, String type, List<Rule> rules, ContextWords context,
                              ContextWords negative) {
        this.id = id;
        this.type = type;
        this.rules = List.copyOf(rules);
        this.context = context;
        this.negative = negative;
    }

    @Override
    public final String id() {
        return id;
    }

    public final String type() {
        return type;
    }

    /** The regexes this detector runs over the text: the rules of the classifier's union automaton. */
    @Override
    public List<Pattern> patterns() {
        return rules.stream().map(Rule::regex).toList();
    }

    protected Validation validate(String value) {
        return Validation.UNKNOWN;
    }

    /** True drops the hit (structure that only look-alikes have). */
    protected boolean invalidate(String value) {
        return false;
    }

    protected double validScore() {
        return 1.0;
    }

    /** Score added when a label word is near. */
    protected double contextBoost() {
        return 0.35;
    }

    /** Chars before / after a hit searched for labels. */
    protected int windowBefore() {
        return 60;
    }

    protected int windowAfter() {
        return 15;
    }

    /** The stored value (e.g. digits only, E.164). */
    protected String normalizeValue(String raw) {
        return raw;
    }

    protected abstract String mask(String value);

    /** Hook for subclasses whose matching is not a plain regex loop (phones). */
    protected List<Hit> candidates(ScanText t) {
        List<Hit> hits = new ArrayList<>();
        for (Rule r : rules) {
            boolean named = r.regex().pattern().contains("(?<v>");
            java.util.function.Consumer<java.util.regex.Matcher> onMatch = m -> {
                int s = named ? m.start("v") : m.start();
                int e = named ? m.end("v") : m.end();
                hits.add(new Hit(s, e, t.text().substring(s, e), r.score(), r.name()));
            };
            if (r.onItsLine() != null && r.anchor() == null && t.index() != null && !t.scansFor(r.regex())) {
                forEachMatchOnLines(t.text(), r.regex(), r.onItsLine(), onMatch);
            } else {
                t.forEachMatch(r.regex(), r.anchor(), onMatch);
            }
        }
        return hits;
    }

    /**
     * The matches find() gives over the whole text, for a regex whose matches never span a '\n' and always
     * hold one of {@code literals}: each line holding one is searched on its own (a region with transparent
     * bounds, so look-arounds see the whole text), in text order. A match lies on one line and that line
     * holds its literal, so no match is missed; within a line find() proceeds as over the whole text.
     */
    static void forEachMatchOnLines(String text, Pattern p, List<String> literals,
                                    java.util.function.Consumer<java.util.regex.Matcher> onMatch) {
        java.util.TreeSet<Integer> lineStarts = new java.util.TreeSet<>();
        for (String lit : literals) {
            for (int i = text.indexOf(lit); i >= 0; ) {
                int ls = text.lastIndexOf('\n', i) + 1;
                lineStarts.add(ls);
                int le = text.indexOf('\n', i);
                if (le < 0) {
                    break;
                }
                i = text.indexOf(lit, le + 1);
            }
        }
        java.util.regex.Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int ls : lineStarts) {
            int le = text.indexOf('\n', ls);
            m.region(ls, le < 0 ? text.length() : le);
            while (m.find()) {
                onMatch.accept(m);
            }
        }
    }

    /** A raw match before judging. */
    public record Hit(int start, int end, String raw, double score, String rule) {
    }

    @Override
    public List<Finding> detect(ScanText t) {
        List<Hit> judged = new ArrayList<>();
        for (Hit h : candidates(t)) {
            if (invalidate(h.raw())) {
                continue;
            }
            Validation v = validate(h.raw());
            if (v == Validation.INVALID) {
                continue;
            }
            double score = v == Validation.VALID ? Math.max(h.score(), validScore()) : h.score();
            int label = label(t, h.start(), h.end());
            if (label < 0) {
                continue;
            }
            if (label > 0) {
                score = Math.min(1.0, score + contextBoost());
            }
            judged.add(new Hit(h.start(), h.end(), h.raw(), score, h.rule()));
        }
        List<Finding> out = new ArrayList<>();
        for (Hit h : withoutOverlaps(judged)) {
            String value = normalizeValue(h.raw());
            out.add(finding(t, Category.PII, type, value, mask(value), h.score(), id, h.start()));
        }
        return out;
    }

    /** Overlapping hits of different rules: the best-scored wins, then the longest, then the first found. In text order. */
    static List<Hit> withoutOverlaps(List<Hit> hits) {
        int n = hits.size();
        double[] score = new double[n];
        int[] len = new int[n];
        for (int i = 0; i < n; i++) {
            score[i] = hits.get(i).score();
            len[i] = hits.get(i).end() - hits.get(i).start();
        }
        int[] order = PackedOrder.of(n, PackedOrder.ranksDescending(score), PackedOrder.longestFirst(len));
        List<Hit> judged = new ArrayList<>(hits);
        if (order == null) {
            judged.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.start() - h.end()));
        } else {
            for (int i = 0; i < n; i++) {
                judged.set(i, hits.get(order[i]));
            }
        }
        List<Hit> kept = new ArrayList<>();
        IntervalSet taken = new IntervalSet();
        for (Hit h : judged) {
            if (taken.addIfFree(h.start(), h.end())) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    /** Whether a label word stands near [start, end) and no negative one nearer: what lifts a hit's score. */
    protected final boolean labelled(ScanText t, int start, int end) {
        return label(t, start, end) > 0;
    }

    /** 1: a label word is near [start, end); -1: a negative one is nearer (the hit is dropped); 0: neither. */
    private int label(ScanText t, int start, int end) {
        String ctx = t.context(start, end, windowBefore(), windowAfter());
        int hitPos = hitPos(ctx);
        int dp = context.isEmpty() ? -1 : context.distance(ctx, hitPos);
        int dn = negative.isEmpty() ? -1 : negative.distance(ctx, hitPos);
        if (dn >= 0 && (dp < 0 || dn < dp)) {
            return -1;
        }
        return dp >= 0 ? 1 : 0;
    }

    private static int hitPos(String ctx) {
        int i = ctx.indexOf('\u0000');
        return i >= 0 ? i : ctx.length();
    }

    /** Builds a finding located at {@code offset} of the scan text. */
    public static Finding finding(ScanText t, Category cat, String type, String value, String masked,
                                  double score, String detector, int offset) {
        return finding(t, cat, type, value, masked, score, detector, offset, 0);
    }

    /** ... standing on {@code span} characters of the text from there (0: as many as the value has). */
    public static Finding finding(ScanText t, Category cat, String type, String value, String masked,
                                  double score, String detector, int offset, int span) {
        int ui = t.unitIndexAt(offset);
        TextUnit u = t.units().get(ui);
        String location = !u.isCell() && u.page() == 0 && u.line() == 0 ? "offset=" + offset : t.location(ui);
        return new Finding(cat, type, value, masked, Math.round(score * 100) / 100.0, location,
                detector, t.recordKey(ui), offset, span);
    }
}
