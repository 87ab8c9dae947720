package org.leakscope.classifiers;

import java.util.List;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/** Shared helpers: run a detector over lines and keep what would be reported. */
public final class TestTexts {

    public static final double THRESHOLD = 0.5;

    private TestTexts() {
    }

    public static List<Finding> reported(Detector d, String... lines) {
        return d.detect(ScanText.ofLines(lines)).stream().filter(f -> f.confidence() >= THRESHOLD).toList();
    }

    public static List<String> values(Detector d, String... lines) {
        return reported(d, lines).stream().map(Finding::value).toList();
    }
}
