package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/** JSON exports read as records: one object one row, its keys the headers, in parts, any size. */
class JsonUnitsTest {

    @TempDir
    Path tmp;

    private static List<TextUnit> read(String json) throws IOException {
        return JsonUnits.read(new StringReader(json), Long.MAX_VALUE, null);
    }

    private static String cells(List<TextUnit> units) {
        StringBuilder b = new StringBuilder();
        for (TextUnit u : units) {
            b.append(u.location()).append(" [").append(u.columnHeader()).append("] ").append(u.text()).append('\n');
        }
        return b.toString();
    }

    @Test
    void eachObjectOfAnArrayIsARowAndItsKeysAreHeaders() throws IOException {
        String json = """
                [{"firstName": "Maria", "lastName": "Gonzalez", "contact": {"email": "m@example.org",
                  "phones": ["+1 415 555 0199", "+1 415 555 0100"]}, "active": true, "note": null},
                 {"firstName": "Kenji", "dateOfBirth": "1975-11-02", "age": 51}]""";
        assertEquals("""
                row=1;col=firstName [first Name] Maria
                row=1;col=lastName [last Name] Gonzalez
                row=1;col=contact.email [email] m@example.org
                row=1;col=contact.phones [phones] +1 415 555 0199
                row=1;col=contact.phones [phones] +1 415 555 0100
                row=2;col=firstName [first Name] Kenji
                row=2;col=dateOfBirth [date Of Birth] 1975-11-02
                row=2;col=age [age] 51
                """, cells(read(json)));
    }

    @Test
    void recordsInsideAWrapperAndJsonLinesAndLooseValues() throws IOException {
        String wrapped = """
                {"exported": "2024-05-01", "owner_name": "Linda Park", "users": [{"email": "a@x.org"}, {"email": "b@x.org"}]}""";
        assertEquals("""
                row=1;col=exported [exported] 2024-05-01
                row=1;col=owner_name [owner_name] Linda Park
                row=2;col=email [email] a@x.org
                row=3;col=email [email] b@x.org
                """, cells(read(wrapped)), "the wrapper is a record, each user one of its own");
        assertEquals("line=1 [null] 42\nline=2 [null] a@x.org\n", cells(read("[42, \"a@x.org\", true]")));
        String lines = "{\"email\": \"a@x.org\"}\n{\"email\": \"b@x.org\"}\n";
        List<TextUnit> u = read(lines);
        assertEquals(List.of(1, 2), u.stream().map(TextUnit::row).toList());
    }

    @Test
    void aChatMessagesReactionsAndFilesNameThingsNotPeople() throws IOException {
        // a Slack export's message: its reactions are records of their own, their "name" an emoji's
        String json = """
                [{"text": "deployed", "user_profile": {"real_name": "Ava Reyes"},
                  "reactions": [{"name": "rocket", "count": 1}], "files": [{"name": "report.pdf"}],
                  "users": [{"name": "Kenji Mori"}]}]""";
        assertEquals("""
                row=1;col=text [text] deployed
                row=1;col=user_profile.real_name [real_name] Ava Reyes
                row=2;col=name [reactions name] rocket
                row=2;col=count [reactions count] 1
                row=3;col=name [files name] report.pdf
                row=4;col=name [name] Kenji Mori
                """, cells(read(json)), "an array of people keeps its bare name header");
    }

    @Test
    void aGenericKeyIsHeadedByWhatItsObjectSaysItHolds() throws IOException {
        String json = """
                [{"name": "Ava Reyes", "id_document": {"type": "passport", "number": "G41977651"},
                  "telecom": {"system": "phone", "value": "+1 415 555 0199"},
                  "identifier": {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "123-45-6789"},
                  "order": {"number": "4500012345", "type": "purchase"}}]""";
        assertEquals("""
                row=1;col=name [name] Ava Reyes
                row=1;col=id_document.type [type] passport
                row=1;col=id_document.number [passport number] G41977651
                row=1;col=telecom.system [system] phone
                row=1;col=telecom.value [phone value] +1 415 555 0199
                row=1;col=identifier.system [system] http://hl7.org/fhir/sid/us-ssn
                row=1;col=identifier.value [us ssn value] 123-45-6789
                row=1;col=order.number [number] 4500012345
                row=1;col=order.type [type] purchase
                """, cells(read(json)), "a qualifier after the value is not read back");
        // a KYC record's evidence: the document's own number key names no type either
        assertEquals("""
                row=1;col=evidence.kind [kind] drivers_license
                row=1;col=evidence.document_number [drivers_license document_number] R5698877
                """, cells(read("[{\"evidence\": {\"kind\": \"drivers_license\", \"document_number\": \"R5698877\"}}]")));
        // an address's line keys are headed by the object that holds them
        assertEquals("""
                row=1;col=residence.line1 [residence line1] 5576 Maple Ave
                row=1;col=residence.city [city] Boston
                """, cells(read("[{\"residence\": {\"line1\": \"5576 Maple Ave\", \"city\": \"Boston\"}}]")));
        assertEquals("us-ssn", JsonUnits.kind("http://hl7.org/fhir/sid/us-ssn"));
        assertEquals(null, JsonUnits.kind("a long free-text description of what this object holds, not a kind"));
    }

