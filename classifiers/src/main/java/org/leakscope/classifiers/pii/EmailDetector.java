package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;

/**
 * E-mail addresses. Message-IDs share the syntax, so a header label nearer than any other drops them; the user
 * part of a URL (https://user@host) and a git remote (git@host:repo) are not mailboxes. A role's mailbox
 * (info@, support@, noreply@) belongs to no one person: the local parts given (config
 * {@code classify.email-role-names}, none by default) are not reported.
 */
public final class EmailDetector extends PatternDetector {

    private static final java.util.Set<String> FILE_EXTENSIONS = java.util.Set.of("png", "jpg", "jpeg", "gif", "svg",
            "webp", "bmp", "ico", "tif", "tiff", "avif", "heic", "css", "js", "mjs", "map", "woff", "woff2", "ttf", "otf");
    private static final java.util.regex.Pattern PIXEL_DENSITY = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?x\\.");

    /** Role names no shorter than this also match as the first word of a local part (support-jp@, noreply.alerts@). */
    static final int MIN_ROLE_PREFIX = 4;

    private final java.util.Set<String> roleNames;

    public EmailDetector() {
        this(java.util.Set.of());
    }

    /** {@code roleNames}: local parts (lower case) of mailboxes that are a role's, not a person's. */
    public EmailDetector(java.util.Set<String> roleNames) {
        super("email", "EMAIL_ADDRESS", List.of(Rule.of("email",
                        "(?<![\\w.%+\\-])(?<v>[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}[A-Za-z0-9])?"
                                + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24})(?![\\w\\-]|:[\\w~/])",
                        0.9).anchoredAt('@', 64)), // the local part is at most 64 chars
                ContextWords.of("email", "e-mail", "mail", "メール", "連絡先", "contact"),
                // the mail header's label, with its colon: a CV's "References" heading lists referees' mailboxes
                ContextWords.of("message-id", "in-reply-to", "references:", "content-id"));
        this.roleNames = java.util.Set.copyOf(roleNames);
    }

    /** Whether a mailbox is a role's: its local part is a role name, or starts with a long one and '-', '.' or '_'. */
    boolean isRoleMailbox(String value) {
        if (roleNames.isEmpty()) {
            return false;
        }
        String local = value.substring(0, value.indexOf('@')).toLowerCase(Locale.ROOT);
        if (roleNames.contains(local)) {
            return true;
        }
        for (int i = MIN_ROLE_PREFIX; i < local.length(); i++) {
            char c = local.charAt(i);
            if ((c == '-' || c == '.' || c == '_') && roleNames.contains(local.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /** A URL's user:password@host (postgres://app:secret@db.example) holds no mailbox; judged per hit, not in the regex. */
    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : super.candidates(t)) {
            if (!afterUrlUser(t.text(), h.start()) && !inPath(t.text(), h.start())) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * After a slash, an address is part of a URL or a path (https://host/u/jo@x.org, /home/jo@x.org) when the word
     * the slash stands in has "://" or starts with a slash; else the slash separates list items, as a Japanese
     * contact line writes "携帯 080-1234-5678／jo@example.jp" (the full-width slash reads as '/').
     */
    static boolean inPath(String text, int start) {
        if (start < 1 || text.charAt(start - 1) != '/') {
            return false;
        }
        int from = start - 1;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, start);
        return word.startsWith("/") || word.contains("://") || word.contains("\\") || word.indexOf('@') >= 0
                || word.indexOf('/') < word.length() - 1;
    }

    // the text before the hit ends "//user:" (at most 64 chars of user)
    static boolean afterUrlUser(String text, int start) {
        if (start < 4 || text.charAt(start - 1) != ':') {
            return false;
        }
        for (int i = start - 2; i >= 1 && i >= start - 66; i--) {
            char c = text.charAt(i);
            if (c == '/') {
                return text.charAt(i - 1) == '/' && i < start - 2;
            }
            if (Character.isWhitespace(c) || c == '@' || c == ':') {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern GENERATED_ID = java.util.regex.Pattern.compile("[0-9a-fA-F.\\-]+");

    @Override
    protected boolean invalidate(String value) {
        if (isRoleMailbox(value)) {
            return true;
        }
        // generated ids (long hex local parts) are Message-IDs, not mailboxes
        String local = value.substring(0, value.indexOf('@'));
        if (local.length() >= 16 && GENERATED_ID.matcher(local).matches()) {
            return true;
        }
        // an image at a pixel density (icon@2x.png, sprite@1.5x.svg) or any file name ending in an image or
        // web-asset extension is a file, not a mailbox
        String domain = value.substring(value.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return FILE_EXTENSIONS.contains(domain.substring(domain.lastIndexOf('.') + 1)) || PIXEL_DENSITY.matcher(domain).lookingAt();
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
