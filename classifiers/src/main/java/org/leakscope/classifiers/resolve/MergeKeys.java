package org.leakscope.classifiers.resolve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongBiFunction;

/**
 * Rule 2 of {@link SubjectResolver}: records sharing a merge key (an e-mail in lower case, an E.164 phone, a
 * strong identifier, a full name with a birth date) are one person.
 *
 * <p>Found by sorting, not by a map of the keys: each key of each record is taken as one long, the key's 32-bit
 * hash above the record's number ({@link #add}); at the end the longs are sorted and the records of one hash,
 * side by side, are joined on the keys they really share, read again from the records ({@link #joinAll}), so
 * two keys of one hash never join two people. The longs are sorted {@code runKeys} at a time and written to
 * files in the run's folder as sorted runs, then merged: the heap holds a fixed buffer whatever the number of
 * keys, where a hash map of first owners held some 100 bytes a row of a roster. Joining is order-free
 * (union-find, the smallest record the root), so the sets are those of joining record by record.
 */
final class MergeKeys implements AutoCloseable {

    /** Receives the merge keys of a record: kind (a finding type, or "name+dob") and key. */
    interface KeySink {
        void key(String kind, String key);
    }

    /** Keys sorted in memory at a time: 8 MB. */
    static final int RUN_KEYS = 1 << 20;
    private static final int READ_BUFFER = 1 << 16;
    private static final String NAME_DOB = "name+dob";
    /**
     * A full name with a bank account number: an account number alone is short and bank-local and joins nobody
     * (SubjectResolver.MERGE_KEYS), but one account beside one name in two records (a payroll export's row and the
     * ACH or BACS entry paying it) is one person.
     */
    private static final String NAME_ACCOUNT = "name+account";
    /**
     * A full name with a street line: the registers of one town or county (a voter file, a tax roll, a jail roster, a
     * 住基 export and a 水道 list) give a resident's name and home and no phone or e-mail to join on, and one name at
     * one street address is one person (a Jr. and a Sr. are two: the generation is part of the key).
     */
    private static final String NAME_ADDRESS = "name+address";

    private final ToLongBiFunction<String, String> hash;
    private Nicknames nicknames = Nicknames.NONE;
    private final Path dir;
    private final int runKeys;
    private long[] keys = new long[1024];
    private int count;
    private final List<Path> runs = new ArrayList<>();

    /** All keys in memory. */
    MergeKeys() {
        this(null, Integer.MAX_VALUE, MergeKeys::hash);
    }

    /**
     * @param dir     where sorted runs are written (made when needed), null: none, all keys in memory
     * @param runKeys keys sorted in memory at a time
     * @param hash    of kind and key (tests make keys collide)
     */
    MergeKeys(Path dir, int runKeys, ToLongBiFunction<String, String> hash) {
        this.dir = dir;
        this.runKeys = Math.max(1, runKeys);
        this.hash = hash;
    }

    /** Given-name variants, so that "Bob Smith" and "Robert Smith" on one phone are not taken for a household. */
    MergeKeys nicknames(Nicknames variants) {
        this.nicknames = variants;
        return this;
    }

    /** Takes the merge keys of record {@code rec}. */
    void add(Records recs, int rec) {
        forEachKey(recs, rec, null, (kind, key) -> {
            if (count == keys.length) {
                if (dir != null && count >= runKeys) {
                    spill();
                } else {
                    keys = Arrays.copyOf(keys, (int) Math.min(Integer.MAX_VALUE - 8,
                            Math.min(dir != null ? runKeys : Long.MAX_VALUE, 2L * count)));
                }
            }
            keys[count++] = ((long) hash32(kind, key) << 32) | rec;
        });
    }

