package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/**
 * The first owner of every merge key, looked up by hash: whatever the hash function, the answers are those of an
 * exact map of the keys, so two keys sharing a hash never join two people.
 */
class KeyOwnersTest {

    /** Every record holds one key; "holds" answers from the real keys. */
    private static List<Integer> owners(List<String> keys, KeyOwners map) {
        List<Integer> out = new ArrayList<>();
        for (int rec = 0; rec < keys.size(); rec++) {
            out.add(map.firstOrOwn("EMAIL_ADDRESS", keys.get(rec), rec,
                    (owner, kind, key) -> keys.get(owner).equals(key)));
        }
        return out;
    }

    private static List<Integer> exact(List<String> keys) {
        Map<String, Integer> first = new HashMap<>();
        List<Integer> out = new ArrayList<>();
        for (int rec = 0; rec < keys.size(); rec++) {
            Integer had = first.putIfAbsent(keys.get(rec), rec);
            out.add(had == null ? -1 : had);
        }
        return out;
    }

    @Test
    void answersAsAnExactMapWhateverTheHash() {
        Random random = new Random(7);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add("k" + random.nextInt(6_000) + "@example.com");
        }
        List<Integer> expected = exact(keys);
        assertEquals(expected, owners(keys, new KeyOwners()));
        assertEquals(expected, owners(keys, new KeyOwners((kind, key) -> 42)), "every key one hash");
        assertEquals(expected, owners(keys, new KeyOwners((kind, key) -> key.length() % 3)), "three hashes, one 0");
    }

    @Test
    void recordsSharingAHashButNoKeyStayApart() {
        Records recs = new Records();
        recs.addItem("A", List.of(List.of(f("EMAIL_ADDRESS", "a@example.com")),
                List.of(f("EMAIL_ADDRESS", "b@example.com")), List.of(f("US_SSN", "219-45-6789")),
                List.of(f("EMAIL_ADDRESS", "B@example.com"), f("PHONE_NUMBER", "+15123198632")),
                List.of(f("PHONE_NUMBER", "+15123198632")), List.of(f("US_SSN", "219456789"))));
        for (KeyOwners owners : List.of(new KeyOwners(), new KeyOwners((kind, key) -> 1))) {
            MergeKeys keys = new MergeKeys(owners);
            UnionFind sets = new UnionFind();
            for (int r = 0; r < recs.size(); r++) {
                sets.add();
                keys.join(recs, r, sets);
            }
            List<Integer> roots = new ArrayList<>();
            for (int r = 0; r < recs.size(); r++) {
                roots.add(sets.find(r));
            }
            // b@ in any case, with the phone; the SSN with and without hyphens
            assertEquals(List.of(0, 1, 2, 1, 1, 2), roots);
        }
    }

    private static Finding f(String type, String value) {
        return new Finding(Category.PII, type, value, "*", 0.9, "row=1", "t", "#1", 0);
    }
}
