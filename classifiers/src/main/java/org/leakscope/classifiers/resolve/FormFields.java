package org.leakscope.classifiers.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's unnamed fields belong to the person the form names beside them. A record of one item that holds no
 * written full name, no e-mail and no phone (an "orphan": a form row "生年月日 | … | 住所 | …" under the
 * applicant's "氏名 | …" row, a tax slip's address and My Number rows above its 氏名 row, a P45's "private address"
 * and "date of birth" boxes below its NI number and name parts) is joined to:
 * <ul>
 *   <li>a table row: the nearest row of the same sheet within {@link #ROW_REACH} rows that names a person,
 *       the one above first (a form's current person changes at each new 氏名 row: the dependants' rows below the
 *       applicant's are theirs, not the applicant's);</li>
 *   <li>a block of running text: the item's one block that names a person; when no block names one in full, the
 *       other unnamed blocks (one person's form written out box by box). An item naming two people or more (a
 *       mail's sender and recipients) gives its unnamed blocks to none of them. A block known only by a phone or
 *       an e-mail counts as naming someone else, unless it holds what is only a person's own (a diagnosis, a birth
 *       date) and the item names one person in full: a clinic note's "Plan: … Patient phone …" is the patient's.</li>
 * </ul>
 * Never across a conflict: two values of one identifier type or two birth dates are two people. Only small items
 * are read this way ({@link #MAX_RECORDS}): a form is a few records, a roster's rows all name their people.
 */
final class FormFields {

    /** Items of more records are rosters or dumps, not forms. */
    static final int MAX_RECORDS = 64;
    /**
     * The key of a block of running text made of a form table's cells (a table laid out as label | value, read as
     * running text): a block for every rule here but {@link #rowsOfTheNamedPerson}, where it is one person's boxes.
     */
    static final String FORM_BLOCK = "\u0001form";
    /** How far (in rows) an unnamed row looks for its person. */
    static final int ROW_REACH = 3;

    private FormFields() {
    }

    /** Receives two records to join. */
    interface Joins {
        void join(int a, int b);
    }

    /**
     * The joins of the item's records {@code first .. first + keys.length - 1}: {@code keys[k]} is the row key
     * of record {@code first + k} (sheet + "#" + row), or null for a block of running text.
     */
    static void join(Records recs, int first, String[] listedKeys, Joins out) {
        int n = listedKeys.length;
        if (n < 2 || n > MAX_RECORDS) {
            return;
        }
        String[] keys = listedKeys.clone();
        boolean[] formBlock = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (FORM_BLOCK.equals(keys[k])) {
                formBlock[k] = true;
                keys[k] = null;
            }
        }
        Fields[] fields = new Fields[n];
        boolean rowsJoined = rowsOfTheNamedPerson(recs, first, keys, formBlock, fields, out);
        boolean[] named = new boolean[n];
        boolean anyOrphan = false;
        for (int k = 0; k < n; k++) {
            named[k] = namesSomeone(recs, first + k);
            // (a running-text block known only by a phone or an e-mail may be the named person's: see below)
            anyOrphan |= !named[k] || (keys[k] == null && !namesInFull(recs, first + k) && holdsPersonsOwn(recs, first + k));
        }
        if (!anyOrphan) {
            return;
        }
        // rows by sheet, in row order
        Map<String, List<int[]>> sheets = new LinkedHashMap<>();
        List<Integer> blocks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (keys[k] == null) {
                blocks.add(k);
                continue;
            }
            String key = org.leakscope.classifiers.text.TextUnit.rowOf(keys[k]);
            int hash = key.lastIndexOf('#');
            int row = hash < 0 ? -1 : rowNumber(key, hash + 1);
            if (row >= 0) {
                sheets.computeIfAbsent(key.substring(0, hash), s -> new ArrayList<>()).add(new int[] {row, k});
            }
        }
        for (List<int[]> rows : rowsJoined ? List.<List<int[]>>of() : sheets.values()) {
            rows.sort((a, b) -> Integer.compare(a[0], b[0]));
            contactRowsOfTheNamedPerson(recs, first, rows, fields, out);
            boolean[] joined = new boolean[n];
            int namedRows = 0;
            int namedRow = -1;
            for (int i = 0; i < rows.size(); i++) {
                int k = rows.get(i)[1];
                if (named[k]) {
                    namedRows++;
                    namedRow = k;
                    continue;
                }
                int to = nearestNamed(rows, i, -1, named);
                if (to < 0 || !(joined[k] = tryJoin(recs, first, fields, to, k, out))) {
                    to = nearestNamed(rows, i, +1, named);
                    if (to >= 0) {
                        joined[k] = tryJoin(recs, first, fields, to, k, out);
                    }
                }
            }
            // a sheet that names one person (a lab report: 氏名 and 生年月日 at the top, a result table, the 所見 below
            // it): its health rows beyond reach are that person's too (a finding is about the person the report is
            // on; a birth date or an address far below may start another, unnamed, record)
            if (namedRows == 1 && namesInFull(recs, first + namedRow)) {
                for (int[] row : rows) {
                    if (!named[row[1]] && !joined[row[1]] && onlyHealth(recs, first + row[1])) {
                        tryJoin(recs, first, fields, namedRow, row[1], out);
                    }
                }
            }
        }
        if (blocks.size() >= 2) {
            int inFull = 0;
            for (int k : blocks) {
                inFull += namesInFull(recs, first + k) ? 1 : 0;
            }
            int person = -1;
            int people = 0;
            for (int k : blocks) {
                // a block known only by a phone or an e-mail that holds what is only ever a person's own (a diagnosis,
                // a birth date: "Plan: ... Patient phone ..." under a note's "Patient: NAME  DOB: ...") is the one
                // person's the item names in full; any other such block names someone else
                boolean theirs = inFull == 1 && !namesInFull(recs, first + k) && holdsPersonsOwn(recs, first + k);
                if (named[k] && !theirs) {
                    people++;
                    person = k;
                }
            }
            // nobody named in full: one person's boxes only when at most one block holds an identifier (a page of
            // test data with an SSN here and a card number there is not one person)
            if (people == 0 && blocksWithIds(recs, first, blocks) > 1) {
                people = 2;
            }
            if (people <= 1) {
                for (int k : blocks) {
                    if (k == person) {
                        continue;
                    }
                    if (person < 0) {
                        person = k; // nobody named in full: the first unnamed block takes the others
                        continue;
                    }
                    tryJoin(recs, first, fields, person, k, out);
                }
            }
        }
    }

    /**
     * A form whose running text names one person in full (履歴書: 氏名 and 生年月日 as paragraphs) and whose table
     * rows name nobody (住所 | …, 電話 | …, メール | …: known at most by a phone or an e-mail; a table laid out as a form,
     * read as running text, is such rows too: {@code formBlock}) holds that person's
     * contacts in its rows when the form is about them (a birth date, a diagnosis in the text or the rows): every
     * row is joined to the person's block, when no row's value conflicts with theirs
     * and the rows hold one value of each kind at most (a table of several phones or addresses is a list, a
     * branch directory, not one person's boxes). True when the rows were joined.
     */
    private static boolean rowsOfTheNamedPerson(Records recs, int first, String[] keys, boolean[] formBlock,
                                                Fields[] fields, Joins out) {
        int person = -1;
        List<Integer> rows = new ArrayList<>();
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (int k = 0; k < keys.length; k++) {
            int r = first + k;
            if (keys[k] == null && !formBlock[k]) {
                if (namesInFull(recs, r)) {
                    if (person >= 0) {
                        return false; // two people named in the text
                    }
                    person = k;
                } else if (namesSomeone(recs, r)) {
                    return false; // someone else known by a phone or an e-mail
                }
                continue;
            }
            for (int f = recs.start(r); f < recs.end(r); f++) {
                if ("PERSON_NAME".equals(recs.type(f)) || !kinds.add(recs.type(f))) {
                    return false;
                }
            }
            rows.add(k);
        }
        if (person < 0 || rows.isEmpty()) {
            return false;
        }
        // a form about the person: their birth date or the like beside the name, or in the rows (a letter naming its
        // addressee over a table with the sender's office phone is no such form)
        boolean about = false;
        for (int k = 0; k < keys.length; k++) {
            about |= holdsPersonsOwn(recs, first + k); // the text's blocks name no one else (above)
        }
        if (!about) {
            return false;
        }
        Fields all = new Fields();
        all.add(recs, first + person);
        for (int k : rows) {
            Fields mine = new Fields();
            mine.add(recs, first + k);
            if (all.conflicts(mine)) {
                return false;
            }
            all.values.putAll(mine.values);
        }
        for (int k : rows) {
            tryJoin(recs, first, fields, person, k, out);
        }
        return true;
    }

    /**
     * A form's rows below a person's name that give a phone or an e-mail and no name ("7 | Mobile telephone | …",
     * "8 | E-mail address | …" under "1 | Full name | Brennan, Priya T." on an e-QIP table) are that person's when
     * the person has no phone, or no e-mail, yet: each row joins the last row naming someone in full, within
     * {@link #ROW_REACH} rows of the person's last row, unless it would give the person a second phone or e-mail
     * or its values conflict. Only a row of that one value: a row giving an address and a phone (a 源泉徴収票's
     * payer below the dependants) is someone's block of its own. A row naming nobody extends the person's rows (the
     * orphan pass joins it below); any other row ends them. {@code rows}: the sheet's rows in row order.
     */
    private static void contactRowsOfTheNamedPerson(Records recs, int first, List<int[]> rows, Fields[] fields,
                                                    Joins out) {
        int owner = -1;
        int lastRow = -1;
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (int[] row : rows) {
            int k = row[1];
            int r = first + k;
            if (namesInFull(recs, r)) {
                owner = k;
                lastRow = row[0];
                kinds.clear();
                kinds.addAll(contactKinds(recs, r));
                continue;
            }
            if (owner < 0 || row[0] - lastRow > ROW_REACH) {
                owner = -1;
                continue;
            }
            java.util.Set<String> mine = contactKinds(recs, r);
            if (mine.isEmpty()) {
                lastRow = row[0];
                continue;
            }
            // one field's value alone ("Mobile telephone | …"): a row of an address and a phone below the
            // dependants of a 源泉徴収票 is the payer's, an organisation's block
            if (recs.end(r) - recs.start(r) != 1 || !java.util.Collections.disjoint(kinds, mine)
                    || !tryJoin(recs, first, fields, owner, k, out)) {
                owner = -1;
                continue;
            }
            kinds.addAll(mine);
            lastRow = row[0];
        }
    }

    /** Record {@code r} holds health data and nothing else. */
    private static boolean onlyHealth(Records recs, int r) {
        for (int f = recs.start(r); f < recs.end(r); f++) {
            if (!"HEALTH_INFO".equals(recs.type(f))) {
                return false;
            }
        }
        return recs.end(r) > recs.start(r);
    }

    /** The contact kinds (EMAIL_ADDRESS, PHONE_NUMBER) record {@code r} holds. */
    private static java.util.Set<String> contactKinds(Records recs, int r) {
        java.util.Set<String> out = new java.util.HashSet<>(2);
        for (int f = recs.start(r); f < recs.end(r); f++) {
            String type = recs.type(f);
            if ("EMAIL_ADDRESS".equals(type) || "PHONE_NUMBER".equals(type)) {
                out.add(type);
            }
        }
        return out;
    }

    private static int blocksWithIds(Records recs, int first, List<Integer> blocks) {
        int with = 0;
        for (int k : blocks) {
            for (int f = recs.start(first + k); f < recs.end(first + k); f++) {
                if (SubjectResolver.STRONG.contains(recs.type(f))) {
                    with++;
                    break;
                }
            }
        }
        return with;
    }

    private static int rowNumber(String key, int from) {
        if (from >= key.length() || key.length() - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The nearest row in direction {@code dir} from {@code rows[i]} within reach that names someone, or -1. */
    private static int nearestNamed(List<int[]> rows, int i, int dir, boolean[] named) {
        int row = rows.get(i)[0];
        for (int j = i + dir; j >= 0 && j < rows.size(); j += dir) {
            if (Math.abs(rows.get(j)[0] - row) > ROW_REACH) {
                return -1;
            }
            if (named[rows.get(j)[1]]) {
                return rows.get(j)[1];
            }
        }
        return -1;
    }

    /** Whether records {@code a} and {@code b} may be one person's: no one-per-person value of theirs conflicts. */
    static boolean joinable(Records recs, int a, int b) {
        Fields fa = new Fields();
        fa.add(recs, a);
        Fields fb = new Fields();
        fb.add(recs, b);
        return !fa.conflicts(fb);
    }

    /** Joins record {@code k} to the fields of {@code to} unless they conflict. */
    private static boolean tryJoin(Records recs, int first, Fields[] fields, int to, int k, Joins out) {
        if (fields[to] == null) {
            fields[to] = new Fields();
            fields[to].add(recs, first + to);
        }
        Fields mine = new Fields();
        mine.add(recs, first + k);
        if (fields[to].conflicts(mine)) {
            return false;
        }
        fields[to].values.putAll(mine.values);
        out.join(first + to, first + k);
        return true;
    }

    /** A written full name (not a reading, not one word). */
    private static boolean namesInFull(Records recs, int r) {
        for (int f = recs.start(r); f < recs.end(r); f++) {
            if ("PERSON_NAME".equals(recs.type(f))) {
                String v = recs.value(r, f).strip();
                if (!PersonNames.isKanaOnly(v) && PersonNames.key(v) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What is only ever a person's own, never an organisation's: health data, a birth date, biometrics. */
    private static final java.util.Set<String> PERSONS_OWN = java.util.Set.of("HEALTH_INFO", "DATE_OF_BIRTH", "BIOMETRIC");

    private static boolean holdsPersonsOwn(Records recs, int r) {
        for (int f = recs.start(r); f < recs.end(r); f++) {
            if (PERSONS_OWN.contains(recs.type(f))) {
                return true;
            }
        }
        return false;
    }

    /** A written full name (not a reading, not one word), an e-mail or a phone. */
    static boolean namesSomeone(Records recs, int r) {
        for (int f = recs.start(r); f < recs.end(r); f++) {
            String type = recs.type(f);
            if ("EMAIL_ADDRESS".equals(type) || "PHONE_NUMBER".equals(type)) {
                return true;
            }
        }
        return namesInFull(recs, r);
    }

    /** The one-per-person values of the records joined so far: identifiers by type and the birth date. */
    private static final class Fields {
        final Map<String, String> values = new HashMap<>(4);

        void add(Records recs, int r) {
            for (int f = recs.start(r); f < recs.end(r); f++) {
                String type = recs.type(f);
                if ("DATE_OF_BIRTH".equals(type)) {
                    String d = SubjectResolver.isoDate(recs.value(r, f));
                    if (d != null) {
                        values.putIfAbsent(type, d);
                    }
                } else if (SubjectResolver.MERGE_KEYS.contains(type)) {
                    values.putIfAbsent(type, SubjectResolver.idValue(recs.value(r, f)));
                }
            }
        }

        boolean conflicts(Fields o) {
            for (Map.Entry<String, String> e : o.values.entrySet()) {
                String have = values.get(e.getKey());
                if (have != null && !have.equals(e.getValue())) {
                    return true;
                }
            }
            return false;
        }
    }
}
