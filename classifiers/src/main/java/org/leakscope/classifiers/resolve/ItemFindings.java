package org.leakscope.classifiers.resolve;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.leakscope.classifiers.model.Finding;

/**
 * The input of people resolution, one item at a time and an item's findings one at a time: the resolver keeps
 * what it needs of them (the item's records, in a compact form) as they come, so neither a run's findings nor
 * those of one item (a roster of millions of cells) are ever all in memory.
 */
@FunctionalInterface
public interface ItemFindings {

    /**
     * Hands every item to {@code item}, each item once, items in ascending order of their doc ids
     * ({@link String#compareTo}); a doc id holds no NUL character. Findings that are not PII, or have no value,
     * are left out by the resolver.
     */
    void forEachItem(BiConsumer<String, Findings> item);

    /** The findings of one item, read when the resolver asks for them (once, while the item is handed over). */
    @FunctionalInterface
    interface Findings {

        /** Hands the item's findings to {@code each} in the order the classifier gave them (a list's forEach). */
        void forEach(Consumer<? super Finding> each);
    }
}
