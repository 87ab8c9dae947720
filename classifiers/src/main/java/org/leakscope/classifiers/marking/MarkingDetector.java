package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.CharIndex;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.ScanRules;
import org.leakscope.classifiers.detect.FirstChars;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextNormalizer;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Markings by where they stand, from the markings rule pack (config/markings/markings.yml).
 *
 * <p>Every line is judged as a whole (after taking off frames, decorations, letter spacing, a label, and for
 * header/footer lines the other segments of a running header), so the same words in running text ("Secretary
 * of Defense", 秘書, ご注意ください) never match. Whether a matching line counts depends on where it stands:
 * header/footer regions, page edges, the first/last lines of an unpaged item, title cells of a sheet, repetition
 * in the item, or a supporting block (classification authority block, CUI designation indicator, 指定/保存期間
 * metadata). Lists of level words next to each other (check-box forms) and check-box lines never count.
 * Portion marks count at the start of a paragraph when the item carries several or has a banner/authority block;
 * {@code (C)} and {@code (U)} alone never. Authority blocks and CUI designation-indicator blocks are findings of
 * their own. Within a marking system only the highest level is kept (a SECRET file with (C) paragraphs is
 * SECRET). DEFENSE_RELATED comes from a weighted rule set and only when no other marking is present.
 *
 * <p>The finding's value and mask are the whole marking line (notices: the notice up to the end of its sentence,
 * with reason and controlling office); one finding per code and distinct line text.
 */
public final class MarkingDetector implements Detector, ScanRules {

    private static final Pattern CONTROLS = Pattern.compile("//|/[A-Z]");
    /** A notice that wraps is joined with up to this many following lines. */
    private static final int NOTICE_LINES = 3;

    private final List<MarkingRule> rules;
    private final Map<String, Extras> extras;
    private final Portions portions;
    private final List<Block> blocks;
    private final Support support;
    private final List<List<String>> collapse;
    private final DefenseRules defense;
    private final int window;
    private final Map<String, Integer> referenceLists;
    private final Prefilter prefilter; // null: every rule on every line (the reference the tests compare with)

    /** Per-rule conditions beyond the record: the rule is off in items matching unlessItem; a hit whose text matches unlessLine is dropped. */
    record Extras(List<Pattern> unlessItem, Pattern unlessLine, Pattern unlessNext, boolean noTitleToken) {
    }

    /** Portion-mark settings (section {@code portions:}). */
    record Portions(Pattern pattern, Map<String, String> levels, Set<String> cuiControls, Set<String> weak,
                    int minCount, double score, Pattern enumeration, Pattern weakTrap, String source,
                    List<String> examplesMatch, List<String> examplesNoMatch) {

        /** The code of a portion mark (content between the parentheses), or "" for (U), or null when it is none. */
        String codeOf(String mark) {
            String m = mark.strip();
            if (m.startsWith("//")) {
                String rest = m.substring(2);
                int cut = rest.indexOf("//");
                return levels.get((cut < 0 ? rest : rest.substring(0, cut)).strip());
            }
            int cut = m.indexOf("//");
            String level = (cut < 0 ? m : m.substring(0, cut)).strip();
            String controls = cut < 0 ? "" : m.substring(cut + 2);
            String code = levels.get(level);
            if ("".equals(code) && !controls.isEmpty()) {
                for (String c : controls.split("[/ ,]+")) {
                    if (cuiControls.contains(c) || c.startsWith("SP-")) {
                        return "US_CUI";
                    }
                }
            }
            return code;
        }
    }

    /** A labelled block (classification authority block, CUI designation indicator). */
    record Block(String name, String code, List<Pattern> labels, Pattern key, Pattern requires, int minLabels,
                 int window, double score, String source) {
    }

    /** Item-level context patterns (section {@code context:}). */
    record Support(List<Pattern> jpMeta, List<Pattern> ukHints, List<Pattern> govHints, Pattern extraLevels,
                   List<Pattern> dataColumns) {
    }

    MarkingDetector(List<MarkingRule> rules, Map<String, Extras> extras, Portions portions, List<Block> blocks,
                    Support support, List<List<String>> collapse, DefenseRules defense, int window,
                    Map<String, Integer> referenceLists) {
        this(rules, extras, portions, blocks, support, collapse, defense, window, referenceLists, true);
    }

    private MarkingDetector(List<MarkingRule> rules, Map<String, Extras> extras, Portions portions, List<Block> blocks,
                            Support support, List<List<String>> collapse, DefenseRules defense, int window,
                            Map<String, Integer> referenceLists, boolean prefiltered) {
        this.referenceLists = Map.copyOf(referenceLists);
        this.rules = List.copyOf(rules);
        this.extras = Map.copyOf(extras);
        this.portions = portions;
        this.blocks = List.copyOf(blocks);
        this.support = support;
        this.collapse = List.copyOf(collapse);
        this.defense = defense;
        this.window = window;
        this.prefilter = prefiltered ? prefilter() : null;
    }

    /**
     * The keywords of every rule, block key and item-level pattern. Line patterns: the rules in order (a raw
     * rule looks at the line before NFKC, where its keywords would not be found: it gets none and is tried on
     * each line by its own first-character test), then the block keys.
     */
    private Prefilter prefilter() {
        List<Pattern> linePatterns = new ArrayList<>();
        List<Integer> reach = new ArrayList<>();
        for (MarkingRule r : rules) {
            linePatterns.add(r.mode() == MarkingRule.Mode.RAW ? null : r.pattern());
            reach.add(r.notice() ? NOTICE_LINES : 0); // a notice is joined with the lines after it
        }
        for (Block b : blocks) {
            linePatterns.add(b.key());
            reach.add(0);
        }
        return new Prefilter(linePatterns, reach.stream().mapToInt(Integer::intValue).toArray(), itemPatterns());
    }

