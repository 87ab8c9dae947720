package org.leakscope.classifiers.resolve;

/**
 * Rule 2 of {@link SubjectResolver}: records sharing a merge key (an e-mail in lower case, an E.164 phone, a
 * strong identifier, a full name with a birth date) are one person. Records come in record order; each key
 * remembers its first record and every later record holding it joins that one.
 */
final class MergeKeys {

    /** Receives the merge keys of a record: kind (a finding type, or "name+dob") and key. */
    interface KeySink {
        void key(String kind, String key);
    }

    private static final String NAME_DOB = "name+dob";

    private final KeyOwners owners;

    MergeKeys() {
        this(new KeyOwners());
    }

    MergeKeys(KeyOwners owners) {
        this.owners = owners;
    }

    /** Joins record {@code rec} with the records before it that share one of its merge keys. */
    void join(Records recs, int rec, UnionFind sets) {
        forEachKey(recs, rec, null, (kind, key) -> {
            int first = owners.firstOrOwn(kind, key, rec, (owner, k, v) -> holds(recs, owner, k, v));
            if (first >= 0) {
                sets.union(first, rec);
            }
        });
    }

    /** Whether record {@code rec} has merge key {@code key} of {@code kind}. */
    static boolean holds(Records recs, int rec, String kind, String key) {
        boolean[] held = {false};
        forEachKey(recs, rec, kind, (k, v) -> held[0] |= k.equals(kind) && v.equals(key));
        return held[0];
    }

    /**
     * The merge keys of record {@code rec}: its e-mails, E.164 phones, strong identifiers and name + birth date;
     * only those of {@code onlyKind} unless it is null.
     */
    static void forEachKey(Records recs, int rec, String onlyKind, KeySink out) {
        boolean nameDob = onlyKind == null || NAME_DOB.equals(onlyKind);
        String name = null; // the written name, not its reading, keys name + birth date
        String dob = null;
        for (int f = recs.start(rec); f < recs.end(rec); f++) {
            String type = recs.type(f);
            boolean namesOrDates = "PERSON_NAME".equals(type) || "DATE_OF_BIRTH".equals(type);
            if (onlyKind != null && !onlyKind.equals(type) && !(nameDob && namesOrDates)) {
                continue;
            }
            String value = recs.value(rec, f);
            switch (type) {
                case "EMAIL_ADDRESS" -> out.key(type, SubjectResolver.email(value));
                case "PHONE_NUMBER" -> out.key(type, value);
                case "PERSON_NAME" -> name = name == null && !PersonNames.isKanaOnly(value) ? value : name;
                case "DATE_OF_BIRTH" -> dob = dob == null ? SubjectResolver.isoDate(value) : dob;
                default -> {
                    if (SubjectResolver.MERGE_KEYS.contains(type)) {
                        out.key(type, SubjectResolver.idValue(value));
                    }
                }
            }
        }
        if (nameDob && name != null && dob != null) {
            String key = SubjectResolver.nameKey(name);
            if (key.length() >= 2) {
                out.key(NAME_DOB, key + "|" + dob);
            }
        }
    }
}
