package org.leakscope.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The words of report.pdf in one language: {@code report-<lang>.properties} beside this class, read as UTF-8.
 * Every language file has the same keys (a test checks it), so a missing key is a bug and fails loudly rather
 * than printing the key or falling back to English in the middle of a Japanese report.
 */
public final class ReportText {

    private static final Map<ReportLanguage, ReportText> LOADED = new EnumMap<>(ReportLanguage.class);

    private final ReportLanguage language;
    private final Properties words;

    private ReportText(ReportLanguage language, Properties words) {
        this.language = language;
        this.words = words;
    }

    public static synchronized ReportText of(ReportLanguage language) {
        return LOADED.computeIfAbsent(language, ReportText::load);
    }

    private static ReportText load(ReportLanguage language) {
        String name = "report-" + language.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing from the classpath: " + name);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + name, e);
        }
        return new ReportText(language, p);
    }

    public ReportLanguage language() {
        return language;
    }

    public String get(String key) {
        String v = words.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no text '" + key + "' in report-" + language.code() + ".properties");
        }
        return v;
    }

    /** The text with {@code {0}}, {@code {1}} ... replaced (no MessageFormat: its quoting rules bite on "it's"). */
    public String format(String key, Object... args) {
        String v = get(key);
        for (int i = 0; i < args.length; i++) {
            v = v.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return v;
    }

    /** The text of {@code prefix + code} if the bundle has one, else the code itself (a code added later). */
    public String nameOf(String prefix, String code) {
        return words.getProperty(prefix + code, code);
    }

    Set<String> keys() {
        return words.stringPropertyNames();
    }
}
