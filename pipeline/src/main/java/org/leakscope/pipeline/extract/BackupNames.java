package org.leakscope.pipeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy kept beside a file under a backup name ({@code members.csv.bak}, {@code dump.sql.old},
 * {@code users.csv~}, {@code export.csv.20240630}) is a file of the original's kind: Tika, seeing ".bak", says plain
 * text, and a roster was read line by line without its headers.
 */
final class BackupNames {

    private BackupNames() {
    }

    private static final Pattern SUFFIX = Pattern.compile(
            "(?i)^(.+\\.[a-z0-9]{2,5})(?:\\.(?:bak|backup|old|orig|save|sav|tmp|prev|copy|\\d{6,14})|~)$");

    /** The name without its backup suffix, or null when it has none. */
    static String original(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = SUFFIX.matcher(name.strip());
        return m.matches() ? m.group(1) : null;
    }
}
