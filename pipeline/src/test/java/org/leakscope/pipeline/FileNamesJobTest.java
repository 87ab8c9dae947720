package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are read and shown by their real names whatever the names' bytes and the locale: a UTF-8 Japanese
 * name, a Shift_JIS name (as unpacked from a Japanese Windows zip) and bytes that are no text at all, under the
 * usual UTF-8 locale and under the C locale (a container or cron job without LANG: Java then reads every
 * non-ASCII name as unmappable, and the extract step used to fail as a whole).
 */
class FileNamesJobTest {

    @TempDir
    static Path tmp;
    static Path input;
    static Path out;
    static Map<String, Map<String, String>> documents;

    @BeforeAll
    static void runJob() throws IOException {
        input = tmp.resolve("leak");
        out = tmp.resolve("out");
        Files.createDirectories(input.resolve("人事"));
        Files.writeString(input.resolve("人事").resolve("社員名簿.txt"),
                "氏名: 山田太郎\n電話: 03-1234-5678\nメール: taro.yamada@example.co.jp\n", StandardCharsets.UTF_8);
        // names whose bytes are not UTF-8: made from their URI (percent escapes are the bytes)
        byte[] sjis = "顧客リスト.csv".getBytes(Charset.forName("MS932"));
        Files.writeString(named(input, sjis), "name,email\nHanako Sato,hanako.sato@example.com\n", StandardCharsets.UTF_8);
        byte[] junk = {'b', 'a', 'd', (byte) 0xFF, (byte) 0xFE, '.', 't', 'x', 't'};
        Files.writeString(named(input, junk), "Contact: bob.jones@example.com\n", StandardCharsets.UTF_8);
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", out.toString(), "--quiet",
                "--unmasked"));
        documents = Outputs.rows(out.resolve("documents.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("path"), r -> r));
    }

    private static Path named(Path dir, byte[] name) {
        StringBuilder uri = new StringBuilder(dir.toAbsolutePath().toUri().toString());
        if (uri.charAt(uri.length() - 1) != '/') {
            uri.append('/');
        }
        for (byte b : name) {
            uri.append(String.format("%%%02X", b & 0xFF));
        }
        return Path.of(URI.create(uri.toString()));
    }

    @Test
    void everyFileIsReadAndShownByItsName() {
        assertEquals(java.util.Set.of("人事/社員名簿.txt", "顧客リスト.csv", "bad%FF%FE.txt"), documents.keySet());
        for (Map<String, String> d : documents.values()) {
            assertEquals("OK", d.get("status"), d.toString());
            assertTrue(d.get("pii_types").contains("EMAIL_ADDRESS"), d.toString());
        }
        assertTrue(documents.get("人事/社員名簿.txt").get("pii_types").contains("PHONE_NUMBER"));
    }

    @Test
    void aLinkToTheCaseFolderIsWalkedWhereItLeads() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("case-link"), input);
        Path linkOut = tmp.resolve("out-link");
        assertEquals(0, LeakscopeMain.run("assess", "--input", link.toString(), "--output", linkOut.toString(),
                "--quiet", "--unmasked"));
        // found nothing before: the walk follows no links, the link itself included
        assertEquals(Files.readString(out.resolve("documents.csv")), Files.readString(linkOut.resolve("documents.csv")));
    }

    @Test
    void theCLocaleGivesTheSameOutputs() throws Exception {
        Path cOut = tmp.resolve("out-c-locale");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin",
                "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), LeakscopeMain.class.getName(),
                "assess", "--input", input.toString(), "--output", cOut.toString(), "--quiet", "--unmasked")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("c-locale.log").toFile());
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        pb.environment().put("LC_ALL", "C");
        Process child = pb.start();
        assertTrue(child.waitFor(300, TimeUnit.SECONDS), "the child did not end");
        assertEquals(0, child.exitValue(), Files.readString(tmp.resolve("c-locale.log")));
        for (String f : List.of("documents.csv", "findings.csv", "subjects.csv", "manifest.csv")) {
            assertEquals(Files.readString(out.resolve(f)), Files.readString(cOut.resolve(f)), f);
        }
    }
}
