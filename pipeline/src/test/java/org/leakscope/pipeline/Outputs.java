package org.leakscope.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/** Reads the output files of a run the way a user's spreadsheet would. */
final class Outputs {

    private Outputs() {
    }

    static String headerLine(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
    }

    static List<Map<String, String>> rows(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            List<String[]> all = reader.readAll();
            String[] header = all.get(0);
            List<Map<String, String>> out = new ArrayList<>();
            for (String[] row : all.subList(1, all.size())) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], i < row.length ? row[i] : "");
                }
                out.add(m);
            }
            return out;
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    static Map<String, Map<String, String>> byPath(Path documentsCsv) throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map<String, String> row : rows(documentsCsv)) {
            out.put(row.get("path"), row);
        }
        return out;
    }
}
