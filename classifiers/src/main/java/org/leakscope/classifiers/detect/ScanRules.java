package org.leakscope.classifiers.detect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A detector whose regexes the classifier's union automaton ({@link TriggerScan}) finds: it asks the item's
 * {@link org.leakscope.classifiers.text.ScanText} where they start instead of reading the text itself.
 */
public interface ScanRules {

    /** The regexes; each one's starts come from the one pass over the item. */
    List<Pattern> patterns();

    /**
     * Whether the detector asks only where any of its regexes may start, never which: their starts are then kept as
     * one bitmap ({@link TriggerScan.Starts#of} gives it for each of them), not one per regex.
     */
    default boolean pooled() {
        return false;
    }
}
