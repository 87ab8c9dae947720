package org.leakscope.classifiers.obligations;

import java.util.stream.Stream;
import org.leakscope.classifiers.resolve.Subject;

/**
 * The people of an incident, read afresh for each pass of the {@link ObligationEngine}: a run may have more of them
 * than fit in memory, so the engine counts them in one pass and decides person by person in the next.
 *
 * <p>The rules read a person's subject id, jurisdictions, data elements and sensitive flag only; a source may leave
 * the other fields (name, contacts, address, documents, obligations) empty.
 */
@FunctionalInterface
public interface SubjectSource {

    /** Every person, in the same order on every call; the caller closes the stream. */
    Stream<Subject> open();
}
