package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and one-line messages of the contract. */
class CommandLineTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureErr() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(savedErr);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingInputPathIsExit3AndNamesThePath() {
        Path missing = tmp.resolve("no-such-folder");
        assertEquals(3, LeakscopeMain.run("assess", "--input", missing.toString(), "--output", tmp.resolve("o").toString()));
        assertTrue(errText().contains(missing.toString()), errText());
        assertEquals(1, errText().strip().lines().count(), errText());
    }

    @Test
    void unknownOptionIsExit2() {
        assertEquals(2, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", tmp.toString(), "--frobnicate"));
        assertTrue(errText().contains("--frobnicate"), errText());
        assertEquals(1, errText().strip().lines().count(), errText());
    }

    @Test
    void missingInputOptionIsExit2() {
        assertEquals(2, LeakscopeMain.run("assess", "--output", tmp.toString()));
        assertTrue(errText().contains("--input"), errText());
    }

    @Test
    void badIncidentDateIsExit2() {
        assertEquals(2, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", tmp.resolve("o").toString(),
                "--incident-date", "25/11/2026"));
        assertTrue(errText().contains("YYYY-MM-DD"), errText());
    }

    @Test
    void remoteWorkersNeedABrokerAndASharedDatabase() {
        String out = tmp.resolve("o").toString();
        assertEquals(2, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", out, "--workers", "remote"));
        assertTrue(errText().contains("--broker"), errText());
        assertEquals(2, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", out, "--workers", "remote",
                "--broker", "amqp://guest:secret@127.0.0.1:5672"));
        assertTrue(errText().contains("--db-url jdbc:postgresql"), errText());
        assertTrue(!errText().contains("secret"), "the broker password is never printed: " + errText());
        assertEquals(2, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", out, "--workers", "cloud"));
        assertTrue(errText().contains("--workers must be local or remote"), errText());
        assertEquals(2, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", out,
                "--broker", "amqp://127.0.0.1"));
        assertTrue(errText().contains("only used with --workers remote"), errText());
        assertEquals(2, LeakscopeMain.run("worker", "--db-url", "jdbc:postgresql://127.0.0.1/test", "--broker",
                "http://127.0.0.1:5672"));
        assertTrue(errText().contains("amqp://"), errText());
        assertEquals(2, LeakscopeMain.run("worker", "--db-url", "jdbc:postgresql://127.0.0.1/test", "--broker",
                "amqp://guest:secret@127.0.0.1:1"));
        assertTrue(errText().contains("cannot reach the broker amqp://guest:***@127.0.0.1:1"), errText());
        assertEquals(6, errText().strip().lines().count(), "one line per error: " + errText());
    }

    @Test
    void unknownReportLanguageIsExit2WithOneLine() {
        assertEquals(2, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", tmp.resolve("o").toString(),
                "--lang", "xx"));
        assertTrue(errText().contains("invalid --lang 'xx': expected en or ja"), errText());
        assertEquals(1, errText().strip().lines().count(), errText());
        assertFalse(java.nio.file.Files.exists(tmp.resolve("o")), "nothing was started");
    }

    @Test
    void missingCaseFileIsExit3() {
        Path missing = tmp.resolve("case.yml");
        assertEquals(3, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", tmp.resolve("o").toString(),
                "--case-file", missing.toString()));
        assertTrue(errText().contains(missing.toString()), errText());
    }

    @Test
    void aCaseFileWithAnUnknownRoleOrKeyIsExit2NamingTheKey() throws java.io.IOException {
        Path bad = tmp.resolve("case.yml");
        java.nio.file.Files.writeString(bad, "case:\n  organisation: ACME\n  role: owner\n");
        assertEquals(2, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", tmp.resolve("o").toString(),
                "--case-file", bad.toString()));
        assertTrue(errText().contains("case.role: must be controller or processor, not 'owner'"), errText());
        java.nio.file.Files.writeString(bad, "case:\n  organization: ACME\n");
        assertEquals(2, LeakscopeMain.run("assess", "--input", tmp.toString(), "--output", tmp.resolve("o").toString(),
                "--case-file", bad.toString()));
        assertTrue(errText().contains("case.organization: unknown"), errText());
        assertEquals(2, errText().strip().lines().count(), errText());
    }

    @Test
    void noCommandIsExit2() {
        assertEquals(2, LeakscopeMain.run());
    }

    @Test
    void searchWithoutIndexIsExit3() {
        assertEquals(3, LeakscopeMain.run("search", "--output", tmp.toString(), "anything"));
        assertTrue(errText().contains("no index"), errText());
    }
}
