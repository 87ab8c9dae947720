package org.leakscope.classifiers.obligations;

import java.util.stream.Stream;
import org.leakscope.classifiers.resolve.Subject;

/**
 * The people of an incident, read afresh for each pass of the {@link ObligationEngine}: a run may have more of them
 * than fit in memory, so the engine counts them in one pass and decides person by person in the next.
 */
@FunctionalInterface
public interface SubjectSource {

    /** Every person, in the same order on every call; the caller closes the stream. */
    Stream<Subject> open();
}
