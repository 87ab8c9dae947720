package org.leakscope.classifiers.resolve;

import java.util.SortedSet;

/** One distinct person (subjects.csv row). Obligations are filled by the rules engine, empty here. */
public record Subject(String subjectId, String name, SortedSet<String> emails, SortedSet<String> phones,
                      String postalAddress, SortedSet<String> jurisdictions, SortedSet<String> dataElements,
                      boolean sensitive, SortedSet<String> docIds, SortedSet<String> obligations) {
}
