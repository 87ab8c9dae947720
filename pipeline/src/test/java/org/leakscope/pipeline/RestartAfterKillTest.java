package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.leakscope.pipeline.index.IndexFields;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Batch restart for real: the job runs in a child JVM that is killed (SIGKILL) in the middle of
 * the extract step; the same command then resumes it, and the outputs equal those of a run that was
 * never interrupted.
 */
class RestartAfterKillTest {

    private static final int FILES = 300;

    @TempDir
    Path tmp;

    @Test
    void aKilledRunResumesAndEndsWithTheSameOutputs() throws Exception {
        Path input = tmp.resolve("leak");
        writeFiles(input);
        Path reference = tmp.resolve("reference");
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", reference.toString(),
                "--quiet"));

        Path out = tmp.resolve("killed");
        // the shard commits every 0.2 s, so the kill finds committed chunks and chunks not yet committed after them
        Process child = new ProcessBuilder(javaBin(), "-Xmx1g", "-Dleakscope.chunk-size=1",
                "-Dleakscope.index-commit-seconds=0.2",
                "-cp", System.getProperty("java.class.path"), LeakscopeMain.class.getName(),
                "assess", "--input", input.toString(), "--output", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            waitForCommits(out.resolve("index-shards"), child);
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(out.resolve("documents.csv")), "the child was killed before reporting");

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        int exit;
        try {
            // --debug: a failed resume prints its cause's stack trace (it failed once in CI under load, unexplained)
            exit = LeakscopeMain.run("assess", "--input", input.toString(), "--output", out.toString(), "--debug");
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        String said = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, () -> said + "\n--- stderr:\n" + stderr.toString(StandardCharsets.UTF_8)
                + "\n--- killed child's log (tail):\n" + tail(tmp.resolve("child.log"), 40)
                + "\n--- job log (tail):\n" + tail(out.resolve("work").resolve("leakscope.log"), 80)
                + "\n--- parser log (tail):\n" + tail(out.resolve("work").resolve("parser.log"), 40));
        assertTrue(said.contains("resuming"), said);
        Matcher m = Pattern.compile("extractStep\\s+COMPLETED\\s+read (\\d+)").matcher(said);
        assertTrue(m.find(), said);
        int readAfterRestart = Integer.parseInt(m.group(1));
        assertTrue(readAfterRestart < FILES, "restart re-read everything: " + said);

        for (String f : List.of("documents.csv", "findings.csv", "subjects.csv")) {
            assertEquals(Files.readString(reference.resolve(f)), Files.readString(out.resolve(f)), f);
        }
        assertEquals(withoutTimestamp(reference.resolve("summary.json")), withoutTimestamp(out.resolve("summary.json")));
        // the files whose documents the shard had not committed at the kill were read again, once each
        List<String> indexed = indexedDocIds(out.resolve("index"));
        assertEquals(indexedDocIds(reference.resolve("index")), indexed);
        assertEquals(FILES, indexed.size());
    }

    /** Each Lucene document's doc_id and part, sorted. */
    static List<String> indexedDocIds(Path index) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live == null || live.get(d)) {
                    Document doc = stored.document(d, Set.of(IndexFields.DOC_ID, IndexFields.PART));
                    ids.add(doc.get(IndexFields.DOC_ID) + "#" + doc.get(IndexFields.PART));
                }
            }
        }
        Collections.sort(ids);
        return ids;
    }

    private static void writeFiles(Path input) throws IOException {
        Files.createDirectories(input);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(input.resolve(String.format("note-%04d.txt", i)),
                    "Contact person" + i + "@example.com about case " + i + ".\nSSN: 219-45-" + String.format("%04d", 1000 + i)
                            + "\n");
        }
    }

    /** Waits until the child has committed a few chunks (each chunk commits its partition's index shard). */
    static void waitForCommits(Path shards, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "the child ended before it could be killed");
            if (Files.isDirectory(shards)) {
                try (Stream<Path> files = Files.walk(shards)) {
                    if (files.anyMatch(p -> p.getFileName().toString().matches("segments_([5-9]|[1-9][0-9a-z]+)"))) {
                        return;
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the index is being written (a pending segments file came and went); look again
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child made no progress within 180 s");
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(" + file + ": " + e.getMessage() + ")";
        }
    }

    private static String withoutTimestamp(Path summary) throws IOException {
        return Files.readString(summary).replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]*\"", "");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
