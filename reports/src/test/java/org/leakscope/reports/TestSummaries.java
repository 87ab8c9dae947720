package org.leakscope.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Summaries used by several tests; every figure distinct so a figure printed in the wrong place is caught. */
final class TestSummaries {

    private TestSummaries() {
    }

    static Summary full(String caseName) {
        SortedMap<String, Long> byStatus = counts("OK", 1180L, "ENCRYPTED", 17L, "CORRUPT", 5L, "NO_TEXT", 23L,
                "TOO_LARGE", 2L);
        return new Summary(caseName, "2026-03-01", "2026-03-05T09:15:00Z",
                1227L, byStatus, 412L, 38L,
                counts("EMAIL_ADDRESS", 903L, "JP_MY_NUMBER", 61L, "PERSON_NAME", 1544L),
                counts("CORP_CONFIDENTIAL", 29L, "US_SECRET", 4L),
                1313L, 88L, counts("JP", 1190L, "US-CA", 97L, "DE", 26L),
                List.of(new ObligationSummary("JP_APPI_PPC", 1190, "2026-03-31", "個人情報保護委員会 (PPC) and each person",
                                "個人情報保護法 第26条 / APPI Art. 26",
                                List.of("速報 (PPC) 2026-03-04..2026-03-06", "確報 (PPC) 2026-04-30"), 41,
                                counts("CREDIT_CARD", 7L, "EMAIL_ADDRESS", 702L, "HEALTH_INFO", 13L, "JP_MY_NUMBER", 59L,
                                        "PERSON_NAME", 1190L)),
                        new ObligationSummary("GDPR_ART33", 26, null, "Supervisory authority",
                                "GDPR Art. 33(1): notify within 72 hours")),
                Summary.notAssessedOf(byStatus), 2601L, "0.1.0-SNAPSHOT", false,
                counts("CREDIT_CARD", 7L, "EMAIL_ADDRESS", 811L, "HEALTH_INFO", 13L, "JP_MY_NUMBER", 59L,
                        "PERSON_NAME", 1302L),
                new CaseDetails("山田商事株式会社", "controller", "Hanako Sato (DPO)", "dpo@yamada.example",
                        "+81312345678"),
                true);
    }

    static Summary withManyObligations(int n) {
        Summary s = full("many");
        List<ObligationSummary> o = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            o.add(new ObligationSummary(String.format("US_STATE_%02d", i), 1000 + i, "2026-04-0" + (1 + i % 9),
                    "State attorney general", "A long statutory citation that has to wrap onto a second line because "
                    + "it keeps going well past the width of an A4 page, section " + i));
        }
        return new Summary(s.caseName(), s.incidentDate(), s.generatedAt(), s.documentsTotal(),
                s.documentsByStatus(), s.documentsWithPii(), s.documentsWithMarkings(), s.piiByType(),
                s.markingsByCode(), s.subjectsTotal(), s.subjectsSensitive(), s.subjectsByJurisdiction(), o,
                s.notAssessed(), s.findingsTotal(), s.toolVersion(), s.unmasked(), s.subjectsByPiiType(),
                s.caseDetails(), s.malicious());
    }

    static SortedMap<String, Long> counts(Object... kv) {
        SortedMap<String, Long> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Long) kv[i + 1]);
        }
        return m;
    }
}
