package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import org.leakscope.classifiers.text.TextUnit;

/**
 * JSON read as the table it usually is (an API export, a MongoDB dump, JSON lines): each object that stands in an
 * array, or at the top level, is one record, as a CSV row is: its values are cells whose header is their key
 * ({@code "dateOfBirth"} reads as "date Of Birth", so column-header rules type it), and the identifiers of one
 * object belong together. Values nested in a record's objects are cells of it, located by their key path
 * ({@code row=3;col=address.city}); an object in an array inside a record ({@code "users": [{...}, {...}]}) is a
 * record of its own, unless the array holds the record's own phones, e-mails, addresses, names or identifiers
 * ({@link #PARTS}: FHIR's {@code "telecom": [{"system": "phone", "value": ...}]}). Values outside any record (in a top-level array) are lines "key: value". A value under a
 * generic key in an object that says what it holds ({@code {"type": "passport", "number": "G41977651"}},
 * FHIR's {@code {"system": "phone", "value": "..."}}) is headed by both ("passport number", "phone value"): its own
 * key names no type. Read with Jackson's streaming parser, in parts that end with a record: a dump of any size.
 */
final class JsonUnits {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /** Keys whose value says what an object holds. */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("type", "kind", "system", "category",
            "idtype", "id_type", "documenttype", "document_type", "doctype", "label");
    /** Keys that name no type of their own ("document_number" beside "kind": "drivers_license" in a KYC record). */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("value", "number", "no", "num", "id", "code",
            "text", "identifier", "val", "document_number", "documentnumber", "document_no", "doc_number", "docnumber",
            "doc_no");
    /** Keys of an address's lines that say what they are only under their object's key ("residence": {"line1": ...}). */
    private static final java.util.Set<String> LINE_KEYS = java.util.Set.of("line1", "line_1", "line2", "line_2",
            "line3", "line_3", "line");
    /**
     * FHIR resources whose {@code code} (its {@code text}, its codings' {@code display}) is a person's health: a
     * Condition's diagnosis, an AllergyIntolerance, a medication; read under these headers (column-headers.yml
     * HEALTH_INFO). An Observation may be a vital sign or a social fact and is left alone.
     */
    private static final java.util.Map<String, String> HEALTH_RESOURCES = java.util.Map.of("Condition", "condition",
            "AllergyIntolerance", "allergy", "MedicationStatement", "medication", "MedicationRequest", "medication");
    /** The path of a FHIR resource's code text within its record: "code.text", "resource.code.coding.display". */
    private static final java.util.regex.Pattern FHIR_CODE = java.util.regex.Pattern.compile(
            "(?:resource\\.)?(?:code|medicationCodeableConcept)\\.(?:text|coding\\.display)");
    /** A qualifier longer than this is prose, not a kind. */
    private static final int MAX_QUALIFIER = 40;

    private JsonUnits() {
    }

