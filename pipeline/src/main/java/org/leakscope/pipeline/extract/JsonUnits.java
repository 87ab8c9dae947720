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
 * record of its own. Values outside any record (in a top-level array) are lines "key: value". Read with Jackson's
 * streaming parser, in parts that end with a record: a dump of any size.
 */
final class JsonUnits {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

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
        int lastRow = 0;
        int line = 0;
        try (JsonParser p = FACTORY.createParser(reader)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        boolean inArray = arrays.isEmpty() || arrays.get(arrays.size() - 1);
                        if (t == JsonToken.START_OBJECT && inArray) {
                            rows.add(++lastRow); // a record of its own, also inside another one
                            paths.add("");
                        } else {
                            rows.add(rows.isEmpty() ? 0 : rows.get(rows.size() - 1));
                            paths.add(childPath(paths, p));
                        }
                        arrays.add(t == JsonToken.START_ARRAY);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        boolean record = t == JsonToken.END_OBJECT && paths.get(paths.size() - 1).isEmpty()
                                && rows.get(rows.size() - 1) > 0;
                        paths.remove(paths.size() - 1);
                        arrays.remove(arrays.size() - 1);
                        rows.remove(rows.size() - 1);
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
                        int row = rows.isEmpty() ? 0 : rows.get(rows.size() - 1);
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
