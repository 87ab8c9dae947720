package org.leakscope.pipeline.extract;

import java.util.List;
import java.util.Locale;

/**
 * A database row's links ({@link org.leakscope.classifiers.text.TextUnit#rowLinks}): its own entity key, from its
 * {@code id} column ({@code patients} row id 1: {@code patient:1}), and the key of the one row it refers to by a
 * foreign-key column ({@code visits.patient_id} 1: {@code patient:1}). A visit's diagnosis names nobody; the people
 * step joins it to the patient it refers to, so that the patient is known to have health data exposed.
 *
 * <p>Read from names only (a dump's FOREIGN KEY constraints come after its data, if at all): a column
 * {@code <entity>_id} refers to the table named for that entity (patient_id → patients, customer_id → dtb_customer,
 * category_id → categories, user_account_id → user_accounts). The self part may hold two keys, comma-separated:
 * the whole name's and the one after its last underscore. A row with several such columns (sender_id and recipient_id, customer_id and
 * employee_id) refers to no one: which of them the row is about is not known.
 */
final class RowLinks {

    private RowLinks() {
    }

    /** {@code self|ref} of a row of {@code table} (either part may be empty), or null when it has neither. */
    static String of(String table, List<String> columns, List<String> values) {
        String whole = singular(bare(table));
        String entity = entity(table);
        String self = null;
        String ref = null;
        int refs = 0;
        for (int c = 0; c < columns.size() && c < values.size(); c++) {
            String v = values.get(c) == null ? "" : values.get(c).strip();
            if (v.isEmpty() || v.length() > 64) {
                continue;
            }
            String name = columns.get(c).strip().toLowerCase(Locale.ROOT);
            if (name.equals("id") || name.equals(entity + "_id") || name.equals(entity + "id")
                    || name.equals(whole + "_id")) {
                if (self == null) {
                    // user_accounts: user_account_id elsewhere; dtb_customer: customer_id
                    self = whole.equals(entity) ? entity + ":" + v : whole + ":" + v + "," + entity + ":" + v;
                }
            } else if (name.endsWith("_id") && name.length() > 3) {
                refs++;
                ref = singular(name.substring(0, name.length() - 3)) + ":" + v;
            }
        }
        if (refs != 1) {
            ref = null;
        }
        if (self == null && ref == null) {
            return null;
        }
        return (self == null ? "" : self) + "|" + (ref == null ? "" : ref);
    }

    /**
     * The entity a table holds, as foreign-key columns name it: its name without schema, without a prefix before
     * its last underscore (wp_users, dtb_customer) and singular (patients → patient, categories → category).
     */
    static String entity(String table) {
        String t = bare(table);
        int us = t.lastIndexOf('_');
        if (us > 0 && us < t.length() - 1) {
            t = t.substring(us + 1);
        }
        return singular(t);
    }

    private static String bare(String table) {
        return table.strip().toLowerCase(Locale.ROOT);
    }

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 3) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 1) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
