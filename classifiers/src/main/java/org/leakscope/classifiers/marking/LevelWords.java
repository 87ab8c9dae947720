package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.leakscope.classifiers.text.TextUnit;

/**
 * The level words of an item's lines, for the guard against lists of levels (check-box labels of a form, a
 * policy's table of levels). The lines the rules looked at are filled in as they go; any other line can only
 * hold a level word no rule gives (UNCLASSIFIED, 公開), and that is read only when a hit's neighbourhood asks
 * for it: most items have no hit, and reading every line was most of the detector's time.
 */
final class LevelWords {

    private final List<MarkingDetector.Line> lines;
    private final int window;
    private final IntFunction<String> otherWord;
    private final Map<Integer, List<String>> words = new HashMap<>();
    private final BitSet looked = new BitSet();
    private Map<String, List<Integer>> columns; // sheet + column -> cell lines, built when a cell hit asks

    /** @param otherWord the level word no rule gives on a line the rules did not look at, or null */
    LevelWords(List<MarkingDetector.Line> lines, int window, IntFunction<String> otherWord) {
        this.lines = lines;
        this.window = window;
        this.otherWord = otherWord;
    }

    void add(int line, String canon) {
        words.computeIfAbsent(line, k -> new ArrayList<>(1)).add(canon);
    }

    /** The rules looked at this line: its words are complete. */
    void looked(int line) {
        looked.set(line);
    }

    private List<String> on(int line) {
        if (!looked.get(line)) {
            looked.set(line);
            String w = otherWord.apply(line);
            if (w != null) {
                add(line, w);
            }
        }
        return words.getOrDefault(line, List.of());
    }

    /**
     * True when a different level word stands within the window of lines of {@code line} or, for a table
     * cell, in the same column within the window of rows. A list of levels stands in one part of the item: a
     * page header's 社外秘 over a 取扱注意 stamp in the body are two markings, not a list.
     */
    boolean listedWithOthers(int line, String canon) {
        boolean edgePart = lines.get(line).u().headerFooter();
        for (int j = Math.max(0, line - window); j <= Math.min(lines.size() - 1, line + window); j++) {
            if (j != line && lines.get(j).u().headerFooter() == edgePart && differs(on(j), canon)) {
                return true;
            }
        }
        TextUnit u = lines.get(line).u();
        if (!u.isCell()) {
            return false;
        }
        for (int j : column(u)) {
            TextUnit o = lines.get(j).u();
            if (j != line && Math.abs(u.row() - o.row()) <= window && differs(on(j), canon)) {
                return true;
            }
        }
        return false;
    }

    private static boolean differs(List<String> ws, String canon) {
        for (String w : ws) {
            if (!w.equals(canon)) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> column(TextUnit u) {
        if (columns == null) {
            columns = new HashMap<>();
            for (int j = 0; j < lines.size(); j++) {
                TextUnit o = lines.get(j).u();
                if (o.isCell()) {
                    columns.computeIfAbsent(key(o), k -> new ArrayList<>()).add(j);
                }
            }
        }
        return columns.getOrDefault(key(u), List.of());
    }

    private static String key(TextUnit u) {
        return Objects.toString(u.sheet()) + "\u0000" + (u.sheet() == null ? "n" : "s") + "\u0000"
                + Objects.toString(u.column()) + "\u0000" + (u.column() == null ? "n" : "s");
    }
}
