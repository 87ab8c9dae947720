package org.leakscope.classifiers.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/**
 * Groups PII findings into people.
 * <ol>
 *   <li><b>Records.</b> A table row (findings sharing a recordKey) is one record: the cells of a row belong to
 *       one person; only a value that would give the row a second e-mail, a conflicting phone or a second
 *       identifier of one type is taken out as a record of its own ({@link TextBlocks#splitRow}). Running text is cut into records by {@link TextBlocks}: every mail-header line
 *       (From:/To:/Cc:) is a record of its own, other findings form blocks of nearby lines (a signature, a
 *       labelled form), and a block is split where it would otherwise hold a second person's name, e-mail,
 *       phone of the same kind, birth date or identifier. Thresholds: {@code classify.resolve.block-line-gap},
 *       {@code header-lines}, {@code max-emails-per-block}, {@code max-phones-per-block}.</li>
 *   <li><b>Strong identifiers join.</b> Records sharing an e-mail (lower case), an E.164 phone, a strong
 *       identifier value (SSN, My Number, card, IBAN, NINO, passport, licence, pension number) or a normalised
 *       full name plus birth date are merged (union-find).</li>
 *   <li><b>Name-only records link by name.</b> A group with no e-mail and no phone (a row "中島 亮 | 運転免許証 …",
 *       "Kevin Hernandez | bank account …") joins the person with an e-mail or phone whose normalised full name
 *       ({@link PersonNames#key}) it shares, but only when exactly one such person carries that name (two
 *       persons of one name: ambiguous, no link) and no identifier type holds different values on both sides
 *       (a name never merges two people whose strong identifiers conflict). Failing the very name, a name equal
 *       up to a given-name variant links the same way ("Bob Smith" to "Robert Smith", {@link Nicknames}).
 *       Switch: {@code link-name-only}.</li>
 *   <li>A group becomes a subject if it has an e-mail, a phone or a strong identifier, or a full name that is
 *       likely a person's ({@link KnownNames}; switch {@code name-only-subjects}): a name is personal data of
 *       its own under GDPR and APPI. The mentions of one such name are one person unless identifiers conflict.</li>
 * </ol>
 * Ids S000001… follow a sort on the subject's content, so the same input always gives the same ids.
 */
public final class SubjectResolver {

    static final Set<String> STRONG = Set.of("US_SSN", "US_ITIN", "JP_MY_NUMBER", "CREDIT_CARD", "IBAN",
            "UK_NINO", "US_PASSPORT", "JP_PASSPORT", "JP_DRIVERS_LICENSE", "US_DRIVERS_LICENSE",
            "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "BANK_ACCOUNT");
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

    /** One record: the findings of one row, or of one block of an item's running text. */
    private record Rec(String key, String docId, List<Finding> findings) {
    }

    public List<Subject> resolve(List<DocFinding> findings) {
        List<Subject> subjects = unnumbered(findings);
        // ids follow the content, so the same input always gives the same ids (a stable sort: ties keep the
        // order of the groups)
        subjects.sort(new SubjectOrder());
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            subjects.set(i, new Subject(subjectId(i + 1), s.name(), s.emails(), s.phones(), s.postalAddress(),
                    s.jurisdictions(), s.dataElements(), s.sensitive(), s.docIds(), s.obligations()));
        }
        return subjects;
    }

