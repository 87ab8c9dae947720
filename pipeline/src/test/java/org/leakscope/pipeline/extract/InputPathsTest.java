package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPathsTest {

    @TempDir
    Path tmp;

    @Test
    void aNameIsUtf8ElseShiftJisWithJapaneseElseEscaped() {
        assertEquals("社員名簿.xlsx", InputPaths.decodeName("社員名簿.xlsx".getBytes(StandardCharsets.UTF_8)));
        assertEquals("顧客/リスト.csv", InputPaths.decodeName("顧客/リスト.csv".getBytes(Charset.forName("MS932"))));
        // Latin-1 'é' before '.': no UTF-8, no Shift_JIS (0xE9 wants a trail byte) -> escaped
        assertEquals("caf%E9.txt", InputPaths.decodeName("café.txt".getBytes(StandardCharsets.ISO_8859_1)));
        // Latin-1 bytes that happen to be Shift_JIS but give no Japanese: half-width katakana count, Latin does not
        assertEquals("R%E9sum%E9", InputPaths.decodeName("Résumé".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("ok%FF%FEé", InputPaths.decodeName(new byte[] {'o', 'k', (byte) 0xFF, (byte) 0xFE,
                (byte) 0xC3, (byte) 0xA9}));
    }

    @Test
    void aFileWhoseNameIsNoTextIsOpenedByItsLocator() throws IOException {
        Path file = Path.of(URI.create(tmp.toUri() + "x%FF.txt"));
        Files.writeString(file, "hello");
        assertFalse(InputPaths.namesItself(file));
        String locator = InputPaths.locator(file);
        assertTrue(locator.startsWith("file:/"), locator);
        assertEquals("hello", Files.readString(InputPaths.open(locator)));
        assertEquals("x%FF.txt", InputPaths.display(tmp, file));
        Path alias = InputPaths.alias(file, tmp.resolve("aliases"));
        assertTrue(InputPaths.namesItself(alias));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(Path.of(alias.toString())));
    }

    @Test
    void anOrdinaryFileKeepsItsStringAndName() throws IOException {
        Path file = Files.createDirectories(tmp.resolve("人事")).resolve("名簿.txt");
        Files.writeString(file, "x");
        assertEquals(file.toString(), InputPaths.locator(file));
        assertEquals(file, InputPaths.open(file.toString()));
        assertEquals("人事/名簿.txt", InputPaths.display(tmp, file));
    }
}
