package org.leakscope.classifiers.marking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho–Corasick over the canonical form of text ({@link RequiredLiterals#canonical}: case folded, whitespace
 * dropped): one pass finds every occurrence of every keyword, however many keywords there are. Characters
 * that occur in no keyword send the automaton back to its start, so prose in other scripts costs one table
 * look-up a character. The start state has a dense row (every character looks there); the other states keep
 * their few children in a short list and fall back along failure links, so the tables stay small enough for
 * the cache (a full DFA over the rule pack was 4.5 MB and missed it on every English letter).
 */
final class KeywordAutomaton {

    /** Receives each occurrence: the keyword's index and the text positions of its first and last character. */
    interface Sink {
        void found(int keyword, int start, int end);
    }

    private static final short SKIP = -1;

    private final short[] classOf;   // text character -> alphabet class; 0: in no keyword; SKIP: whitespace
    private final int[] root;        // class -> state after the start state (dense: every text character looks here)
    private final int[] firstChild;  // state -> its children in childClass/childState: [firstChild[s], firstChild[s + 1])
    private final short[] childClass;
    private final int[] childState;
    private final int[] fail;        // state -> longest proper suffix that is a state
    private final int[][] out;       // state -> keywords ending there (with those of its failure chain), or null
    private final int[] lengths;     // keyword -> canonical length
    private final int ring;          // power of two > the longest keyword

    KeywordAutomaton(List<String> keywords) {
        Map<Character, Short> alphabet = new HashMap<>();
        for (String k : keywords) {
            if (k.isEmpty() || !k.equals(RequiredLiterals.canonical(k))) {
                throw new IllegalArgumentException("keyword must be canonical and non-empty: '" + k + "'");
            }
            for (int i = 0; i < k.length(); i++) {
                alphabet.computeIfAbsent(k.charAt(i), c -> (short) (alphabet.size() + 1));
            }
        }
        if (alphabet.size() >= Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many distinct keyword characters");
        }
        int classes = alphabet.size() + 1;
        classOf = new short[65536];
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            classOf[c] = RequiredLiterals.skipped(ch) ? SKIP : alphabet.getOrDefault(RequiredLiterals.fold(ch), (short) 0);
        }
        // the trie, children kept sorted by class
        List<TreeMap<Short, Integer>> next = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        next.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        lengths = new int[keywords.size()];
        int longest = 1;
        for (int k = 0; k < keywords.size(); k++) {
            String w = keywords.get(k);
            lengths[k] = w.length();
            longest = Math.max(longest, w.length());
            int s = 0;
            for (int i = 0; i < w.length(); i++) {
                short cl = alphabet.get(w.charAt(i));
                Integer t = next.get(s).get(cl);
                if (t == null) {
                    t = next.size();
                    next.get(s).put(cl, t);
                    next.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                }
                s = t;
            }
            ends.get(s).add(k);
        }
        ring = Integer.highestOneBit(longest) << 1;
        int states = next.size();
        firstChild = new int[states + 1];
        int edges = 0;
        for (int s = 0; s < states; s++) {
            firstChild[s] = edges;
            edges += next.get(s).size();
        }
        firstChild[states] = edges;
        childClass = new short[edges];
        childState = new int[edges];
        for (int s = 0, e = 0; s < states; s++) {
            for (Map.Entry<Short, Integer> c : next.get(s).entrySet()) {
                childClass[e] = c.getKey();
                childState[e++] = c.getValue();
            }
        }
        root = new int[classes];
        next.get(0).forEach((cl, t) -> root[cl] = t);
        // failure links and merged outputs, breadth first
        fail = new int[states];
        out = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> own = new ArrayList<>(ends.get(s));
            if (out[fail[s]] != null) {
                for (int k : out[fail[s]]) {
                    own.add(k);
                }
            }
            out[s] = own.isEmpty() ? null : own.stream().mapToInt(Integer::intValue).toArray();
            for (Map.Entry<Short, Integer> c : next.get(s).entrySet()) {
                int t = c.getValue();
                fail[t] = step(fail[s], c.getKey());
                queue.add(t);
            }
        }
    }

    /** The state after {@code s} on class {@code cl} (goto, else along the failure links). */
    private int step(int s, int cl) {
        while (s != 0) {
            for (int e = firstChild[s], end = firstChild[s + 1]; e < end; e++) {
                if (childClass[e] == cl) {
                    return childState[e];
                }
            }
            s = fail[s];
        }
        return root[cl];
    }

    /** Every occurrence of every keyword in {@code text}; whitespace between a keyword's characters is ignored. */
    void scan(CharSequence text, Sink sink) {
        int[] recent = new int[ring]; // positions of the last characters fed, for the start of an occurrence
        int mask = ring - 1;
        int fed = 0;
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int cl = classOf[text.charAt(i)];
            if (cl == 0) {
                s = 0;
                continue;
            }
            if (cl == SKIP) {
                continue;
            }
            recent[fed++ & mask] = i;
            s = s == 0 ? root[cl] : step(s, cl);
            int[] ks = out[s];
            if (ks != null) {
                for (int k : ks) {
                    sink.found(k, recent[(fed - lengths[k]) & mask], i);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "KeywordAutomaton[" + lengths.length + " keywords, " + out.length + " states, " + (root.length - 1)
                + " characters, " + Arrays.stream(lengths).max().orElse(0) + " longest]";
    }
}
