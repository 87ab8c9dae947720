package org.leakscope.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The regulator-facing sections of report.pdf: the items of the APPI report to the PPC (規則8条1項 1-9) and the
 * minimum content of a GDPR Art. 33(3) notification, each pre-filled from the {@link Summary} where the data
 * allows and otherwise a labelled box for counsel. A section is written in full only when its obligation was
 * triggered; otherwise it says so in one line, so a reader sees it was considered.
 */
final class RegulatorItems {

    /** PPC reports: APPI and the My Number Act share the report items (domain reference B1). */
    static final Set<String> PPC_CODES = Set.of("JP_APPI_PPC", "JP_MY_NUMBER_PPC");
    static final String GDPR_AUTHORITY = "GDPR_ART33";
    static final String GDPR_SUBJECTS = "GDPR_ART34";
    /** Secondary-harm indicators (APPI item 5, GDPR 33(3)(c)), in the order shown. */
    static final List<String> HARM_INDICATORS = List.of("CREDENTIAL", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN");

    private final PdfLayout out;
    private final ReportText t;
    private final Summary s;

    RegulatorItems(PdfLayout out, ReportText t, Summary s) {
        this.out = out;
        this.t = t;
        this.s = s;
    }

    void appi() throws IOException {
        out.heading(t.get("appi.title"));
        List<ObligationSummary> ppc = obligations().stream().filter(o -> PPC_CODES.contains(o.code())).toList();
        if (ppc.isEmpty()) {
            out.paragraph(t.get("appi.notTriggered"));
            return;
        }
        out.paragraph(t.get("appi.intro"));
        for (ObligationSummary o : ppc) {
            out.row(o.code(), t.format("obligations.persons", o.subjects()));
            out.indentedRow(t.get("col.deadline"), deadline(o));
        }

        out.subheading(t.get("appi.item1"));
        out.indentedRow(t.get("cover.incidentDate"), given(s.incidentDate()));
        out.indentedRow(t.get("cover.malicious"), t.get(s.malicious() ? "yes" : "no"));
        out.indentedRow(t.get("fig.documentsTotal"), Long.toString(s.documentsTotal()));
        out.indentedRow(t.get("fig.documentsWithPii"), Long.toString(s.documentsWithPii()));
        out.indentedRow(t.get("fig.documentsWithMarkings"), Long.toString(s.documentsWithMarkings()));
        out.indentedRow(t.get("fig.documentsNotAssessed"), Long.toString(s.notAssessed()));
        out.indentedRow(t.get("fig.subjectsTotal"), Long.toString(s.subjectsTotal()));
        out.blank(t.get("appi.item1.blank"), t.get("counsel"));

        ObligationSummary covering = ppc.stream().max(java.util.Comparator.comparingInt(ObligationSummary::subjects))
                .orElseThrow();
        out.subheading(t.get("appi.item2"));
        elementTable(true, personsOf(covering));

        out.subheading(t.get("appi.item3"));
        for (ObligationSummary o : ppc) {
            out.indentedRow(t.format("appi.item3.persons", o.code()), Integer.toString(o.subjects()));
        }
        out.indentedRow(t.get("appi.item3.jp"), Long.toString(count(s.subjectsByJurisdiction(), "JP")));
        out.indentedRow(t.get("fig.subjectsTotal"), Long.toString(s.subjectsTotal()));
        out.indentedRow(t.format("appi.item3.sensitive", covering.code()), Long.toString(sensitiveOf(covering)));
        out.note(t.get("appi.item3.note"));

        out.subheading(t.get("appi.item4"));
        out.indentedRow(t.get("appi.item4.malicious"), t.get(s.malicious() ? "yes" : "no"));
        out.blank(t.get("appi.item4.blank"), t.get("counsel"));

        out.subheading(t.get("appi.item5"));
        harmIndicators();
        out.blank(t.get("appi.item5.blank"), t.get("counsel"));

        out.blank(t.get("appi.item6"), t.get("appi.item6.blank"), t.get("counsel"));
        out.blank(t.get("appi.item7"), t.get("appi.item7.blank"), t.get("counsel"));
        out.blank(t.get("appi.item8"), t.get("appi.item8.blank"), t.get("counsel"));

        out.subheading(t.get("appi.item9"));
        CaseDetails c = s.caseDetails();
        out.indentedRow(t.get("cover.organisation"), given(c.organisation()));
        out.indentedRow(t.get("cover.role"), c.role() == null ? t.get("notGiven") : t.nameOf("role.", c.role()));
        out.indentedRow(t.get("cover.contact"), given(c.contact()));
        List<String> others = obligations().stream().map(ObligationSummary::code)
                .filter(code -> !PPC_CODES.contains(code)).toList();
        out.indentedRow(t.get("appi.item9.others"), others.isEmpty() ? t.get("none") : String.join(", ", others));
        if ("processor".equals(c.role())) {
            out.note(t.get("appi.item9.processor"));
        }
        out.blank(t.get("appi.item9.blank"), t.get("counsel"));
    }

    void gdpr() throws IOException {
        out.heading(t.get("gdpr.title"));
        Optional<ObligationSummary> art33 = find(GDPR_AUTHORITY);
        if (art33.isEmpty()) {
            out.paragraph(t.get("gdpr.notTriggered"));
            return;
        }
        out.paragraph(t.get("gdpr.intro"));
        out.row(GDPR_AUTHORITY, t.format("obligations.persons", art33.get().subjects()));
        out.indentedRow(t.get("col.deadline"), deadline(art33.get()));
        Optional<ObligationSummary> art34 = find(GDPR_SUBJECTS);
        if (art34.isPresent()) {
            out.row(GDPR_SUBJECTS, t.format("obligations.persons", art34.get().subjects()));
            out.indentedRow(t.get("col.deadline"), deadline(art34.get()));
        }

        out.subheading(t.get("gdpr.a"));
        out.indentedRow(t.get("gdpr.a.nature"), t.get(s.malicious() ? "gdpr.a.malicious" : "gdpr.a.notMalicious"));
        out.indentedRow(t.get("gdpr.a.subjects"), Integer.toString(art33.get().subjects()));
        SortedMap<String, Long> eea = new TreeMap<>();
        if (s.subjectsByJurisdiction() != null) {
            s.subjectsByJurisdiction().forEach((k, v) -> {
                if (DataElements.EEA_UK.contains(k)) {
                    eea.put(k, v);
                }
            });
        }
        for (Map.Entry<String, Long> e : eea.entrySet()) {
            out.indentedRow(t.format("gdpr.a.country", e.getKey()), Long.toString(e.getValue()));
        }
        out.indentedRow(t.get("gdpr.a.records"), t.format("gdpr.a.recordsValue", s.documentsWithPii(),
                s.findingsTotal()));
        out.indentedParagraph(t.get("gdpr.a.categories"));
        elementTable(false, personsOf(art33.get()));
        out.blank(t.get("gdpr.a.blank"), t.get("counsel"));

        out.subheading(t.get("gdpr.b"));
        CaseDetails c = s.caseDetails();
        if (c.hasContact()) {
            out.indentedRow(t.get("cover.contact"), c.contact());
        } else {
            out.blank(t.get("cover.contact"), t.get("gdpr.b.blank"));
        }

        out.subheading(t.get("gdpr.c"));
        List<String> hints = consequenceHints();
        if (hints.isEmpty()) {
            out.indentedParagraph(t.get("gdpr.c.none"));
        }
        for (String h : hints) {
            out.indentedParagraph("\u2022 " + h);
        }
        out.blank(t.get("gdpr.c.blank"), t.get("counsel"));

        out.blank(t.get("gdpr.d"), t.get("gdpr.d.blank"), t.get("counsel"));
    }

    /**
     * The data elements found: name, code, persons, documents and, per regime, the flag that matters. The
     * persons are those the regime covers (e.g. the APPI report's, not the US residents found beside them).
     */
    private void elementTable(boolean appi, SortedMap<String, Long> persons) throws IOException {
        SortedMap<String, Long> documents = orEmpty(s.piiByType());
        SortedMap<String, Long> codes = new TreeMap<>(documents);
        codes.putAll(persons);
        if (codes.isEmpty()) {
            out.indentedParagraph(t.get("none"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (String code : codes.keySet()) {
            rows.add(new String[] {t.nameOf("element.", code), code, Long.toString(count(persons, code)),
                Long.toString(count(documents, code)), appi ? appiFlag(code) : gdprFlag(code)});
        }
        out.table(new String[] {t.get("col.element"), t.get("col.code"), t.get("col.persons"),
            t.get("col.documents"), t.get("col.flag")}, new float[] {0.27f, 0.25f, 0.10f, 0.11f, 0.27f}, rows);
    }

    private String appiFlag(String code) {
        List<String> flags = new ArrayList<>();
        if (DataElements.JP_SPECIAL_CARE.contains(code)) {
            flags.add(t.get("flag.specialCare"));
        }
        if (DataElements.FINANCIAL_HARM.contains(code)) {
            flags.add(t.get("flag.financial"));
        }
        if (DataElements.MY_NUMBER.contains(code)) {
            flags.add(t.get("flag.myNumber"));
        }
        return flags.isEmpty() ? "" : String.join(", ", flags);
    }

    private String gdprFlag(String code) {
        if (DataElements.GDPR_SPECIAL.contains(code)) {
            return t.get("flag.art9");
        }
        return DataElements.NATIONAL_IDS.contains(code) ? t.get("flag.nationalId") : "";
    }

    private void harmIndicators() throws IOException {
        boolean any = false;
        for (String code : HARM_INDICATORS) {
            long persons = count(s.subjectsByPiiType(), code);
            long documents = count(s.piiByType(), code);
            if (persons > 0 || documents > 0) {
                any = true;
                out.indentedRow(t.nameOf("element.", code) + " (" + code + ")",
                        t.format("appi.item5.found", persons, documents));
            }
        }
        if (!any) {
            out.indentedParagraph(t.get("appi.item5.none"));
        }
    }

    /** Hints for GDPR 33(3)(c), from the elements found; each names the codes that prompted it. */
    private List<String> consequenceHints() {
        Set<String> found = new java.util.TreeSet<>(orEmpty(s.subjectsByPiiType()).keySet());
        found.addAll(orEmpty(s.piiByType()).keySet());
        List<String> hints = new ArrayList<>();
        hint(hints, found, DataElements.GDPR_SPECIAL, "gdpr.c.special");
        hint(hints, found, Set.of("CREDENTIAL"), "gdpr.c.credentials");
        hint(hints, found, Set.of("CREDIT_CARD", "BANK_ACCOUNT", "IBAN"), "gdpr.c.financial");
        hint(hints, found, DataElements.NATIONAL_IDS, "gdpr.c.identity");
        hint(hints, found, DataElements.CONTACT, "gdpr.c.contact");
        return hints;
    }

    private void hint(List<String> hints, Set<String> found, Set<String> codes, String key) {
        List<String> hit = found.stream().filter(codes::contains).sorted().toList();
        if (!hit.isEmpty()) {
            hints.add(t.format(key, String.join(", ", hit)));
        }
    }

    /** The persons per data element of those an obligation covers; all persons found when not broken down. */
    private SortedMap<String, Long> personsOf(ObligationSummary o) {
        return o.subjectsByPiiType().isEmpty() ? orEmpty(s.subjectsByPiiType()) : o.subjectsByPiiType();
    }

    private long sensitiveOf(ObligationSummary o) {
        return o.subjectsByPiiType().isEmpty() ? s.subjectsSensitive() : o.subjectsSensitive();
    }

    private Optional<ObligationSummary> find(String code) {
        return obligations().stream().filter(o -> code.equals(o.code())).findFirst();
    }

    private List<ObligationSummary> obligations() {
        return s.obligations() == null ? List.of() : s.obligations();
    }

    private String deadline(ObligationSummary o) {
        return PdfReportWriter.deadline(t, s, o);
    }

    private String given(String v) {
        return v == null || v.isBlank() ? t.get("notGiven") : v;
    }

    private static long count(Map<String, Long> m, String key) {
        Long v = m == null ? null : m.get(key);
        return v == null ? 0L : v;
    }

    private static SortedMap<String, Long> orEmpty(SortedMap<String, Long> m) {
        return m == null ? new TreeMap<>() : m;
    }
}
