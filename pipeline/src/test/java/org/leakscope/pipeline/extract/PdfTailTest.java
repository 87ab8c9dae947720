package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTailTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path p = dir.resolve("x.pdf");
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    @Test
    void aWholePdfEndsWithItsMarker() throws IOException {
        assertTrue(PdfTail.hasEof(file("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n")));
        assertTrue(PdfTail.hasEof(file("%PDF-1.4\n" + "x".repeat(5000) + "\n%%EOF\r\n\u0000\u0000")), "garbage after the marker");
    }

    @Test
    void aPdfCutOffHasNone() throws IOException {
        assertFalse(PdfTail.hasEof(file("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa")));
        assertFalse(PdfTail.hasEof(file("%PDF-1.4\n%%EOF\n" + "y".repeat(3000))), "an earlier revision's marker far from the end");
    }
}
