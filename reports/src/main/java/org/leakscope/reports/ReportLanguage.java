package org.leakscope.reports;

import java.util.Locale;
import java.util.Optional;

/** The language of report.pdf ({@code --lang}). Codes in the CSV and JSON files are the same in every language. */
public enum ReportLanguage {
    EN, JA;

    /** The option value: {@code en}, {@code ja}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of an option value, exactly as written ({@code en}, {@code ja}); empty for anything else. */
    public static Optional<ReportLanguage> of(String code) {
        for (ReportLanguage l : values()) {
            if (l.code().equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
