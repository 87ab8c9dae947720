package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.PatternDetector;

/**
 * One entry of the labels rule pack: a label, then the value on the same line or the next. For values
 * without a shape of their own (names, licence, pension, account numbers) the label is the evidence.
 */
public final class LabelledValueDetector extends PatternDetector {

    private static final String SEP = "[ \\t]*(?:[:：#]|は)?[ \\t]*\\n?[ \\t]*";

    private final MaskStyle mask;
    private final List<String> match;
    private final List<String> noMatch;

    LabelledValueDetector(String id, String type, Pattern regex, double score, MaskStyle mask,
                          List<String> match, List<String> noMatch) {
        super("label:" + id, type, List.of(new Rule(id, regex, score)), ContextWords.NONE, ContextWords.NONE);
        this.mask = mask;
        this.match = match;
        this.noMatch = noMatch;
    }

    /** Builds every entry of the {@code labels} pack; a bad entry fails naming file, entry and key. */
    public static List<LabelledValueDetector> fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("labels");
        List<LabelledValueDetector> out = new ArrayList<>();
        for (Map<String, Object> e : RulePackSupport.entries(pack.yaml(), "labels", pack.source())) {
            String where = pack.source() + ": labels entry " + e.get("id");
            String id = RulePackSupport.string(e, "id", where);
            String type = RulePackSupport.string(e, "type", where);
            String label = RulePackSupport.string(e, "label", where);
            String value = RulePackSupport.string(e, "value", where);
            RulePackSupport.regex(label, 0, where, "label");
            RulePackSupport.regex(value, 0, where, "value");
            // the label must not be the tail of a longer word ("to" in "photo")
            Pattern p = RulePackSupport.regex("(?<![\\p{L}\\p{N}])(?i:" + label + ")" + SEP + "(?<v>" + value + ")",
                    0, where, "label/value");
            Object ex = e.get("examples");
            Map<?, ?> exm = ex instanceof Map<?, ?> m ? m : Map.of();
            out.add(new LabelledValueDetector(id, type, p, RulePackSupport.score(e, where),
                    MaskStyle.parse(e.get("mask"), where),
                    ClassifierConfig.stringList(exm.get("match"), where + " examples.match"),
                    ClassifierConfig.stringList(exm.get("no_match"), where + " examples.no_match")));
        }
        return out;
    }

    public List<String> examplesMatch() {
        return match;
    }

    public List<String> examplesNoMatch() {
        return noMatch;
    }

    @Override
    protected String normalizeValue(String raw) {
        return raw.strip();
    }

    @Override
    protected String mask(String value) {
        return mask.apply(value);
    }
}
