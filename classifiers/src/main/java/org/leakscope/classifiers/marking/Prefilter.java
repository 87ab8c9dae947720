package org.leakscope.classifiers.marking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.leakscope.classifiers.text.ScanText;

/**
 * The keywords of every regex of the rule pack ({@link RequiredLiterals}), found by the classifier's one pass
 * over an item ({@link KeywordScan}): where they stand tells which lines each line pattern (a rule, a block key)
 * has to look at and which item-level patterns (context hints, defense terms) can match at all. A regex runs only where one of its
 * keywords stands, so the detector's cost follows its hits, not text times rules.
 *
 * <p>Line patterns are numbered by the caller; {@code reach} is how many lines before a keyword's line the
 * pattern may still see it (a notice is joined with the 3 lines after it). A pattern with no keyword is
 * wanted everywhere: it stays correct, only slow.
 */
final class Prefilter {

    /** Keyword index of '&': a spreadsheet header code (&C) may stand inside a keyword; see LineForms. */
    private final int ampersand;
    private final KeywordScan keywordScan;
    private final List<String> keywords = new ArrayList<>();
    private final Map<String, Integer> keywordIds = new LinkedHashMap<>();
    private final Map<Pattern, int[]> itemPatterns = new IdentityHashMap<>();
    private final int linePatterns;
    private final int[] reach;
    private final BitSet everywhere = new BitSet();   // line patterns without keywords
    private final int[][] lineUsers;                  // keyword -> line patterns

    /** @param lines line patterns in the caller's numbering, each with its reach */
    Prefilter(List<Pattern> lines, int[] reach, List<Pattern> items) {
        this.linePatterns = lines.size();
        this.reach = reach.clone();
        List<List<Integer>> users = new ArrayList<>();
        ampersand = id("&", users);
        for (int p = 0; p < lines.size(); p++) {
            Set<String> ks = lines.get(p) == null ? null : RequiredLiterals.of(lines.get(p));
            if (ks == null) {
                everywhere.set(p);
                continue;
            }
            for (String k : ks) {
                users.get(id(k, users)).add(p);
            }
        }
        for (Pattern p : items) {
            Set<String> ks = RequiredLiterals.of(p);
            itemPatterns.put(p, ks == null ? null : ks.stream().mapToInt(k -> id(k, users)).toArray());
        }
        lineUsers = new int[users.size()][];
        for (int k = 0; k < users.size(); k++) {
            lineUsers[k] = users.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        keywordScan = new KeywordScan(keywords);
    }

    private int id(String keyword, List<List<Integer>> users) {
        return keywordIds.computeIfAbsent(keyword, k -> {
            keywords.add(k);
            users.add(new ArrayList<>());
            return keywords.size() - 1;
        });
    }

    /** The keywords of line pattern {@code p}, or null when it has none (it is tried on every line). */
    Set<String> keywordsOfLine(int p) {
        if (everywhere.get(p)) {
            return null;
        }
        Set<String> out = new java.util.TreeSet<>();
        for (int k = 0; k < lineUsers.length; k++) {
            for (int u : lineUsers[k]) {
                if (u == p) {
                    out.add(keywords.get(k));
                }
            }
        }
        return out;
    }

    /** The keywords of an item pattern, or null when it has none (it is always run). */
    Set<String> keywordsOfItem(Pattern p) {
        int[] ks = itemPatterns.get(p);
        if (ks == null) {
            return null;
        }
        Set<String> out = new java.util.TreeSet<>();
        for (int k : ks) {
            out.add(keywords.get(k));
        }
        return out;
    }

    /** The keywords' regexes, for the classifier's union automaton. */
    List<Pattern> keywordPatterns() {
        return keywordScan.patterns();
    }

    /**
     * Where the keywords stand in an item. {@code lineStarts}: the text offset of each line's first non-blank
     * character, ascending (every keyword character is non-blank, so it lies on the last line starting at or
     * before it).
     */
    Item scan(ScanText t, int[] lineStarts) {
        BitSet found = new BitSet(keywords.size());
        TreeMap<Integer, BitSet> lines = new TreeMap<>();
        BitSet spreadsheet = new BitSet();
        keywordScan.scan(t, (k, start, end) -> {
            found.set(k);
            if (lineUsers[k].length == 0 && k != ampersand) {
                return; // an item-level keyword: where it stands does not matter
            }
            int last = lineOf(lineStarts, end);
            int first = lineOf(lineStarts, start); // a keyword may run over a line break (whitespace is skipped)
            if (k == ampersand) {
                spreadsheet.set(last);
            }
            for (int p : lineUsers[k]) {
                for (int l = Math.max(0, first - reach[p]); l <= last; l++) {
                    lines.computeIfAbsent(l, x -> new BitSet(linePatterns)).set(p);
                }
            }
        });
        return new Item(found, lines, spreadsheet);
    }

    /** The last line starting at or before {@code offset} (the first line when none does). */
    private static int lineOf(int[] lineStarts, int offset) {
        int lo = 0;
        int hi = lineStarts.length; // the first line starting after offset lies in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.max(0, lo - 1);
    }

    /** What the scan of one item found. */
    final class Item {
        private final BitSet found;
        private final TreeMap<Integer, BitSet> lines;
        private final BitSet ampersandLines;

        private Item(BitSet found, TreeMap<Integer, BitSet> lines, BitSet ampersandLines) {
            this.found = found;
            this.lines = lines;
            this.ampersandLines = ampersandLines;
        }

        /** False when the item-level pattern {@code p} surely finds nothing in the item. */
        boolean may(Pattern p) {
            if (!itemPatterns.containsKey(p)) {
                return true; // not registered: no claim
            }
            int[] ks = itemPatterns.get(p);
            if (ks == null) {
                return true;
            }
            for (int k : ks) {
                if (found.get(k)) {
                    return true;
                }
            }
            return false;
        }

        /** Line index -> the line patterns that may match there (a keyword stands within their reach). */
        TreeMap<Integer, BitSet> lines() {
            return lines;
        }

        /** Lines holding '&' (a spreadsheet header code may hide a keyword from the scan). */
        BitSet ampersandLines() {
            return ampersandLines;
        }

        /** Line patterns wanted on every line (they have no keyword). */
        BitSet everywhere() {
            return everywhere;
        }
    }
}
