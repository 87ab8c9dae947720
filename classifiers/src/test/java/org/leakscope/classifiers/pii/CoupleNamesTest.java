package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Two people sharing one surname ("John and Mary Whitfield", a directory's "Delgado, Trevor &amp; Ngozi"): both are
 * named, and the first one's finding, built from two places, stands on its given name only, so the classifier keeps
 * both (it had measured the built name's span by its value and dropped it for overlapping its partner).
 */
class CoupleNamesTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    private static List<String> names(String text) {
        List<TextUnit> units = new ArrayList<>();
        String[] lines = text.split("\\\\n");
        for (int i = 0; i < lines.length; i++) {
            units.add(TextUnit.line(i + 1, lines[i]));
        }
        return C.classify(units).findings().stream().filter(f -> "PERSON_NAME".equals(f.type()))
                .map(Finding::value).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "John and Mary Whitfield\\n4821 Oak Lane, Dayton, OH 45402|John Whitfield;Mary Whitfield",
        "Trevor & Ngozi Delgado, 12 Elm St|Trevor Delgado;Ngozi Delgado",
        "Parents: Trevor and Ngozi Delgado (404) 555-0199|Trevor Delgado;Ngozi Delgado",
        "Guests: Kenji and Yuki Tanaka; Paul & Mary Holloway|Kenji Tanaka;Yuki Tanaka;Paul Holloway;Mary Holloway",
        "Delgado, Trevor & Ngozi\\nTrevor: (404) 555-0199|Trevor Delgado;Ngozi Delgado;Trevor Delgado",
        "Whitfield, John and Mary|John Whitfield;Mary Whitfield",
        // a member's own line under the heading is that member's: the name is found on it again
        "Delgado, Trevor & Ngozi\\n  Trevor: (602) 458-8758\\n  Ngozi - (602) 763-6511\\n  Birthdays: Ngozi Sep 23"
                + "|Trevor Delgado;Ngozi Delgado;Trevor Delgado;Ngozi Delgado",
        "John and Mary Whitfield\\nMary: mary@example.com\\nJohnny: johnny@example.com"
                + "|John Whitfield;Mary Whitfield;Mary Whitfield",
        "Mr. and Mrs. John Whitfield|John Whitfield",
        // a full name before "and" is a name of its own, not a given name sharing the next surname
        "John Carter and Mary Whitfield attended.|John Carter;Mary Whitfield",
        // the partner's name goes on beyond what was found: no surname to share
        "Dear John and Mary Ann Smith,|Mary Ann",
        // firms and words that are no given names
        "Smith, Barney & Co|",
        "Morgan, Lewis & Bockius LLP|",
        "Research and Development Whitfield|",
        // the same given name twice
        "Mary and Mary Ross|Mary Ross",
    })
    void couplesShareTheirSurname(String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, names(text));
    }

    /** Each PERSON_NAME and POSTAL_ADDRESS in text order, an address as "@" + the name it stands at, if any. */
    private static List<String> namesAndHomes(String... lines) {
        List<TextUnit> units = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            units.add(TextUnit.line(i + 1, lines[i]));
        }
        List<String> out = new ArrayList<>();
        for (Finding f : C.classify(units).findings()) {
            if ("PERSON_NAME".equals(f.type())) {
                out.add(f.value());
            } else if ("POSTAL_ADDRESS".equals(f.type())) {
                out.add("home:" + f.value().substring(0, f.value().indexOf(',')));
            }
        }
        return out;
    }

    @Test
    void theAddressUnderACouplesHeadingIsBothPeoplesHome() {
        // a copy of the address at the first name: the text gives the address to the nearest name above, the second
        assertEquals(List.of("Trevor Delgado", "home:5934 Lakeview Blvd", "Ngozi Delgado", "home:5934 Lakeview Blvd",
                        "Trevor Delgado"),
                namesAndHomes("Delgado, Trevor & Ngozi", "  5934 Lakeview Blvd, Phoenix, AZ 85093", "  Trevor: (602) 458-8758"));
        assertEquals(List.of("John Whitfield", "home:4821 Oak Lane", "Mary Whitfield", "home:4821 Oak Lane"),
                namesAndHomes("John and Mary Whitfield", "4821 Oak Lane, Dayton, OH 45402"));
        // two people of two surnames: no household
        assertEquals(List.of("John Carter", "Mary Whitfield", "home:4821 Oak Lane"),
                namesAndHomes("John Carter and Mary Whitfield", "4821 Oak Lane, Dayton, OH 45402"));
        // the address not right under the heading: not said to be theirs
        assertEquals(List.of("John Whitfield", "Mary Whitfield", "home:4821 Oak Lane"),
                namesAndHomes("John and Mary Whitfield", "Hosts of the spring picnic this year.",
                        "4821 Oak Lane, Dayton, OH 45402"));
    }

    @Test
    void aFindingsSpanIsItsOwnOrTheValues() {
        Finding f = new Finding(Category.PII, "PERSON_NAME", "John Whitfield", "J*** W********", 0.6, "line=1",
                "latin_person_name", null, 0, 4);
        assertEquals(4, f.span());
        assertEquals(4, f.withRecordKey("r1").span());
        assertEquals(0, new Finding(Category.PII, "PERSON_NAME", "Mary Whitfield", "M*** W********", 0.6, "line=1",
                "latin_person_name", null, 9).span());
        assertThrows(IllegalArgumentException.class, () -> new Finding(Category.PII, "PERSON_NAME", "x", "x", 0.6,
                "line=1", "d", null, 0, -1));
    }
}
