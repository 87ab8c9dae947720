package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note that starts with header lines and runs into prose is text; a mail with its blank line stays a mail. */
class NoteHeadersTest {

    @Test
    void headersRunningIntoProseAreANote() {
        assertTrue(NoteHeaders.runIntoProse("From: Ezra R <e@example.net>\nSubject: wrong charge\n"
                + "My card 6011 0000 0000 0004 was billed twice. Call me.\n"));
    }

    @Test
    void aMailWithItsBlankLineIsNoNote() {
        assertFalse(NoteHeaders.runIntoProse("From: a@example.net\nTo: b@example.net\nSubject: hi\n\nMy card was billed.\n"));
        // folded header lines and an mbox separator are header lines
        assertFalse(NoteHeaders.runIntoProse("From a@example.net Mon Jan 1 00:00:00 2024\nFrom: a@example.net\n"
                + "Subject: a long\n subject line\n\nbody\n"));
        // prose from the first line: no header at all (Tika would not call it a mail)
        assertFalse(NoteHeaders.runIntoProse("Dear team,\nFrom: now on\n"));
    }

    @Test
    void onlyTextNamesAreRead(@TempDir Path dir) throws Exception {
        String note = "From: a@example.net\nSubject: x\nMy card was billed twice.\n";
        Path txt = Files.writeString(dir.resolve("note.txt"), note, StandardCharsets.UTF_8);
        Path eml = Files.writeString(dir.resolve("note.eml"), note, StandardCharsets.UTF_8);
        assertTrue(NoteHeaders.runIntoProse(txt, "note.txt"));
        assertFalse(NoteHeaders.runIntoProse(eml, "note.eml"));
    }
}
