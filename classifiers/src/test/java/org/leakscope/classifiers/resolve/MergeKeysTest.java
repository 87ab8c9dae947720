package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongBiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/**
 * Rule 2 by sorting: whatever the hash function and however the keys are cut into sorted runs on disk, the sets
 * are those of an exact map of the keys, so two keys sharing a hash never join two people.
 */
class MergeKeysTest {

    private static List<Integer> roots(Records recs, MergeKeys keys) {
        UnionFind sets = new UnionFind();
        for (int r = 0; r < recs.size(); r++) {
            sets.add();
            keys.add(recs, r);
        }
        keys.joinAll(recs, sets);
        List<Integer> roots = new ArrayList<>();
        for (int r = 0; r < recs.size(); r++) {
            roots.add(sets.find(r));
        }
        return roots;
    }

    private static List<ToLongBiFunction<String, String>> hashes() {
        return List.of(MergeKeys::hash, (kind, key) -> 42, (kind, key) -> key.length() % 3,
                (kind, key) -> (long) key.length() << 32);
    }

    @Test
    void recordsSharingAHashButNoKeyStayApart(@TempDir Path dir) throws IOException {
        Records recs = new Records();
        recs.addItem("A", List.of(List.of(f("EMAIL_ADDRESS", "a@example.com")),
                List.of(f("EMAIL_ADDRESS", "b@example.com")), List.of(f("US_SSN", "219-45-6789")),
                List.of(f("EMAIL_ADDRESS", "B@example.com"), f("PHONE_NUMBER", "+15123198632")),
                List.of(f("PHONE_NUMBER", "+15123198632")), List.of(f("US_SSN", "219456789"))));
        for (ToLongBiFunction<String, String> hash : hashes()) {
            for (int runKeys : new int[] {1, 2, Integer.MAX_VALUE}) {
                try (MergeKeys keys = new MergeKeys(dir, runKeys, hash)) {
                    // b@ in any case, with the phone; the SSN with and without hyphens
                    assertEquals(List.of(0, 1, 2, 1, 1, 2), roots(recs, keys), "runs of " + runKeys);
                }
                assertEquals(0, Files.list(dir).count(), "runs deleted");
            }
        }
    }

    @Test
    void aPhoneOrMailboxSharedByTwoSsnsJoinsNobody(@TempDir Path dir) throws IOException {
        Records recs = new Records();
        recs.addItem("A", List.of(
                // three employees with the office's number and a team mailbox: three people
                List.of(f("PHONE_NUMBER", "+81312345678"), f("US_SSN", "219-45-6789"), f("EMAIL_ADDRESS", "hr@x.com")),
                List.of(f("PHONE_NUMBER", "+81312345678"), f("US_SSN", "078-05-1121"), f("EMAIL_ADDRESS", "hr@x.com")),
                List.of(f("PHONE_NUMBER", "+81312345678"), f("JP_MY_NUMBER", "123456789018")),
                // one person's number twice, with and without the SSN: one person
                List.of(f("PHONE_NUMBER", "+15123198632"), f("US_SSN", "123-45-6780")),
                List.of(f("PHONE_NUMBER", "+15123198632")),
                // the SSN itself is shared: one person, whatever else differs
                List.of(f("US_SSN", "219456789"), f("UK_NINO", "JH123456C")),
                // a mailbox whose holders' My Numbers differ (the first holder is record 2 by its My Number)
                List.of(f("EMAIL_ADDRESS", "family@x.com"), f("JP_MY_NUMBER", "123456789018")),
                List.of(f("EMAIL_ADDRESS", "family@x.com"), f("JP_MY_NUMBER", "987654321000"))));
        for (ToLongBiFunction<String, String> hash : hashes()) {
            for (int runKeys : new int[] {1, 3, Integer.MAX_VALUE}) {
                try (MergeKeys keys = new MergeKeys(dir, runKeys, hash)) {
                    assertEquals(List.of(0, 1, 2, 3, 3, 0, 2, 7), roots(recs, keys), "runs of " + runKeys);
                }
            }
        }
    }

    @Test
    void setsAreThoseOfAnExactMapWhateverTheHashAndTheRuns(@TempDir Path dir) {
        Random random = new Random(7);
        Records recs = new Records();
        List<List<Finding>> records = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            List<Finding> record = new ArrayList<>();
            record.add(f("EMAIL_ADDRESS", "k" + random.nextInt(2_000) + "@example.com"));
            if (random.nextBoolean()) {
                record.add(f("CREDIT_CARD", "4111 1111 1111 " + (1000 + random.nextInt(1_500))));
            }
            records.add(record);
        }
        recs.addItem("A", records);
        // exact: union-find over a map of the keys
        UnionFind exact = new UnionFind();
        Map<String, Integer> first = new HashMap<>();
        for (int r = 0; r < recs.size(); r++) {
            exact.add();
            int rec = r;
            MergeKeys.forEachKey(recs, r, null, (kind, key) -> {
                Integer had = first.putIfAbsent(kind + "\u0000" + key, rec);
                if (had != null) {
                    exact.union(had, rec);
                }
            });
        }
        List<Integer> expected = new ArrayList<>();
        for (int r = 0; r < recs.size(); r++) {
            expected.add(exact.find(r));
        }
        assertTrue(expected.stream().distinct().count() < 2_000, "some records join");
        assertEquals(expected, roots(recs, new MergeKeys()));
        for (ToLongBiFunction<String, String> hash : hashes()) {
            for (int runKeys : new int[] {7, 1_000, Integer.MAX_VALUE}) {
                try (MergeKeys keys = new MergeKeys(dir, runKeys, hash)) {
                    assertEquals(expected, roots(recs, keys), "runs of " + runKeys);
                }
            }
        }
    }

    @Test
    void oneAccountBesideOneNameIsOnePersonAnAccountAloneJoinsNobody() {
        Records recs = new Records();
        // a payroll export's row (Last | First | account) and the ACH entry paying it (name in capitals, account padded
        // with zeros); a spouse's row on the same joint account, and an account with no name
        recs.addItem("A", List.of(List.of(f("PERSON_NAME", "Lindqvist"), f("PERSON_NAME", "Delia"), f("BANK_ACCOUNT", "18039253485")),
                List.of(f("PERSON_NAME", "DELIA LINDQVIST"), f("BANK_ACCOUNT", "0018039253485")),
                List.of(f("PERSON_NAME", "Omar Lindqvist"), f("BANK_ACCOUNT", "18039253485")),
                List.of(f("BANK_ACCOUNT", "18039253485"))));
        assertEquals(List.of(0, 0, 2, 3), roots(recs, new MergeKeys()));
    }

    private static Finding f(String type, String value) {
        return new Finding(Category.PII, type, value, "*", 0.9, "row=1", "t", "#1", 0);
    }
}
