package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/**
 * What e-discovery productions carry (probe set 25): a load file's and a privilege log's people by their columns, each
 * party of a log row a record of its own, and no one in a custodian column that names a department or a data source.
 */
class EDiscoveryLogsTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    private static List<Finding> findings(List<TextUnit> units) {
        return C.classify(units).findings();
    }

    private static Map<String, TreeSet<String>> namesByRecord(List<TextUnit> units) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (Finding f : findings(units)) {
            if ("PERSON_NAME".equals(f.type()) || "EMAIL_ADDRESS".equals(f.type())) {
                out.computeIfAbsent(String.valueOf(f.recordKey()), k -> new TreeSet<>()).add(f.value());
            }
        }
        return out;
    }

    @Test
    void aPrivilegeLogRowsAuthorRecipientsAndCopyeesAreEachARecord() {
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 3, "A", "Doc ID", "HBL0002106"),
                TextUnit.cell(null, 3, "C", "Author", "Imogen Quigley"),
                TextUnit.cell(null, 3, "D", "Recipients", "Gregory Fitzgerald"),
                TextUnit.cell(null, 3, "E", "CC", "Theresa Wainwright"),
                TextUnit.cell(null, 3, "F", "Privilege Type", "Attorney-Client"));
        Map<String, TreeSet<String>> records = namesByRecord(row);
        String p = "+p ";
        assertEquals(new TreeSet<>(List.of("Imogen Quigley")), records.get("#3" + p + "C"), records.toString());
        assertEquals(new TreeSet<>(List.of("Gregory Fitzgerald")), records.get("#3" + p + "D"), records.toString());
        assertEquals(new TreeSet<>(List.of("Theresa Wainwright")), records.get("#3" + p + "E"), records.toString());
    }

    @Test
    void aNameCellMayGiveTheMailboxAfterTheName() {
        List<TextUnit> row = List.of(
                TextUnit.cell("Privilege Log", 4, "A", "Priv ID", "PRIV-0101"),
                TextUnit.cell("Privilege Log", 4, "C", "Author", "Bellamy, Corinne <cbellamy@harborline.example.com>"),
                TextUnit.cell("Privilege Log", 4, "D", "Recipient(s)", "Yvonne Lee [ylee@example.org]"),
                TextUnit.cell("Privilege Log", 4, "E", "Copyee(s)", "Delgado, Sabrina (sdelgado@example.co.uk)"));
        Map<String, TreeSet<String>> records = namesByRecord(row);
        assertEquals(new TreeSet<>(List.of("Bellamy, Corinne", "cbellamy@harborline.example.com")),
                records.get("Privilege Log#4+p C"), records.toString());
        assertEquals(new TreeSet<>(List.of("Yvonne Lee", "ylee@example.org")), records.get("Privilege Log#4+p D"),
                records.toString());
        assertEquals(new TreeSet<>(List.of("Delgado, Sabrina", "sdelgado@example.co.uk")), records.get("Privilege Log#4+p E"),
                records.toString());
    }

    @Test
    void aCustodianListsRowIsTheCustodiansOwn() {
        List<TextUnit> row = List.of(
                TextUnit.cell("Custodians", 2, "A", "Custodian Name", "Lamontagne, Lucian"),
                TextUnit.cell("Custodians", 2, "B", "Title", "Controller"),
                TextUnit.cell("Custodians", 2, "C", "Email", "lucian.lamontagne@harborline.example.com"),
                TextUnit.cell("Custodians", 2, "D", "Phone", "(303) 463-2326"));
        List<Finding> f = findings(row);
        assertTrue(f.stream().allMatch(x -> "Custodians#2".equals(x.recordKey())), f.toString());
        assertTrue(f.stream().anyMatch(x -> "PERSON_NAME".equals(x.type()) && "Lamontagne, Lucian".equals(x.value())),
                f.toString());
    }

    @Test
    void redactionLogReviewersAndCustodyLogHandlersAreNames() {
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "A", "Bates", "HBL0002176"),
                TextUnit.cell(null, 2, "E", "Reviewer", "Paloma Ferraro"),
                TextUnit.cell(null, 2, "F", "QC Reviewer", "Vincent Trujillo"),
                TextUnit.cell(null, 2, "G", "Collected by", "Ambrose Stroud"),
                TextUnit.cell(null, 2, "H", "Received by", "Jasper Delgado"));
        Map<String, TreeSet<String>> records = namesByRecord(row);
        assertEquals(4, records.size(), records.toString());
        assertEquals(new TreeSet<>(List.of("Vincent Trujillo")), records.get("#2+p F"), records.toString());
        assertEquals(new TreeSet<>(List.of("Jasper Delgado")), records.get("#2+p H"), records.toString());
    }

    @Test
    void custodiansThatAreDepartmentsSharesOrFirmsNameNobody() {
        for (String custodian : List.of("Dispatch Shared Drive", "Finance - Accounts Payable", "Fleet Maintenance SharePoint",
                "Legal Department", "Vance Ortega PC", "Harborline Legal Department")) {
            List<TextUnit> rows = List.of(
                    TextUnit.cell(null, 2, "A", "BEGBATES", "HBL0002900"),
                    TextUnit.cell(null, 2, "C", "CUSTODIAN", custodian),
                    TextUnit.cell(null, 2, "D", "Recipients", custodian));
            assertEquals(List.of(), findings(rows).stream().filter(x -> "PERSON_NAME".equals(x.type())).toList(), custodian);
        }
    }

    @Test
    void aPersonsLeaveInALogsDescriptionNamesThem() {
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 4, "A", "Doc ID", "HBL0002134"),
                TextUnit.cell(null, 4, "G", "Description", "Memo re: Garrett Lamontagne's FMLA leave for back surgery"));
        assertTrue(findings(row).stream().anyMatch(x -> "PERSON_NAME".equals(x.type()) && "Garrett Lamontagne".equals(x.value())),
                findings(row).toString());
        List<TextUnit> other = List.of(TextUnit.line(1, "Summit Ridge's sick leave policy changed in May."));
        assertTrue(findings(other).stream().noneMatch(x -> "PERSON_NAME".equals(x.type())), findings(other).toString());
    }

    @Test
    void fromAndToOfAScheduleAreNoNames() {
        // a flight schedule's or a rate table's From | To hold places: no name column, whatever the cells say
        List<TextUnit> rows = List.of(
                TextUnit.cell(null, 2, "A", "From", "Boston"),
                TextUnit.cell(null, 2, "B", "To", "Charlotte"),
                TextUnit.cell(null, 2, "C", "Departs", "09:40"));
        assertEquals(List.of(), findings(rows).stream().filter(x -> "PERSON_NAME".equals(x.type())
                && x.detector().startsWith("column_header")).toList());
    }
}
