package org.leakscope.classifiers;

import java.util.List;
import java.util.SortedSet;
import org.leakscope.classifiers.model.Finding;

/**
 * What one item contains.
 *
 * @param findings       findings at or above the report threshold, in text order
 * @param piiTypes       PII type codes of {@code findings}
 * @param markings       marking codes of {@code findings}
 * @param highestMarking most severe of {@code markings} by the configured ranking, null when none
 * @param language       ISO 639-1 code of the main language, null when unknown
 */
public record ClassificationResult(List<Finding> findings, SortedSet<String> piiTypes, SortedSet<String> markings,
                                   String highestMarking, String language) {
}
