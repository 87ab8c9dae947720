package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items processed concurrently (--threads) give exactly the rows of a single-threaded run. */
class ThreadsTest {

    @TempDir
    Path tmp;

    @Test
    void threeThreadsGiveTheSameOutputsAsOne() throws Exception {
        Path input = tmp.resolve("leak");
        TestCorpus.write(input);
        for (int i = 0; i < 12; i++) {
            Files.writeString(input.resolve("misc/note-" + i + ".txt"), "Call +81 3-1234-56" + (10 + i)
                    + " or write to person" + i + "@example.com\n");
        }
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", one.toString(), "--quiet",
                "--threads", "1"));
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", three.toString(),
                "--quiet", "--threads", "3"));
        for (String f : new String[] {"documents.csv", "findings.csv", "subjects.csv", "notices.csv", "manifest.csv"}) {
            assertEquals(Files.readString(one.resolve(f)), Files.readString(three.resolve(f)), f);
        }
    }
}
