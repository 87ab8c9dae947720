package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text file that begins with mail header lines ("From: …", "Subject: …") and runs straight into prose, no blank
 * line between: Tika's detector calls it message/rfc822, and the mail parser, finding no end of the headers, drops
 * the prose (a support note's "My card … was billed twice" was lost whole). Such a file is read as the text it is.
 * Only files whose name says text (.txt, .text, .md, .log, or none): a real .eml keeps its MIME structure.
 */
final class NoteHeaders {

    private static final int HEAD_BYTES = 16 * 1024;
    // RFC 5322 field name: printable ASCII but the colon, then the colon
    private static final Pattern FIELD = Pattern.compile("[!-9;-~]{1,76}[ \\t]*:.*");
    private static final Pattern TEXT_NAME = Pattern.compile("(?i).*\\.(?:txt|text|md|log)$|[^.]*");

    private NoteHeaders() {
    }

    /** Whether a message-typed item named {@code name} is a note whose header lines run into prose. */
    static boolean runIntoProse(Path bytes, String name) {
        if (name == null || !TEXT_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(bytes)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return false;
        }
        return runIntoProse(new String(head, StandardCharsets.ISO_8859_1));
    }

    /** The header block (up to the first blank line) holds a line that is neither a field nor a folded one. */
    static boolean runIntoProse(String text) {
        String[] lines = text.split("\r?\n", -1);
        int fields = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                return false;
            }
            if (i == 0 && line.startsWith("From ")) {
                continue; // an mbox separator line
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                continue; // a folded header line
            }
            if (FIELD.matcher(line).matches()) {
                fields++;
                continue;
            }
            return fields > 0;
        }
        return false;
    }
}