    /** The patterns run over a whole item: unless_item, context hints, defense terms. */
    List<Pattern> itemPatterns() {
        List<Pattern> items = new ArrayList<>();
        extras.values().forEach(x -> items.addAll(x.unlessItem()));
        items.addAll(support.jpMeta());
        items.addAll(support.ukHints());
        items.addAll(support.govHints());
        items.addAll(defense.patterns());
        return items;
    }

    /** The same rule pack without the keyword pre-filter: every rule tried on every line, every pattern run. */
    MarkingDetector withoutPrefilter() {
        return new MarkingDetector(rules, extras, portions, blocks, support, collapse, defense, window, referenceLists,
                false);
    }

    /** The rule pack's keywords: found in the classifier's one pass over the item, with the PII rules. */
    @Override
    public List<Pattern> patterns() {
        return prefilter == null ? List.of() : prefilter.keywordPatterns();
    }

    /** The keywords are looked up from each place any of them may start ({@link KeywordScan}). */
    @Override
    public boolean pooled() {
        return true;
    }

    /** The pre-filter, or null for {@link #withoutPrefilter()}. */
    Prefilter keywordFilter() {
        return prefilter;
    }

    @Override
    public String id() {
        return "marking";
    }

    public List<MarkingRule> rules() {
        return rules;
    }

    Portions portions() {
        return portions;
    }

    List<Block> blocks() {
        return blocks;
    }

    // ------------------------------------------------------------------------------------------ loading

