package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries of the input that are not regular files are listed with what they are and never read: a link to a
 * file outside the input (its personal data is not the leak's), a dangling link, a link to a parent folder
 * (a loop) and a named pipe (opening it would block the job). They were skipped without a word.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a job hanging on the pipe must fail, not stall the build
class SpecialEntriesJobTest {

    @TempDir
    static Path tmp;
    static Path input;
    static Path out;
    static Map<String, Map<String, String>> documents;

    @BeforeAll
    static void runJob() throws Exception {
        input = tmp.resolve("leak");
        out = tmp.resolve("out");
        Files.createDirectories(input.resolve("hr"));
        Files.writeString(input.resolve("hr").resolve("staff.txt"), "Contact: alice.smith@example.com\n",
                StandardCharsets.UTF_8);
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "Contact: nobody.here@example.com\n",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("hr").resolve("outside-link.txt"), outside);
        Files.createSymbolicLink(input.resolve("dangling.txt"), tmp.resolve("gone.txt"));
        Files.createSymbolicLink(input.resolve("hr").resolve("up"), input);
        Process mkfifo = new ProcessBuilder("mkfifo", input.resolve("pipe").toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", out.toString(), "--quiet",
                "--unmasked"));
        documents = Outputs.rows(out.resolve("documents.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("path"), r -> r));
    }

    @Test
    void everyEntryIsListed() {
        assertEquals(java.util.Set.of("hr/staff.txt", "hr/outside-link.txt", "hr/up", "dangling.txt", "pipe"),
                documents.keySet());
        assertEquals("OK", documents.get("hr/staff.txt").get("status"));
    }

    @Test
    void linksAndPipesAreUnsupportedAndNotRead() throws IOException {
        Map<String, String> types = Map.of("hr/outside-link.txt", "inode/symlink", "hr/up", "inode/symlink",
                "dangling.txt", "inode/symlink", "pipe", "inode/fifo");
        types.forEach((path, type) -> {
            Map<String, String> d = documents.get(path);
            assertEquals("UNSUPPORTED", d.get("status"), d.toString());
            assertEquals(type, d.get("media_type"), d.toString());
            assertEquals("", d.get("sha256"), d.toString());
            assertEquals("", d.get("pii_types"), d.toString());
        });
        // the linked file's data is nowhere in the outputs
        for (String f : new String[] {"findings.csv", "subjects.csv", "documents.csv"}) {
            assertFalse(Files.readString(out.resolve(f)).contains("nobody.here"), f);
        }
        assertTrue(Files.readString(out.resolve("findings.csv")).contains("alice.smith@example.com"));
    }

    @Test
    void aFileNamedAsTheInputIsReadThroughItsLink() throws IOException {
        Path outside = tmp.resolve("outside.txt");
        Path link = Files.createSymbolicLink(tmp.resolve("named-link.txt"), outside);
        Path linkOut = tmp.resolve("out-named-link");
        assertEquals(0, LeakscopeMain.run("assess", "--input", link.toString(), "--output", linkOut.toString(),
                "--quiet", "--unmasked"));
        Map<String, String> d = Outputs.rows(linkOut.resolve("documents.csv")).get(0);
        assertEquals("named-link.txt", d.get("path"));
        assertEquals("OK", d.get("status"));
        assertTrue(d.get("pii_types").contains("EMAIL_ADDRESS"), d.toString());
    }
}
