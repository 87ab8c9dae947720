package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
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
    private final BiPredicate<String, String> sameSystem;
    private final Map<Integer, List<Word>> words = new HashMap<>();
    private final BitSet looked = new BitSet();
    private Map<String, List<Integer>> columns; // sheet + column -> cell lines, built when a cell hit asks

    /** A level word as written (canonical form) and its code; null for a level word no rule gives (UNCLASSIFIED). */
    private record Word(String canon, String code) {
    }

    /**
     * @param otherWord the level word no rule gives on a line the rules did not look at, or null
     * @param sameSystem whether two codes are levels of one marking system
     */
    LevelWords(List<MarkingDetector.Line> lines, int window, IntFunction<String> otherWord,
               BiPredicate<String, String> sameSystem) {
        this.lines = lines;
        this.window = window;
        this.otherWord = otherWord;
        this.sameSystem = sameSystem;
    }

    /** {@code code}: the word's code, null for a level word no rule gives. */
    void add(int line, String canon, String code) {
        words.computeIfAbsent(line, k -> new ArrayList<>(1)).add(new Word(canon, code));
    }

    /** The rules looked at this line: its words are complete. */
    void looked(int line) {
        looked.set(line);
    }

    private List<Word> on(int line) {
        if (!looked.get(line)) {
            looked.set(line);
            String w = otherWord.apply(line);
            if (w != null) {
                add(line, w, null);
            }
        }
        return words.getOrDefault(line, List.of());
    }

    /**
     * True when a different level word of the same marking system (or one no rule gives: UNCLASSIFIED, 公開), or
     * two different level words of any systems, stand within the window of lines of {@code line} or, for a table
     * cell, in the same column within the window of rows. A list of levels stands in one part of the item: a
     * page header's 社外秘 over a 取扱注意 stamp in the body are two markings, not a list; nor are 極秘 over
     * 取扱注意 (a level and a handling mark), while 極秘 / 秘 / 取扱注意 in a policy's table are.
     */
    boolean listedWithOthers(int line, String canon, String code) {
        Set<String> others = new HashSet<>(2);
        boolean edgePart = lines.get(line).u().headerFooter();
        for (int j = Math.max(0, line - window); j <= Math.min(lines.size() - 1, line + window); j++) {
            if (j != line && lines.get(j).u().headerFooter() == edgePart && listed(on(j), canon, code, others)) {
                return true;
            }
        }
        TextUnit u = lines.get(line).u();
        if (!u.isCell()) {
            return false;
        }
        for (int j : column(u)) {
            TextUnit o = lines.get(j).u();
            if (j != line && Math.abs(u.row() - o.row()) <= window && listed(on(j), canon, code, others)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the words of {@code ws} other than {@code canon} to {@code others}; true once they make a list. */
    private boolean listed(List<Word> ws, String canon, String code, Set<String> others) {
        for (Word w : ws) {
            if (w.canon().equals(canon)) {
                continue;
            }
            if (w.code() == null || code == null || sameSystem.test(code, w.code())) {
                return true;
            }
            others.add(w.canon());
            if (others.size() >= 2) {
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
