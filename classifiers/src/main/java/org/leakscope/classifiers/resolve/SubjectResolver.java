package org.leakscope.classifiers.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.pii.NameFolding;

/**
 * Groups PII findings into people.
 * <ol>
 *   <li><b>Records.</b> A table row (findings sharing a recordKey) is one record: the cells of a row belong to
 *       one person; only a value that would give the row a second e-mail, a conflicting phone or a second
 *       identifier of one type is taken out as a record of its own ({@link TextBlocks#splitRow}). Running text is cut into records by {@link TextBlocks}: every mail-header line
 *       (From:/To:/Cc:) is a record of its own, other findings form blocks of nearby lines (a signature, a
 *       labelled form), and a block is split where it would otherwise hold a second person's name, e-mail,
 *       phone of the same kind, birth date or identifier. Thresholds: {@code classify.resolve.block-line-gap},
 *       {@code header-lines}, {@code max-emails-per-block}, {@code max-phones-per-block}. In a small item, a
 *       record naming nobody (a form's birth-date and address row) joins the person the form names beside it
 *       ({@link FormFields}).</li>
 *   <li><b>Strong identifiers join.</b> Records sharing an e-mail (lower case), an E.164 phone, a strong
 *       identifier value (SSN, My Number, card, IBAN, NINO, passport, licence, pension number) or a normalised
 *       full name plus birth date are merged (union-find); a phone, an e-mail or a name plus birth date whose records
 *       hold two values of a one-per-person identifier (SSN, ITIN, My Number, NINO) is shared and joins none of
 *       them ({@link MergeKeys#SHAREABLE}: an office's number on every row of a roster made its staff one person);
 *       a phone or e-mail whose records name two members of one household (one family name, two given names; one
 *       name with and without Jr. / Sr.) joins each member's records only ({@link MergeKeys#household}). The name
 *       of name + birth date is order-free, without middle initials ("Lindqvist | James | K" = "James Lindqvist").</li>
 *   <li><b>Name-only records link by name.</b> A group with no e-mail and no phone (a row "中島 亮 | 運転免許証 …",
 *       "Kevin Hernandez | bank account …") joins the person with an e-mail or phone whose normalised full name
 *       ({@link PersonNames#key}) it shares, but only when exactly one such person carries that name (two
 *       persons of one name: ambiguous, no link) and no identifier type holds different values on both sides
 *       (a name never merges two people whose strong identifiers conflict). Failing the very name, a name equal
 *       up to a given-name variant links the same way ("Bob Smith" to "Robert Smith", {@link Nicknames}); failing
 *       that, a romanised reading ({@link PersonNames#romanKey}): a kanji name's own フリガナ, or a Latin name in either
 *       order, finds the one person written in kana or romaji ("池田 陽子 | イケダ ヨウコ" on a health sheet, "イケダ
 *       ヨウコ | Yoko IKEDA | e-mail" on a badge list; "TIERNEY | FREYA" columns, "Freya Tierney" elsewhere), or
 *       a kanji name's dictionary reading ({@link KanjiReadings}: a passport zone's "HIDEKI ISHIKAWA" finds
 *       "石川 秀樹 &lt;…&gt;"), never two groups that each write a different kanji name. Switch: {@code link-name-only}.
 *       A group that names nobody joins the one named person its e-mail's local part spells ({@link MailboxNames}:
 *       "y.goto@…" for 後藤陽子) or, with a phone, whose postal address it holds (rule 3c, {@code joinUnnamed}).</li>
 *   <li>A group becomes a subject if it has an e-mail, a phone or a strong identifier, or a full name that is
 *       likely a person's ({@link KnownNames}; switch {@code name-only-subjects}), or one full name written
 *       beside a birth date and a postal address in one record (a residence card, a licence: a person's own
 *       record, whatever the name lists know): a name is personal data of its own under GDPR and APPI. The
 *       mentions of one such name are one person unless identifiers conflict.</li>
 * </ol>
 * Ids S000001… follow a sort on the subject's content, so the same input always gives the same ids.
 *
 * <p>The input comes item by item ({@link ItemFindings}) and an item's findings one by one: they become the
 * item's records as they come ({@link ItemRecords}: a table row as soon as it ends), encoded into a file of the
 * run's folder ({@link Records}: the heap keeps some 16 bytes a record), and their merge keys are sorted out of
 * memory for rule 2 ({@link MergeKeys}), so neither a run's findings nor one item's are ever all in memory, and
 * what grows with the input is a few primitive arrays by record (union-find, groups). Rules 3 and 4 make the name-linking state only for the groups without contact data and for the
 * groups they may link to. The subjects go out in id order through a sort that writes sorted runs to files
 * ({@link SubjectSort}), so they are not all in memory either.
 */
public final class SubjectResolver {

