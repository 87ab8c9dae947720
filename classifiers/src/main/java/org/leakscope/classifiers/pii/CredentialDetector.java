package org.leakscope.classifiers.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.PatternDetector;

/**
 * Secrets: a value after a password label, well-known API key shapes, PEM private keys, and a value
 * assigned to a *SECRET* / *TOKEN* / *API_KEY* variable. The variable name alone is not a credential:
 * placeholders and references (${X}, &lt;password&gt;, ****, changeme) are dropped.
 */
public final class CredentialDetector extends PatternDetector {

    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "password", "none", "null", "true",
            "false", "xxxx", "xxxxxx", "xxxxxxxx", "secret", "your_password", "yourpassword", "redacted", "hidden",
            "n/a", "********");

    public CredentialDetector() {
        super("credential", "CREDENTIAL", List.of(
                        Rule.of("password-label",
                                "(?i)(?<![a-z])(?:temporary password|initial password|password|passwd|pwd|pw|passcode|pin code"
                                        + "|パスワード|暗証番号|仮パスワード)\\s*(?:は|[:：=])\\s*(?<v>[^\\s、。,;]{4,64})",
                                0.85),
                        Rule.of("password-phrase",
                                "(?i)(?:temporary|temp|initial|new|one-time)\\s+password\\s+(?:is\\s+)?(?<v>(?=\\S*\\d)(?=\\S*[A-Za-z])[^\\s、。,;]{6,64})",
                                0.8),
                        Rule.of("aws-access-key", "(?<![A-Z0-9])(?<v>(?:AKIA|ASIA)[0-9A-Z]{16})(?![A-Z0-9])", 0.95),
                        Rule.of("github-token", "(?<![A-Za-z0-9_])(?<v>gh[pousr]_[A-Za-z0-9]{36,})", 0.95),
                        Rule.of("slack-token", "(?<![A-Za-z0-9])(?<v>xox[abprs]-[A-Za-z0-9-]{10,})", 0.95),
                        Rule.of("private-key", "(?<v>-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----)", 0.95),
                        Rule.of("secret-assignment",
                                "(?im)^\\s*(?:export\\s+|set\\s+)?[A-Za-z0-9_.\\-]*(?:SECRET|TOKEN|API_?KEY|PASSWORD|PASSWD)"
                                        + "[A-Za-z0-9_.\\-]*\\s*[:=]\\s*[\"']?(?<v>[^\\s\"']{6,200})", 0.8)),
                ContextWords.NONE, ContextWords.NONE);
    }

    @Override
    protected boolean invalidate(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (value.startsWith("-----BEGIN")) {
            return false;
        }
        return PLACEHOLDERS.contains(v) || v.startsWith("${") || v.startsWith("%(") || v.startsWith("<")
                || v.startsWith("{{") || v.startsWith("$") || v.chars().allMatch(c -> c == '*' || c == 'x');
    }

    @Override
    protected String mask(String value) {
        if (value.startsWith("-----BEGIN")) {
            return value;
        }
        return value.substring(0, Math.min(2, value.length())) + "****";
    }
}