    /** Joins, in {@code sets}, the records that share a merge key; once, after the last {@link #add}. */
    void joinAll(Records recs, UnionFind sets) {
        Arrays.sort(keys, 0, count);
        if (runs.isEmpty()) {
            joinSorted(new Sorted() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < count;
                }

                @Override
                public long next() {
                    return keys[i++];
                }
            }, recs, sets);
        } else {
            if (count > 0) {
                spill();
            }
            keys = new long[0];
            try (Merge merge = new Merge(runs)) {
                joinSorted(merge, recs, sets);
            }
        }
    }

    /** Deletes the sorted runs. */
    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + run + ": " + e.getMessage(), e);
            }
        }
        runs.clear();
    }

    private void spill() {
        Arrays.sort(keys, 0, count);
        try {
            Files.createDirectories(dir);
            Path run = Files.createTempFile(dir, "keys-", ".run");
            runs.add(run);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run),
                    READ_BUFFER))) {
                for (int i = 0; i < count; i++) {
                    out.writeLong(keys[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write merge keys in " + dir + ": " + e.getMessage(), e);
        }
        count = 0;
    }

    /** The keys in ascending order. */
    private interface Sorted {
        boolean hasNext();

        long next();
    }

    /** The records of each hash, side by side in {@code sorted}, joined on the keys they share. */
    private void joinSorted(Sorted sorted, Records recs, UnionFind sets) {
        int[] group = new int[16];
        int n = 0;
        int groupHash = 0;
        while (true) {
            boolean more = sorted.hasNext();
            long k = more ? sorted.next() : 0;
            int h = (int) (k >>> 32);
            int rec = (int) k;
            if (n > 0 && (!more || h != groupHash)) {
                if (n > 1) {
                    joinGroup(groupHash, group, n, recs, sets);
                }
                n = 0;
            }
            if (!more) {
                return;
            }
            groupHash = h;
            if (n > 0 && group[n - 1] == rec) {
                continue; // two keys of one record with one hash
            }
            if (n == group.length) {
                group = Arrays.copyOf(group, n * 2);
            }
            group[n++] = rec;
        }
    }

    /** Identifiers a person has one of: records holding two values of one are two people. */
    static final Set<String> ONE_PER_PERSON = Set.of("US_SSN", "US_ITIN", "JP_MY_NUMBER", "UK_NINO");
    /**
     * Keys that people share without being one person (a household's or an office's phone, a team's mailbox):
     * they join records only when the records' one-per-person identifiers agree.
     */
    /**
     * What a name and a street line join only where the records agree on: besides the one-per-person identifiers, the
     * e-mail (a customer roster's 400 rows of 山田 太郎 at nine addresses, each with a mailbox of their own, are 400
     * people; a landline on one record and a mobile on another are one person's).
     */
    static final Set<String> ONE_PER_ADDRESS_KEY = java.util.stream.Stream.concat(ONE_PER_PERSON.stream(),
            java.util.stream.Stream.of("EMAIL_ADDRESS")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final Set<String> SHAREABLE = Set.of("EMAIL_ADDRESS", "PHONE_NUMBER", NAME_DOB, NAME_ACCOUNT, NAME_ADDRESS);

    /**
     * Records {@code group[0..n)}, in ascending order, each holding some key of hash {@code h}: the records of
     * each key are joined, unless the key is a {@link #SHAREABLE} one and its records hold two values of one
     * {@link #ONE_PER_PERSON} identifier (a roster whose rows give the office's number beside each employee's
     * SSN: one shared phone made all of them one person), or for name + street two e-mail addresses
     * ({@link #ONE_PER_ADDRESS_KEY}).
     */
    private void joinGroup(int h, int[] group, int n, Records recs, UnionFind sets) {
        Map<String, List<Integer>> owners = new LinkedHashMap<>(4);
        for (int i = 0; i < n; i++) {
            int rec = group[i];
            forEachKey(recs, rec, null, (kind, key) -> {
                if (hash32(kind, key) == h) {
                    List<Integer> of = owners.computeIfAbsent(kind + '\u0000' + key, k -> new ArrayList<>(2));
                    if (of.isEmpty() || of.get(of.size() - 1) != rec) {
                        of.add(rec);
                    }
                }
            });
        }
        for (Map.Entry<String, List<Integer>> e : owners.entrySet()) {
            List<Integer> of = e.getValue();
            if (of.size() < 2) {
                continue;
            }
            String kind = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            if (SHAREABLE.contains(kind) && twoPeople(recs, of, NAME_ADDRESS.equals(kind) ? ONE_PER_ADDRESS_KEY : ONE_PER_PERSON)) {
                continue;
            }
            if (!NAME_DOB.equals(kind) && !NAME_ACCOUNT.equals(kind) && !NAME_ADDRESS.equals(kind)
                    && joinHousehold(recs, of, sets)) {
                continue;
            }
            for (int i = 1; i < of.size(); i++) {
                sets.union(of.get(0), of.get(i));
            }
        }
    }

    /**
     * A phone or e-mail that records give beside two people by name ({@link #twoByName}): two members of one
     * household (石川 真由美 and 石川 彩 on a 扶養控除 form's rows with the home number, "John Hale Sr." and "John Hale
     * Jr."), or two names with nothing in common (an office's number beside each employee of a roster, a mother's
     * phone as a child's emergency contact). It joins the records of each person among themselves, never across,
     * and the records naming nobody to none of them. Returns false (join all as usual) when the records do not
     * name two such people.
     */
    private boolean joinHousehold(Records recs, List<Integer> records, UnionFind sets) {
        List<String> names = new ArrayList<>(records.size());
        boolean two = false;
        for (int rec : records) {
            String name = oneName(recs, rec);
            names.add(name);
            if (name != null && !two) {
                for (String other : names) {
                    if (other != null && twoByName(name, other, nicknames)) {
                        two = true;
                        break;
                    }
                }
            }
        }
        if (!two) {
            return false;
        }
        // each name joins the first person written with the same name or a variant of it (Bob Hale with Robert
        // Hale, not with Jane Hale nor with a Mary Jones born Hale: the key is shared, so it says nothing of who is
        // who); in record order, so the same input always gives the same people
        List<List<String>> people = new ArrayList<>(2);
        List<Integer> firstRecord = new ArrayList<>(2);
        for (int i = 0; i < records.size(); i++) {
            String name = names.get(i);
            if (name == null) {
                continue;
            }
            int person = 0;
            while (person < people.size() && !onePerson(people.get(person), name)) {
                person++;
            }
            if (person == people.size()) {
                people.add(new ArrayList<>(2));
                firstRecord.add(records.get(i));
            } else {
                sets.union(firstRecord.get(person), records.get(i));
            }
            people.get(person).add(name);
        }
        return true;
    }

    private boolean onePerson(List<String> namesOfOne, String name) {
        for (String n : namesOfOne) {
            if (!sameName(n, name)) {
                return false;
            }
        }
        return true;
    }

    /** One name, up to middle initials and given-name variants, of one generation. */
    private boolean sameName(String a, String b) {
        if (!generation(a).equals(generation(b))) {
            return false;
        }
        Set<String> va = nicknames.keys(PersonNames.key(a));
        for (String v : nicknames.keys(PersonNames.key(b))) {
            if (va.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** Two people by their names: one household ({@link #household}) or names with no part in common ({@link #unrelated}). */
    static boolean twoByName(String a, String b, Nicknames nicknames) {
        return household(a, b, nicknames) || unrelated(a, b, nicknames);
    }

    /**
     * Two full names in one script with no part in common: "Barbara Brown" / "John Jones", 山田 太郎 / 佐藤 花子 (no
     * kanji shared). A maiden name keeps the given name ("Mary Smith" / "Mary Jones"), a variant keeps the family
     * name (Bob / Robert, 髙橋 / 高橋), a given name may be shortened ("Chris" / "Christopher") or a nickname of
     * the other's ("Peggy" / "Margaret"), and a romanisation or a reading is in another script: none is two people.
     * Initials and one-letter parts say nothing.
     */
    static boolean unrelated(String a, String b, Nicknames nicknames) {
        String ka = PersonNames.key(a);
        String kb = PersonNames.key(b);
        if (ka == null || kb == null || ka.equals(kb)) {
            return false;
        }
        boolean ja = PersonNames.isJapanese(ka);
        if (ja != PersonNames.isJapanese(kb)) {
            return false;
        }
        if (ja) {
            return !PersonNames.isKanaOnly(ka) && !PersonNames.isKanaOnly(kb)
                    && ka.codePoints().noneMatch(c -> kb.indexOf(Character.toString(c)) >= 0);
        }
        List<String> pa = PersonNames.words(ka);
        List<String> pb = PersonNames.words(kb);
        if (pa.size() < 2 || pb.size() < 2) {
            return false;
        }
        for (String x : pa) {
            for (String y : pb) {
                if (x.startsWith(y) || y.startsWith(x)) {
                    return false;
                }
            }
        }
        for (String va : nicknames.keys(ka)) {
            for (String vb : nicknames.keys(kb)) {
                List<String> ga = PersonNames.words(va);
                List<String> gb = PersonNames.words(vb);
                if (!ga.isEmpty() && !gb.isEmpty() && ga.get(0).equals(gb.get(0))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The one name (readings aside) a record writes, as written; null when none or several. */
    private static String oneName(Records recs, int rec) {
        String only = null;
        for (int f = recs.start(rec); f < recs.end(rec); f++) {
            if (!"PERSON_NAME".equals(recs.type(f))) {
                continue;
            }
            String n = recs.value(rec, f).strip();
            if (PersonNames.isKanaOnly(n) || PersonNames.key(n) == null) {
                continue;
            }
            if (only != null && !PersonNames.key(only).equals(PersonNames.key(n))) {
                return null;
            }
            // "John Hale" and "John Hale Jr." in one record: the one with the generation says more
            if (only != null && !generation(only).isEmpty()) {
                if (!generation(n).isEmpty() && !generation(n).equals(generation(only))) {
                    return null; // "John Hale Sr. and John Hale Jr.": two people
                }
                continue;
            }
            only = n;
        }
        return only;
    }

    private static final java.util.regex.Pattern GENERATION =
            java.util.regex.Pattern.compile("(?i)[,\\s]\\s*(jr|sr|ii|iii|iv)\\.?$");

    /** "jr", "sr", "ii" … of a name that ends in one; "" otherwise. */
    static String generation(String name) {
        java.util.regex.Matcher m = GENERATION.matcher(name.strip());
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /**
     * Two members of one household, not one person written two ways: one full name with two different
     * generations (Sr. and Jr., or Jr. beside the plain name), or one family name with two given names that are neither variants nor initials
     * of each other (石川 真由美 / 石川 彩, family and given name apart by a space; "Jonas Wagner" / "Sabine Wagner").
     * A maiden name (another family name), a romanisation or a reading are never a household.
     */
    static boolean household(String a, String b, Nicknames nicknames) {
        String ka = PersonNames.key(a);
        String kb = PersonNames.key(b);
        if (ka == null || kb == null) {
            return false;
        }
        if (ka.equals(kb)) {
            // one name, two generations; or "Jr." on one side only: the plain name may be the father, and a
            // generation is written where two people of one name are about (Sr. / Jr. at one address)
            return !generation(a).equals(generation(b));
        }
        boolean ja = PersonNames.isJapanese(a);
        if (ja != PersonNames.isJapanese(b)) {
            return false;
        }
        if (ja) {
            String[] pa = java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFKC).strip().split("\\s+");
            String[] pb = java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFKC).strip().split("\\s+");
            return pa.length == 2 && pb.length == 2 && pa[0].equals(pb[0]) && !pa[1].equals(pb[1]);
        }
        String[] ta = ka.split(" ");
        String[] tb = kb.split(" ");
        String ga = ta[0];
        String gb = tb[0];
        if (!ta[ta.length - 1].equals(tb[tb.length - 1]) || ga.equals(gb)
                || ga.replace(".", "").length() < 2 || gb.replace(".", "").length() < 2
                || ga.startsWith(gb) || gb.startsWith(ga)) {
            return false;
        }
        Set<String> va = nicknames.keys(ka);
        for (String v : nicknames.keys(kb)) {
            if (va.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code records} hold two values of one {@link #ONE_PER_PERSON} identifier. */
    private static boolean twoPeople(Records recs, List<Integer> records, Set<String> onePerPerson) {
        Map<String, String> seen = new HashMap<>(4);
        boolean[] two = {false};
        for (int rec : records) {
            forEachKey(recs, rec, null, (kind, key) -> {
                if (onePerPerson.contains(kind)) {
                    String before = seen.putIfAbsent(kind, key);
                    two[0] |= before != null && !before.equals(key);
                }
            });
            if (two[0]) {
                return true;
            }
        }
        return false;
    }

    private int hash32(String kind, String key) {
        long h = hash.applyAsLong(kind, key);
        return (int) (h ^ (h >>> 32));
    }

    /** The sorted runs merged: the smallest head first. */
    private static final class Merge implements Sorted, AutoCloseable {
        private final DataInputStream[] in;
        private final long[] head;
        // a binary heap of run numbers by their heads
        private final int[] heap;
        private int size;

        Merge(List<Path> runs) {
            in = new DataInputStream[runs.size()];
            head = new long[runs.size()];
            heap = new int[runs.size()];
            try {
                for (int r = 0; r < runs.size(); r++) {
                    in[r] = new DataInputStream(new BufferedInputStream(Files.newInputStream(runs.get(r)),
                            READ_BUFFER));
                    if (advance(r)) {
                        heap[size++] = r;
                        up(size - 1);
                    }
                }
            } catch (IOException e) {
                close();
                throw new UncheckedIOException("cannot read merge keys: " + e.getMessage(), e);
            }
        }

        private boolean advance(int r) throws IOException {
            try {
                head[r] = in[r].readLong();
                return true;
            } catch (EOFException e) {
                return false;
            }
        }

        @Override
        public boolean hasNext() {
            return size > 0;
        }

        @Override
        public long next() {
            int r = heap[0];
            long v = head[r];
            try {
                if (!advance(r)) {
                    heap[0] = heap[--size];
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read merge keys: " + e.getMessage(), e);
            }
            down(0);
            return v;
        }

        private void up(int i) {
            while (i > 0) {
                int p = (i - 1) / 2;
                if (head[heap[p]] <= head[heap[i]]) {
                    return;
                }
                swap(i, p);
                i = p;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    return;
                }
                int c = l + 1 < size && head[heap[l + 1]] < head[heap[l]] ? l + 1 : l;
                if (head[heap[i]] <= head[heap[c]]) {
                    return;
                }
                swap(i, c);
                i = c;
            }
        }

        private void swap(int a, int b) {
            int t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }

        @Override
        public void close() {
            for (DataInputStream s : in) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException e) {
                        // read to the end or failing already: nothing to keep
                    }
                }
            }
        }
    }

    /** FNV-1a over kind, a separator and key, then a 64-bit finaliser (MurmurHash3's fmix64). */
    static long hash(String kind, String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < kind.length(); i++) {
            h = (h ^ kind.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0x1_0000) * 0x100000001b3L; // past any char: kind "ab" + key "c" is not hashed as "a" + "bc"
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * The merge keys of record {@code rec}: its e-mails, E.164 phones, strong identifiers and name + birth date;
     * only those of {@code onlyKind} unless it is null.
     */
    static void forEachKey(Records recs, int rec, String onlyKind, KeySink out) {
        boolean nameDob = onlyKind == null || NAME_DOB.equals(onlyKind);
        boolean nameAccount = onlyKind == null || NAME_ACCOUNT.equals(onlyKind);
        boolean nameAddress = onlyKind == null || NAME_ADDRESS.equals(onlyKind);
        List<String> names = new ArrayList<>(2); // the written names, not their readings, key name + birth date
        String dob = null;
        String account = null;
        String street = null;
        for (int f = recs.start(rec); f < recs.end(rec); f++) {
            String type = recs.type(f);
            boolean namesOrDates = "PERSON_NAME".equals(type) || "DATE_OF_BIRTH".equals(type);
            boolean namesOrAccounts = "PERSON_NAME".equals(type) || "BANK_ACCOUNT".equals(type);
            boolean namesOrAddresses = "PERSON_NAME".equals(type) || "POSTAL_ADDRESS".equals(type);
            if (onlyKind != null && !onlyKind.equals(type) && !(nameDob && namesOrDates) && !(nameAccount && namesOrAccounts)
                    && !(nameAddress && namesOrAddresses)) {
                continue;
            }
            String value = recs.value(rec, f);
            switch (type) {
                case "EMAIL_ADDRESS" -> out.key(type, SubjectResolver.email(value));
                case "PHONE_NUMBER" -> out.key(type, value);
                case "PERSON_NAME" -> {
                    if (!PersonNames.isKanaOnly(value) && names.size() < 3) {
                        names.add(value.strip());
                    }
                }
                case "DATE_OF_BIRTH" -> dob = dob == null ? SubjectResolver.isoDate(value) : dob;
                case "BANK_ACCOUNT" -> account = account == null ? accountKey(value) : account;
                case "POSTAL_ADDRESS" -> street = street == null ? streetKey(value) : street;
                default -> {
                    if (SubjectResolver.MERGE_KEYS.contains(type)) {
                        out.key(type, SubjectResolver.idValue(value));
                    }
                }
            }
        }
        if (nameDob && !names.isEmpty() && dob != null) {
            for (String key : nameKeys(names)) {
                out.key(NAME_DOB, key + "|" + dob);
            }
        }
        if (nameAddress && !names.isEmpty() && street != null) {
            String generation = generation(SubjectResolver.rowNames(names).get(0));
            for (String key : nameKeys(names)) {
                out.key(NAME_ADDRESS, key + "|" + generation + "|" + street);
            }
        }
        if (nameAccount && !names.isEmpty() && account != null) {
            String key = dobNameKey(names);
            if (key != null) {
                out.key(NAME_ACCOUNT, key + "|" + account);
            }
        }
    }

    /** An account number's digits without leading zeros (a NACHA field pads it), or null when fewer than six. */
    static String accountKey(String value) {
        String d = value.replaceAll("\\D", "").replaceFirst("^0+", "");
        return d.length() >= 6 ? d : null;
    }

    /**
     * The keys of a record's name for name + birth date and name + street: {@link #dobNameKey}, and the same without a
     * middle name ("PRUITT | PRIYA | ANN" in a voter file's cells and "PRUITT | PRIYA" in a DMV extract's, "QUINTERO,
     * KRISTEN ANN" on a jail roster and "Kristen Quintero" elsewhere: one person beside one birth date). A middle
     * initial is left out of the key already.
     */
    static List<String> nameKeys(List<String> names) {
        String full = dobNameKey(names);
        if (full == null) {
            return List.of();
        }
        String first;
        String last;
        if (names.size() == 3 && SubjectResolver.rowNames(names).size() == 1) {
            last = names.get(0); // last | first | middle cells
            first = names.get(1);
        } else {
            String k = SubjectResolver.nameKey(SubjectResolver.rowNames(names).get(0)); // "first middle last"
            String[] w = k.split(" ");
            if (w.length != 3 || PersonNames.isJapanese(k)) {
                return List.of(full);
            }
            first = w[0];
            last = w[2];
        }
        String reduced = orderFree(SubjectResolver.nameKey(first + " " + last));
        return reduced.equals(full) || reduced.indexOf(' ') < 0 ? List.of(full) : List.of(full, reduced);
    }

    private static final java.util.regex.Pattern LEADING_CODE = java.util.regex.Pattern.compile("^〒?\\s?\\d{3}-\\d{4}\\s*");
    private static final java.util.regex.Pattern LEADING_PREFECTURE = java.util.regex.Pattern.compile(
            "^(?:北海道|東京都|京都府|大阪府|[\\p{IsHan}]{2,3}県)");

    /**
     * A postal address's street line, case and blanks aside: a Latin address up to its first comma ("2914 STATE ST APT
     * 22, SALEM, OR 97301" and a tax roll's "2914 STATE ST APT 22" with its city in a column of its own), a Japanese one
     * without its postal code and prefecture up to its first blank (the 方書 after it: "兵庫県尼崎市七松町5丁目17番15号
     * グランドール七松 502号室" and a 住基 list's "尼崎市七松町5丁目17番15号"). Null without a digit or when short.
     */
    static String streetKey(String value) {
        String a = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC).strip();
        a = LEADING_CODE.matcher(a).replaceFirst("");
        boolean japanese = PersonNames.isJapanese(a);
        if (japanese) {
            a = LEADING_PREFECTURE.matcher(a).replaceFirst("");
            int blank = a.indexOf(' ');
            a = blank < 0 ? a : a.substring(0, blank);
        } else {
            int comma = a.indexOf(',');
            a = comma < 0 ? a : a.substring(0, comma);
            a = a.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        }
        return a.length() >= 6 && a.chars().anyMatch(Character::isDigit) ? a : null;
    }

    /**
     * The name that keys name + birth date in a record: a row's given-name and family-name cells as one full name
     * ("Harry" | "Whitfield" | 14/12/1966 on a starters sheet, which keyed "harry" alone); otherwise the first name
     * written. Null when it is shorter than two characters.
     */
    static String dobNameKey(List<String> names) {
        String key = SubjectResolver.nameKey(SubjectResolver.rowNames(names).get(0));
        return key.length() >= 2 ? orderFree(key) : null;
    }

    /**
     * A Latin name key's words in sorted order, middle initials left out: beside one birth date, "Lindqvist |
     * James | K" on an HR export (last, first and initial columns) and "James Lindqvist" on a clinic's form are one
     * person. Japanese keys (no spaces) are kept.
     */
    static String orderFree(String key) {
        if (key.indexOf(' ') < 0) {
            return key;
        }
        List<String> words = new ArrayList<>(4);
        for (String w : key.split(" ")) {
            if (w.replace(".", "").length() > 1) {
                words.add(w);
            }
        }
        if (words.size() < 2) {
            return key;
        }
        words.sort(null);
        return String.join(" ", words);
    }
}
