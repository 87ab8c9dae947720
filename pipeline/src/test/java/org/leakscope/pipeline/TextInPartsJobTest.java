package org.leakscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.pipeline.index.IndexSearch;

/**
 * Plain and delimited text read in parts (each part classified, indexed and stored as it comes) gives exactly the
 * rows of the same text read whole: no finding, person or count depends on where a part ends. (Markings whose
 * reading depends on evidence elsewhere in the item, such as government context, are read with the evidence of
 * their own part: not compared here.)
 */
class TextInPartsJobTest {

    @TempDir
    Path tmp;

    @Test
    void smallPartsGiveTheSameOutputsAsWholeTexts() throws Exception {
        Path input = tmp.resolve("leak");
        TestCorpus.write(input);
        StringBuilder roster = new StringBuilder("氏名,メール,電話番号,住所\n");
        StringBuilder memo = new StringBuilder("CONFIDENTIAL\n\nMeeting notes follow.\n");
        for (int i = 0; i < 400; i++) {
            roster.append("山田 太郎").append(i).append(",taro").append(i).append("@example.co.jp,090-1234-")
                    .append(String.format("%04d", i)).append(",東京都千代田区丸の内1-").append(i % 9 + 1).append('\n');
            memo.append("The team met on Monday. Please review the plan.\n");
            if (i % 40 == 0) {
                memo.append("\nBest regards,\nJane Doe").append(i).append("\nPhone: (415) 555-")
                        .append(String.format("%04d", 1000 + i)).append("\njane.doe").append(i).append("@example.com\n\n");
            }
        }
        Files.createDirectories(input.resolve("dump"));
        Files.writeString(input.resolve("dump/customers.csv"), roster, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("dump/minutes.txt"), memo, StandardCharsets.UTF_8);
        Path config = tmp.resolve("parts.yml");
        Files.writeString(config, "extract:\n  text-part-chars: 700\n");

        Path whole = tmp.resolve("whole");
        Path parts = tmp.resolve("parts");
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", whole.toString(), "--quiet"));
        assertEquals(0, LeakscopeMain.run("assess", "--input", input.toString(), "--output", parts.toString(), "--quiet",
                "--config", config.toString()));
        for (String f : new String[] {"documents.csv", "findings.csv", "subjects.csv", "notices.csv", "manifest.csv"}) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(parts.resolve(f)), f);
        }
        Map<String, String> customers = Outputs.byPath(parts.resolve("documents.csv")).get("dump/customers.csv");
        assertTrue(Integer.parseInt(customers.get("pii_count")) >= 1600, customers.toString());
        assertEquals("ja", customers.get("language"));
        assertTrue(Integer.parseInt(customers.get("subject_count")) >= 400, customers.toString());

        // the last part of the roster is searchable, and the item is listed once however many parts match
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long matched = IndexSearch.search(parts.resolve("index"), "taro399@example.co.jp OR taro1@example.co.jp", 10,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(1, matched, "one item, however many of its parts match");
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.stream().filter("dump/customers.csv"::equals).count(), lines.toString());
    }
}
