package org.leakscope.classifiers.marking;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.FirstChars;

/**
 * One marking rule of the rule pack, compiled. {@link #code} may contain "$1" (replaced by the match's
 * group 1, e.g. the letter of a distribution statement).
 *
 * @param position  where the line must stand to count: {@link Position#ANY} (body lines count, with
 *                  {@code bodyScore}), {@link Position#EDGE} (header/footer, page edge, first/last lines of an
 *                  unpaged item, title cells, or repeated in the item, or supported by a block of the item),
 *                  {@link Position#STRONG_EDGE} (a real header/footer region or title cell, or repeated)
 * @param bodyScore confidence when the line stands in the body (position ANY)
 * @param level     the match is a bare level word ("SECRET", 秘, 社外秘): a form that lists several different
 *                  level words next to each other (check-box labels) is not a marking
 * @param notice    the rule matches a notice that may wrap: the line is joined with up to 3 following lines
 * @param support   item-level evidence that lets an EDGE rule count in the body: authority, cui, jp-meta
 * @param ukCode    code to use instead when the item bears UK caveats (bare SECRET in a UK EYES ONLY file)
 * @param plainCode code to use instead when the item has no government context (bare CONFIDENTIAL on a
 *                  company slide deck is a company marking)
 */
public record MarkingRule(String id, String code, Mode mode, Pattern pattern, int minCount, double score,
                          String source, List<String> examplesMatch, List<String> examplesNoMatch,
                          Position position, double bodyScore, boolean level, boolean notice,
                          List<String> support, String ukCode, String plainCode) {

    /** How a rule looks at a line; see the header of config/markings/markings.yml. */
    public enum Mode { LINE, FIND, STAMP, RAW }

    /** Where a match must stand; see the record doc. */
    public enum Position { ANY, EDGE, STRONG_EDGE }

    /** Back-compatible constructor: position ANY, body score = score. */
    public MarkingRule(String id, String code, Mode mode, Pattern pattern, int minCount, double score,
                       String source, List<String> examplesMatch, List<String> examplesNoMatch) {
        this(id, code, mode, pattern, minCount, score, source, examplesMatch, examplesNoMatch, Position.ANY, score,
                false, false, List.of(), null, null);
    }

    // bracket pairs a stamp may stand in (after NFKC, full-width brackets are mostly ASCII already)
    static final String[][] PAIRS = {{"【", "】"}, {"〔", "〕"}, {"[", "]"}, {"(", ")"}, {"「", "」"},
        {"『", "』"}, {"<", ">"}, {"〈", "〉"}, {"《", "》"}, {"〖", "〗"}, {"{", "}"}, {"〘", "〙"}};

    /** Copy numbers and designation details that may follow a stamp: 秘 第3号, 秘 (全5部のうち第2号), 注意 No. 2/5. */
    static final String TAIL = "(?:[\\s]*(?:\\([^)]{1,40}\\)|全?\\d+部(?:のうち|中|の内)?第?\\d+号|第\\d+号|No\\.?\\s*\\d+(?:\\s*/\\s*\\d+)?"
            + "|\\d+\\s*/\\s*\\d+))?";

    /**
     * A stamp pattern: one of the words, letter-spaced or not, bare or inside one matching bracket pair, alone
     * on the line (a copy number or designation detail may follow).
     */
    static Pattern stampPattern(List<String> words) {
        StringBuilder alt = new StringBuilder();
        for (String w : words) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            int[] cps = w.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (i > 0) {
                    alt.append("[\\s]*");
                }
                alt.append(Pattern.quote(new String(Character.toChars(cps[i]))));
            }
        }
        StringBuilder framed = new StringBuilder("(?:").append(alt).append(')');
        for (String[] p : PAIRS) {
            framed.append("|").append(Pattern.quote(p[0])).append("\\s*(?:").append(alt).append(")\\s*")
                    .append(Pattern.quote(p[1]));
        }
        return Pattern.compile("^\\s*(?:" + framed + ")" + TAIL + "\\s*$");
    }

    /** The code this rule gives for a line, or null when it does not match. */
    public String matchLine(String normalizedLine, String rawLine) {
        Matcher m = matcher(normalizedLine, rawLine);
        return m == null ? null : codeOf(m);
    }

    /** The matcher positioned on a hit, or null. */
    Matcher matcher(String normalizedLine, String rawLine) {
        String line = mode == Mode.RAW ? rawLine : normalizedLine;
        if (line == null) {
            return null;
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        boolean whole = mode == Mode.LINE || mode == Mode.STAMP;
        // most find rules are written '^\W{0,3}...': tried at the line's start only, not at every position
        boolean atStart = !whole && FirstChars.startAnchored(pattern);
        // most lines cannot start a match of most rules: one character test instead of a regex run
        if (whole ? !FirstChars.mayMatchAt0(pattern, trimmed)
                : atStart ? !FirstChars.mayMatchAt0(pattern, line) : !FirstChars.mayFind(pattern, line)) {
            return null;
        }
        Matcher m = pattern.matcher(whole ? trimmed : line);
        boolean hit = whole ? m.matches() : atStart ? m.lookingAt() : m.find();
        return hit ? m : null;
    }

    String codeOf(Matcher m) {
        if (code.contains("$1") && m.groupCount() >= 1 && m.group(1) != null) {
            return code.replace("$1", m.group(1).toUpperCase(Locale.ROOT));
        }
        return code;
    }
}