    @Test
    void arraysOfARecordsOwnPhonesAndNamesStayInTheRecordOtherArraysListOtherPeople() throws IOException {
        String fhir = """
                {"resourceType": "Patient", "name": [{"family": "Reyes", "given": ["Ava"]}],
                 "telecom": [{"system": "phone", "value": "+1 415 555 0199"}, {"system": "email", "value": "ava@x.org"}],
                 "contact": [{"name": {"family": "Reyes", "given": ["Tom"]}, "telecom": [{"system": "phone", "value": "+1 415 555 0100"}]}]}""";
        assertEquals("""
                row=1;col=resourceType [resource Type] Patient
                row=1;col=name.family [family] Reyes
                row=1;col=name.given [given] Ava
                row=1;col=telecom.system [system] phone
                row=1;col=telecom.value [phone value] +1 415 555 0199
                row=1;col=telecom.system [system] email
                row=1;col=telecom.value [email value] ava@x.org
                row=2;col=name.family [family] Reyes
                row=2;col=name.given [given] Tom
                row=2;col=telecom.system [system] phone
                row=2;col=telecom.value [phone value] +1 415 555 0100
                """, cells(read(fhir)), "the patient's names and telecom are the patient's; a contact is a person");
        String export = """
                {"data_subject": {"full_name": "Freya Tierney", "contact": {"phone_numbers": [{"type": "mobile", "value": "+44 7700 900123"}]}}}""";
        assertEquals(List.of(1, 1, 1), read(export).stream().map(TextUnit::row).toList());
    }

    @Test
    void notJsonFailsAndALongArrayComesInPartsOfWholeRecords() throws IOException {
        assertThrows(IOException.class, () -> read("function f() { return 1; }"));
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= 500; i++) {
            json.append(i > 1 ? "," : "").append("{\"name\": \"Person ").append(i).append("\", \"email\": \"p").append(i)
                    .append("@example.com\"}");
        }
        json.append(']');
        List<List<TextUnit>> parts = new ArrayList<>();
        List<TextUnit> rest = JsonUnits.read(new StringReader(json.toString()), 1_000, parts::add);
        assertTrue(parts.size() > 10, "parts: " + parts.size());
        List<TextUnit> all = new ArrayList<>();
        parts.forEach(all::addAll);
        all.addAll(rest);
        assertEquals(read(json.toString()), all);
        for (List<TextUnit> part : parts) {
            assertEquals("email", part.get(part.size() - 1).column(), "a part ends with a whole record");
        }
    }

    @Test
    void theExtractorReadsJsonAsRecordsAndAScriptNamedJsonAsText() throws IOException {
        Path export = tmp.resolve("users.json");
        Files.writeString(export, """
                [{"firstName": "Maria", "lastName": "Gonzalez", "email": "maria.gonzalez@example.org",
                  "passport": "TR4829163", "dob": "1990-07-21"}]""");
        List<ExtractedItem> items = new ArrayList<>();
        new TikaExtractor(new ExtractSettings(20_000_000, 20, false, tmp)).extract(export, "users.json", items::add);
        assertEquals(1, items.size());
        assertEquals(ExtractionStatus.OK, items.get(0).status());
        ClassificationResult r = new Classifier(ClassifierConfig.load(null)).classify(items.get(0).units());
        assertEquals(List.of("PERSON_NAME", "PERSON_NAME", "EMAIL_ADDRESS", "JP_PASSPORT", "DATE_OF_BIRTH"),
                r.findings().stream().map(Finding::type).toList(), "the keys type the values: " + r.findings());
        assertTrue(r.findings().stream().allMatch(f -> "#1".equals(f.recordKey())), "one object, one record");

        Path script = tmp.resolve("config.json");
        Files.writeString(script, "// settings\nvar admin = \"jane.doe@example.com\"; function f() {}\n");
        items.clear();
        new TikaExtractor(new ExtractSettings(20_000_000, 20, false, tmp)).extract(script, "config.json", items::add);
        assertEquals(ExtractionStatus.OK, items.get(0).status(), items.get(0).statusDetail());
        assertTrue(items.get(0).text().contains("jane.doe@example.com"), "read as text: " + items.get(0).units());
    }
}
