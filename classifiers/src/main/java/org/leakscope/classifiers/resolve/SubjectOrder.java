package org.leakscope.classifiers.resolve;

import java.util.Comparator;

/**
 * The order subject ids follow: the text {@code emails|phones|docIds|name|dataElements} (each set joined with
 * ","), compared as {@link String#compareTo} compares it, but read in place instead of built: at 340,000 people
 * the joined keys took tens of MB at the end of resolution. Holds two reading positions: one instance per sort.
 */
final class SubjectOrder implements Comparator<Subject> {

    private final Reader left = new Reader();
    private final Reader right = new Reader();

    @Override
    public int compare(Subject x, Subject y) {
        left.start(x);
        right.start(y);
        while (true) {
            int a = left.next();
            int b = right.next();
            if (a != b) {
                return a < 0 ? -1 : b < 0 ? 1 : a - b; // the shorter text first, as String.compareTo
            }
            if (a < 0) {
                return 0;
            }
        }
    }

    /** Reads a subject's key text a char at a time; -1 at its end. */
    private static final class Reader {
        private static final String[] NONE = {};
        private final String[][] fields = new String[5][];
        private final String[] name = new String[1];
        private int field;
        private int item;
        private int pos;

        void start(Subject s) {
            fields[0] = SortedStrings.items(s.emails());
            fields[1] = SortedStrings.items(s.phones());
            fields[2] = SortedStrings.items(s.docIds());
            name[0] = s.name();
            fields[3] = s.name() == null ? NONE : name;
            fields[4] = SortedStrings.items(s.dataElements());
            field = 0;
            item = 0;
            pos = 0;
        }

        int next() {
            String[] values = fields[field];
            if (item < values.length) {
                String v = values[item];
                if (pos < v.length()) {
                    return v.charAt(pos++);
                }
                item++;
                pos = 0;
                if (item < values.length) {
                    return ',';
                }
            }
            if (field == fields.length - 1) {
                return -1;
            }
            field++;
            item = 0;
            pos = 0;
            return '|';
        }
    }
}
