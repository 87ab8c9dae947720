package org.leakscope.pipeline.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Masks the personal data in a search snippet as findings.csv does: the snippet is classified and each PII
 * value is replaced by its masked form. Where a value was normalised (digits only, E.164) the span runs
 * over the written characters until it holds as many letters and digits as the value: it may take a
 * character too many, never one too few.
 */
public final class SnippetMasker implements UnaryOperator<String> {

    private static final String SEPARATORS = " -.()+@_/\u3000\uff0d";

    private final Classifier classifier;

    public SnippetMasker(Classifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public String apply(String snippet) {
        List<Finding> pii = new ArrayList<>();
        for (Finding f : classifier.classify(List.of(TextUnit.line(1, snippet))).findings()) {
            if (f.category() == Category.PII && f.value() != null && f.offset() >= 0 && f.offset() < snippet.length()) {
                pii.add(f);
            }
        }
        pii.sort(Comparator.comparingInt(Finding::offset).reversed());
        StringBuilder out = new StringBuilder(snippet);
        int limit = snippet.length();
        for (Finding f : pii) {
            int end = end(snippet, f.offset(), f.value());
            if (end > limit) {
                continue; // overlaps a span already masked
            }
            out.replace(f.offset(), end, f.masked() == null ? "***" : f.masked());
            limit = f.offset();
        }
        return out.toString();
    }

    static int end(String s, int start, String value) {
        int[] wanted = value.codePoints().filter(Character::isLetterOrDigit).toArray();
        int seen = 0;
        int end = start;
        while (end < s.length() && seen < wanted.length) {
            char c = s.charAt(end);
            if (Character.isLetterOrDigit(c)) {
                seen++;
            } else if (SEPARATORS.indexOf(c) < 0) {
                break;
            } else if (Character.isWhitespace(c) && end + 1 < s.length() && Character.isLetterOrDigit(s.charAt(end + 1))
                    && Character.isDigit(wanted[seen]) != Character.isDigit(s.charAt(end + 1))) {
                // "(415) 555-2671 today": the value (E.164) has a digit more than was written, the next word is text
                break;
            }
            end++;
        }
        return Math.max(end, Math.min(s.length(), start + 1));
    }
}
