package org.leakscope.classifiers.resolve;

import java.util.SortedSet;

/** One distinct person (subjects.csv row). Obligations are filled by the rules engine, empty here. Immutable. */
public record Subject(String subjectId, String name, SortedSet<String> emails, SortedSet<String> phones,
                      String postalAddress, SortedSet<String> jurisdictions, SortedSet<String> dataElements,
                      boolean sensitive, SortedSet<String> docIds, SortedSet<String> obligations) {

    /** Every set is kept as a compact immutable copy: a run holds one subject per person found. */
    public Subject {
        emails = SortedStrings.copyOf(emails);
        phones = SortedStrings.copyOf(phones);
        jurisdictions = SortedStrings.copyOf(jurisdictions);
        dataElements = SortedStrings.copyOf(dataElements);
        docIds = SortedStrings.copyOf(docIds);
        obligations = SortedStrings.copyOf(obligations);
    }
}