    /**
     * What only a person has, beside a name in one record: a home, a birth date, health, a fingerprint, a password, the
     * address a person wrote from. Such a record is a person though the name lists do not know the name ("Rowan Llewellyn
     * was born on Sep 28, 1957", "our new tenant Rowan Rutherford moves into Flat 8, 123 George Street, Bath").
     */
    static final Set<String> PERSONAL = Set.of("DATE_OF_BIRTH", "POSTAL_ADDRESS", "HEALTH_INFO", "BIOMETRIC", "CREDENTIAL",
            "IP_ADDRESS");
    static final Set<String> STRONG = Set.of("US_SSN", "US_ITIN", "JP_MY_NUMBER", "CREDIT_CARD", "IBAN",
            "UK_NINO", "US_PASSPORT", "JP_PASSPORT", "JP_DRIVERS_LICENSE", "US_DRIVERS_LICENSE",
            "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "BANK_ACCOUNT");
    /**
     * Identifiers a country gives the people who live or work there, with that country (US: a person whose state is
     * unknown, as config/obligations.yml reads it). Passports are left out: they say a nationality, not a home.
     */
    static final Map<String, String> ISSUED_TO_RESIDENTS = Map.of("US_SSN", "US", "US_ITIN", "US",
            "US_DRIVERS_LICENSE", "US", "JP_DRIVERS_LICENSE", "JP", "JP_PENSION_NUMBER", "JP", "JP_HEALTH_INSURANCE", "JP");
    // bank account numbers are short and bank-local: they identify a person but must not merge people
    static final Set<String> MERGE_KEYS = Set.of("US_SSN", "US_ITIN", "JP_MY_NUMBER", "CREDIT_CARD", "IBAN",
            "UK_NINO", "US_PASSPORT", "JP_PASSPORT", "JP_DRIVERS_LICENSE", "JP_PENSION_NUMBER");
    static final Set<String> SENSITIVE = Set.of("BANK_ACCOUNT", "BIOMETRIC", "CREDENTIAL", "CREDIT_CARD",
            "HEALTH_INFO", "IBAN");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NAME_SPACES = Pattern.compile("[\\s\\u3000]");

    private final TextBlocks blocks;
    private final boolean linkNameOnly;
    private final Nicknames nicknames;
    private final boolean nameOnlySubjects;
    private final KnownNames knownNames;
    private final UsAreaCodes areaCodes;
    private final EmailCountries emailCountries;

    public SubjectResolver(ClassifierConfig config) {
        this.blocks = new TextBlocks(limit(config, "block-line-gap", 3), limit(config, "header-lines", 6),
                Math.max(1, limit(config, "max-emails-per-block", 1)), Math.max(1, limit(config, "max-phones-per-block", 2)));
        Object link = config.path("classify", "resolve", "link-name-only");
        if (link != null && !(link instanceof Boolean)) {
            throw new IllegalArgumentException("config key classify.resolve.link-name-only: must be true or false, got "
                    + link);
        }
        this.linkNameOnly = link == null || (Boolean) link;
        this.nicknames = Nicknames.fromConfig(config);
        Object nameOnly = config.path("classify", "resolve", "name-only-subjects");
        if (nameOnly != null && !(nameOnly instanceof Boolean)) {
            throw new IllegalArgumentException("config key classify.resolve.name-only-subjects: must be true or false,"
                    + " got " + nameOnly);
        }
        this.nameOnlySubjects = nameOnly == null || (Boolean) nameOnly;
        this.knownNames = KnownNames.fromConfig(config);
        this.areaCodes = UsAreaCodes.fromConfig(config);
        this.emailCountries = EmailCountries.fromConfig(config);
    }

    private static int limit(ClassifierConfig config, String key, int dflt) {
        Object o = config.path("classify", "resolve", key);
        if (o == null) {
            return dflt;
        }
        if (!(o instanceof Integer i) || i < 0) {
            throw new IllegalArgumentException("config key classify.resolve." + key + ": must be an integer >= 0, got " + o);
        }
        return i;
    }

    /** The findings of a run in any order; grouped by item here, then as {@link #resolve(ItemFindings)}. */
    public List<Subject> resolve(List<DocFinding> findings) {
        SortedMap<String, List<Finding>> byItem = new TreeMap<>();
        for (DocFinding df : findings) {
            byItem.computeIfAbsent(df.docId(), d -> new ArrayList<>()).add(df.finding());
        }
        return resolve(each -> byItem.forEach((docId, itemFindings) -> each.accept(docId, itemFindings::forEach)));
    }

    /** The people of a run whose findings {@code items} hands over item by item (in doc id order), in memory. */
    public List<Subject> resolve(ItemFindings items) {
        List<Subject> subjects = new ArrayList<>();
        resolve(items, null, SubjectSort.RUN_BYTES, subjects::add);
        return subjects;
    }

    /**
     * The people of a run whose findings {@code items} hands over item by item (in doc id order), handed to
     * {@code out} in id order with their ids. The subjects are sorted in runs of some MB written to files in
     * {@code runDir} (made when needed; the files are deleted on return), so they are never all in memory.
     */
    public void resolve(ItemFindings items, Path runDir, Consumer<Subject> out) {
        resolve(items, runDir, SubjectSort.RUN_BYTES, out);
    }

    /** As {@link #resolve(ItemFindings, Path, Consumer)}, with sorted runs of about {@code runBytes} (tests). */
    void resolve(ItemFindings items, Path runDir, long runBytes, Consumer<Subject> out) {
        resolve(items, runDir, runBytes, AppendOnlyBytes.BUFFER, MergeKeys.RUN_KEYS, out);
    }

    /** ... and records read and written {@code recordBuffer} bytes at a time, merge keys sorted {@code runKeys} at a time. */
    void resolve(ItemFindings items, Path runDir, long runBytes, int recordBuffer, int runKeys, Consumer<Subject> out) {
        try (SubjectSort sort = new SubjectSort(runDir, runBytes)) {
            unnumbered(items, runDir, recordBuffer, runKeys, sort::add);
            // ids follow the content, so the same input always gives the same ids (a stable sort: ties keep the
            // order of the groups)
            int[] number = {0};
            sort.forEachSorted(s -> out.accept(new Subject(subjectId(++number[0]), s.name(), s.emails(), s.phones(),
                    s.postalAddress(), s.jurisdictions(), s.dataElements(), s.sensitive(), s.docIds(),
                    s.obligations())));
        }
    }

    /**
     * Hands on the subjects without ids, in the order of their groups' roots. The records and the merge keys go
     * to files in {@code runDir} (null: they stay in memory), deleted on return.
     */
    private void unnumbered(ItemFindings items, Path runDir, int recordBuffer, int runKeys,
                            Consumer<Subject> subjects) {
        try (Records recs = runDir == null ? new Records() : new Records(runDir, recordBuffer)) {
            UnionFind sets = new UnionFind();
            int[] households;
            int[] homes;
            try (MergeKeys mergeKeys = (runDir == null ? new MergeKeys() : new MergeKeys(runDir, runKeys, MergeKeys::hash))
                    .nicknames(nicknames)) {
                Intake intake = new Intake(recs, sets, mergeKeys);
                items.forEachItem(intake);
                mergeKeys.joinAll(recs, sets);
                households = intake.households();
                homes = intake.homes();
            }
            unnumbered(recs, sets, households, homes, subjects);
        }
    }

    /**
     * The subjects of the records joined in {@code sets} by rule 2. {@code households}: pairs of records, a
     * second person's and the row's own person's ({@link ItemRecords#households}); {@code homes}: those of them
     * whose second person shares the row's home ({@link ItemRecords#homes}).
     */
    private void unnumbered(Records recs, UnionFind sets, int[] households, int[] homes, Consumer<Subject> subjects) {
        if (linkNameOnly) {
            joinNamesakes(recs, sets);
        }
        boolean[] ambiguous = linkNameOnly ? linkByName(recs, sets) : new boolean[recs.size()];
        if (linkNameOnly) {
            joinUnnamed(recs, sets, ambiguous);
        }
        // records by group, groups in the order of their roots (the smallest record index of each)
        // two int arrays by record (a counting sort on the roots, each start moved to its end as its group is
        // filled, then moved back): these arrays are most of what the heap holds per table row at this stage
        int n = recs.size();
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[sets.find(i) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] byGroup = new int[n];
        for (int i = 0; i < n; i++) {
            byGroup[start[sets.find(i)]++] = i;
        }
        System.arraycopy(start, 0, start, 1, n);
        start[0] = 0;
        Map<Set<String>, SortedSet<String>> shared = new HashMap<>();
        Map<Integer, SortedSet<String>> householdPlaces = householdPlaces(recs, sets, households, byGroup, start,
                ambiguous, shared);
        Map<Integer, List<String>> sharedHomes = sharedHomes(recs, sets, homes, byGroup, start);
        for (int g = 0; g < n; g++) {
            if (start[g + 1] == start[g]) {
                continue;
            }
            Subject s = toSubject(recs, byGroup, start[g], start[g + 1],
                    nameOnlySubjects && !ambiguous[g] ? knownNames : null, knownNames, areaCodes, emailCountries, shared,
                    sharedHomes.get(g), householdPlaces.get(g));
            if (s != null) {
                subjects.accept(s);
            }
            for (int m = start[g]; m < start[g + 1]; m++) {
                recs.release(byGroup[m]);
            }
        }
    }

    /**
     * By group of a second person (a dependant, a spouse: {@link ItemRecords#households}) that is not its row's own
     * person's group: the jurisdictions of the row's own person, where they have any. A benefits export gives a
     * child's name, birth date and SSN beside the employee, and nothing of where the child lives: with the
     * employee, as far as the file tells; otherwise no notification rule would take the child at all.
     */
    private Map<Integer, SortedSet<String>> householdPlaces(Records recs, UnionFind sets, int[] households,
                                                           int[] byGroup, int[] start, boolean[] ambiguous,
                                                           Map<Set<String>, SortedSet<String>> shared) {
        Map<Integer, SortedSet<String>> out = new HashMap<>();
        Map<Integer, SortedSet<String>> ofOwner = new HashMap<>();
        for (int i = 0; i + 1 < households.length; i += 2) {
            int second = sets.find(households[i]);
            int owner = sets.find(households[i + 1]);
            if (second == owner || out.containsKey(second)) {
                continue;
            }
            SortedSet<String> places = ofOwner.computeIfAbsent(owner, g -> {
                Subject o = toSubject(recs, byGroup, start[g], start[g + 1],
                        nameOnlySubjects && !ambiguous[g] ? knownNames : null, knownNames, areaCodes, emailCountries, shared,
                        null, null);
                return o == null ? Collections.emptySortedSet() : o.jurisdictions();
            });
            if (!places.isEmpty()) {
                out.put(second, places);
            }
        }
        return out;
    }

    /**
     * By group of a second person who shares the row's home (a roster's guardian, a spouse: {@link ItemRecords#homes})
     * that holds no postal address of its own and is not its row's own person's group: the postal addresses of the
     * row's own person's record (a school roster's Home Address beside the student is the guardian's home too).
     */
    private static Map<Integer, List<String>> sharedHomes(Records recs, UnionFind sets, int[] homes, int[] byGroup,
                                                         int[] start) {
        Map<Integer, List<String>> out = new HashMap<>();
        for (int i = 0; i + 1 < homes.length; i += 2) {
            int second = sets.find(homes[i]);
            int owner = homes[i + 1];
            if (second == sets.find(owner) || out.containsKey(second) || holds(recs, byGroup, start, second,
                    "POSTAL_ADDRESS")) {
                continue;
            }
            List<String> addresses = new ArrayList<>(1);
            for (int f = recs.start(owner); f < recs.end(owner); f++) {
                if ("POSTAL_ADDRESS".equals(recs.type(f))) {
                    addresses.add(recs.value(owner, f));
                }
            }
            if (!addresses.isEmpty()) {
                out.put(second, addresses);
            }
        }
        return out;
    }

    /** Whether a record of group {@code g} holds a finding of {@code type}. */
    private static boolean holds(Records recs, int[] byGroup, int[] start, int g, String type) {
        for (int m = start[g]; m < start[g + 1]; m++) {
            int r = byGroup[m];
            for (int f = recs.start(r); f < recs.end(r); f++) {
                if (type.equals(recs.type(f))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Takes the items one by one: cuts each into records as its findings come ({@link ItemRecords}), stores them
     * ({@link Records}) and takes their merge keys (rule 2), so no finding is held longer than its record (a block
     * of running text: its item) takes to end.
     */
    private final class Intake implements BiConsumer<String, ItemFindings.Findings> {
        private final Records records;
        private final UnionFind sets;
        private final MergeKeys mergeKeys;
        private String lastDocId;
        private final IntRun households = new IntRun();
        private final IntRun homes = new IntRun();

        Intake(Records records, UnionFind sets, MergeKeys mergeKeys) {
            this.records = records;
            this.sets = sets;
            this.mergeKeys = mergeKeys;
        }

        @Override
        public void accept(String docId, ItemFindings.Findings findings) {
            // records are in the order of their keys, doc id + NUL + row key or block number: items in doc id
            // order, each with its records sorted on the rest of the key, give that order item by item
            if (docId.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("a doc id holds a NUL character: " + docId.replace('\u0000', '?'));
            }
            if (lastDocId != null && lastDocId.compareTo(docId) >= 0) {
                throw new IllegalArgumentException("items must come in ascending doc id order, each once: " + docId
                        + " came after " + lastDocId);
            }
            lastDocId = docId;
            ItemRecords item = new ItemRecords(blocks, records, docId);
            findings.forEach(item::add);
            int first = item.finish();
            for (int r = first; r < records.size(); r++) {
                sets.add();
                mergeKeys.add(records, r);
            }
            // a form's unnamed fields go with the person it names beside them
            String[] keys = item.listedKeys();
            if (keys != null && keys.length == records.size() - first) {
                FormFields.join(records, first, keys, sets::union);
            }
            // a database row that names nobody goes with the row it refers to (a visit's diagnosis, its patient)
            TableLinks.join(records, item.linkedRecords(), item.links(), item.linkedNamed(), sets::union);
            households.add(item.households());
            homes.add(item.homes());
        }

        /** The household pairs of all items taken ({@link ItemRecords#households}). */
        int[] households() {
            return households.toArray();
        }

        /** The pairs of all items taken whose second person shares the row's home ({@link ItemRecords#homes}). */
        int[] homes() {
            return homes.toArray();
        }
    }

    /** Ints appended run by run (the pairs of every item taken). */
    private static final class IntRun {
        private int[] values = new int[0];
        private int size;

        void add(int[] run) {
            if (size + run.length > values.length) {
                values = Arrays.copyOf(values, Math.max(size + run.length, values.length * 2));
            }
            System.arraycopy(run, 0, values, size, run.length);
            size += run.length;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** S000001 …: at least six digits. */
    private static String subjectId(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 6 ? "S" + digits : "S" + "000000".substring(digits.length()) + digits;
    }

    /**
     * What a union-find group knows for name linking. Its sets are made when first needed: most groups hold one
     * name and no identifier, and there is a group per person.
     */
    private static final class Group {
        boolean contact;
        Set<String> names = Set.of();
        Set<String> readings = Set.of();
        Map<String, Set<String>> ids = Map.of();
        // the generations its names write (Jr., Sr.; "" for none)
        Set<String> generations = Set.of();

        void add(Records recs, int r) {
            for (int f = recs.start(r); f < recs.end(r); f++) {
                String type = recs.type(f);
                if ("EMAIL_ADDRESS".equals(type) || "PHONE_NUMBER".equals(type)) {
                    contact = true;
                } else if ("PERSON_NAME".equals(type)) {
                    String v = recs.value(r, f).strip();
                    if (!isKanaOnly(v) && PersonNames.key(v) != null) {
                        generations = mutable(generations);
                        generations.add(MergeKeys.generation(v));
                    }
                } else if (STRONG.contains(type)) {
                    addId(type, idValue(recs.value(r, f)));
                }
            }
            String name = recordName(recs, r);
            if (name == null) {
                return;
            }
            names = mutable(names);
            names.add(name);
            forEachReading(recs, r, reading -> {
                readings = mutable(readings);
                readings.add(reading);
            });
        }


        private void addId(String type, String value) {
            if (ids.isEmpty()) {
                ids = new HashMap<>(4);
            }
            ids.computeIfAbsent(type, t -> new HashSet<>(2)).add(value);
        }

        private static Set<String> mutable(Set<String> s) {
            return s instanceof HashSet ? s : new HashSet<>(s);
        }

        /**
         * Both groups write a name in kanji and share none: one reading is two people (池田 陽子 and 池田 洋子 are both
         * イケダ ヨウコ), so a reading never joins them.
         */
        boolean otherKanjiName(Group o) {
            Set<String> mine = kanjiNames(names);
            Set<String> theirs = kanjiNames(o.names);
            return !mine.isEmpty() && !theirs.isEmpty() && Collections.disjoint(mine, theirs);
        }

        private static Set<String> kanjiNames(Set<String> names) {
            Set<String> out = new HashSet<>(2);
            for (String n : names) {
                if (PersonNames.isJapanese(n) && !isKanaOnly(n)) {
                    out.add(n);
                }
            }
            return out;
        }

        /** Some identifier type holds values on both sides and none in common: two different people. */
        boolean conflicts(Group o) {
            for (Map.Entry<String, Set<String>> e : ids.entrySet()) {
                Set<String> theirs = o.ids.get(e.getKey());
                if (theirs != null && Collections.disjoint(e.getValue(), theirs)) {
                    return true;
                }
            }
            return false;
        }

        void absorb(Group o) {
            if (!o.names.isEmpty()) {
                names = mutable(names);
                names.addAll(o.names);
            }
            if (!o.readings.isEmpty()) {
                readings = mutable(readings);
                readings.addAll(o.readings);
            }
            o.ids.forEach((t, v) -> v.forEach(id -> addId(t, id)));
            if (!o.generations.isEmpty()) {
                generations = mutable(generations);
                generations.addAll(o.generations);
            }
        }
    }

    /**
     * The one full name (its {@link PersonNames#key}) record {@code r} names, readings aside; null when it names
     * none or several: a memo cell listing five attendees next to one e-mail binds none of the five names to it.
     */
    private static String recordName(Records recs, int r) {
        List<String> written = new ArrayList<>(2);
        for (int f = recs.start(r); f < recs.end(r); f++) {
            if ("PERSON_NAME".equals(recs.type(f))) {
                String n = recs.value(r, f).strip();
                if (!isKanaOnly(n)) {
                    written.add(n);
                }
            }
        }
        String only = null;
        String family = null;
        List<String> names = withoutRomanisations(rowNames(written));
        for (String n : names) {
            String k = PersonNames.key(n);
            if (k == null && partOfAFullName(n, names)) {
                continue; // a directory's first_name, last_name and handle beside its real_name ("Marcus", "marcus.delgado")
            }
            k = k == null ? "\u0000" + n : k;
            if (only != null && !only.equals(k)) {
                // a Japanese family name alone beside the full name it begins (a reply signed "石川" under the
                // salutation's "石川 秀樹"): one person
                String longer = only.length() > k.length() ? only : k;
                String shorter = longer == only ? k : only;
                if (!PersonNames.isJapanese(longer) || !longer.startsWith(shorter)
                        || family != null && !family.equals(shorter)) {
                    return null;
                }
                family = shorter;
                only = longer;
                continue;
            }
            only = k;
        }
        return only == null || only.startsWith("\u0000") ? null : only;
    }

    private static final Pattern HANDLE_SEPARATORS = Pattern.compile("[._\\-]");

    /**
     * Whether a one-word name (no {@link PersonNames#key}) is made of words of a full name of the same record: a user
     * directory's given name, family name and user name ("Marcus", "Delgado", "marcus.delgado") beside "Marcus Delgado".
     */
    private static boolean partOfAFullName(String word, List<String> names) {
        String[] parts = HANDLE_SEPARATORS.split(NameFolding.fold(word.strip()).toLowerCase(Locale.ROOT));
        for (String n : names) {
            String k = PersonNames.key(n);
            if (k == null || PersonNames.isJapanese(k)) {
                continue;
            }
            Set<String> words = Set.of(k.split(" "));
            boolean all = parts.length > 0;
            for (String p : parts) {
                all &= words.contains(p);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names of a record less those in Latin letters that spell a kanji name of the record as it reads: a travel
     * list's 氏名 | ローマ字 columns ("村上 春香 | Haruka MURAKAMI") name one person, as a フリガナ column does.
     */
    static List<String> withoutRomanisations(List<String> names) {
        if (names.size() < 2) {
            return names;
        }
        Set<String> kanjiReadings = new HashSet<>(2);
        for (String n : names) {
            String k = PersonNames.key(n);
            if (k != null && PersonNames.isJapanese(k)) {
                String read = KanjiReadings.romanKey(k);
                if (read != null) {
                    kanjiReadings.add(read);
                }
            }
        }
        if (kanjiReadings.isEmpty()) {
            return names;
        }
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String roman = PersonNames.isJapanese(n) ? null : PersonNames.romanKey(n);
            if (roman == null || !kanjiReadings.contains(roman)) {
                out.add(n);
            }
        }
        return out.isEmpty() ? names : out;
    }

    /**
     * The romanised readings (フリガナ) of record {@code r}: they spell its one name in kana, and link the same
     * person written in Latin letters elsewhere (a badge list, an e-mail display name). Read only for a record
     * with a {@link #recordName}.
     */
    private static void forEachReading(Records recs, int r, Consumer<String> out) {
        for (int f = recs.start(r); f < recs.end(r); f++) {
            String value = "PERSON_NAME".equals(recs.type(f)) ? recs.value(r, f) : null;
            if (value != null && isKanaOnly(value.strip())) {
                String roman = PersonNames.romanKey(value);
                if (roman != null) {
                    out.accept(roman);
                }
            }
        }
    }

    /**
     * The one romanised reading of a record that names no one in kanji or Latin letters (a badge list's
     * "イシカワ リナ"); null when it holds none, or two different readings (two people).
     */
    private static String onlyReading(Records recs, int r) {
        String only = null;
        for (int f = recs.start(r); f < recs.end(r); f++) {
            String value = "PERSON_NAME".equals(recs.type(f)) ? recs.value(r, f).strip() : null;
            if (value != null && !value.isEmpty() && !isKanaOnly(value)) {
                return null; // a written name the record could not settle on: several people
            }
            if (value != null && !value.isEmpty()) {
                String roman = PersonNames.romanKey(value);
                if (roman == null || only != null && !only.equals(roman)) {
                    return null;
                }
                only = roman;
            }
        }
        return only;
    }

    private static boolean hasContact(Records recs, int r) {
        for (int f = recs.start(r); f < recs.end(r); f++) {
            if ("EMAIL_ADDRESS".equals(recs.type(f)) || "PHONE_NUMBER".equals(recs.type(f))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The groups with contact data that carry a name (or variant, or reading): the one group of a name, or
     * {@link #SEVERAL} when two groups carry it.
     */
    private static final class Anchors {
        static final int SEVERAL = -1;
        private final Map<String, Integer> byName = new HashMap<>();

        // by name: the generations each root writes it with, kept for the names several roots carry
        private final Map<String, Map<Integer, Set<String>>> generations = new HashMap<>();

        void add(String name, int root) {
            byName.merge(name, root, (had, now) -> had.equals(now) ? had : SEVERAL);
        }

        void add(String name, int root, String generation) {
            add(name, root);
            generations.computeIfAbsent(name, k -> new HashMap<>(2)).computeIfAbsent(root, k -> new HashSet<>(2))
                    .add(generation);
        }

        /**
         * Of the roots that carry one of {@code names}, the one a name written with generation {@code generation}
         * stands for: the one root writing that generation; failing that, the one root writing the name without a
         * generation while every other root writes another ("Yolanda Gallagher Sr." on a mailing list is the plain
         * "Yolanda Gallagher" of one mail, not the "Yolanda Gallagher Jr." of another). -1 when no single one.
         */
        int ofGeneration(Set<String> names, String generation) {
            Map<Integer, Set<String>> byRoot = new HashMap<>();
            for (String n : names) {
                Map<Integer, Set<String>> g = generations.get(n);
                if (g != null) {
                    g.forEach((root, gens) -> byRoot.computeIfAbsent(root, k -> new HashSet<>(2)).addAll(gens));
                }
            }
            int same = -1;
            int plain = -1;
            int plains = 0;
            for (Map.Entry<Integer, Set<String>> e : byRoot.entrySet()) {
                if (e.getValue().contains(generation)) {
                    if (same >= 0) {
                        return -1;
                    }
                    same = e.getKey();
                } else if (e.getValue().equals(Set.of(""))) {
                    plains++;
                    plain = e.getKey();
                }
            }
            return same >= 0 ? same : plains == 1 ? plain : -1;
        }

        Integer get(String name) {
            return byName.get(name);
        }

        /** Every group that is the one group of some name. */
        void forEachRoot(IntConsumer out) {
            byName.values().forEach(root -> {
                if (root != SEVERAL) {
                    out.accept(root);
                }
            });
        }
    }

    /** The anchors found for one name-only group: none, one, or several (ambiguous). */
    private static final class Found {
        int anchor = -1;
        boolean several;

        void add(Integer a) {
            if (a == null) {
                return;
            }
            if (a == Anchors.SEVERAL || (anchor >= 0 && anchor != a)) {
                several = true;
            } else {
                anchor = a;
            }
        }

        boolean none() {
            return anchor < 0 && !several;
        }
    }

    /**
     * Rule 3 of the class comment: a name-only group joins the one person with contact data of that name; when
     * no person has the very name, the one whose name is the same up to a given-name variant ("Bob" for
     * "Robert", {@link Nicknames}). Returns, by root, the name-only groups whose name several persons carry.
     */
    private boolean[] linkByName(Records recs, UnionFind sets) {
        int n = recs.size();
        boolean[] ambiguous = new boolean[n];
        // by root: the group holds an e-mail or a phone
        boolean[] contact = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (hasContact(recs, i)) {
                contact[sets.find(i)] = true;
            }
        }
        // by root, in record order: groups[root] is the group (once linked, the group it went into). Made for
        // every group without contact data, and for the contact groups that some name of those may lead to
        Group[] groups = new Group[n];
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (!contact[root]) {
                groupOf(groups, root).add(recs, i);
            }
        }
        // the names, variants and readings the name-only groups look up: only these need anchors (in a dense
        // dump nearly every group has contact data, and few names are looked up)
        Set<String> wantedNames = new HashSet<>();
        Set<String> wantedVariants = new HashSet<>();
        Set<String> wantedReadings = new HashSet<>();
        for (Group g : groups) {
            if (g != null) {
                for (String name : g.names) {
                    wantedNames.add(name);
                    wantedVariants.addAll(nicknames.keys(name));
                    String roman = PersonNames.romanKey(name);
                    if (roman != null) {
                        wantedReadings.add(roman);
                    }
                    // a kanji name's dictionary reading finds the one person written in Latin letters or kana
                    String read = KanjiReadings.romanKey(name);
                    if (read != null) {
                        wantedReadings.add(read);
                    }
                }
                // a kanji name's own reading (フリガナ beside it) finds the person written in kana or romaji
                wantedReadings.addAll(g.readings);
            }
        }
        Anchors anchorsByName = new Anchors();
        Anchors anchorsByVariant = new Anchors();
        Anchors anchorsByReading = new Anchors();
        if (!wantedNames.isEmpty()) {
            for (int i = 0; i < n; i++) {
                int root = sets.find(i);
                if (!contact[root]) {
                    continue;
                }
                String name = recordName(recs, i);
                if (name == null) {
                    // a badge list's "イシカワ リナ | r.ishikawa@…": the reading is the record's only name
                    String reading = wantedReadings.isEmpty() ? null : onlyReading(recs, i);
                    if (reading != null && wantedReadings.contains(reading)) {
                        anchorsByReading.add(reading, root);
                    }
                    continue;
                }
                if (wantedNames.contains(name)) {
                    anchorsByName.add(name, root, recordGeneration(recs, i));
                }
                if (!wantedVariants.isEmpty()) {
                    for (String v : nicknames.keys(name)) {
                        if (wantedVariants.contains(v)) {
                            anchorsByVariant.add(v, root);
                        }
                    }
                }
                if (!wantedReadings.isEmpty()) {
                    forEachReading(recs, i, reading -> {
                        if (wantedReadings.contains(reading)) {
                            anchorsByReading.add(reading, root);
                        }
                    });
                    // a name in Latin letters in either order ("Yoko IKEDA", "Freya Tierney") is the romanised
                    // key of a reading, or of "TIERNEY FREYA" from surname and forename columns
                    String roman = PersonNames.romanKey(name);
                    if (roman != null && wantedReadings.contains(roman)) {
                        anchorsByReading.add(roman, root);
                    }
                    // "石川 秀樹 <h.ishikawa36@…>" is found by a passport zone's "HIDEKI ISHIKAWA" (KanjiReadings)
                    String read = KanjiReadings.romanKey(name);
                    if (read != null && !read.equals(roman) && wantedReadings.contains(read)) {
                        anchorsByReading.add(read, root);
                    }
                }
            }
            boolean[] anchor = new boolean[n];
            anchorsByName.forEachRoot(root -> anchor[root] = true);
            anchorsByVariant.forEachRoot(root -> anchor[root] = true);
            anchorsByReading.forEachRoot(root -> anchor[root] = true);
            for (int i = 0; i < n; i++) {
                int root = sets.find(i);
                if (anchor[root]) {
                    groupOf(groups, root).add(recs, i);
                }
            }
        }
        for (int root = 0; root < n; root++) {
            Group g = groups[root];
            if (g == null || g.contact || g.names.isEmpty()) {
                continue;
            }
            Found found = new Found();
            for (String name : g.names) {
                found.add(anchorsByName.get(name));
            }
            if (found.none()) {
                for (String name : g.names) {
                    for (String v : nicknames.keys(name)) {
                        found.add(anchorsByVariant.get(v));
                    }
                }
            }
            boolean byReading = false;
            if (found.none()) {
                Set<String> romans = new HashSet<>(g.readings);
                for (String name : g.names) {
                    String roman = PersonNames.romanKey(name);
                    if (roman != null) {
                        romans.add(roman);
                    }
                    String read = KanjiReadings.romanKey(name);
                    if (read != null) {
                        romans.add(read);
                    }
                }
                for (String roman : romans) {
                    found.add(anchorsByReading.get(roman));
                }
                byReading = true;
            }
            // two persons of that name (or variant): ambiguous, no link; nor a person of its own (rule 4): it
            // is one of them
            // a name-only "X Sr." among the groups of "X" and "X Jr.": the one its generation stands for
            String generation = g.generations.size() == 1 ? g.generations.iterator().next() : "";
            if (found.several && !byReading && !generation.isEmpty()) {
                int only = anchorsByName.ofGeneration(g.names, generation);
                if (only >= 0) {
                    found = new Found();
                    found.add(only);
                    if (groups[only] == null) {
                        for (int i = 0; i < n; i++) {
                            if (sets.find(i) == only) {
                                groupOf(groups, only).add(recs, i);
                            }
                        }
                    }
                }
            }
            if (found.several) {
                // a reading two people share says less than a name: the group may be neither, and stays a person
                ambiguous[root] = !byReading;
                continue;
            }
            if (found.none()) {
                continue;
            }
            Group target = groups[found.anchor];
            if (target.conflicts(g) || byReading && target.otherKanjiName(g)) {
                continue;
            }
            // later name-only groups are checked against what this one brings (e.g. its licence number)
            target.absorb(g);
            sets.union(found.anchor, root);
            groups[root] = target;
        }
        if (!nameOnlySubjects) {
            return ambiguous;
        }
        // rule 4: the mentions of one full name without contact data are one person (a briefing's "Presented
        // to Christopher Martin" in two reports), unless their identifiers conflict
        Map<String, Integer> byName = new HashMap<>();
        for (int root = 0; root < n; root++) {
            Group g = groups[root];
            if (g == null || g.contact || g.names.size() != 1 || sets.find(root) != root || ambiguous[root]) {
                continue;
            }
            Integer first = byName.putIfAbsent(g.names.iterator().next(), root);
            if (first != null && !groups[first].conflicts(g)) {
                groups[first].absorb(g);
                sets.union(first, root);
            }
        }
        joinNameOnlyReadings(groups, sets, ambiguous);
        return ambiguous;
    }

    /**
     * Rule 4b: a name-only person written in Latin letters and one written in kanji that read alike ("Haruka
     * MURAKAMI" with her passport on a travel list, "村上 春香" with her birth date on a 名簿) are one person when each
     * is the only name-only person of its script with that reading (a kanji name's dictionary reading or its own
     * フリガナ; a Latin name's in either order) and no identifier conflicts. Two kanji names of one reading (村上 春香,
     * 村上 遥) leave the reading to neither.
     */
    private static void joinNameOnlyReadings(Group[] groups, UnionFind sets, boolean[] ambiguous) {
        // by reading: {the one Latin root, the one kanji root}; -1 none yet, -2 several
        SortedMap<String, int[]> byReading = new TreeMap<>();
        for (int root = 0; root < groups.length; root++) {
            Group g = groups[root];
            if (g == null || g.contact || g.names.size() != 1 || sets.find(root) != root || ambiguous[root]) {
                continue;
            }
            String name = g.names.iterator().next();
            boolean kanji = PersonNames.isJapanese(name);
            Set<String> readings = new HashSet<>();
            if (kanji) {
                readings.addAll(g.readings);
                readings.add(KanjiReadings.romanKey(name));
            } else {
                readings.add(PersonNames.romanKey(name));
            }
            readings.remove(null);
            for (String r : readings) {
                int[] slots = byReading.computeIfAbsent(r, x -> new int[] {-1, -1});
                int slot = kanji ? 1 : 0;
                slots[slot] = slots[slot] == -1 || slots[slot] == root ? root : -2;
            }
        }
        byReading.forEach((reading, slots) -> {
            if (slots[0] < 0 || slots[1] < 0) {
                return;
            }
            int a = sets.find(slots[0]);
            int b = sets.find(slots[1]);
            Group ga = groups[a];
            Group gb = groups[b];
            if (a == b || ga == null || gb == null || ga.conflicts(gb) || ga.otherKanjiName(gb)) {
                return;
            }
            ga.absorb(gb);
            gb.absorb(ga);
            sets.union(a, b);
            groups[sets.find(a)] = ga;
        });
    }

    /**
     * Rule 3c: a group that names nobody joins the one named person it points to, where nothing conflicts (no
     * identifier type with other values on both sides) and that person is no name two persons carry:
     * <ul>
     *   <li>a group with e-mails ("y.goto@…" in a VPN log) whose every e-mail's local part is a mailbox name
     *       ({@link MailboxNames#forms}) of the one named group's name (後藤陽子 with a phone in a chat: ゴトウ ヨウコ)
     *       while that group holds no e-mail of its own: no other named group of the run spells that local part;</li>
     *   <li>a group with a phone and no e-mail whose postal address (as written, spaces and case aside) the one named group
     *       of the run holds ("Please ship to my home: 5639 Sycamore Ct, … Courier can call (253) …" in a ticket,
     *       the same ship-to address beside the name in an asset list); an address two named groups hold (a
     *       household, an office) joins neither.</li>
     * </ul>
     */
    private void joinUnnamed(Records recs, UnionFind sets, boolean[] ambiguous) {
        int n = recs.size();
        boolean[] named = new boolean[n];
        boolean[] mailed = new boolean[n];
        boolean[] housed = new boolean[n];
        boolean[] phoned = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            for (int f = recs.start(i); f < recs.end(i); f++) {
                switch (recs.type(f)) {
                    case "PERSON_NAME" -> named[root] = true;
                    case "EMAIL_ADDRESS" -> mailed[root] = true;
                    case "POSTAL_ADDRESS" -> housed[root] = true;
                    case "PHONE_NUMBER" -> phoned[root] = true;
                    default -> {
                    }
                }
            }
        }
        // the unnamed groups' local parts and addresses, as 64-bit hashes beside the group (a few primitive arrays
        // by key, as rule 2b: a log of millions of e-mail-only users must not need maps of strings)
        long[] keyHash = new long[64];
        int[] keyGroup = new int[64];
        int m = 0;
        boolean anyLocal = false;
        boolean anyHome = false;
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (named[root] || !mailed[root] && !(housed[root] && phoned[root])) {
                continue;
            }
            for (int f = recs.start(i); f < recs.end(i); f++) {
                String type = recs.type(f);
                long h;
                if (mailed[root] && "EMAIL_ADDRESS".equals(type)) {
                    String l = MailboxNames.local(email(recs.value(i, f)));
                    h = MergeKeys.hash(UNNAMED_LOCAL, l == null ? "" : l); // "": spelled by no name, joins nothing
                    anyLocal = true;
                } else if (!mailed[root] && "POSTAL_ADDRESS".equals(type)) {
                    h = MergeKeys.hash(UNNAMED_HOME, addressKey(recs.value(i, f)));
                    anyHome = true;
                } else {
                    continue;
                }
                if (m == keyHash.length) {
                    keyHash = Arrays.copyOf(keyHash, m * 2);
                    keyGroup = Arrays.copyOf(keyGroup, m * 2);
                }
                keyHash[m] = h;
                keyGroup[m++] = root;
            }
        }
        if (m == 0) {
            return;
        }
        long[] wanted = Arrays.stream(keyHash, 0, m).sorted().distinct().toArray();
        // by wanted key: the one named group that spells or holds it, NO_OWNER, or SEVERAL
        int[] owner = new int[wanted.length];
        Arrays.fill(owner, NO_OWNER);
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (!named[root]) {
                continue;
            }
            String name = anyLocal ? recordName(recs, i) : null;
            for (String form : name == null ? Set.<String>of() : MailboxNames.forms(MailboxNames.words(name), false)) {
                // a group with e-mails of its own makes the local part ambiguous: it may be its mailbox
                own(owner, Arrays.binarySearch(wanted, MergeKeys.hash(UNNAMED_LOCAL, form)), mailed[root] ? SEVERAL : root);
            }
            for (int f = recs.start(i); f < recs.end(i); f++) {
                if (anyLocal && "EMAIL_ADDRESS".equals(recs.type(f))) {
                    // an e-mail a named group holds spells its owner's mailbox name: no unnamed group takes it
                    String l = MailboxNames.local(email(recs.value(i, f)));
                    int k = l == null ? -1 : Arrays.binarySearch(wanted, MergeKeys.hash(UNNAMED_LOCAL, l));
                    if (k >= 0) {
                        owner[k] = SEVERAL;
                    }
                } else if (anyHome && "POSTAL_ADDRESS".equals(recs.type(f))) {
                    own(owner, Arrays.binarySearch(wanted, MergeKeys.hash(UNNAMED_HOME, addressKey(recs.value(i, f)))), root);
                }
            }
        }
        // an unnamed group joins the named one that all its keys point to; keys by group, groups ascending
        long[] byGroup = new long[m];
        for (int j = 0; j < m; j++) {
            byGroup[j] = (long) keyGroup[j] << 32 | Arrays.binarySearch(wanted, keyHash[j]);
        }
        Arrays.sort(byGroup);
        Map<Integer, Integer> target = new TreeMap<>();
        for (int j = 0; j < m; ) {
            int root = (int) (byGroup[j] >>> 32);
            int only = owner[(int) byGroup[j]];
            for (; j < m && (int) (byGroup[j] >>> 32) == root; j++) {
                if (owner[(int) byGroup[j]] != only) {
                    only = SEVERAL;
                }
            }
            if (only >= 0) {
                target.put(root, only);
            }
        }
        if (target.isEmpty()) {
            return;
        }
        // the identifiers of the groups to join, to see that none conflicts
        Map<Integer, Group> ids = new HashMap<>();
        Set<Integer> involved = new HashSet<>(target.keySet());
        involved.addAll(target.values());
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (involved.contains(root)) {
                Group g = ids.computeIfAbsent(root, x -> new Group());
                for (int f = recs.start(i); f < recs.end(i); f++) {
                    if (STRONG.contains(recs.type(f))) {
                        g.addId(recs.type(f), idValue(recs.value(i, f)));
                    }
                }
            }
        }
        target.forEach((root, to) -> {
            if (ambiguous[to] || ids.get(root).conflicts(ids.get(to))) {
                return;
            }
            ids.get(to).absorb(ids.get(root));
            ids.put(root, ids.get(to));
            sets.union(root, to);
        });
    }

    private static final String UNNAMED_LOCAL = "unnamed-local";
    private static final String UNNAMED_HOME = "unnamed-home";
    private static final int NO_OWNER = -2;
    private static final int SEVERAL = -1;

    /** Key {@code k} (a binary search's result: absent when negative) is spelled or held by {@code group}. */
    private static void own(int[] owner, int k, int group) {
        if (k >= 0) {
            owner[k] = owner[k] == NO_OWNER || owner[k] == group ? group : SEVERAL;
        }
    }

    /** A postal address as written, white space and case aside, for rule 3c. */
    private static String addressKey(String address) {
        return java.text.Normalizer.normalize(address, java.text.Normalizer.Form.NFKC).replaceAll("[\\s,]+", " ")
                .strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Rule 2b: groups with contact data that write one rare full name ({@link KnownNames#specific}; order-free, a
     * given-name variant counting as the name: "OYELARAN Margaret" with a work e-mail on an HR sheet, "Peggy Oyelaran"
     * with a private e-mail and phone in her mail) are one person when nothing of theirs conflicts: no identifier
     * type with other values on both sides, no two birth dates, no Jr. on one side and none or Sr. on the other. A
     * name that two groups write which conflict is two people, and then none of its groups joins on it. A group
     * writing several people's names takes part in none. As e-discovery consolidation does it: an alias joins
     * on a name only where the name is rare and nothing contradicts.
     */
    private void joinNamesakes(Records recs, UnionFind sets) {
        int n = recs.size();
        boolean[] contact = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (hasContact(recs, i)) {
                contact[sets.find(i)] = true;
            }
        }
        // the rare name keys of each contact record, as 64-bit hashes beside the record: sorted, a hash that two
        // groups write is a candidate (no map of every name of a roster)
        long[] hashes = new long[64];
        int[] owners = new int[64];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!contact[sets.find(i)]) {
                continue;
            }
            String name = recordName(recs, i);
            for (String k : name == null ? Set.<String>of() : namesakeKeys(name)) {
                if (m == hashes.length) {
                    hashes = Arrays.copyOf(hashes, m * 2);
                    owners = Arrays.copyOf(owners, m * 2);
                }
                hashes[m] = MergeKeys.hash("namesake", k);
                owners[m++] = i;
            }
        }
        long[] h = hashes;
        int[] order = ItemRecords.stableOrder(m, (a, b) -> Long.compare(h[a], h[b]));
        Map<Integer, Namesake> byRoot = new HashMap<>();
        List<int[]> runs = new ArrayList<>();
        for (int i = 0, j; i < m; i = j) {
            j = i + 1;
            boolean two = false;
            while (j < m && h[order[j]] == h[order[i]]) {
                two |= sets.find(owners[order[j]]) != sets.find(owners[order[i]]);
                j++;
            }
            if (two) {
                int[] run = new int[j - i];
                for (int k = i; k < j; k++) {
                    run[k - i] = owners[order[k]];
                    byRoot.putIfAbsent(sets.find(run[k - i]), new Namesake());
                }
                runs.add(run);
            }
        }
        if (runs.isEmpty()) {
            return;
        }
        for (int i = 0; i < n; i++) {
            Namesake s = byRoot.get(sets.find(i));
            if (s != null) {
                s.add(recs, i, this);
            }
        }
        // by key: the groups that write it (a hash's records read again, so two keys of one hash never join)
        SortedMap<String, SortedSet<Integer>> groupsByKey = new TreeMap<>();
        for (int[] run : runs) {
            for (int r : run) {
                String name = recordName(recs, r);
                for (String k : name == null ? Set.<String>of() : namesakeKeys(name)) {
                    groupsByKey.computeIfAbsent(k, x -> new java.util.TreeSet<>()).add(sets.find(r));
                }
            }
        }
        groupsByKey.forEach((key, roots) -> {
            List<Namesake> of = new ArrayList<>(roots.size());
            List<Integer> rootList = new ArrayList<>(roots.size());
            for (int root : roots) {
                Namesake s = byRoot.get(root);
                if (s != null && s.keys != null && s.keys.contains(key)) {
                    of.add(s);
                    rootList.add(root);
                }
            }
            if (of.size() < 2) {
                return;
            }
            Namesake all = new Namesake();
            for (Namesake s : of) {
                if (all.conflicts(s)) {
                    return; // two people of that name: it joins none of them
                }
                all.absorb(s);
            }
            for (int k = 1; k < rootList.size(); k++) {
                sets.union(rootList.get(0), rootList.get(k));
            }
            Namesake joined = new Namesake();
            of.forEach(joined::absorb);
            joined.keys = all.keys;
            rootList.forEach(root -> byRoot.put(root, joined));
        });
    }

    /** The order-free keys of a rare full name: the name's and its given-name variants' ({@link Nicknames}). */
    private Set<String> namesakeKeys(String key) {
        if (!knownNames.specific(key)) {
            return Set.of();
        }
        Set<String> out = new java.util.TreeSet<>();
        out.add(MergeKeys.orderFree(key));
        for (String v : nicknames.keys(key)) {
            out.add(MergeKeys.orderFree(v));
        }
        return out;
    }

    /** What a contact group holds that tells two people of one name apart (rule 2b). */
    private static final class Namesake {
        // the keys every name of the group answers to (null: none yet; empty: several people's names)
        Set<String> keys;
        final Map<String, Set<String>> ids = new HashMap<>(4);
        final Set<String> births = new HashSet<>(2);
        final Set<String> generations = new HashSet<>(2);

        void add(Records recs, int r, SubjectResolver resolver) {
            for (int f = recs.start(r); f < recs.end(r); f++) {
                String type = recs.type(f);
                String value = recs.value(r, f);
                if (STRONG.contains(type)) {
                    ids.computeIfAbsent(type, t -> new HashSet<>(2)).add(idValue(value));
                } else if ("DATE_OF_BIRTH".equals(type)) {
                    String d = isoDate(value);
                    if (d != null) {
                        births.add(d);
                    }
                } else if ("PERSON_NAME".equals(type) && !isKanaOnly(value.strip()) && PersonNames.key(value) != null) {
                    generations.add(MergeKeys.generation(value));
                }
            }
            String name = recordName(recs, r);
            if (name != null) {
                Set<String> mine = resolver.namesakeKeys(name);
                if (keys == null) {
                    keys = new HashSet<>(mine);
                } else {
                    keys.retainAll(mine);
                }
            }
        }

        boolean conflicts(Namesake o) {
            for (Map.Entry<String, Set<String>> e : ids.entrySet()) {
                Set<String> theirs = o.ids.get(e.getKey());
                if (theirs != null && Collections.disjoint(e.getValue(), theirs)) {
                    return true;
                }
            }
            if (!births.isEmpty() && !o.births.isEmpty() && Collections.disjoint(births, o.births)) {
                return true;
            }
            // a Jr. is another person than the plain name or a Sr. (MergeKeys#household)
            return !generations.isEmpty() && !o.generations.isEmpty() && !generations.equals(o.generations);
        }

        void absorb(Namesake o) {
            o.ids.forEach((t, v) -> ids.computeIfAbsent(t, x -> new HashSet<>(2)).addAll(v));
            births.addAll(o.births);
            generations.addAll(o.generations);
            if (o.keys != null) {
                if (keys == null) {
                    keys = new HashSet<>(o.keys);
                } else {
                    keys.retainAll(o.keys);
                }
            }
        }
    }

    /** The generation (jr, sr …; "" for none) of the first written full name of record {@code r}. */
    private static String recordGeneration(Records recs, int r) {
        for (int f = recs.start(r); f < recs.end(r); f++) {
            if ("PERSON_NAME".equals(recs.type(f))) {
                String v = recs.value(r, f).strip();
                if (!isKanaOnly(v) && PersonNames.key(v) != null) {
                    return MergeKeys.generation(v);
                }
            }
        }
        return "";
    }

    private static Group groupOf(Group[] groups, int root) {
        if (groups[root] == null) {
            groups[root] = new Group();
        }
        return groups[root];
    }

    static String idValue(String v) {
        // what the regex [\s-] removes: ASCII white space and hyphens
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r' && c != '-') {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    static String email(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    static String nameKey(String n) {
        String k = PersonNames.key(n);
        return k != null ? k : compactName(n);
    }

    static String compactName(String n) {
        return NAME_SPACES.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** yyyymmdd from 1984年8月1日, 1984-08-01, 08/01/1984; null when unclear. */
    static String isoDate(String v) {
        List<Integer> parts = new ArrayList<>();
        Matcher m = DIGITS.matcher(v);
        while (m.find()) {
            parts.add(Integer.parseInt(m.group()));
        }
        if (parts.size() != 3) {
            return null;
        }
        int y;
        int mo;
        int d;
        if (parts.get(0) > 31) {
            y = parts.get(0);
            mo = parts.get(1);
            d = parts.get(2);
        } else if (parts.get(2) > 31) {
            y = parts.get(2);
            mo = parts.get(0);
            d = parts.get(1);
            if (v.contains(".")) { // European d.m.y
                mo = parts.get(1);
                d = parts.get(0);
            }
        } else {
            return null;
        }
        return String.format(Locale.ROOT, "%04d%02d%02d", y, mo, d);
    }

    /**
     * The subject of the group whose records are {@code members[from..to)}. {@code nameOnly}: names that make a
     * person without contact data or identifier; null: none do. {@code shared}: one copy of each set of data
     * elements and of jurisdictions, which few combinations make for many subjects. {@code homes}: postal
     * addresses of a home the group's person shares with a row's own person ({@link #sharedHomes}), or null.
     * {@code household}: the jurisdictions of the row's own person for a second person of a household row
     * ({@link #householdPlaces}), taken where the person's own phones and addresses place them nowhere; or null.
     */
    private static Subject toSubject(Records recs, int[] members, int from, int to, KnownNames nameOnly,
                                     KnownNames known, UsAreaCodes areaCodes, EmailCountries emailCountries,
                                     Map<Set<String>, SortedSet<String>> shared, List<String> homes,
                                     SortedSet<String> household) {
        // plain lists, made sets once at the end (SortedStrings.ofUnsorted): a group is mostly one or two rows
        List<String> emails = new ArrayList<>(2);
        List<String> phones = new ArrayList<>(2);
        List<String> types = new ArrayList<>(8);
        List<String> docs = new ArrayList<>(to - from);
        List<String> names = new ArrayList<>(2);
        List<String> addresses = new ArrayList<>(2);
        List<String> juris = new ArrayList<>(2);
        List<String> ibanCountries = new ArrayList<>(0);
        List<String> issuers = new ArrayList<>(0);
        List<String> recordNames = new ArrayList<>(2);
        boolean strong = false;
        boolean profile = false;
        boolean personal = false;
        for (int m = from; m < to; m++) {
            int r = members[m];
            docs.add(recs.docId(r));
            recordNames.clear();
            boolean birth = false;
            boolean home = false;
            for (int f = recs.start(r); f < recs.end(r); f++) {
                String type = recs.type(f);
                String value = recs.value(r, f);
                types.add(type);
                switch (type) {
                    case "EMAIL_ADDRESS" -> emails.add(email(value));
                    case "PHONE_NUMBER" -> phones.add(value);
                    case "PERSON_NAME" -> recordNames.add(value.strip());
                    case "POSTAL_ADDRESS" -> {
                        addresses.add(value.strip());
                        home = true;
                    }
                    case "DATE_OF_BIRTH" -> birth = true;
                    default -> strong |= STRONG.contains(type);
                }
                personal |= PERSONAL.contains(type);
                if ("UK_NINO".equals(type)) {
                    juris.add("GB");
                } else if ("JP_MY_NUMBER".equals(type)) {
                    juris.add("JP");
                } else if ("IBAN".equals(type) && value.strip().length() >= 2) {
                    ibanCountries.add(value.strip().substring(0, 2).toUpperCase(Locale.ROOT));
                } else if (ISSUED_TO_RESIDENTS.containsKey(type)) {
                    issuers.add(ISSUED_TO_RESIDENTS.get(type));
                }
            }
            List<String> own = rowNames(recordNames);
            for (String n : own) {
                // a first | last export writes 浩之 | 清水: the subject is named 姓 名 as Japanese write it
                names.add(own == recordNames ? n : known.familyFirst(n));
            }
            profile |= birth && home && profileName(own);
        }
        // sorted, equal values side by side: a run is one distinct value and its count
        names.sort(null);
        if (emails.isEmpty() && phones.isEmpty() && !strong
                && (nameOnly == null || !(profile ? oneName(distinct(names))
                        : oneLikelyPerson(distinct(names), nameOnly) || personal && personalName(distinct(names))))) {
            return null;
        }
        if (homes != null) {
            // the home of the row's own person, which this second person shares (sharedHomes)
            homes.forEach(h -> addresses.add(h.strip()));
            types.add("POSTAL_ADDRESS");
        }
        SortedSet<String> phoneSet = SortedStrings.ofUnsorted(phones);
        for (String p : phoneSet) {
            String j = Jurisdictions.ofPhone(p);
            if (j != null) {
                juris.add(j);
            }
        }
        addresses.sort(null);
        String address = best(addresses, false);
        for (String a : distinct(addresses)) {
            String j = Jurisdictions.ofAddress(a);
            if (j != null) {
                juris.add(j);
            }
        }
        // a US phone's area code names a state: a weaker hint than an address, used only when none names one
        if (areaCodes != null && juris.stream().noneMatch(j -> j.startsWith("US-"))) {
            for (String p : phoneSet) {
                String state = areaCodes.stateOf(p);
                if (state != null) {
                    juris.add(state);
                }
            }
        }
        // where the row's own person lives, for a dependant the file places nowhere else (householdPlaces)
        if (juris.isEmpty() && household != null) {
            juris.addAll(household);
        }
        // a number a country issues to the people living there (an SSN, a 健康保険 card, a driving licence): a weaker
        // hint than phone or address, used only when they say nothing (a payee of a receipt or payment file)
        if (juris.isEmpty()) {
            juris.addAll(issuers);
        }
        // the IBAN's country is the bank's, weaker still
        if (juris.isEmpty()) {
            ibanCountries.stream().filter(c -> c.matches("[A-Z]{2}")).forEach(juris::add);
        }
        // ... and an e-mail's country-code domain (m.harada@toyo-seiki.co.jp), weaker still: a person named with
        // an e-mail alone was otherwise placed nowhere, and no notification rule took them
        if (juris.isEmpty()) {
            for (String e : emails) {
                String country = emailCountries.of(e);
                if (country != null) {
                    juris.add(country);
                }
            }
        }
        // a state-level code says more than the country
        if (juris.stream().anyMatch(j -> j.startsWith("US-"))) {
            juris.removeIf("US"::equals);
        }
        boolean sensitive = types.stream().anyMatch(SENSITIVE::contains);
        return new Subject(null, best(names, true), SortedStrings.ofUnsorted(emails), phoneSet, address,
                shared(SortedStrings.ofUnsorted(juris), shared), shared(SortedStrings.ofUnsorted(types), shared), sensitive,
                SortedStrings.ofUnsorted(docs), null);
    }

    private static SortedSet<String> shared(SortedSet<String> set, Map<Set<String>, SortedSet<String>> shared) {
        SortedSet<String> had = shared.putIfAbsent(set, set);
        return had != null ? had : set;
    }

    /** The distinct values of a sorted list. */
    private static List<String> distinct(List<String> sorted) {
        List<String> out = new ArrayList<>(sorted.size());
        for (String v : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * The names of a group without contact data are one likely person: a single full name (readings aside) that
     * {@link KnownNames} takes for a person's. A record listing several people (meeting attendees) names nobody.
     */
    private static boolean oneLikelyPerson(List<String> names, KnownNames known) {
        return oneName(names) && names.stream().anyMatch(known::likelyPerson);
    }

    /**
     * A record naming one full name (readings aside) beside a birth date and a postal address: a person's own
     * record (a residence card, a licence, a resident's form), a person though the name lists do not know the
     * name ("NGUYEN VAN AN" under 氏名 NAME). A heading taken for a name has no birth date and home beside it.
     */
    private static boolean profileName(List<String> names) {
        String only = null;
        for (String n : names) {
            if (isKanaOnly(n)) {
                continue;
            }
            String k = PersonNames.key(n);
            if (k == null || only != null && !only.equals(k)) {
                return false;
            }
            only = k;
        }
        return only != null;
    }

    /**
     * The names of a group that holds what only a person has are one full name, readings aside, with no word a name
     * never holds: a heading read as a name ("Derived From") beside a birth date is nobody.
     */
    private static boolean personalName(List<String> names) {
        if (!profileName(names)) {
            return false;
        }
        for (String n : names) {
            for (String w : n.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
                if (FUNCTION_WORDS.contains(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("from", "to", "of", "by", "for", "with", "and", "the", "on",
            "at", "in", "per", "via", "or", "date", "name", "number", "no");

    /**
     * The names of a group are one full name, readings aside, and up to a middle name or initial: a voter file's
     * "CASTELLANOS | IMANI | JAMES" and a tax roll's "CASTELLANOS IMANI J", joined by name and street (MergeKeys), are
     * one name; "Ann Lee" and "Bo Lee" are two.
     */
    static boolean oneName(List<String> names) {
        Set<String> keys = new HashSet<>(4);
        for (String n : names) {
            if (!isKanaOnly(n) || KnownNames.foreignFullName(n)) {
                keys.add(PersonNames.key(n) == null ? n : PersonNames.key(n));
            }
        }
        return keys.size() == 1 || keys.size() > 1 && oneUpToMiddleNames(keys);
    }

    /** The keys' words (two letters or more) all stand in the longest key's, and each key has two or more of them. */
    private static boolean oneUpToMiddleNames(Set<String> keys) {
        List<Set<String>> words = new ArrayList<>(keys.size());
        Set<String> longest = Set.of();
        for (String k : keys) {
            if (k.indexOf(' ') < 0) {
                return false; // a Japanese key (no blanks) or a single word: equal or not at all
            }
            Set<String> w = new HashSet<>(PersonNames.words(k));
            if (w.size() < 2) {
                return false;
            }
            words.add(w);
            longest = w.size() > longest.size() ? w : longest;
        }
        for (Set<String> w : words) {
            if (!longest.containsAll(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row with first_name and last_name columns gives one full name, and so does one with 姓 and 名 columns
     * (EC-CUBE's name01 | name02: 清水 | 浩之, a kanji name part of at most three characters each, family first as
     * written); so does a given name before a family name of particles and up to three words (a Spanish export's
     * nombre | apellidos: Begoña | Martín Pérez; Chiara | De Luca); so do three one-word Latin parts (last | first |
     * middle); so do the parts of a name a form writes twice for one person (a constat's assuré and conducteur);
     * otherwise names stand alone.
     */
    static List<String> rowNames(List<String> names) {
        if (names.size() == 4) {
            // 姓 | 名 | セイ | メイ: the name and its kana reading, each in two cells, are one name and its reading
            List<String> written = new ArrayList<>(2);
            List<String> kana = new ArrayList<>(2);
            for (String n : names) {
                (isKanaOnly(n) ? kana : written).add(n);
            }
            if (written.size() == 2 && kana.size() == 2 && rowNames(written).size() == 1
                    && kana.get(0).indexOf(' ') < 0 && kana.get(1).indexOf(' ') < 0) {
                return List.of(rowNames(written).get(0), kana.get(0) + " " + kana.get(1));
            }
        }
        if (names.size() >= 4) {
            // a form that writes one person's name fields twice (a constat's assuré and conducteur, a claim's insured
            // and driver: "Nom : HOFFMANN  Prénom : Lena" on two lines, probe set 29) gives them once
            List<String> once = new ArrayList<>(new java.util.LinkedHashSet<>(names));
            if (once.size() < names.size() && once.size() <= 3) {
                List<String> joined = rowNames(once);
                if (joined.size() == 1) {
                    return joined;
                }
            }
        }
        if (names.size() == 2 && ((isGivenNamePart(names.get(0)) && isLatinWord(names.get(1)))
                || (isKanjiNamePart(names.get(0)) && isKanjiNamePart(names.get(1))))) {
            return List.of(names.get(0) + " " + names.get(1));
        }
        if (names.size() == 2 && isLatinWord(names.get(0)) && isFamilyName(names.get(1))) {
            return List.of(names.get(0) + " " + names.get(1));
        }
        if (names.size() == 3 && isLatinWord(names.get(0)) && isLatinWord(names.get(1)) && isLatinWord(names.get(2))) {
            // last | first | middle columns, one word each (a voter file's LAST_NAME | FIRST_NAME | MIDDLE_NAME, a DMV
            // extract's OWNER_LAST | OWNER_FIRST | OWNER_MI): one full name in the order written
            return List.of(names.get(0) + " " + names.get(1) + " " + names.get(2));
        }
        return names;
    }

    /** The particles a family name may hold in lower case: van der Berg, de la Cruz, dos Santos, di Stefano. */
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "la", "las", "los", "del", "von", "zu",
            "da", "di", "dos", "das", "do", "af", "ten", "ter", "le");

    /** Two or three Latin words, capitalised but for particles, the last capitalised: a family name such as Martín Pérez. */
    private static boolean isFamilyName(String n) {
        String[] words = n.split(" ", -1);
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!isLatinWord(w) || !Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    /** One to three kanji (々 included): a family or given name alone, not a full name (山田太郎). */
    static boolean isKanjiNamePart(String n) {
        int count = 0;
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            if (!KanjiReadings.isKanji(c)) {
                return false;
            }
            count++;
        }
        return count >= 1 && count <= 3;
    }

    /**
     * A given name as a form's first-name field holds it: one Latin word, or one with its middle initial after a blank
     * (Form 1040's "Your first name and middle initial: ANNELIESE H").
     */
    static boolean isGivenNamePart(String n) {
        int sp = n.indexOf(' ');
        if (sp < 0) {
            return isLatinWord(n);
        }
        String initial = n.substring(sp + 1);
        return isLatinWord(n.substring(0, sp)) && !initial.isEmpty() && initial.length() <= 2
                && Character.isUpperCase(initial.charAt(0)) && (initial.length() == 1 || initial.charAt(1) == '.');
    }

    /** One word of Latin letters, apostrophes, hyphens and dots: the regex [\p{IsLatin}'\-.]+ without a matcher. */
    static boolean isLatinWord(String n) {
        if (n.isEmpty()) {
            return false;
        }
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            if (c != '\'' && c != '-' && c != '.' && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    /**
     * The most frequent value of a sorted list; ties go to the longer, then the smaller string. For names, a
     * form in kanji or Latin letters beats a kana reading (フリガナ columns).
     */
    private static String best(List<String> sorted, boolean names) {
        String best = null;
        int bestRank = 0;
        int bestCount = 0;
        for (int i = 0; i < sorted.size(); ) {
            String v = sorted.get(i);
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).equals(v)) {
                j++;
            }
            int count = j - i;
            int rank = names && isKanaOnly(v) ? 0 : 1;
            boolean better = best == null || (rank != bestRank ? rank > bestRank
                    : count != bestCount ? count > bestCount
                    : v.length() != best.length() ? v.length() > best.length() : v.compareTo(best) < 0);
            if (better) {
                best = v;
                bestRank = rank;
                bestCount = count;
            }
            i = j;
        }
        return best;
    }

    private static boolean isKanaOnly(String s) {
        return PersonNames.isKanaOnly(s);
    }
}
