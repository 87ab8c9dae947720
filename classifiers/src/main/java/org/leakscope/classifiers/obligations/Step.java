package org.leakscope.classifiers.obligations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One step of a rule: who is told by when (a computed date or the words of the law). */
public final class Step {

    private static final Set<String> KEYS = Set.of("label", "to", "hours", "days", "latest_days",
            "after_year_end_days", "text", "when", "note");

    private final String label;
    private final String to;
    private final Integer hours;
    private final Integer days;
    private final Integer latestDays;
    private final Integer afterYearEndDays;
    private final String text;
    private final Condition when;
    private final String note;

    Step(Map<?, ?> m, String where, Map<String, List<String>> groups) {
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(where + ": unknown key '" + k + "'; known: " + new TreeSet<>(KEYS));
            }
        }
        this.label = ObligationRule.text(m.get("label"), where + ".label", true);
        this.to = ObligationRule.text(m.get("to"), where + ".to", true);
        this.hours = num(m.get("hours"), where + ".hours");
        this.days = num(m.get("days"), where + ".days");
        this.latestDays = num(m.get("latest_days"), where + ".latest_days");
        this.afterYearEndDays = num(m.get("after_year_end_days"), where + ".after_year_end_days");
        this.text = ObligationRule.text(m.get("text"), where + ".text", false);
        int kinds = (hours != null ? 1 : 0) + (days != null ? 1 : 0) + (afterYearEndDays != null ? 1 : 0)
                + (text != null ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException(where + ": give exactly one of hours, days, after_year_end_days, text");
        }
        if (latestDays != null && (days == null || latestDays < days)) {
            throw new IllegalArgumentException(where + ".latest_days: needs days, and must not be less than it");
        }
        this.when = m.containsKey("when") ? Condition.parse(m.get("when"), where + ".when", groups) : null;
        this.note = ObligationRule.text(m.get("note"), where + ".note", false);
    }

    public String label() {
        return label;
    }

    public String to() {
        return to;
    }

    public String note() {
        return note;
    }

    boolean applies(Condition.Context ctx) {
        return when == null || when.test(ctx, null);
    }

    /** The deadline counted from the incident date, or null when the law gives no period. */
    public LocalDate deadline(LocalDate incident) {
        if (hours != null) {
            // whole days: 72 h from some time of the incident date end on the third day after it
            return incident.plusDays((hours + 23) / 24);
        }
        if (days != null) {
            return incident.plusDays(days);
        }
        if (afterYearEndDays != null) {
            return LocalDate.of(incident.getYear(), 12, 31).plusDays(afterYearEndDays);
        }
        return null;
    }

    /** "label date", "label date..latest" or "label: words". */
    public String describe(LocalDate incident) {
        LocalDate d = deadline(incident);
        if (d == null) {
            return label + ": " + text;
        }
        if (latestDays != null && !latestDays.equals(days)) {
            return label + " " + d + ".." + incident.plusDays(latestDays);
        }
        return label + " " + d;
    }

    private static Integer num(Object o, String where) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number n && n.intValue() >= 0 && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        throw new IllegalArgumentException(where + ": must be a whole number >= 0, got " + o);
    }
}
