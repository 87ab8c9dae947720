package org.leakscope.classifiers.resolve;

import java.util.List;
import java.util.function.BiConsumer;
import org.leakscope.classifiers.model.Finding;

/**
 * The input of people resolution, one item at a time: the resolver keeps what it needs of an item's findings
 * (its records, in a compact form) and lets the findings go, so a run's findings are never all in memory.
 */
@FunctionalInterface
public interface ItemFindings {

    /**
     * Hands every item's PII findings to {@code item}, each item once, items in ascending order of their doc
     * ids ({@link String#compareTo}); a doc id holds no NUL character. The findings of an item come in the order
     * the classifier gave them. Findings that are not PII, or have no value, are left out by the resolver.
     */
    void forEachItem(BiConsumer<String, List<Finding>> item);
}
