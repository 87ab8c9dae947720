package org.leakscope.classifiers.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * A word list grouped by first character, for asking which words may stand at a position of a text: the few
 * words that begin with the character there, not every word of the list (a hundred titles had been tried at each
 * kanji of a Japanese line). Words keep the list's order within a group.
 */
public final class WordsByFirstChar {

    private static final String[] NONE = new String[0];

    private final char[] firsts;
    private final String[][] groups;

    public WordsByFirstChar(Collection<String> words) {
        TreeMap<Character, List<String>> byFirst = new TreeMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            }
        }
        firsts = new char[byFirst.size()];
        groups = new String[byFirst.size()][];
        int i = 0;
        for (var e : byFirst.entrySet()) {
            firsts[i] = e.getKey();
            groups[i++] = e.getValue().toArray(String[]::new);
        }
    }

    /** The words that begin with {@code c}, in the list's order (none: an empty array). */
    public String[] startingWith(char c) {
        int i = Arrays.binarySearch(firsts, c);
        return i < 0 ? NONE : groups[i];
    }

    /** The smallest first character of a word (no word begins below it); {@code '\uffff'} for no words. */
    public char lowestFirst() {
        return firsts.length == 0 ? Character.MAX_VALUE : firsts[0];
    }
}
