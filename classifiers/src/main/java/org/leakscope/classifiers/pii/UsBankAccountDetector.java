package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.validate.AbaRouting;

/**
 * A US bank account claimed with its routing number ("routing 222176709, account 31114760", "ABA# … Acct …",
 * either order, same line or the next): the account counts when the routing number passes the ABA checksum
 * and Federal Reserve prefix (domain reference C2). An invalid routing number is not a bank's, so the pair is
 * dropped; a lone "account 1234567" is left to the labelled rule. A payment gateway's documented test account ("ACH
 * test bank account: routing number 110000000, account number 000123456789") is no one's: its line says so (probe set 30).
 */
public final class UsBankAccountDetector extends PatternDetector {

    private static final String ROUTING = "(?i:routing|aba|rtn|transit|routing number|routing no\\.?|aba no\\.?|aba ?#|routing ?#)";
    private static final String ACCOUNT = "(?i:account|acct|a/c|account number|account no\\.?|acct\\.? no\\.?|account ?#|acct ?#|checking|savings)";
    private static final String SEP = "[ \\t]*(?:number|no\\.?|#)?[ \\t]*[:：#]?[ \\t]*";
    private static final String GAP = "[^\\n\\d]{0,20}(?:\\n[^\\n\\d]{0,20})?";
    private static final Pattern ROUTING_FIRST = Pattern.compile("(?<![\\p{L}])" + ROUTING + SEP + "(?<r>\\d{9})(?!\\d)" + GAP
            + "(?<![\\p{L}])" + ACCOUNT + SEP + "(?<v>\\d{4,17})(?!\\d)");
    private static final Pattern ACCOUNT_FIRST = Pattern.compile("(?<![\\p{L}])" + ACCOUNT + SEP + "(?<v>\\d{4,17})(?!\\d)" + GAP
            + "(?<![\\p{L}])" + ROUTING + SEP + "(?<r>\\d{9})(?!\\d)");

    /**
     * A line that says its account is a test or sandbox one (a payment gateway's or a bank API's developer docs: "ACH
     * test bank account", "Sandbox account number", "use the test routing number"), searched from the line's start up
     * to the value.
     */
    static final Pattern TEST_ACCOUNT = Pattern.compile("(?i)(?<![\\p{L}])(?:test|sandbox|dummy|mock)"
            + "(?: (?:bank|ach|checking|savings))? (?:account|acct|routing)(?![\\p{L}])");

    public UsBankAccountDetector() {
        super("us_bank_account", "BANK_ACCOUNT", List.of(), ContextWords.NONE, ContextWords.NONE);
    }

    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> out = new ArrayList<>();
        for (Pattern p : patterns()) {
            t.forEachMatch(p, null, m -> {
                if (AbaRouting.isValid(m.group("r")) && !m.group("v").equals(m.group("r"))
                        && !testAccount(t.text(), m.start(), m.end())) {
                    out.add(new Hit(m.start("v"), m.end("v"), m.group("v"), 0.9, "routing+account"));
                }
            });
        }
        return out;
    }

    /** The line of a match from its start to the match's end says the account is a test one ({@link #TEST_ACCOUNT}). */
    private static boolean testAccount(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start) + 1;
        return TEST_ACCOUNT.matcher(text).region(lineStart, end).find();
    }

    @Override
    public List<Pattern> patterns() {
        return List.of(ROUTING_FIRST, ACCOUNT_FIRST);
    }

    @Override
    protected String mask(String value) {
        return Masks.keepLast(value, 4);
    }
}
