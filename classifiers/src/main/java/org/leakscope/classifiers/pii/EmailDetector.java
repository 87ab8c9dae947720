package org.leakscope.classifiers.pii;

import java.util.List;
import java.util.Locale;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;

/** E-mail addresses. Message-IDs share the syntax, so a header label nearer than any other drops them. */
public final class EmailDetector extends PatternDetector {

    public EmailDetector() {
        super("email", "EMAIL_ADDRESS", List.of(Rule.of("email",
                        "(?<![\\w.%+\\-])(?<v>[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}[A-Za-z0-9])?"
                                + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24})(?![\\w\\-])",
                        0.9).anchoredAt('@', 64)), // the local part is at most 64 chars
                ContextWords.of("email", "e-mail", "mail", "メール", "連絡先", "contact"),
                ContextWords.of("message-id", "in-reply-to", "references", "content-id"));
    }

    @Override
    protected boolean invalidate(String value) {
        // generated ids (long hex local parts) are Message-IDs, not mailboxes
        String local = value.substring(0, value.indexOf('@'));
        return local.length() >= 16 && local.matches("[0-9a-fA-F.\\-]+");
    }

    @Override
    protected double contextBoost() {
        return 0.05;
    }

    @Override
    protected String normalizeValue(String raw) {
        return raw.toLowerCase(Locale.ROOT);
    }

    @Override
    protected String mask(String value) {
        return Masks.email(value);
    }
}
