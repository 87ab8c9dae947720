package org.leakscope.classifiers.marking;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One marking rule of the rule pack, compiled. {@link #code} may contain "$1" (replaced by the match's
 * group 1, e.g. the letter of a distribution statement).
 */
public record MarkingRule(String id, String code, Mode mode, Pattern pattern, int minCount, double score,
                          String source, List<String> examplesMatch, List<String> examplesNoMatch) {

    /** How a rule looks at a line; see the header of config/markings/markings.yml. */
    public enum Mode { LINE, FIND, STAMP, RAW }

    // brackets and boxes a stamp may stand in, before and after NFKC
    static final String OPEN = "[【〔［\\[(（「『<＜□■〈《]";
    static final String CLOSE = "[】〕］\\])）」』>＞□■〉》]";

    /** A stamp pattern: one of the words, letter-spaced or not, optionally bracketed, alone on the line. */
    static Pattern stampPattern(List<String> words) {
        StringBuilder alt = new StringBuilder();
        for (String w : words) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            int[] cps = w.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (i > 0) {
                    alt.append("[\\s\\u3000]*");
                }
                alt.append(Pattern.quote(new String(Character.toChars(cps[i]))));
            }
        }
        return Pattern.compile("^[\\s\\u3000]*" + OPEN + "?[\\s\\u3000]*(?:" + alt + ")[\\s\\u3000]*" + CLOSE
                + "?[\\s\\u3000]*$");
    }

    /** The code this rule gives for a line, or null when it does not match. */
    public String matchLine(String normalizedLine, String rawLine) {
        String line = mode == Mode.RAW ? rawLine : normalizedLine;
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        Matcher m = pattern.matcher(mode == Mode.LINE ? trimmed : line);
        boolean hit = mode == Mode.LINE || mode == Mode.STAMP ? m.matches() : m.find();
        if (!hit) {
            return null;
        }
        if (code.contains("$1") && m.groupCount() >= 1 && m.group(1) != null) {
            return code.replace("$1", m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        return code;
    }
}
