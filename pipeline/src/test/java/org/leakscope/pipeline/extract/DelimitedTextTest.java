package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTextTest {

    @Test
    void aHeaderAndRowsWithOneSeparatorEachAreATable() {
        assertTrue(DelimitedText.looksLikeTable("氏名\t郵便番号\t住所\t電話\n前田 真由美\t760-0023\t香川県高松市寿町5-11-19\t090-5218-6002\n"
                + "岡田 陽子\t591-8025\t大阪府堺市北区長曽根町4-17\t070-1490-3778\n"));
        assertTrue(DelimitedText.looksLikeTable("社員名,年金番号\n橋本 真由美,2038-808895\n石川 優子,2874-601687\n"));
        // a quoted cell keeps its commas
        assertTrue(DelimitedText.looksLikeTable("Name,Address,Phone\nAnn Lee,\"12 Oak St, Boise, ID 83702\",208-555-0147\n"
                + "Bo Chan,\"4 Elm Rd, Reno, NV 89501\",775-555-0199\n"));
        assertTrue(DelimitedText.looksLikeTable("id;name;email\n1;Ann Lee;ann@example.com\n2;Bo Chan;bo@example.com\n"));
    }

    @Test
    void proseLogsAndShortTextsAreNoTables() {
        // a header and one row only: a table under tabs, not under a comma
        assertFalse(DelimitedText.looksLikeTable("氏名,年金番号\n橋本 真由美,2038-808895\n"));
        assertTrue(DelimitedText.looksLikeTable("氏名\t年金番号\n橋本 真由美\t2038-808895\n"));
        assertFalse(DelimitedText.looksLikeTable("氏名\t年金番号\n"));
        // prose with a comma a line
        assertFalse(DelimitedText.looksLikeTable("Hello team, the minutes are below.\nBudget figures, as agreed, remain.\n"
                + "Thanks, Ann\n"));
        // a log's time stamps with milliseconds after a comma: the first cell is no column name
        assertFalse(DelimitedText.looksLikeTable("2026-01-01 10:00:00,123 INFO start\n2026-01-01 10:00:01,456 INFO run\n"
                + "2026-01-01 10:00:02,789 INFO stop\n"));
        // the rows' counts differ
        assertFalse(DelimitedText.looksLikeTable("Name,Phone\nAnn Lee,208-555-0147,extra\nBo Chan,775-555-0199\n"));
        // a Markdown table starts with its bar
        assertFalse(DelimitedText.looksLikeTable("| Name | Phone |\n|---|---|\n| Ann Lee | 208-555-0147 |\n"));
        // a sentence in the first line is no header
        assertFalse(DelimitedText.looksLikeTable("Hi all, the list is below. Thanks\nAnn Lee, Boise\nBo Chan, Reno\n"));
        assertFalse(DelimitedText.looksLikeTable("会議の議事録です。以下を確認してください,担当\n山田,総務\n佐藤,経理\n"));
    }

    @Test
    void aFileIsDecodedAsItsCharsetSays(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("年賀状住所録.txt");
        Files.write(f, "\uFEFF氏名\t住所\n前田 真由美\t香川県高松市寿町5-11-19\n岡田 陽子\t大阪府堺市北区長曽根町4-17\n"
                .getBytes(StandardCharsets.UTF_16LE));
        assertTrue(DelimitedText.looksLikeTable(f));
        Path prose = dir.resolve("note.txt");
        Files.writeString(prose, "Minutes of the meeting.\nBudget figures remain within the envelope.\nNext meeting Friday.\n");
        assertFalse(DelimitedText.looksLikeTable(prose));
    }
}
