package org.leakscope.reports;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How report.pdf is written and what its "method and limits" section states about the run.
 *
 * @param language        the report's language
 * @param reportThreshold {@code classify.report-threshold}: findings below it were not reported; null = not known
 * @param extractLimits   the {@code extract.*} settings of the run, key (without {@code extract.}) to value
 */
public record ReportSettings(ReportLanguage language, Double reportThreshold, SortedMap<String, String> extractLimits) {

    /** English, nothing known about the run's settings. */
    public static final ReportSettings DEFAULT = new ReportSettings(ReportLanguage.EN, null, null);

    public ReportSettings {
        language = language == null ? ReportLanguage.EN : language;
        extractLimits = extractLimits == null ? new TreeMap<>() : new TreeMap<>(extractLimits);
    }

    public static ReportSettings of(ReportLanguage language) {
        return new ReportSettings(language, null, null);
    }
}
