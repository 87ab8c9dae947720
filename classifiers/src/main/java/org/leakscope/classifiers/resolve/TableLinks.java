package org.leakscope.classifiers.resolve;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A database row that names nobody belongs to the row it refers to: a clinic dump's {@code visits} row (a
 * diagnosis, a prescription) to its {@code patients} row by {@code patient_id}, an orders row's card number to its
 * customer. The links come from the extractor ({@link org.leakscope.classifiers.text.TextUnit#rowLinks}:
 * {@code self|ref}); within one item, a record without a written full name, e-mail or phone whose ref is the self
 * key of exactly one record that names someone is joined to it, unless their one-per-person values conflict (two
 * birth dates, two SSNs). A row that names a person of its own (an order's recipient) is joined to no one.
 */
final class TableLinks {

    private TableLinks() {
    }

    /**
     * Whether a row with {@code links} ({@code self|ref}) may take part in a join: one that names someone and has a
     * key of its own, or one that names no one and refers to a row.
     */
    static boolean takesPart(String links, boolean named) {
        int bar = links.indexOf('|');
        return named ? bar > 0 : bar >= 0 && bar < links.length() - 1;
    }

    /**
     * The joins of the item's records: {@code links.get(i)} are the links of record {@code records[i]}, which names
     * someone when {@code named} holds {@code i}, as {@link ItemRecords#links} lists them.
     */
    static void join(Records recs, int[] records, List<String> links, BitSet named, FormFields.Joins out) {
        if (links.isEmpty()) {
            return;
        }
        Map<String, Integer> bySelf = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            String l = links.get(i);
            int bar = l.indexOf('|');
            if (bar <= 0 || !named.get(i)) {
                continue;
            }
            for (String self : l.substring(0, bar).split(",")) {
                // a key two rows claim (a table twice, two tables of one entity) says nothing
                bySelf.merge(self, records[i], (a, b) -> a.equals(b) ? a : -1);
            }
        }
        for (int i = 0; i < links.size(); i++) {
            String l = links.get(i);
            int bar = l.indexOf('|');
            if (named.get(i) || bar < 0 || bar == l.length() - 1) {
                continue;
            }
            Integer to = bySelf.get(l.substring(bar + 1));
            if (to != null && to >= 0 && FormFields.joinable(recs, to, records[i])) {
                out.join(to, records[i]);
            }
        }
    }
}
