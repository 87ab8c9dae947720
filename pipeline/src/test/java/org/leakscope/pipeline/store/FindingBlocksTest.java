package org.leakscope.pipeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/** Findings go into blocks and come back the same, in the same order, nulls, repeats and all. */
class FindingBlocksTest {

    private static Finding pii(int i) {
        return new Finding(Category.PII, i % 2 == 0 ? "EMAIL" : "PHONE_NUMBER", "v" + i + "@example.com",
                "v***@example.com", 0.5 + (i % 5) / 10.0, "line=" + (i / 3), "email", i % 4 == 0 ? null : "row=" + i, i * 7);
    }

    private static List<Finding> roundTrip(List<Finding> findings) {
        List<Finding> back = new ArrayList<>();
        for (byte[] block : FindingBlocks.encode(findings)) {
            FindingBlocks.decode(block, back::add);
        }
        return back;
    }

    @Test
    void everyFieldComesBackAsItWent() {
        List<Finding> findings = List.of(
                new Finding(Category.MARKING, "JP_TOKUTEI_HIMITSU", null, "特定秘密 ✓ 𠮷", 1.0, "page=1;line=1", "jp.tokutei",
                        null, 0),
                new Finding(Category.PII, "MY_NUMBER", "123456789018", "********9018", 0.95, null, null, "row=2", -1),
                new Finding(Category.PII, "EMAIL", "", "", 0.0, "", "", "", Integer.MAX_VALUE),
                new Finding(Category.PII, "EMAIL", "x", "x", 0.1, "", "", "", Integer.MIN_VALUE));
        assertEquals(findings, roundTrip(findings));
    }

    @Test
    void manyFindingsAreCutIntoBlocksAndKeepTheirOrder() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < FindingBlocks.FINDINGS_PER_BLOCK * 2 + 3; i++) {
            findings.add(pii(i));
        }
        List<byte[]> blocks = FindingBlocks.encode(findings);
        assertEquals(3, blocks.size());
        assertEquals(List.of(FindingBlocks.FINDINGS_PER_BLOCK, FindingBlocks.FINDINGS_PER_BLOCK, 3),
                blocks.stream().map(FindingBlocks::count).toList());
        assertEquals(findings, roundTrip(findings));
    }

    @Test
    void noFindingsNoBlocks() {
        assertTrue(FindingBlocks.encode(List.of()).isEmpty());
    }

    @Test
    void repeatedStringsAreStoredOnce() {
        List<Finding> same = new ArrayList<>();
        List<Finding> distinct = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            same.add(new Finding(Category.PII, "EMAIL", "a@example.com", "a***@example.com", 0.9, "line=1", "email", null, i));
            distinct.add(new Finding(Category.PII, "EMAIL", "a" + i + "@example.com", "a***@example.com", 0.9,
                    "line=" + i, "email", null, i));
        }
        int sameBytes = FindingBlocks.encode(same).get(0).length;
        int distinctBytes = FindingBlocks.encode(distinct).get(0).length;
        assertTrue(sameBytes < distinctBytes / 2, sameBytes + " vs " + distinctBytes);
        assertEquals(same, roundTrip(same));
    }

    @Test
    void aBlockOfAnotherFormatIsRefusedWithAReason() {
        byte[] block = FindingBlocks.encode(List.of(pii(1))).get(0);
        block[0] = 9;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FindingBlocks.decode(block, f -> { }));
        assertTrue(e.getMessage().contains("another version"), e.getMessage());
    }
}
