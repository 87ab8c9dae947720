package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;

class EmailDetectorTest {

    private final EmailDetector d = new EmailDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Contact: Taro.Yamada@Example.co.jp|taro.yamada@example.co.jp",
        "メール：ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ|hanako@example.jp",
        "<k.nakajima@towa-aero.example.co.jp>|k.nakajima@towa-aero.example.co.jp",
        "a+tag@sub.example.org, next|a+tag@sub.example.org"
    })
    void finds(String line, String value) {
        assertEquals(List.of(value), TestTexts.values(d, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Message-ID: <b5d751610ed458ab8501@towa-aero.example.co.jp>",
        "References: <20240101.reply.thread@mail.example.com>",
        "In-Reply-To: <20240101.reply.thread@mail.example.com>",
        "no at sign here",
        "user@localhost",
        "@example.com"
    })
    void ignores(String line) {
        assertEquals(List.of(), TestTexts.values(d, line));
    }

    private final EmailDetector withRoles = new EmailDetector(java.util.Set.of("info", "support", "noreply", "hr"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Contact our sales team at info@example.com.||1",
        "From: Support <SUPPORT@example.co.jp>||1",
        "noreply.alerts@example.com sent this||1",
        "support-jp@example.com and hr@example.com||2",
        // a person's mailbox beside a role's; local parts that only look like a role's
        "info@example.com / taro.yamada@example.co.jp|taro.yamada@example.co.jp|1",
        "desk: information.desk@example.com|information.desk@example.com|0",
        "hr.yamada@example.com (short role words match whole only)|hr.yamada@example.com|0",
        "supportive@example.com|supportive@example.com|0",
        "info2@example.com|info2@example.com|0"
    })
    void roleMailboxesAreNotReported(String line, String values, int roles) {
        List<String> expected = values == null ? List.of() : List.of(values.split(","));
        assertEquals(expected, TestTexts.values(withRoles, line));
        // without role names every mailbox is reported
        assertEquals(expected.size() + roles, TestTexts.values(d, line).size());
    }

    /** A CV's "References" section lists referees with their mailboxes; only the mail header "References:" holds ids. */
    @org.junit.jupiter.api.Test
    void aRefereesMailboxUnderAReferencesHeadingIsOne() {
        assertEquals(List.of("quentin.thornbury@example.org"), TestTexts.values(d,
                "## References", "", "- Quentin Thornbury (former manager) \u2014 quentin.thornbury@example.org"));
    }

    @org.junit.jupiter.api.Test
    void masks() {
        assertEquals("t***@example.com", TestTexts.reported(d, "taro@example.com").get(0).masked());
    }
}