    /**
     * @param parts receives the units each time they hold {@code partChars} characters, at a record's end
     * @return the units after the last part
     * @throws IOException when the text is not JSON (the units handed on so far stand)
     */
    static List<TextUnit> read(Reader reader, long partChars, Consumer<List<TextUnit>> parts) throws IOException {
        TextParts units = new TextParts();
        if (parts != null) {
            units.handTo(partChars, parts);
        }
        // per open container: its key path within its record ("" for a record itself), whether it is an array,
        // and the row of the record it belongs to (0: none)
        List<String> paths = new ArrayList<>();
        List<Boolean> arrays = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        // per open container: what its qualifier key said it holds, or null
        List<String> kinds = new ArrayList<>();
        // per open container: the key of the array its record stands in when that record is nested in another
        // ("reactions" for a Slack message's reactions), else ""
        List<String> owners = new ArrayList<>();
        int lastRow = 0;
        int line = 0;
        // a record's FHIR resourceType, by row
        java.util.Map<Integer, String> resources = new java.util.HashMap<>();
        try (JsonParser p = FACTORY.createParser(reader)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        boolean inArray = arrays.isEmpty() || arrays.get(arrays.size() - 1);
                        if (t == JsonToken.START_OBJECT && inArray && !partOfRecord(paths, rows)) {
                            boolean nested = !rows.isEmpty() && rows.get(rows.size() - 1) > 0;
                            String array = nested ? paths.get(paths.size() - 1) : "";
                            owners.add(array.substring(array.lastIndexOf('.') + 1));
                            rows.add(++lastRow); // a record of its own, also inside another one
                            paths.add("");
                        } else {
                            owners.add(owners.isEmpty() ? "" : owners.get(owners.size() - 1));
                            rows.add(rows.isEmpty() ? 0 : rows.get(rows.size() - 1));
                            paths.add(childPath(paths, p));
                        }
                        arrays.add(t == JsonToken.START_ARRAY);
                        kinds.add(null);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        boolean record = t == JsonToken.END_OBJECT && paths.get(paths.size() - 1).isEmpty()
                                && rows.get(rows.size() - 1) > 0;
                        paths.remove(paths.size() - 1);
                        arrays.remove(arrays.size() - 1);
                        rows.remove(rows.size() - 1);
                        kinds.remove(kinds.size() - 1);
                        owners.remove(owners.size() - 1);
                        if (record) {
                            units.mayEnd();
                        }
                    }
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        String text = p.getText().strip();
                        if (text.isEmpty()) {
                            continue;
                        }
                        // an array's elements are named by the array's key
                        String key = p.currentName();
                        String path = childPath(paths, p);
                        String name = key != null ? key : path.substring(path.lastIndexOf('.') + 1);
                        if (key != null && key.startsWith("$") && !paths.isEmpty()) {
                            // MongoDB Extended JSON ({"dob": {"$date": "1985-03-02T00:00:00Z"}}): the type wrapper
                            // names no kind; the key around it does
                            String parent = paths.get(paths.size() - 1);
                            name = parent.substring(parent.lastIndexOf('.') + 1);
                        }
                        int row = rows.isEmpty() ? 0 : rows.get(rows.size() - 1);
                        if ("resourceType".equals(key) && row > 0) {
                            resources.put(row, text);
                        }
                        String health = row > 0 && FHIR_CODE.matcher(path).matches()
                                ? HEALTH_RESOURCES.get(resources.getOrDefault(row, "")) : null;
                        if (health != null) {
                            name = health; // a Condition's "code.text": the diagnosis
                        }
                        String lineKey = key != null ? key : name;
                        int owning = key != null ? paths.size() - 1 : paths.size() - 2; // an array's elements: the object holding the array
                        if (owning >= 0 && LINE_KEYS.contains(lineKey.toLowerCase(java.util.Locale.ROOT))) {
                            // an address line is headed by its object's key too: "residence line1", "billing_address line1",
                            // FHIR's "address": [{"line": ["…"]}]
                            String parent = paths.get(owning);
                            String owner = parent.substring(parent.lastIndexOf('.') + 1);
                            if (!owner.isEmpty()) {
                                name = owner + " " + lineKey;
                            }
                        }
                        if (key != null && !kinds.isEmpty()) {
                            String lower = key.toLowerCase(java.util.Locale.ROOT);
                            String kind = kinds.get(kinds.size() - 1);
                            if (QUALIFIERS.contains(lower)) {
                                kinds.set(kinds.size() - 1, kind(text));
                            } else if (kind != null && GENERIC.contains(lower)) {
                                name = kind + " " + key;
                            }
                        }
                        if (key != null && path.equals(key) && !owners.isEmpty()
                                && THINGS.contains(owners.get(owners.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
                            // a reaction's, attachment's or file's own "name" ("rocket", "report.pdf") names no person
                            name = owners.get(owners.size() - 1) + " " + name;
                        }
                        if (row > 0) {
                            units.add(TextUnit.cell(null, row, path, name.isEmpty() ? null : header(name), text));
                        } else {
                            units.add(TextUnit.line(++line, name.isEmpty() ? text : header(name) + ": " + text));
                        }
                    }
                    default -> {
                        // field names are read with their values; booleans and nulls say nothing of a person
                    }
                }
            }
        }
        return units.units();
    }

    /**
     * Keys (lower-cased, without '_' and '-') of an array whose objects are parts of the record that holds it, not
     * records of their own: a person's phones, e-mails, addresses, names, identifiers (FHIR's {@code telecom},
     * {@code name}, {@code address}, {@code identifier}; {@code "phone_numbers": [{"type": "mobile", "value":
     * ...}]}). Other arrays of objects inside a record ({@code users}, {@code contacts}, {@code dependents}) list
     * other people.
     */
    private static final java.util.Set<String> PARTS = java.util.Set.of("phone", "phones", "phonenumber",
            "phonenumbers", "telephone", "telephones", "tel", "telecom", "mobile", "mobiles", "fax", "email", "emails",
            "emailaddress", "emailaddresses", "mail", "address", "addresses", "postaladdresses", "name", "names",
            "identifier", "identifiers", "ids", "iddocuments", "documents", "contactpoint", "contactpoints",
            "contactdetails", "contactinfo", "coding");

    /**
     * Keys of an array in a record whose objects are things of the record, not people: a chat message's emoji
     * reactions, files and attachments (Slack, Teams), a ticket's labels; their bare keys are headed by the array's
     * key ("reactions name"), so the column-header rules read no person's name in them.
     */
    private static final java.util.Set<String> THINGS = java.util.Set.of("reactions", "reaction", "emoji", "emojis",
            "files", "attachments", "blocks", "elements", "labels", "tags", "components");

    /** Whether an object opening in the innermost open array is a part of the record around that array. */
    private static boolean partOfRecord(List<String> paths, List<Integer> rows) {
        if (rows.isEmpty() || rows.get(rows.size() - 1) == 0) {
            return false; // not inside a record: a top-level array's objects are the records
        }
        String path = paths.get(paths.size() - 1);
        String key = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT)
                .replace("_", "").replace("-", "");
        return PARTS.contains(key);
    }

    /**
     * What a qualifier's value says an object holds: the value, or the last part of a URI
     * ("http://hl7.org/fhir/sid/us-ssn" says "us-ssn"); null for prose.
     */
    static String kind(String value) {
        String v = value;
        int cut = Math.max(v.lastIndexOf('/'), v.lastIndexOf(':'));
        if (cut >= 0) {
            v = v.substring(cut + 1);
        }
        return v.isEmpty() || v.length() > MAX_QUALIFIER ? null : v;
    }

    /** The key path of the value or container the parser stands on, below the open containers. */
    private static String childPath(List<String> paths, JsonParser p) throws IOException {
        String parent = paths.isEmpty() ? "" : paths.get(paths.size() - 1);
        String key = p.currentName();
        if (key == null) {
            return parent; // an array element: its array's path
        }
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** A key as a header: camelCase and separators as words ("dateOfBirth" as "date Of Birth"). */
    static String header(String key) {
        StringBuilder b = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
                b.append(' ');
            }
            b.append(c == '-' || c == '.' ? ' ' : c);
        }
        return b.toString().strip();
    }
}
