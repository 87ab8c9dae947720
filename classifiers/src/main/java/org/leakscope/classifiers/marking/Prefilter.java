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
 * has to look at and which item-level patterns (context hints, defense terms) can match at all. A regex runs only where a keyword
 * of each of its keyword sets stands ({@link RequiredLiterals#allOf}: "This document ... EAR" needs an opening word and a
 * regulation's name on one line), so the detector's cost follows its hits, not text times rules.
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
    private final Map<Pattern, int[][]> itemPatterns = new IdentityHashMap<>(); // pattern -> keyword ids per clause
    private final int linePatterns;
    private final int[] reach;
    private final BitSet everywhere = new BitSet();   // line patterns without keywords
    private final int[][] lineUsers;                  // keyword -> line patterns
    private final int[][] lineUserClauses;            // keyword -> the clause of each of those patterns it is in
    private final int[] clauseCount;                  // line pattern -> its keyword sets, all required

    /** @param lines line patterns in the caller's numbering, each with its reach */
    Prefilter(List<Pattern> lines, int[] reach, List<Pattern> items) {
        this.linePatterns = lines.size();
        this.reach = reach.clone();
        List<List<int[]>> users = new ArrayList<>(); // keyword -> {line pattern, clause}
        ampersand = id("&", users);
        clauseCount = new int[lines.size()];
        for (int p = 0; p < lines.size(); p++) {
            List<Set<String>> clauses = lines.get(p) == null ? List.of() : RequiredLiterals.allOf(lines.get(p));
            if (clauses.isEmpty()) {
                everywhere.set(p);
                continue;
            }
            clauseCount[p] = clauses.size();
            for (int c = 0; c < clauses.size(); c++) {
                for (String k : clauses.get(c)) {
                    users.get(id(k, users)).add(new int[] {p, c});
                }
            }
        }
        for (Pattern p : items) {
            List<Set<String>> clauses = RequiredLiterals.allOf(p);
            itemPatterns.put(p, clauses.isEmpty() ? null : clauses.stream()
                    .map(ks -> ks.stream().mapToInt(k -> id(k, users)).toArray()).toArray(int[][]::new));
        }
        lineUsers = new int[users.size()][];
        lineUserClauses = new int[users.size()][];
        for (int k = 0; k < users.size(); k++) {
            lineUsers[k] = users.get(k).stream().mapToInt(u -> u[0]).toArray();
            lineUserClauses[k] = users.get(k).stream().mapToInt(u -> u[1]).toArray();
        }
        keywordScan = new KeywordScan(keywords);
    }

    private int id(String keyword, List<List<int[]>> users) {
        return keywordIds.computeIfAbsent(keyword, k -> {
            keywords.add(k);
            users.add(new ArrayList<>());
            return keywords.size() - 1;
        });
    }

    /** The keywords of line pattern {@code p} (its first, most selective set), or null when it has none. */
    Set<String> keywordsOfLine(int p) {
        List<Set<String>> all = clausesOfLine(p);
        return all == null ? null : all.get(0);
    }

    /** The keyword sets of line pattern {@code p}, each one required, or null when it has none (tried on every line). */
    List<Set<String>> clausesOfLine(int p) {
        if (everywhere.get(p)) {
            return null;
        }
        List<Set<String>> out = new ArrayList<>();
        for (int c = 0; c < clauseCount[p]; c++) {
            out.add(new java.util.TreeSet<>());
        }
        for (int k = 0; k < lineUsers.length; k++) {
            for (int u = 0; u < lineUsers[k].length; u++) {
                if (lineUsers[k][u] == p) {
                    out.get(lineUserClauses[k][u]).add(keywords.get(k));
                }
            }
        }
        return out;
    }

    /** The keywords of an item pattern (its first set), or null when it has none (it is always run). */
    Set<String> keywordsOfItem(Pattern p) {
        List<Set<String>> all = clausesOfItem(p);
        return all == null ? null : all.get(0);
    }

    /** The keyword sets of an item pattern, each one required, or null when it has none (it is always run). */
    List<Set<String>> clausesOfItem(Pattern p) {
        int[][] cs = itemPatterns.get(p);
        if (cs == null) {
            return null;
        }
        List<Set<String>> out = new ArrayList<>();
        for (int[] ks : cs) {
            Set<String> set = new java.util.TreeSet<>();
            for (int k : ks) {
                set.add(keywords.get(k));
            }
            out.add(set);
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
        Map<Integer, BitSet[]> partial = new java.util.HashMap<>(); // a pattern with several sets: lines per set
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
            for (int u = 0; u < lineUsers[k].length; u++) {
                int p = lineUsers[k][u];
                int from = Math.max(0, first - reach[p]);
                if (clauseCount[p] > 1) {
                    BitSet[] sets = partial.computeIfAbsent(p, x -> new BitSet[clauseCount[x]]);
                    int c = lineUserClauses[k][u];
                    if (sets[c] == null) {
                        sets[c] = new BitSet();
                    }
                    sets[c].set(from, last + 1);
                    continue;
                }
                for (int l = from; l <= last; l++) {
                    lines.computeIfAbsent(l, x -> new BitSet(linePatterns)).set(p);
                }
            }
        });
        // a line is a candidate of such a pattern only where every one of its sets has a keyword within reach
        partial.forEach((p, sets) -> {
            BitSet both = null;
            for (BitSet s : sets) {
                if (s == null) {
                    return;
                }
                if (both == null) {
                    both = (BitSet) s.clone();
                } else {
                    both.and(s);
                }
            }
            for (int l = both.nextSetBit(0); l >= 0; l = both.nextSetBit(l + 1)) {
                lines.computeIfAbsent(l, x -> new BitSet(linePatterns)).set(p);
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
            int[][] clauses = itemPatterns.get(p);
            if (clauses == null) {
                return true;
            }
            for (int[] ks : clauses) {
                boolean one = false;
                for (int k : ks) {
                    one |= found.get(k);
                }
                if (!one) {
                    return false;
                }
            }
            return true;
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
