package org.leakscope.classifiers.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The normalised text of one item as detectors see it: every unit normalised, joined by '\n' so that
 * a label on one line is context for a value on the next. Maps any offset back to its unit.
 */
public final class ScanText {

    private final List<TextUnit> units;
    private final List<String> normalized;
    private final int[] starts;
    private final String text;

    public ScanText(List<TextUnit> units) {
        this.units = List.copyOf(units);
        this.normalized = new ArrayList<>(units.size());
        this.starts = new int[units.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            starts[i] = sb.length();
            String n = TextNormalizer.normalize(units.get(i).text());
            normalized.add(n);
            sb.append(n);
        }
        this.text = sb.toString();
    }

    public static ScanText ofLines(String... lines) {
        List<TextUnit> u = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            u.add(TextUnit.line(i + 1, lines[i]));
        }
        return new ScanText(u);
    }

    public String text() {
        return text;
    }

    public List<TextUnit> units() {
        return units;
    }

    public String normalized(int unitIndex) {
        return normalized.get(unitIndex);
    }

    public int start(int unitIndex) {
        return starts[unitIndex];
    }

    /** Index of the unit holding {@code offset} (the '\n' after a unit belongs to it). */
    public int unitIndexAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    public TextUnit unitAt(int offset) {
        return units.get(unitIndexAt(offset));
    }

    /**
     * The text around a hit that may hold a label, lower-cased. For a table cell that is its column
     * header plus the cell itself: neighbouring cells belong to other columns and would mislead.
     * For running text it is a window of the joined text.
     */
    public String context(int start, int end, int before, int after) {
        int ui = unitIndexAt(start);
        TextUnit u = units.get(ui);
        if (u.isCell()) {
            String header = u.columnHeader() == null ? "" : TextNormalizer.normalize(u.columnHeader());
            String cell = normalized.get(ui);
            return (header + " \n " + cell).toLowerCase(Locale.ROOT);
        }
        int from = Math.max(0, start - before);
        int to = Math.min(text.length(), end + after);
        return text.substring(from, start).toLowerCase(Locale.ROOT) + " \u0000 "
                + text.substring(end, to).toLowerCase(Locale.ROOT);
    }

    /** Only the text before a hit (for labels that must precede), same rules as {@link #context}. */
    public String contextBefore(int start, int before) {
        String c = context(start, start, before, 0);
        int cut = c.indexOf('\u0000');
        return cut >= 0 ? c.substring(0, cut) : c;
    }
}
