package org.leakscope.classifiers.obligations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.leakscope.classifiers.resolve.Subject;

/** Builds test subjects. */
final class People {

    /** As SubjectResolver: subjects.csv sensitive. */
    static final Set<String> SENSITIVE = Set.of("BANK_ACCOUNT", "BIOMETRIC", "CREDENTIAL", "CREDIT_CARD",
            "HEALTH_INFO", "IBAN");

    private People() {
    }

    static SortedSet<String> set(String semicolonList) {
        TreeSet<String> s = new TreeSet<>();
        if (semicolonList != null && !semicolonList.isBlank()) {
            Arrays.stream(semicolonList.split(";")).map(String::strip).filter(x -> !x.isEmpty()).forEach(s::add);
        }
        return s;
    }

    static Subject person(String id, Collection<String> jurisdictions, Collection<String> elements) {
        SortedSet<String> el = new TreeSet<>(elements);
        return new Subject(id, "Person " + id, new TreeSet<>(), new TreeSet<>(), null, new TreeSet<>(jurisdictions),
                el, el.stream().anyMatch(SENSITIVE::contains), new TreeSet<>(Set.of("D1")), new TreeSet<>());
    }

    /** n persons S0001.. of the jurisdiction(s) and elements given as ;-lists ("" = none). */
    static List<Subject> people(int n, String jurisdictions, String elements) {
        return people("S", n, jurisdictions, elements);
    }

    static List<Subject> people(String prefix, int n, String jurisdictions, String elements) {
        List<Subject> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(person(String.format("%s%05d", prefix, i), set(jurisdictions), set(elements)));
        }
        return out;
    }
}
