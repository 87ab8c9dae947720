package org.leakscope.classifiers.detect;

import java.util.List;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/**
 * Finds one kind of PII or marking in one item. Implementations are stateless after construction, so
 * one instance serves all threads. Findings may be below the report threshold; the caller filters.
 */
public interface Detector {

    /** Unique id, written to findings.csv {@code detector}. */
    String id();

    List<Finding> detect(ScanText text);
}
