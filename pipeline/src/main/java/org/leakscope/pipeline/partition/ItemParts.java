package org.leakscope.pipeline.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.LanguageGuesser;
import org.leakscope.classifiers.text.TextUnit;

/**
 * What the item row of a text that came in parts needs of the parts classified and stored before its last one:
 * how many finding blocks and PII findings they hold, their codes, the language of all of them, and where the next
 * part's text starts (its findings' offsets are moved there, so an item's findings stay in text order).
 */
final class ItemParts {

    private final String docId;
    private final SortedSet<String> piiTypes = new TreeSet<>();
    private final SortedSet<String> markings = new TreeSet<>();
    private final LanguageGuesser.Tally language = new LanguageGuesser.Tally();
    private int parts;
    private int blocks;
    private int pii;
    private int offsetBase;

    ItemParts(String docId) {
        this.docId = docId;
    }

    String docId() {
        return docId;
    }

    /** Parts seen so far: the number of the next one. */
    int parts() {
        return parts;
    }

    int blocks() {
        return blocks;
    }

    int pii() {
        return pii;
    }

    int offsetBase() {
        return offsetBase;
    }

    /** Counts in a part whose findings were stored as {@code storedBlocks} blocks. */
    void add(List<TextUnit> units, ClassificationResult result, int storedBlocks) {
        parts++;
        blocks += storedBlocks;
        piiTypes.addAll(result.piiTypes());
        markings.addAll(result.markings());
        addText(units);
        long chars = 0;
        for (TextUnit u : units) {
            chars += u.text().length() + 1;
        }
        for (Finding f : result.findings()) {
            if (f.category() == Category.PII) {
                pii++;
            }
            // normalised text may run longer than the raw units: past every finding in any case
            chars = Math.max(chars, (long) f.offset() + (f.value() == null ? 0 : f.value().length()) + 1);
        }
        offsetBase = (int) Math.min(Integer.MAX_VALUE, offsetBase + chars);
    }

    private void addText(List<TextUnit> units) {
        StringBuilder text = new StringBuilder();
        for (TextUnit u : units) {
            text.append(u.text()).append('\n');
        }
        language.add(text.toString());
    }

    /** The whole item's result: the last part's findings (offsets moved), every part's codes and text. */
    ClassificationResult withLast(List<TextUnit> units, ClassificationResult last, Classifier classifier) {
        addText(units);
        SortedSet<String> allPii = new TreeSet<>(piiTypes);
        allPii.addAll(last.piiTypes());
        SortedSet<String> allMarkings = new TreeSet<>(markings);
        allMarkings.addAll(last.markings());
        List<Finding> moved = new ArrayList<>(last.findings().size());
        for (Finding f : last.findings()) {
            moved.add(new Finding(f.category(), f.type(), f.value(), f.masked(), f.confidence(), f.location(),
                    f.detector(), f.recordKey(), (int) Math.min(Integer.MAX_VALUE, (long) f.offset() + offsetBase)));
        }
        return new ClassificationResult(moved, allPii, allMarkings, classifier.highestMarking(allMarkings),
                language.guess());
    }
}
