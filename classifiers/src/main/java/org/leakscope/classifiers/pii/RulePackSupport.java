package org.leakscope.classifiers.pii;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reading rule-pack entries with errors that name the file, the entry and the key. */
final class RulePackSupport {

    private RulePackSupport() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> entries(Map<String, Object> yaml, String key, String source) {
        Object o = yaml.get(key);
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l) || !l.stream().allMatch(Map.class::isInstance)) {
            throw new IllegalArgumentException(source + ": key " + key + ": must be a list of mappings");
        }
        return (List<Map<String, Object>>) o;
    }

    static String string(Map<String, Object> e, String key, String where) {
        Object o = e.get(key);
        if (!(o instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(where + ": key " + key + ": required text");
        }
        return s;
    }

    static double score(Map<String, Object> e, String where) {
        Object o = e.get("score");
        if (!(o instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
            throw new IllegalArgumentException(where + ": key score: must be a number in 0..1, got " + o);
        }
        return n.doubleValue();
    }

    static Pattern regex(String regex, int flags, String where, String key) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException ex) {
            throw new IllegalArgumentException(where + ": key " + key + ": bad regex: " + ex.getDescription());
        }
    }
}