    /** The subjects without ids, in the order of their groups' roots; the records are garbage on return. */
    private List<Subject> unnumbered(List<DocFinding> findings) {
        List<Rec> recs = buildRecords(findings);
        int[] parent = joinOnMergeKeys(recs);
        boolean[] ambiguous = linkNameOnly ? linkByName(recs, parent) : new boolean[recs.size()];
        // records by group, groups in the order of their roots (the smallest record index of each)
        int n = recs.size();
        int[] start = new int[n + 1];
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = find(parent, i);
            start[root[i] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        Rec[] byGroup = new Rec[n];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < n; i++) {
            byGroup[fill[root[i]]++] = recs.get(i);
        }
        List<Rec> grouped = Arrays.asList(byGroup);
        List<Subject> subjects = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (start[g + 1] == start[g]) {
                continue;
            }
            Subject s = toSubject(grouped.subList(start[g], start[g + 1]),
                    nameOnlySubjects && !ambiguous[g] ? knownNames : null, areaCodes);
            if (s != null) {
                subjects.add(s);
            }
        }
        return subjects;
    }

    /** Union-find parents after rule 2 (records sharing a strong key are one person). */
    private static int[] joinOnMergeKeys(List<Rec> recs) {
        int[] parent = new int[recs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Map<String, Integer>> owners = new HashMap<>();
        for (int i = 0; i < recs.size(); i++) {
            joinOnMergeKeys(recs.get(i), i, owners, parent);
        }
        return parent;
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

        void add(Rec r) {
            List<String> written = new ArrayList<>(2);
            boolean kana = false;
            for (Finding f : r.findings()) {
                if ("EMAIL_ADDRESS".equals(f.type()) || "PHONE_NUMBER".equals(f.type())) {
                    contact = true;
                } else if (STRONG.contains(f.type())) {
                    addId(f.type(), idValue(f.value()));
                } else if ("PERSON_NAME".equals(f.type())) {
                    String n = f.value().strip();
                    if (isKanaOnly(n)) {
                        kana = true;
                    } else {
                        written.add(n);
                    }
                }
            }
            // a name binds a record's identifiers only when the record names one person (readings aside): a
            // memo cell listing five attendees next to one e-mail binds none of the five names to it
            String only = null;
            for (String n : rowNames(written)) {
                String k = PersonNames.key(n);
                k = k == null ? "\u0000" + n : k;
                if (only != null && !only.equals(k)) {
                    return;
                }
                only = k;
            }
            if (only == null || only.startsWith("\u0000")) {
                return;
            }
            names = mutable(names);
            names.add(only);
            if (!kana) {
                return;
            }
            // the record's readings (フリガナ) spell its one name in kana: its romanised form links the
            // same person written in Latin letters elsewhere (a badge list, an e-mail display name)
            for (Finding f : r.findings()) {
                if ("PERSON_NAME".equals(f.type()) && isKanaOnly(f.value().strip())) {
                    String roman = PersonNames.romanKey(f.value());
                    if (roman != null) {
                        readings = mutable(readings);
                        readings.add(roman);
                    }
                }
            }
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
        }
    }

    /**
     * The groups with contact data that carry a name (or variant, or reading): the one group of a name, or
     * {@link #SEVERAL} when two groups carry it.
     */
    private static final class Anchors {
        static final int SEVERAL = -1;
        private final Map<String, Integer> byName = new HashMap<>();

        void add(String name, int root) {
            byName.merge(name, root, (had, now) -> had.equals(now) ? had : SEVERAL);
        }

        Integer get(String name) {
            return byName.get(name);
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
    private boolean[] linkByName(List<Rec> recs, int[] parent) {
        int n = recs.size();
        boolean[] ambiguous = new boolean[n];
        // by root, in record order: groups[root] is the group (once linked, the group it went into)
        Group[] groups = new Group[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groups[root] == null) {
                groups[root] = new Group();
            }
            groups[root].add(recs.get(i));
        }
        Anchors anchorsByName = new Anchors();
        Anchors anchorsByVariant = new Anchors();
        Anchors anchorsByReading = new Anchors();
        for (int root = 0; root < n; root++) {
            Group g = groups[root];
            if (g != null && g.contact) {
                for (String reading : g.readings) {
                    anchorsByReading.add(reading, root);
                }
                for (String name : g.names) {
                    anchorsByName.add(name, root);
                    for (String v : nicknames.keys(name)) {
                        anchorsByVariant.add(v, root);
                    }
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
            if (found.none()) {
                for (String name : g.names) {
                    String roman = PersonNames.romanKey(name);
                    if (roman != null) {
                        found.add(anchorsByReading.get(roman));
                    }
                }
            }
            // two persons of that name (or variant): ambiguous, no link; nor a person of its own (rule 4): it
            // is one of them
            if (found.several) {
                ambiguous[root] = true;
                continue;
            }
            if (found.none()) {
                continue;
            }
            Group target = groups[found.anchor];
            if (target.conflicts(g)) {
                continue;
            }
            // later name-only groups are checked against what this one brings (e.g. its licence number)
            target.absorb(g);
            union(parent, found.anchor, root);
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
            if (g == null || g.contact || g.names.size() != 1 || find(parent, root) != root || ambiguous[root]) {
                continue;
            }
            Integer first = byName.putIfAbsent(g.names.iterator().next(), root);
            if (first != null && !groups[first].conflicts(g)) {
                groups[first].absorb(g);
                union(parent, first, root);
            }
        }
        return ambiguous;
    }

    // row findings arrive in job order; sorted so that "first name seen" does not depend on it
    private static final Comparator<Finding> RECORD_ORDER = (a, b) -> {
        int c = Integer.compare(a.offset(), b.offset());
        if (c == 0) {
            c = a.type().compareTo(b.type());
        }
        if (c == 0) {
            c = a.value().compareTo(b.value());
        }
        return c != 0 ? c : String.valueOf(a.location()).compareTo(String.valueOf(b.location()));
    };

    private List<Rec> buildRecords(List<DocFinding> findings) {
        // hash maps by item, then by row: the sort on the record keys at the end fixes the order (and thus the
        // union-find roots) whatever the input order
        Map<String, Map<String, List<Finding>>> rows = new HashMap<>();
        Map<String, List<Finding>> running = new HashMap<>();
        String lastDoc = null;
        Map<String, List<Finding>> docRows = null; // findings come item by item: one item lookup per item
        for (DocFinding df : findings) {
            Finding f = df.finding();
            if (f == null || f.category() != Category.PII || f.value() == null) {
                continue;
            }
            if (f.recordKey() != null) {
                if (docRows == null || !df.docId().equals(lastDoc)) {
                    lastDoc = df.docId();
                    docRows = rows.computeIfAbsent(lastDoc, k -> new HashMap<>());
                }
                docRows.computeIfAbsent(f.recordKey(), k -> new ArrayList<>(6)).add(f);
            } else {
                running.computeIfAbsent(df.docId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Rec> recs = new ArrayList<>();
        rows.forEach((docId, byKey) -> byKey.forEach((recordKey, rowFindings) -> {
            String key = docId + "\u0000" + recordKey;
            List<List<Finding>> parts = blocks.splitRow(rowFindings);
            for (int i = 0; i < parts.size(); i++) {
                recs.add(new Rec(i == 0 ? key : key + "\u0000" + zeroPadded(i, 4), docId, parts.get(i)));
            }
        }));
        List<Rec> text = new ArrayList<>();
        running.forEach((docId, itemFindings) -> {
            List<List<Finding>> bs = blocks.split(itemFindings);
            for (int i = 0; i < bs.size(); i++) {
                text.add(new Rec(docId + "\u0000\u0001" + zeroPadded(i, 8), docId, bs.get(i)));
            }
        });
        recs.addAll(text);
        for (Rec r : recs) {
            if (r.findings().size() > 1) {
                r.findings().sort(RECORD_ORDER);
            }
        }
        recs.sort(Comparator.comparing(Rec::key));
        return recs;
    }

    /** {@code value} in decimal with leading zeros to {@code width} digits (String.format's %0Nd). */
    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
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

    private static String email(Finding f) {
        return f.value().toLowerCase(Locale.ROOT);
    }

    /**
     * Joins record {@code rec} with the records before it that share a merge key: its e-mails, E.164 phones,
     * strong identifiers and name + birth date. One map per kind of key, so no key string is built per value.
     */
    private static void joinOnMergeKeys(Rec r, int rec, Map<String, Map<String, Integer>> owners, int[] parent) {
        String name = null; // the written name, not its reading, keys name + birth date
        String dob = null;
        for (Finding f : r.findings()) {
            switch (f.type()) {
                case "EMAIL_ADDRESS" -> join(owners, "EMAIL_ADDRESS", email(f), rec, parent);
                case "PHONE_NUMBER" -> join(owners, "PHONE_NUMBER", f.value(), rec, parent);
                case "PERSON_NAME" -> name = name == null && !isKanaOnly(f.value()) ? f.value() : name;
                case "DATE_OF_BIRTH" -> dob = dob == null ? isoDate(f.value()) : dob;
                default -> {
                    if (MERGE_KEYS.contains(f.type())) {
                        join(owners, f.type(), idValue(f.value()), rec, parent);
                    }
                }
            }
        }
        if (name != null && dob != null) {
            String key = nameKey(name);
            if (key.length() >= 2) {
                join(owners, "name+dob", key + "|" + dob, rec, parent);
            }
        }
    }

    private static void join(Map<String, Map<String, Integer>> owners, String kind, String value, int rec,
                             int[] parent) {
        Integer first = owners.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(value, rec);
        if (first != null) {
            union(parent, first, rec);
        }
    }

    private static String nameKey(String n) {
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

    /** {@code nameOnly}: names that make a person without contact data or identifier; null: none do. */
    private static Subject toSubject(List<Rec> group, KnownNames nameOnly, UsAreaCodes areaCodes) {
        // plain lists, made sets once at the end (SortedStrings.ofUnsorted): a group is mostly one or two rows
        List<String> emails = new ArrayList<>(2);
        List<String> phones = new ArrayList<>(2);
        List<String> types = new ArrayList<>(8);
        List<String> docs = new ArrayList<>(group.size());
        List<String> names = new ArrayList<>(2);
        List<String> addresses = new ArrayList<>(2);
        List<String> juris = new ArrayList<>(2);
        List<String> ibanCountries = new ArrayList<>(0);
        List<String> recordNames = new ArrayList<>(2);
        boolean strong = false;
        for (Rec r : group) {
            docs.add(r.docId());
            recordNames.clear();
            for (Finding f : r.findings()) {
                types.add(f.type());
                switch (f.type()) {
                    case "EMAIL_ADDRESS" -> emails.add(email(f));
                    case "PHONE_NUMBER" -> phones.add(f.value());
                    case "PERSON_NAME" -> recordNames.add(f.value().strip());
                    case "POSTAL_ADDRESS" -> addresses.add(f.value().strip());
                    default -> strong |= STRONG.contains(f.type());
                }
                if ("UK_NINO".equals(f.type())) {
                    juris.add("GB");
                } else if ("JP_MY_NUMBER".equals(f.type())) {
                    juris.add("JP");
                } else if ("IBAN".equals(f.type()) && f.value().strip().length() >= 2) {
                    ibanCountries.add(f.value().strip().substring(0, 2).toUpperCase(Locale.ROOT));
                }
            }
            names.addAll(rowNames(recordNames));
        }
        // sorted, equal values side by side: a run is one distinct value and its count
        names.sort(null);
        if (emails.isEmpty() && phones.isEmpty() && !strong
                && (nameOnly == null || !oneLikelyPerson(distinct(names), nameOnly))) {
            return null;
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
        // the IBAN's country is the bank's, a weaker hint than phone or address: used only when they say nothing
        if (juris.isEmpty()) {
            ibanCountries.stream().filter(c -> c.matches("[A-Z]{2}")).forEach(juris::add);
        }
        // a state-level code says more than the country
        if (juris.stream().anyMatch(j -> j.startsWith("US-"))) {
            juris.removeIf("US"::equals);
        }
        boolean sensitive = types.stream().anyMatch(SENSITIVE::contains);
        return new Subject(null, best(names, true), SortedStrings.ofUnsorted(emails), phoneSet, address,
                SortedStrings.ofUnsorted(juris), SortedStrings.ofUnsorted(types), sensitive,
                SortedStrings.ofUnsorted(docs), null);
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
        Set<String> keys = new HashSet<>(4);
        for (String n : names) {
            if (!isKanaOnly(n)) {
                keys.add(PersonNames.key(n) == null ? n : PersonNames.key(n));
            }
        }
        return keys.size() == 1 && names.stream().anyMatch(known::likelyPerson);
    }

    /** A row with first_name and last_name columns gives one full name; otherwise names stand alone. */
    private static List<String> rowNames(List<String> names) {
        if (names.size() == 2 && isLatinWord(names.get(0)) && isLatinWord(names.get(1))) {
            return List.of(names.get(0) + " " + names.get(1));
        }
        return names;
    }

    /** One word of Latin letters, apostrophes, hyphens and dots: the regex [\p{IsLatin}'\-.]+ without a matcher. */
    private static boolean isLatinWord(String n) {
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

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            // the smaller index stays root: deterministic regardless of merge order
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
