package org.leakscope.pipeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.obligations.ObligationTotal;
import org.leakscope.classifiers.resolve.Subject;
import org.leakscope.reports.NoticeRow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people are read back as streams in subject_id order, each with exactly its own documents, and their
 * obligations are written batch by batch: what lets the assess and report steps run in bounded memory.
 */
class WorkStoreSubjectsTest {

    private WorkStore store;
    private List<Subject> people;

    @BeforeEach
    void setUp() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:subjects" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        WorkSchema.ensure(ds);
        store = new WorkStore(new JdbcTemplate(ds));
        people = new ArrayList<>();
        // more people than one obligation batch; every third without documents, some with several
        for (int i = 2500; i >= 1; i--) {
            List<String> docs = new ArrayList<>();
            for (int d = 0; d < i % 3; d++) {
                docs.add("D" + (i + d));
            }
            people.add(person(String.format("P%05d", i), docs, i % 2 == 0 ? Set.of("GDPR_ART34", "GDPR_ART33")
                    : Set.of()));
        }
        store.replaceSubjects(people);
    }

    private static Subject person(String id, List<String> docs, Set<String> codes) {
        return new Subject(id, "Name " + id, new TreeSet<>(Set.of(id.toLowerCase() + "@x.example")), null,
                "Street " + id, new TreeSet<>(Set.of("DE")), new TreeSet<>(Set.of("EMAIL_ADDRESS", "PERSON_NAME")),
                id.endsWith("7"), new TreeSet<>(docs), new TreeSet<>(codes));
    }

    private List<Subject> byId() {
        return people.stream().sorted((a, b) -> a.subjectId().compareTo(b.subjectId())).toList();
    }

    @Test
    void subjectsComeInIdOrderEachWithItsOwnDocumentsAndObligations() {
        try (Stream<Subject> read = store.subjects()) {
            assertEquals(byId(), read.toList());
        }
    }

    @Test
    void theRulesSeeOnlyWhatTheyTest() {
        try (Stream<Subject> read = store.subjectsForRules()) {
            List<Subject> all = read.toList();
            assertEquals(byId().stream().map(Subject::subjectId).toList(), all.stream().map(Subject::subjectId).toList());
            assertTrue(all.stream().allMatch(s -> s.docIds().isEmpty() && s.obligations().isEmpty()
                    && s.name() == null && s.emails().isEmpty()));
            assertEquals(byId().get(6).jurisdictions(), all.get(6).jurisdictions());
            assertEquals(byId().get(6).sensitive(), all.get(6).sensitive());
        }
    }

    @Test
    void obligationRowsReplaceTheOldOnesBatchByBatch() {
        try (WorkStore.ObligationRows rows = store.replaceSubjectObligations()) {
            for (Subject s : byId()) {
                int n = Integer.parseInt(s.subjectId().substring(1));
                rows.add(s.subjectId(), n % 5 == 0 ? Set.of("US_STATE_CA") : Set.of());
            }
        }
        try (Stream<Subject> read = store.subjects()) {
            read.forEach(s -> assertEquals(Integer.parseInt(s.subjectId().substring(1)) % 5 == 0
                    ? Set.of("US_STATE_CA") : Set.of(), s.obligations(), s.subjectId()));
        }
        assertEquals(500, store.count("SELECT COUNT(*) FROM ls_subject_obligation"));
    }

    @Test
    void noticesArePersonByPersonThenByCodeWithTheirDeadlines() {
        store.replaceObligationTotals(List.of(new ObligationTotal("GDPR_ART33", 1250, LocalDate.of(2024, 5, 4),
                List.of("authority 2024-05-04"), "supervisory authority", "Art. 33")));
        List<NoticeRow> rows;
        try (Stream<NoticeRow> read = store.notices()) {
            rows = read.toList();
        }
        assertEquals(2500, rows.size());
        assertEquals(List.of("P00002:GDPR_ART33:2024-05-04", "P00002:GDPR_ART34:null", "P00004:GDPR_ART33:2024-05-04"),
                rows.subList(0, 3).stream().map(r -> r.subjectId() + ":" + r.obligationCode() + ":" + r.deadline())
                        .toList());
        NoticeRow first = rows.get(0);
        assertEquals("Name P00002", first.name());
        assertEquals("Street P00002", first.postalAddress());
        assertEquals(Set.of("p00002@x.example"), first.emails());
        assertEquals("supervisory authority", first.recipient());
    }
}
