package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Subject ids follow the joined text emails|phones|docIds|name|dataElements: SubjectOrder reads it in place. */
class SubjectOrderTest {

    private static String keyText(Subject s) {
        return String.join(",", s.emails()) + "|" + String.join(",", s.phones()) + "|" + String.join(",", s.docIds())
                + "|" + (s.name() == null ? "" : s.name()) + "|" + String.join(",", s.dataElements());
    }

    @Test
    void ordersAsTheJoinedTextDoes() {
        // few short values, so that prefixes, empty sets, "," against "|" and equal keys all occur
        String[] pool = {"", "a", "ab", "a,b", "b", "a|", "z", "A"};
        Random random = new Random(11);
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            subjects.add(new Subject(null, random.nextInt(4) == 0 ? null : pick(pool, random), set(pool, random),
                    set(pool, random), null, new TreeSet<>(), set(pool, random), false, set(pool, random), null));
        }
        SubjectOrder order = new SubjectOrder();
        for (Subject x : subjects) {
            for (Subject y : subjects) {
                assertEquals(Integer.signum(keyText(x).compareTo(keyText(y))), Integer.signum(order.compare(x, y)),
                        keyText(x) + " vs " + keyText(y));
            }
        }
    }

    private static String pick(String[] pool, Random random) {
        return pool[random.nextInt(pool.length)];
    }

    private static TreeSet<String> set(String[] pool, Random random) {
        TreeSet<String> s = new TreeSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            s.add(pick(pool, random));
        }
        return s;
    }
}
