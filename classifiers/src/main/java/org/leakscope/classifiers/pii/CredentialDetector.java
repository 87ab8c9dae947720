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
                                        + "|パスワード|暗証番号|仮パスワード)[\"']?\\s*(?:は|[:：=])\\s*[\"'「]?"
                                        // a value ends at Japanese words: "パスワードは8文字以上で設定" is a rule, not one
                                        + "(?<v>[^\\s、。,;「」\"'\\p{IsHan}\\p{IsHiragana}]{4,64})",
                                0.85),
                        // "temporary password X", "temp pwd X" (help-desk work notes), "with password X", "my password is X", "パスワード X": a value that mixes
                        // letters and digits ("the password is stored", "password reset" are not one)
                        Rule.of("password-phrase",
                                "(?i)(?:(?:temporary|temp|initial|new|one-time)\\s+(?:password|passwd|pwd)\\s+(?:is\\s+)?"
                                        + "|(?:with|using|use)\\s+(?:the\\s+|my\\s+)?password\\s+"
                                        // "your account password is X", "the password for the portal is \"X\"", "my pwd is X"
                                        + "|(?:my|his|her|the|your|their)\\s+(?:[a-z]+\\s+){0,2}(?:password|passwd|pwd|passcode)\\s+"
                                        + "(?:for\\s+(?:the\\s+|my\\s+|your\\s+)?[\\w.-]+(?:\\s+[\\w.-]+)?\\s+)?is\\s+[\"'“]?"
                                        + "|(?:パスワード|暗証番号)[ \\t]+)"
                                        + "(?<v>(?=[^\\s\"”]*\\d)(?=[^\\s\"”]*[A-Za-z])[^\\s、。,;\"”]{6,64})",
                                0.8),
                        // a login pair: "username rpatel_92, password Summer#2024!", "User: m.schneider / Pass: Winter2023$",
                        // "user yilmaz_88 pwd 7$2OHJ0KP"
                        Rule.of("login-pair",
                                "(?i)(?<![a-z])(?:user(?:name)?|login|user id)[ \\t]*[:=]?[ \\t]*[\\w.@+-]{2,64}(?:[ \\t]*[,;/|][ \\t]*|[ \\t]+(?:and[ \\t]+)?)"
                                        + "(?:password|passwd|pass|pwd|pw)[ \\t]*[:=]?[ \\t]*[\"']?"
                                        + "(?<v>(?=[^\\s\"']*[A-Za-z])(?=[^\\s\"']*[\\d\\W_])[^\\s\"'、。,;]{6,64})",
                                0.85),
                        // a passphrase quoted or labelled: "passphrase \"correct-horse-battery-7\""
                        Rule.of("passphrase",
                                "(?i)(?<![a-z])pass ?phrase[ \\t]*(?:is[ \\t]+|[:=][ \\t]*)?[\"'“](?<v>[^\"'”\\n]{8,64})[\"'”]",
                                0.8),
                        Rule.of("aws-access-key", "(?<![A-Z0-9])(?<v>(?:AKIA|ASIA)[0-9A-Z]{16})(?![A-Z0-9])", 0.95),
                        Rule.of("github-token", "(?<![A-Za-z0-9_])(?<v>gh[pousr]_[A-Za-z0-9]{36,})", 0.95),
                        Rule.of("slack-token", "(?<![A-Za-z0-9])(?<v>xox[abprs]-[A-Za-z0-9-]{10,})", 0.95),
                        Rule.of("stripe-key", "(?<![A-Za-z0-9_])(?<v>(?:sk|rk)_live_[A-Za-z0-9]{16,})", 0.95),
                        Rule.of("google-api-key", "(?<![A-Za-z0-9_-])(?<v>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])", 0.9),
                        // a signed JWT (header.payload.signature, both JSON parts base64url of '{"')
                        Rule.of("jwt", "(?<![A-Za-z0-9_-])(?<v>eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,})", 0.9),
                        // a password on a command line (mysql -pSECRET) or in a connection URL (postgres://app:SECRET@db)
                        Rule.of("cli-password", "(?<![\\w-])(?:mysql|mysqldump|mysqladmin|sshpass)\\b[^\\n]{0,60}? -p(?<v>[^\\s'\"]{4,64})", 0.85),
                        // the match starts at "://" (rare), not at the scheme's first letter (everywhere)
                        Rule.of("url-password", "(?<=[a-z0-9])://[^\\s:/@]{1,64}:(?<v>[^\\s:/@]{3,64})@[\\w.-]+", 0.85),
                        Rule.of("private-key", "(?<v>-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----)", 0.95),
                        // the match starts at the keyword, the line's start behind it: a trigger that began at every
                        // line's blanks and words kept the union scan's DFA past its cache on text (RegexTrigger)
                        Rule.of("secret-assignment",
                                "(?im)(?<=^[ \\t]{0,20}(?:(?:export|set)[ \\t]{1,10})?[A-Za-z0-9_.\\-]{0,60})"
                                        + "(?:SECRET|TOKEN|API_?KEY|PASSWORD|PASSWD)"
                                        + "[A-Za-z0-9_.\\-]*\\s*[:=]\\s*[\"']?(?<v>[^\\s\"']{6,200})", 0.8)),
                ContextWords.NONE, ContextWords.NONE);
    }

    /** The word EXAMPLE in a key's own characters (the documentation's convention for a key that opens nothing). */
    private static final java.util.regex.Pattern EXAMPLE_KEY = java.util.regex.Pattern.compile("EXAMPLE|(?i:example)(?:key)?$");

    // references and examples, not secrets: os.environ[...], getenv(...), vault paths, "your-key-here"
    private static final java.util.regex.Pattern NOT_A_SECRET = java.util.regex.Pattern.compile(
            "(?i)example|sample|dummy|placeholder|your[-_]?|here$|xxx|todo|tbd|redacted|changeme|environ|getenv|vault:"
            + "|secretsmanager|ssm:|\\(|\\[|\\{");

    /**
     * A value assigned to a SECRET or TOKEN variable must look like a secret: 8+ characters mixing letters
     * with digits or symbols, and no placeholder wording. The variable name alone proves nothing.
     */
    @Override
    protected List<Hit> candidates(org.leakscope.classifiers.text.ScanText t) {
        List<Hit> out = new java.util.ArrayList<>();
        for (Hit h : super.candidates(t)) {
            // a key shape that says it is an example: AWS's documentation keys AKIAIOSFODNN7EXAMPLE and
            // wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY are copied into config templates and READMEs
            if (!"private-key".equals(h.rule()) && EXAMPLE_KEY.matcher(h.raw()).find()) {
                continue;
            }
            if ("password-label".equals(h.rule()) && (policyProse(t, h) || meetingPasscode(t, h))) {
                continue;
            }
            if ("secret-assignment".equals(h.rule()) || "password-label".equals(h.rule())) {
                String v = h.raw();
                if (NOT_A_SECRET.matcher(v).find()) {
                    continue;
                }
                if ("secret-assignment".equals(h.rule()) && (v.length() < 8 || !v.matches(".*[A-Za-z].*")
                        || !v.matches(".*[\\d\\W_].*"))) {
                    continue;
                }
            }
            out.add(h);
        }
        return out;
    }

    /** A lower-case word that another word follows: "Password: must contain a digit" is a rule's prose, not a password. */
    private static boolean policyProse(org.leakscope.classifiers.text.ScanText t, Hit h) {
        if (!h.raw().chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        String text = t.text();
        return h.end() + 1 < text.length() && text.charAt(h.end()) == ' ' && Character.isLetter(text.charAt(h.end() + 1));
    }

    /** The meeting ID of an invitation (Zoom, Teams, Webex), or a join link's /j/ number. */
    private static final java.util.regex.Pattern MEETING = java.util.regex.Pattern.compile(
            "(?i)(?:meeting|webinar|会議|ミーティング) ?id|/j/\\d{9}");

    /**
     * A meeting's passcode ("Meeting ID: 812 … / Passcode: 482913", a join link's ?pwd=…) is printed in the
     * invitation to everyone invited and opens no account: no secret of a person.
     */
    private static boolean meetingPasscode(org.leakscope.classifiers.text.ScanText t, Hit h) {
        String text = t.text();
        String label = text.substring(Math.max(0, h.start() - 12), h.start()).toLowerCase(Locale.ROOT);
        if (!label.contains("passcode") && !label.contains("pwd")) {
            return false;
        }
        int from = Math.max(0, h.start() - 300);
        return MEETING.matcher(text.substring(from, Math.min(text.length(), h.end() + 300))).find();
    }

    @Override
    protected boolean invalidate(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (value.startsWith("-----BEGIN")) {
            return false;
        }
        return PLACEHOLDERS.contains(v) || v.startsWith("${") || v.startsWith("%(") || v.startsWith("<")
                || v.startsWith("{{") || v.startsWith("$")
                // a blank to fill in or a masked value: ________, ********, xxxx, ••••, ----
                || v.chars().allMatch(c -> c == '*' || c == 'x' || c == '_' || c == '-' || c == '.' || c == '•' || c == '●');
    }

    @Override
    protected String mask(String value) {
        if (value.startsWith("-----BEGIN")) {
            return value;
        }
        return value.substring(0, Math.min(2, value.length())) + "****";
    }
}
