package org.leakscope.classifiers.resolve;

import java.util.Arrays;

/** Disjoint sets of records 0..size-1, grown one record at a time. The smallest record of a set is its root. */
final class UnionFind {

    private int[] parent = new int[1024];
    private int size;

    /** A new record in a set of its own; returns its number. */
    int add() {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size + (size >> 1));
        }
        parent[size] = size;
        return size++;
    }

    int size() {
        return size;
    }

    int find(int i) {
        int[] p = parent;
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            // the smaller index stays root: deterministic regardless of merge order
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
