package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.row;
import static org.leakscope.classifiers.resolve.Rows.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;

/** The people in id order through sorted runs written to files and merged: the order of one stable sort in memory. */
class SubjectSortTest {

    /** Subjects whose sort keys often tie; the address (not in the key) tells apart the ones that do. */
    private static List<Subject> subjects(int n, long seed) {
        Random random = new Random(seed);
        String[] pool = {"a", "ab", "b", "é", "日本", ""};
        List<Subject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Subject(null, random.nextInt(5) == 0 ? null : pool[random.nextInt(pool.length)],
                    set(pool, random), set(pool, random), "address " + i, set(pool, random), set(pool, random),
                    random.nextBoolean(), set(pool, random), null));
        }
        return out;
    }

    private static TreeSet<String> set(String[] pool, Random random) {
        TreeSet<String> s = new TreeSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            s.add(pool[random.nextInt(pool.length)]);
        }
        return s;
    }

    private static List<Subject> sorted(List<Subject> in, Path dir, long runBytes) {
        List<Subject> out = new ArrayList<>();
        try (SubjectSort sort = new SubjectSort(dir, runBytes)) {
            in.forEach(sort::add);
            sort.forEachSorted(out::add);
        }
        return out;
    }

    @Test
    void spilledRunsMergeToTheOrderOfOneStableSort(@TempDir Path dir) throws IOException {
        List<Subject> in = subjects(500, 1);
        List<Subject> expected = new ArrayList<>(in);
        expected.sort(new SubjectOrder());
        assertEquals(expected, sorted(in, null, 1), "never written without a folder");
        // about 2 KB a run: tens of runs; 1 byte: a run per subject, more than FAN_IN, merged in two rounds
        for (long runBytes : new long[] {2000, 1}) {
            List<Subject> spilled = new ArrayList<>();
            try (SubjectSort sort = new SubjectSort(dir, runBytes)) {
                in.forEach(sort::add);
                assertTrue(sort.spilledRuns() > 1, "runs: " + sort.spilledRuns());
                if (runBytes == 1) {
                    assertTrue(sort.spilledRuns() > SubjectSort.FAN_IN, "runs: " + sort.spilledRuns());
                }
                sort.forEachSorted(spilled::add);
            }
            assertEquals(expected, spilled, "runs of " + runBytes + " bytes");
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.toList(), "the runs are deleted");
            }
        }
    }

    @Test
    void equalKeysKeepTheOrderTheyCameIn(@TempDir Path dir) {
        List<Subject> in = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // one sort key for all: only the address, which the key does not read, differs
            in.add(new Subject(null, "Ann Lee", new TreeSet<>(List.of("ann@example.com")), new TreeSet<>(), "a" + i,
                    new TreeSet<>(), new TreeSet<>(List.of("EMAIL_ADDRESS")), false, new TreeSet<>(List.of("D1")),
                    null));
        }
        assertEquals(in.stream().map(Subject::postalAddress).toList(),
                sorted(in, dir, 1).stream().map(Subject::postalAddress).toList());
    }

    @Test
    void everyCharComesBackFromARunFile() throws IOException {
        String[] values = {"", "plain", "\u0000nul", "é日本", "\uD83D\uDE00", "lone \uD800 high", "lone \uDC00 low",
                "x".repeat(70_000), null};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String v : values) {
                SubjectSort.writeString(out, v);
            }
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        for (String v : values) {
            assertEquals(v, SubjectSort.readString(in));
        }
    }

    @Test
    void theResolverGivesTheSameIdsWithRunsOnDisk(@TempDir Path dir) {
        SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));
        List<DocFinding> findings = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < 300; i++) {
            String doc = "D" + random.nextInt(5);
            int rowNo = random.nextInt(200);
            findings.add(row(doc, rowNo, "EMAIL_ADDRESS", "p" + random.nextInt(150) + "@example.com"));
            findings.add(row(doc, rowNo, "PERSON_NAME", "Person " + (char) ('A' + random.nextInt(26)) + " Smith"));
            findings.add(text("T" + random.nextInt(3), i * 100, "US_SSN", "219-45-" + (1000 + random.nextInt(400))));
        }
        List<Subject> inMemory = r.resolve(findings);
        List<Subject> onDisk = new ArrayList<>();
        r.resolve(items(findings), dir, 1, onDisk::add);
        assertTrue(inMemory.size() > 100, "people: " + inMemory.size());
        assertEquals(inMemory, onDisk);
        // records read through a few bytes at a time, merge keys sorted a few at a time: the same people
        List<Subject> tiny = new ArrayList<>();
        r.resolve(items(findings), dir, 1, 3, 5, tiny::add);
        assertEquals(inMemory, tiny);
        try (var left = java.nio.file.Files.list(dir)) {
            assertEquals(0, left.count(), "records, keys and runs are deleted");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ItemFindings items(List<DocFinding> findings) {
        SortedMap<String, List<Finding>> byItem = new TreeMap<>();
        findings.forEach(df -> byItem.computeIfAbsent(df.docId(), d -> new ArrayList<>()).add(df.finding()));
        return each -> byItem.forEach((docId, itemFindings) -> each.accept(docId, itemFindings::forEach));
    }
}