    public static MarkingDetector fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("markings");
        return fromPack(pack.yaml(), pack.source());
    }

    @SuppressWarnings("unchecked")
    static MarkingDetector fromPack(Map<String, Object> yaml, String src) {
        Object rs = yaml.get("rules");
        if (!(rs instanceof List<?> list)) {
            throw new IllegalArgumentException(src + ": key rules: must be a list");
        }
        List<MarkingRule> rules = new ArrayList<>();
        Map<String, Extras> extras = new HashMap<>();
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
                    p = Pattern.compile(req(e, "regex", where), flags(e));
                }
            } catch (PatternSyntaxException ex) {
                throw new IllegalArgumentException(where + ": key regex: bad regex: " + ex.getDescription());
            }
            double score = unit(e.get("score"), where + ": key score");
            double bodyScore = e.containsKey("body_score") ? unit(e.get("body_score"), where + ": key body_score")
                    : Math.max(0.5, score - 0.15);
            Object mc = e.getOrDefault("min_count", 1);
            if (!(mc instanceof Integer minCount) || minCount < 1) {
                throw new IllegalArgumentException(where + ": key min_count: must be a positive integer");
            }
            MarkingRule.Position pos;
            try {
                pos = MarkingRule.Position.valueOf(String.valueOf(e.getOrDefault("position", "any"))
                        .toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + ": key position: must be any, edge or strong-edge");
            }
            Map<?, ?> ex = e.get("examples") instanceof Map<?, ?> m ? m : Map.of();
            rules.add(new MarkingRule(id, code, mode, p, minCount, score, String.valueOf(e.get("source")),
                    ClassifierConfig.stringList(ex.get("match"), where + ": examples.match"),
                    ClassifierConfig.stringList(ex.get("no_match"), where + ": examples.no_match"),
                    pos, bodyScore, Boolean.TRUE.equals(e.get("level")), Boolean.TRUE.equals(e.get("notice")),
                    ClassifierConfig.stringList(e.get("support"), where + ": key support"),
                    e.get("uk_code") == null ? null : String.valueOf(e.get("uk_code")),
                    e.get("plain_code") == null ? null : String.valueOf(e.get("plain_code"))));
            List<Pattern> unlessItem = patterns(e.get("unless_item"), where + ": key unless_item", 0);
            Pattern unlessLine = e.get("unless_line") == null ? null
                    : compile(String.valueOf(e.get("unless_line")), where + ": key unless_line", 0);
            Pattern unlessNext = e.get("unless_next") == null ? null
                    : compile(String.valueOf(e.get("unless_next")), where + ": key unless_next", 0);
            boolean noTitleToken = Boolean.FALSE.equals(e.get("title_token"));
            if (!unlessItem.isEmpty() || unlessLine != null || unlessNext != null || noTitleToken) {
                extras.put(id, new Extras(unlessItem, unlessLine, unlessNext, noTitleToken));
            }
        }
        Portions portions = portions(yaml.get("portions"), src + ": portions");
        List<Block> blocks = new ArrayList<>();
        if (yaml.get("blocks") instanceof Map<?, ?> bm) {
            for (Map.Entry<?, ?> b : bm.entrySet()) {
                blocks.add(block(String.valueOf(b.getKey()), b.getValue(), src + ": blocks." + b.getKey()));
            }
        }
        Map<?, ?> ctx = yaml.get("context") instanceof Map<?, ?> c ? c : Map.of();
        List<Pattern> extra = patterns(ctx.get("level_words"), src + ": context.level_words", 0);
        Support support = new Support(patterns(ctx.get("jp_meta"), src + ": context.jp_meta", 0),
                patterns(ctx.get("uk_hints"), src + ": context.uk_hints", 0),
                patterns(ctx.get("gov_hints"), src + ": context.gov_hints", 0),
                extra.isEmpty() ? null : Pattern.compile(String.join("|", extra.stream()
                        .map(x -> "(?:" + x.pattern() + ")").toList())),
                patterns(ctx.get("data_columns"), src + ": context.data_columns", 0));
        int window = ctx.get("sibling_window") instanceof Integer w ? w : 3;
        Map<String, Integer> refLists = new LinkedHashMap<>();
        if (ctx.get("reference_lists") instanceof Map<?, ?> rl) {
            rl.forEach((k, v) -> refLists.put(String.valueOf(k), v instanceof Integer i ? i : 2));
        }
        List<List<String>> collapse = new ArrayList<>();
        if (yaml.get("collapse") instanceof List<?> cl) {
            for (Object g : cl) {
                collapse.add(ClassifierConfig.stringList(g, src + ": collapse"));
            }
        }
        return new MarkingDetector(rules, extras, portions, blocks, support, collapse,
                DefenseRules.fromYaml(yaml.get("defense"), src), window, refLists);
    }

    private static int flags(Map<String, Object> e) {
        return Boolean.TRUE.equals(e.get("ignore_case")) ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    }

    private static double unit(Object o, String where) {
        if (!(o instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
            throw new IllegalArgumentException(where + ": must be a number in 0..1");
        }
        return n.doubleValue();
    }

    private static Pattern compile(String regex, String where, int flags) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException ex) {
            throw new IllegalArgumentException(where + ": bad regex " + regex + ": " + ex.getDescription());
        }
    }

    private static List<Pattern> patterns(Object node, String where, int flags) {
        List<Pattern> out = new ArrayList<>();
        for (String s : ClassifierConfig.stringList(node, where)) {
            out.add(compile(s, where, flags));
        }
        return out;
    }

    private static Portions portions(Object node, String where) {
        if (!(node instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, String> levels = new LinkedHashMap<>();
        if (m.get("levels") instanceof Map<?, ?> lv) {
            lv.forEach((k, v) -> levels.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        Map<?, ?> ex = m.get("examples") instanceof Map<?, ?> x ? x : Map.of();
        return new Portions(compile(String.valueOf(m.get("regex")), where + ".regex", 0), levels,
                Set.copyOf(ClassifierConfig.stringList(m.get("cui_controls"), where + ".cui_controls")),
                Set.copyOf(ClassifierConfig.stringList(m.get("weak"), where + ".weak")),
                m.get("min_count") instanceof Integer i ? i : 2,
                m.get("score") instanceof Number n ? n.doubleValue() : 0.8,
                compile(m.get("enumeration") == null ? "^\\([A-Z]\\)\\s" : String.valueOf(m.get("enumeration")), where + ".enumeration", 0),
                compile(m.get("weak_trap") == null ? "(?i)copyright|rights reserved|\u00A9" : String.valueOf(m.get("weak_trap")),
                        where + ".weak_trap", 0),
                String.valueOf(m.get("source")),
                ClassifierConfig.stringList(ex.get("match"), where + ".examples.match"),
                ClassifierConfig.stringList(ex.get("no_match"), where + ".examples.no_match"));
    }

    private static Block block(String name, Object node, String where) {
        if (!(node instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(where + ": must be a mapping");
        }
        int ci = Pattern.CASE_INSENSITIVE;
        List<Pattern> labels = new ArrayList<>();
        for (String l : ClassifierConfig.stringList(m.get("labels"), where + ".labels")) {
            labels.add(compile("^\\s*(?:" + l + ")\\s*[:\uFF1A]\\s*\\S", where + ".labels", ci));
        }
        List<String> keys = ClassifierConfig.stringList(m.get("key"), where + ".key");
        List<String> reqs = ClassifierConfig.stringList(m.get("requires"), where + ".requires");
        return new Block(name, String.valueOf(m.get("code")), labels,
                compile("^\\s*(?:" + String.join("|", keys) + ")\\s*[:\uFF1A]\\s*\\S", where + ".key", ci),
                reqs.isEmpty() ? null : compile("^\\s*(?:" + String.join("|", reqs) + ")", where + ".requires", ci),
                m.get("min_labels") instanceof Integer i ? i : 2, m.get("window") instanceof Integer w ? w : 6,
                m.get("score") instanceof Number n ? n.doubleValue() : 0.8, String.valueOf(m.get("source")));
    }

    private static String req(Map<String, Object> e, String key, String where) {
        Object o = e.get(key);
        if (!(o instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(where + ": key " + key + ": required text");
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------ single lines

    /** The marking code of a single line judged on its own (any position), or null. For tests and other callers. */
    public String codeOfLine(String rawLine) {
        String n = TextNormalizer.normalize(rawLine);
        if (LineForms.CHECKBOX.matcher(rawLine).find()) {
            return null;
        }
        for (LineForms.Form f : LineForms.forms(n, false)) {
            for (MarkingRule r : rules) {
                Matcher m = r.matcher(f.text(), r.mode() == MarkingRule.Mode.RAW ? rawLine : f.text());
                if (m != null && !dropped(r, f.text())) {
                    return r.codeOf(m);
                }
            }
        }
        return null;
    }

    /** The code one rule gives a single line judged alone (with frames, letter spacing, labels taken off), or null. */
    public String codeOfLine(MarkingRule r, String rawLine) {
        if (LineForms.CHECKBOX.matcher(rawLine).find()) {
            return null;
        }
        for (LineForms.Form f : LineForms.forms(TextNormalizer.normalize(rawLine), false)) {
            Matcher m = r.matcher(f.text(), r.mode() == MarkingRule.Mode.RAW ? rawLine : f.text());
            if (m != null && !dropped(r, f.text())) {
                return r.codeOf(m);
            }
        }
        return null;
    }

    /** The code of a portion-marked line judged alone: "" for (U), null when it is no portion mark or a trap. */
    String portionCode(String rawLine) {
        if (portions == null) {
            return null;
        }
        String n = TextNormalizer.normalize(rawLine).strip();
        Matcher m = portions.pattern().matcher(n);
        if (!m.find()) {
            return null;
        }
        String code = portions.codeOf(m.group(1));
        if (code != null && portions.weak().contains(m.group(1).strip()) && portions.weakTrap().matcher(n).find()) {
            return null;
        }
        return code;
    }

    /** The rule does not take the bracketed token of a title in the body (title_token: false). */
    private boolean noTitleToken(MarkingRule r) {
        Extras x = extras.get(r.id());
        return x != null && x.noTitleToken();
    }

    private boolean dropped(MarkingRule r, String text) {
        Extras x = extras.get(r.id());
        return x != null && x.unlessLine() != null && x.unlessLine().matcher(text).find();
    }

    // ------------------------------------------------------------------------------------------ pre-filter

    /** Item-level evidence, each piece computed when a hit first needs it (most items have no hit). */
    private final class Evidence {
        private final String all;
        private final CharIndex index;
        private final Prefilter.Item keys;
        private final Map<String, Boolean> off = new HashMap<>();
        private Boolean jpMeta;
        private Boolean uk;
        private Boolean gov;
        private DefenseRules.Result def;
        /** Government context seen in the item's own markings, blocks and portions (set once they are known). */
        boolean govSeen;

        Evidence(String all, CharIndex index, Prefilter.Item keys) {
            this.all = all;
            this.index = index;
            this.keys = keys;
        }

        /** Whether a pattern may match at all: false when none of its keywords is in the item. */
        private boolean may(Pattern p) {
            return keys == null || keys.may(p);
        }

        /** Whether one of the patterns occurs in the item's text (through the item's index when there is one). */
        private boolean found(List<Pattern> ps) {
            for (Pattern p : ps) {
                if (may(p) && CharIndex.found(all, index, p)) {
                    return true;
                }
            }
            return false;
        }

        /** The rule is off in this item (unless_item). */
        boolean off(MarkingRule r) {
            Extras x = extras.get(r.id());
            return x != null && !x.unlessItem().isEmpty() && off.computeIfAbsent(r.id(), k -> found(x.unlessItem()));
        }

        boolean jpMeta() {
            if (jpMeta == null) {
                jpMeta = found(support.jpMeta());
            }
            return jpMeta;
        }

        boolean uk() {
            if (uk == null) {
                uk = found(support.ukHints());
            }
            return uk;
        }

        DefenseRules.Result defense() {
            if (def == null) {
                def = defense.evaluate(all, index, this::may);
            }
            return def;
        }

        boolean gov() {
            if (gov == null) {
                gov = govSeen || defense().score() > 0 || found(support.govHints());
            }
            return gov;
        }
    }

    /** The text offset of each line's first non-blank character (ascending). */
    private static int[] lineStarts(List<Line> lines) {
        int[] starts = new int[lines.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = lines.get(i).offset();
        }
        return starts;
    }

    /**
     * Line -> the rules (indices into {@link #rules}) that may match there, ascending: those with a keyword in
     * reach, a raw rule where its first-character test passes, every rule on a line holding a spreadsheet
     * header code (it may split a keyword: 注&C意). Without the pre-filter: every rule on every line.
     */
    private NavigableMap<Integer, BitSet> candidates(Prefilter.Item keys, List<Line> lines) {
        TreeMap<Integer, BitSet> out = new TreeMap<>();
        BitSet allRules = new BitSet();
        allRules.set(0, rules.size());
        if (keys == null) {
            for (int i = 0; i < lines.size(); i++) {
                out.put(i, allRules);
            }
            return out;
        }
        keys.lines().forEach((i, ps) -> {
            BitSet b = ps.get(0, rules.size());
            if (!b.isEmpty()) {
                out.put(i, b);
            }
        });
        BitSet everywhere = keys.everywhere().get(0, rules.size());
        for (int ri = everywhere.nextSetBit(0); ri >= 0; ri = everywhere.nextSetBit(ri + 1)) {
            MarkingRule r = rules.get(ri);
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (r.mode() != MarkingRule.Mode.RAW || r.matcher(l.norm(), l.raw()) != null) {
                    out.computeIfAbsent(i, x -> new BitSet()).set(ri);
                }
            }
        }
        BitSet amp = keys.ampersandLines();
        for (int i = amp.nextSetBit(0); i >= 0; i = amp.nextSetBit(i + 1)) {
            if (LineForms.spreadsheetCodes(lines.get(i).norm())) {
                out.put(i, allRules);
            }
        }
        return out;
    }

    /** The lines where block key {@code p} (a line pattern of the pre-filter) may match, ascending. */
    private static Iterable<Integer> keyLines(Prefilter.Item keys, int p, List<Line> lines) {
        if (keys == null || keys.everywhere().get(p)) {
            List<Integer> all = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                all.add(i);
            }
            return all;
        }
        List<Integer> out = new ArrayList<>();
        keys.lines().forEach((i, ps) -> {
            if (ps.get(p)) {
                out.add(i);
            }
        });
        return out;
    }

    /** The forms of a line, a check box before it taken off. */
    private static List<LineForms.Form> forms(Line l) {
        boolean checkbox = find(LineForms.CHECKBOX, l.raw());
        String norm = checkbox ? LineForms.CHECKBOX.matcher(l.norm()).replaceFirst("") : l.norm();
        return LineForms.forms(norm, l.weakEdge());
    }

    /** The level word no rule gives (UNCLASSIFIED, 公開) that one of the forms is, canonical, or null. */
    private String extraLevelWord(List<LineForms.Form> forms) {
        if (support.extraLevels() == null) {
            return null;
        }
        for (LineForms.Form f : forms) {
            if (f.token()) {
                continue; // the bracketed token of a title is no member of a list of levels
            }
            if (FirstChars.mayMatchAt0(support.extraLevels(), f.text())
                    && support.extraLevels().matcher(f.text()).matches()) {
                return canon(f.text());
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ items

    /** One physical line of the item. */
    record Line(int unit, String raw, String norm, int offset, TextUnit u, boolean strongEdge,
                        boolean weakEdge) {
    }

    /** A rule hit on a line. */
    private record Hit(MarkingRule rule, String code, String text, String masked, int line, boolean labelled,
                       boolean plain, boolean part) {
    }

    /**
     * Whether another segment of the line than {@code f} is a different level word of the same system ("社外秘 |
     * 部外秘 | 関係者外秘", "TOP SECRET | SECRET"), or a level word no rule gives ("Public | Internal |
     * Confidential"): the line lists levels. Marks of two systems side by side (極秘 取扱注意) are no list.
     */
    private boolean otherLevelPart(List<LineForms.Form> forms, LineForms.Form f, String code, BitSet wanted, Evidence ev) {
        String mine = canon(f.text());
        for (LineForms.Form g : forms) {
            if (g == f || !g.part() || canon(g.text()).equals(mine)) {
                continue;
            }
            for (int ri = wanted.nextSetBit(0); ri >= 0; ri = wanted.nextSetBit(ri + 1)) {
                MarkingRule r = rules.get(ri);
                Matcher m = r.level() && r.mode() != MarkingRule.Mode.RAW && !ev.off(r) ? r.matcher(g.text(), g.text()) : null;
                if (m != null && sameSystem(code, r.codeOf(m))) {
                    return true;
                }
            }
            if (support.extraLevels() != null && FirstChars.mayMatchAt0(support.extraLevels(), g.text())
                    && support.extraLevels().matcher(g.text()).matches()) {
                return true;
            }
        }
        return false;
    }


    @Override
    public List<Finding> detect(ScanText t) {
        List<Line> lines = lines(t);
        String all = t.text();
        Prefilter.Item keys = prefilter == null ? null : prefilter.scan(t, lineStarts(lines));
        Evidence ev = new Evidence(all, t.index(), keys);
        List<Hit> hits = new ArrayList<>();
        LevelWords levelWords = new LevelWords(lines, window, j -> extraLevelWord(forms(lines.get(j))), this::sameSystem);
        Set<Integer> consumed = new HashSet<>();
        for (Map.Entry<Integer, BitSet> c : candidates(keys, lines).entrySet()) {
            int i = c.getKey();
            BitSet wanted = c.getValue();
            Line l = lines.get(i);
            boolean checkbox = find(LineForms.CHECKBOX, l.raw());
            List<LineForms.Form> forms = forms(l);
            Hit hit = null;
            outer:
            for (LineForms.Form f : forms) {
                String joinedForm = null; // the same for every notice rule: built once, when one needs it
                // the rules in pack order, those without a keyword in reach left out: they cannot match here
                for (int ri = wanted.nextSetBit(0); ri >= 0; ri = wanted.nextSetBit(ri + 1)) {
                    MarkingRule r = rules.get(ri);
                    if ((r.notice() && consumed.contains(i)) || ev.off(r) || (f.token() && !l.strongEdge() && noTitleToken(r))) {
                        continue;
                    }
                    String text = f.text();
                    if (r.notice() && joinedForm == null) {
                        joinedForm = join(lines, i, f.text());
                    }
                    String joined = r.notice() ? joinedForm : text;
                    Matcher m = r.matcher(joined, r.mode() == MarkingRule.Mode.RAW ? l.raw() : joined);
                    if (m == null) {
                        continue;
                    }
                    String masked = text;
                    if (r.notice()) {
                        masked = noticeText(joined, Math.max(m.end(), text.length() - 1));
                        int covered = linesCovered(lines, i, masked.length() - text.length());
                        for (int k = i; k <= covered; k++) {
                            consumed.add(k);
                        }
                    } else if (r.mode() == MarkingRule.Mode.RAW) {
                        masked = l.raw().strip();
                    }
                    if (dropped(r, masked)) {
                        continue;
                    }
                    if (r.level() && f.part() && otherLevelPart(forms, f, r.codeOf(m), wanted, ev)) {
                        levelWords.add(i, canon(text), r.codeOf(m));
                        break outer; // "社外秘 | 部外秘 | 関係者外秘": a line listing levels counts for the guard only
                    }
                    // the bracketed token of a title (a mail subject's 【関係者外秘】, repeated by Tika as the body's
                    // first line) is no member of a list of levels of the lines around it
                    boolean part = f.token() && r.level();
                    if (r.level() && !part) {
                        levelWords.add(i, canon(text), r.codeOf(m));
                    }
                    if (checkbox && r.level()) {
                        break outer; // a form's option label: counts for the guard only
                    }
                    boolean plain = !CONTROLS.matcher(text).find();
                    hit = new Hit(r, r.codeOf(m), canon(text), masked.length() > 300
                            ? masked.substring(0, 300) : masked, i, f.labelled(), plain, part);
                    break outer;
                }
            }
            levelWords.looked(i);
            if (hit == null) {
                String w = extraLevelWord(forms);
                if (w != null) {
                    levelWords.add(i, w, null);
                }
            }
            if (hit != null) {
                hits.add(hit);
            }
        }

        // item-level evidence
        Map<String, List<int[]>> blockSpans = new LinkedHashMap<>();
        for (int bi = 0; bi < blocks.size(); bi++) {
            blockSpans.put(blocks.get(bi).name(), findBlocks(lines, blocks.get(bi), keyLines(keys, rules.size() + bi, lines)));
        }
        boolean authority = !blockSpans.getOrDefault("authority", List.of()).isEmpty();
        boolean cuiDi = !blockSpans.getOrDefault("cui_di", List.of()).isEmpty();
        List<Finding> portionFindings = new ArrayList<>();
        boolean portionsInUse = portions(t, lines, hits, authority, portionFindings);
        ev.govSeen = authority || cuiDi || portionsInUse || hits.stream().anyMatch(h -> h.rule().plainCode() == null
                && !h.code().startsWith("CORP") && !h.code().equals("DEFENSE_RELATED"));

        Map<String, Integer> repeats = new HashMap<>();
        Map<String, Integer> ruleCounts = new HashMap<>();
        for (Hit h : hits) {
            repeats.merge(h.code() + "\u0000" + h.text(), 1, Integer::sum);
        }
        Map<String, Finding> out = new LinkedHashMap<>();
        List<Hit> accepted = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Hit h : hits) {
            MarkingRule r = h.rule();
            Line l = lines.get(h.line());
            boolean repeated = repeats.get(h.code() + "\u0000" + h.text()) >= 2;
            boolean supported = r.support().stream().anyMatch(s -> switch (s) {
                case "authority" -> authority;
                case "cui" -> cuiDi || portionsInUse;
                case "jp-meta" -> ev.jpMeta();
                case "labelled" -> h.labelled();
                default -> false;
            });
            boolean edge = l.weakEdge() || repeated;
            boolean ok = switch (r.position()) {
                case ANY -> true;
                case EDGE -> edge || supported || h.labelled();
                case STRONG_EDGE -> l.strongEdge() || repeated || h.labelled();
            };
            if (!ok) {
                continue;
            }
            if (r.level() && h.plain() && !h.labelled() && !h.part() && levelWords.listedWithOthers(h.line(), h.text(), h.code())) {
                continue;
            }
            Extras x = extras.get(r.id());
            if (x != null && x.unlessNext() != null && !l.strongEdge() && h.line() + 1 < lines.size()
                    && x.unlessNext().matcher(lines.get(h.line() + 1).norm().strip()).find()) {
                continue; // 【注意】 over a list of notes is a heading, not a stamp
            }
            if (l.u().isCell() && l.u().row() > 1 && l.u().columnHeader() != null
                    && matchesAny(support.dataColumns(), TextNormalizer.normalize(l.u().columnHeader()))) {
                continue; // a register's classification column, a list's name column: values of records
            }
            double s = edge || l.strongEdge() || h.labelled() ? r.score() : r.bodyScore();
            if (l.u().headerFooter()) {
                s += 0.05;
            }
            if (repeated) {
                s += 0.03;
            }
            accepted.add(h);
            scores.add(Math.min(1.0, s));
            ruleCounts.merge(r.id(), 1, Integer::sum);
        }
        for (int k = 0; k < accepted.size(); k++) {
            Hit h = accepted.get(k);
            if (ruleCounts.get(h.rule().id()) < h.rule().minCount()) {
                continue;
            }
            String code = h.code();
            if (h.rule().ukCode() != null && ev.uk()) {
                code = h.rule().ukCode();
            } else if (h.rule().plainCode() != null && !ev.gov()) {
                code = h.rule().plainCode();
            }
            Line l = lines.get(h.line());
            put(out, PatternDetector.finding(t, Category.MARKING, code, h.masked(), h.masked(), scores.get(k),
                    "marking:" + h.rule().id(), l.offset()));
        }
        for (Finding f : portionFindings) {
            put(out, f);
        }
        // blocks: the DI block is CUI; the authority block bears the item's US classification level
        String usLevel = highestOf(out.values(), List.of("US_TOP_SECRET", "US_SECRET", "US_CONFIDENTIAL"));
        for (Block b : blocks) {
            for (int[] span : blockSpans.get(b.name())) {
                String code = "us-level".equals(b.code()) ? usLevel : b.code();
                if (code == null) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int k = span[0]; k <= span[1]; k++) {
                    if (matchesAny(b.labels(), lines.get(k).norm())) {
                        if (text.length() > 0) {
                            text.append(" | ");
                        }
                        text.append(lines.get(k).norm().strip());
                    }
                }
                String masked = text.length() > 300 ? text.substring(0, 300) : text.toString();
                put(out, PatternDetector.finding(t, Category.MARKING, code, masked, masked, b.score(),
                        "marking:block-" + b.name(), lines.get(span[0]).offset()));
            }
        }
        List<Finding> result = collapse(new ArrayList<>(out.values()));
        for (Map.Entry<String, Integer> rl : referenceLists.entrySet()) {
            long distinct = result.stream().map(Finding::type).filter(c -> c.startsWith(rl.getKey())).distinct().count();
            if (distinct > rl.getValue()) {
                result.removeIf(f -> f.type().startsWith(rl.getKey())); // a table of all statements: reference, not a marking
            }
        }
        DefenseRules.Result def = result.isEmpty() ? ev.defense() : null;
        if (def != null && def.defense()) {
            String evidence = String.join("; ", def.terms().subList(0, Math.min(6, def.terms().size())));
            result.add(PatternDetector.finding(t, Category.MARKING, "DEFENSE_RELATED", evidence, evidence,
                    defense.findingScore, "marking:defense-terms", Math.max(0, def.firstOffset())));
        }
        result.sort(Comparator.comparingInt(Finding::offset));
        return result;
    }

    private static void put(Map<String, Finding> out, Finding f) {
        String key = f.type() + "\u0000" + f.masked();
        Finding prev = out.get(key);
        if (prev == null || prev.confidence() < f.confidence()) {
            out.put(key, f);
        }
    }

    private static String highestOf(Iterable<Finding> fs, List<String> order) {
        Set<String> have = new HashSet<>();
        fs.forEach(f -> have.add(f.type()));
        return order.stream().filter(have::contains).findFirst().orElse(null);
    }

    /** Whether two codes are one code or of one collapse group (levels of one marking system). */
    private boolean sameSystem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        for (List<String> g : collapse) {
            if (g.contains(a) && g.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** Within each collapse group only the most severe code present stays (a SECRET file with (C) paragraphs is SECRET). */
    private List<Finding> collapse(List<Finding> fs) {
        Set<String> have = new HashSet<>();
        fs.forEach(f -> have.add(f.type()));
        Set<String> drop = new HashSet<>();
        for (List<String> g : collapse) {
            boolean seen = false;
            for (String c : g) {
                if (seen) {
                    drop.add(c);
                } else if (have.contains(c)) {
                    seen = true;
                }
            }
        }
        fs.removeIf(f -> drop.contains(f.type()));
        return fs;
    }

    private static boolean matchesAny(List<Pattern> ps, String line) {
        for (Pattern p : ps) {
            if (find(p, line)) {
                return true;
            }
        }
        return false;
    }

    /** {@code p.matcher(s).find()}, skipping the regex when no character of {@code s} can start a match. */
    static boolean find(Pattern p, String s) {
        return FirstChars.find(p, s);
    }

    /** Brackets and spaces off, for comparing level words. */
    private static String canon(String s) {
        return s.replaceAll("[\\s\\[\\]()【】〔〕「」『』<>〈〉《》〖〗{}〘〙]", "");
    }

    /**
     * Portion marks at the start of paragraphs. Classified portions count when the item has at least
     * {@code min_count} of them, or a banner/authority block; weak ones ((C) with no controls) only with a banner
     * or authority block, or when the item is portion-marked throughout ((U) paragraphs beside several (C)).
     * Never in an item whose paragraphs are lettered (A) (B) (C). Returns whether portion marking is in use.
     */
    private boolean portions(ScanText t, List<Line> lines, List<Hit> hits, boolean authority, List<Finding> out) {
        if (portions == null) {
            return false;
        }
        record P(int line, String code, boolean weak, String text) {
        }
        List<P> ps = new ArrayList<>();
        boolean enumeration = false;
        int unclassified = 0;
        // both are written '^\(...': then only a line whose first character can start one needs a look
        FirstChars enumStart = FirstChars.startAnchored(portions.enumeration()) ? FirstChars.of(portions.enumeration()) : null;
        FirstChars markStart = FirstChars.startAnchored(portions.pattern()) ? FirstChars.of(portions.pattern()) : null;
        for (int i = 0; i < lines.size(); i++) {
            if (enumStart != null && markStart != null) {
                char c0 = firstNonBlank(lines.get(i).norm());
                if (!enumStart.contains(c0) && !markStart.contains(c0)) {
                    continue;
                }
            }
            String n = lines.get(i).norm().strip();
            if (find(portions.enumeration(), n)) {
                String letter = n.substring(1, 2);
                if (!portions.levels().containsKey(letter)) {
                    enumeration = true;
                }
            }
            Matcher m = portions.pattern().matcher(n);
            if (markStart != null ? !markStart.contains(n.charAt(0)) || !m.lookingAt()
                    : !FirstChars.mayFind(portions.pattern(), n) || !m.find()) {
                continue;
            }
            String mark = m.group(1);
            String code = portions.codeOf(mark);
            if (code == null) {
                continue;
            }
            if (code.isEmpty()) {
                unclassified++;
                continue;
            }
            boolean weak = portions.weak().contains(mark.strip());
            if (weak && portions.weakTrap().matcher(n).find()) {
                continue;
            }
            ps.add(new P(i, code, weak, n));
        }
        if (ps.isEmpty()) {
            return unclassified >= portions.minCount();
        }
        boolean banner = hits.stream().anyMatch(h -> h.code().startsWith("US_") || h.code().startsWith("NATO_")
                || h.code().startsWith("UK_"));
        long strong = ps.stream().filter(p -> !p.weak()).count();
        long weakCount = ps.size() - strong;
        boolean inUse = ps.size() + unclassified >= portions.minCount();
        for (P p : ps) {
            boolean ok;
            if (p.code().equals("US_CUI")) {
                ok = true;
            } else if (p.weak()) {
                ok = !enumeration && (banner || authority || (weakCount >= portions.minCount() && (unclassified > 0
                        || strong > 0)));
            } else {
                ok = (!enumeration || p.text().contains("//")) && (strong >= portions.minCount() || banner
                        || authority || (strong >= 1 && ps.size() + unclassified >= portions.minCount()));
            }
            if (ok) {
                String masked = p.text().length() > 300 ? p.text().substring(0, 300) : p.text();
                out.add(PatternDetector.finding(t, Category.MARKING, p.code(), masked, masked,
                        Math.min(1.0, portions.score() + (ps.size() >= 3 ? 0.05 : 0)), "marking:portion",
                        lines.get(p.line()).offset()));
            }
        }
        return inUse;
    }

    /** Blocks around key lines; {@code keyLines} ascending, a superset of the lines the key matches. */
    /** The first character of a non-blank line that strip() keeps. */
    private static char firstNonBlank(String s) {
        int k = 0;
        while (k < s.length() - 1 && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return s.charAt(k);
    }

    private static List<int[]> findBlocks(List<Line> lines, Block b, Iterable<Integer> keyLines) {
        List<int[]> spans = new ArrayList<>();
        int next = 0; // a found block's lines are not keys of another
        for (int i : keyLines) {
            if (i < next || !find(b.key(), lines.get(i).norm())) {
                continue;
            }
            int from = Math.max(0, i - b.window());
            int to = Math.min(lines.size() - 1, i + b.window());
            Set<Integer> labelsSeen = new HashSet<>();
            boolean required = b.requires() == null;
            int first = i;
            int last = i;
            for (int k = from; k <= to; k++) {
                String n = lines.get(k).norm();
                for (int j = 0; j < b.labels().size(); j++) {
                    if (find(b.labels().get(j), n)) {
                        labelsSeen.add(j);
                        first = Math.min(first, k);
                        last = Math.max(last, k);
                        break;
                    }
                }
                if (b.requires() != null && find(b.requires(), n)) {
                    required = true;
                }
            }
            if (labelsSeen.size() >= b.minLabels() && required) {
                spans.add(new int[] {first, last});
                next = last + 1;
            }
        }
        return spans;
    }

    /** The line joined with up to NOTICE_LINES following lines of the same page, for notices that wrap. */
    private static String join(List<Line> lines, int i, String first) {
        StringBuilder b = new StringBuilder(first);
        TextUnit u = lines.get(i).u();
        for (int k = i + 1; k < lines.size() && k <= i + NOTICE_LINES; k++) {
            TextUnit o = lines.get(k).u();
            if (o.isCell() != u.isCell() || o.page() != u.page()) {
                break;
            }
            String n = lines.get(k).norm().strip();
            if (n.isEmpty()) {
                break;
            }
            b.append(' ').append(n);
        }
        return b.toString();
    }

    private static final Pattern CONTINUE_SENTENCE = Pattern.compile(
            "(?i)^\\s*(?:Other\\s+requests|Requests\\s+for|Further\\s+dissemination|Distribution\\s+(?:is\\s+)?authori[sz]ed|Refer|Disseminate|Violations)");

    /** The notice from its start to the end of the sentence that holds {@code from}, with a following "Other requests ..." sentence. */
    private static String noticeText(String joined, int from) {
        int end = sentenceEnd(joined, from);
        while (end < joined.length() && CONTINUE_SENTENCE.matcher(joined.substring(end)).find()) {
            end = sentenceEnd(joined, end + 1);
        }
        return joined.substring(0, Math.min(end, joined.length())).strip();
    }

    private static int sentenceEnd(String s, int from) {
        for (int k = Math.min(from, s.length()); k < s.length(); k++) {
            char c = s.charAt(k);
            if ((c == '.' || c == '\u3002') && (k + 1 == s.length() || Character.isWhitespace(s.charAt(k + 1)))
                    && !abbreviation(s, k)) {
                return k + 1;
            }
        }
        return s.length();
    }

    // "U.S." / "Sec." / "et seq." / "No." do not end a sentence
    private static boolean abbreviation(String s, int dot) {
        int k = dot - 1;
        while (k >= 0 && Character.isLetter(s.charAt(k))) {
            k--;
        }
        String word = s.substring(k + 1, dot);
        return word.length() == 1 || word.matches("(?i)sec|seq|no|app|inc|co|ltd|corp|vol|para|art|cf|al|etc|u\\.s");
    }

    private static int linesCovered(List<Line> lines, int i, int extraChars) {
        int k = i;
        int left = extraChars;
        while (left > 0 && k + 1 < lines.size() && k < i + 3) {
            k++;
            left -= lines.get(k).norm().strip().length() + 1;
        }
        return k;
    }

    /** Whether {@code s} holds a character \\R breaks at. */
    private static boolean lineBreak(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** The item's lines with their position class. */
    private static List<Line> lines(ScanText t) {
        List<TextUnit> units = t.units();
        int cells = 0;
        for (TextUnit u : units) {
            if (u.isCell()) {
                cells++;
            }
        }
        boolean tabular = !units.isEmpty() && cells * 10 >= units.size() * 6;
        List<Line> raw = new ArrayList<>();
        List<Integer> nonCellPos = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            // most units are one line: no regex split for them
            String[] rawLines = lineBreak(u.text()) ? u.text().split("\\R", -1) : new String[] {u.text()};
            String norm = t.normalized(i);
            String[] normLines = norm.indexOf('\n') >= 0 ? norm.split("\n", -1) : new String[] {norm};
            int pos = t.start(i);
            for (int k = 0; k < normLines.length; k++) {
                String n = normLines[k];
                // NFKC never adds line breaks, so raw and normalised lines pair up by index
                String r = k < rawLines.length ? rawLines[k] : n;
                int offset = pos + (n.length() - n.stripLeading().length());
                pos += n.length() + 1;
                if (n.isBlank()) {
                    continue;
                }
                boolean strong = u.headerFooter() || (u.isCell() && u.row() <= 2) || (!u.isCell() && tabular);
                raw.add(new Line(i, r, n, offset, u, strong, strong));
                if (!u.isCell()) {
                    nonCellPos.add(raw.size() - 1);
                }
            }
        }
        // unpaged running text: the first and last lines stand where a banner or stamp stands
        int n = nonCellPos.size();
        for (int j = 0; j < n; j++) {
            int idx = nonCellPos.get(j);
            Line l = raw.get(idx);
            // (a part of a longer text has the item's top or bottom only if it is the first or last part)
            if (!l.weakEdge() && l.u().page() == 0 && ((j < 8 && t.startsItem()) || (j >= n - 4 && t.endsItem()))) {
                raw.set(idx, new Line(l.unit(), l.raw(), l.norm(), l.offset(), l.u(), false, true));
            }
        }
        return raw;
    }
}
