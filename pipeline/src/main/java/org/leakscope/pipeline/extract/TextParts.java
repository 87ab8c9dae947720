package org.leakscope.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.leakscope.classifiers.text.TextUnit;

/**
 * The units of a text as it is read, handed on in parts: once they hold {@code partChars} characters, at the next
 * place the reader says a part may end (a line's, a row's, a record's end), they go to the sink and the list
 * starts again. Without a sink every unit stays.
 */
final class TextParts {

    private final List<TextUnit> units = new ArrayList<>();
    private Consumer<List<TextUnit>> sink;
    private long partChars = Long.MAX_VALUE;
    private long chars;

    void handTo(long partChars, Consumer<List<TextUnit>> sink) {
        this.partChars = Math.max(1, partChars);
        this.sink = sink;
    }

    boolean inParts() {
        return sink != null;
    }

    long partChars() {
        return partChars;
    }

    void add(TextUnit unit) {
        units.add(unit);
        chars += unit.text().length();
    }

    /** A part may end here: the units go to the sink if they are enough. */
    void mayEnd() {
        if (sink != null && chars >= partChars) {
            sink.accept(List.copyOf(units));
            units.clear();
            chars = 0;
        }
    }

    /** The units not handed on (all of them without a sink); the caller may change them in place. */
    List<TextUnit> units() {
        return units;
    }
}
