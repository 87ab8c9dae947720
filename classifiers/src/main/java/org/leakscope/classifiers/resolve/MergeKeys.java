package org.leakscope.classifiers.resolve;

import java.util.HashMap;
import java.util.Map;

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

    // one map per kind of key, so no key string is built per value
    private final Map<String, Map<String, Integer>> owners = new HashMap<>();

    /** Joins record {@code rec} with the records before it that share one of its merge keys. */
    void join(Records recs, int rec, UnionFind sets) {
        forEachKey(recs, rec, (kind, key) -> {
            Integer first = owners.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(key, rec);
            if (first != null) {
                sets.union(first, rec);
            }
        });
    }

    /** The merge keys of record {@code rec}: its e-mails, E.164 phones, strong identifiers and name + birth date. */
    static void forEachKey(Records recs, int rec, KeySink out) {
        String name = null; // the written name, not its reading, keys name + birth date
        String dob = null;
        for (int f = recs.start(rec); f < recs.end(rec); f++) {
            String type = recs.type(f);
            String value = recs.value(f);
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
        if (name != null && dob != null) {
            String key = SubjectResolver.nameKey(name);
            if (key.length() >= 2) {
                out.key("name+dob", key + "|" + dob);
            }
        }
    }
}
