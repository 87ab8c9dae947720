package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Searching only the lines that hold a required literal gives exactly what find() gives over the whole text. */
class LineLiteralScanTest {

    private static List<String> plain(String text, Pattern p) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byLines(String text, Pattern p, String... literals) {
        List<String> out = new ArrayList<>();
        PatternDetector.forEachMatchOnLines(text, p, List.of(literals), m -> out.add(m.start() + "-" + m.end() + ":" + m.group()));
        return out;
    }

    private static final Pattern WORDS = Pattern.compile("(?i)(?<v>\\d{1,2} (?:Jan|Mar|May|Dec)[a-z]*\\.?,? (?:19|20)\\d{2}"
            + "|(?:Jan|Mar|May|Dec)[a-z]*\\.? \\d{1,2},? (?:19|20)\\d{2})(?!\\d)");

    @Test
    void edgesOfTheText() {
        for (String t : List.of("", "\n", "May 3, 1990", "\nMay 3, 1990\n", "May 3, 1990\nmay 4 2001", "x\n\n3 March 2020",
                "May 3, 19901", "Dec 12 1999 and Jan 1, 2000 \n 2 may 2000", "May 3,\n1990", "May\n3, 1990", " 19 20 \n 20")) {
            assertEquals(plain(t, WORDS), byLines(t, WORDS, " 19", " 20"), t);
        }
    }

    @Test
    void randomTexts() {
        Random r = new Random(11);
        String[] parts = {"May ", "may", "March ", "Dec. ", "3 ", "12", ", ", " 19", " 20", "1999", "2001", "85", "\n", "x",
            " ", "Jan", "uary"};
        for (int k = 0; k < 5000; k++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(14);
            for (int i = 0; i < n; i++) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            String t = b.toString();
            assertEquals(plain(t, WORDS), byLines(t, WORDS, " 19", " 20"), t);
        }
    }
}
