package org.leakscope.classifiers.validate;

import java.util.Set;

/**
 * US SSN structure (python-stdnum us/ssn.py, domain reference C2): area not 000, 666 or 9xx; group not
 * 00; serial not 0000; not a published sample number. There is no check digit.
 */
public final class SsnRules {

    private static final Set<String> BLACKLIST = Set.of("078051120", "219099999", "457555462");

    private SsnRules() {
    }

    public static boolean isValid(String raw) {
        String d = Digits.only(raw);
        if (d.length() != 9 || BLACKLIST.contains(d) || Digits.allSame(d)) {
            return false;
        }
        String area = d.substring(0, 3);
        return !area.equals("000") && !area.equals("666") && d.charAt(0) != '9'
                && !d.startsWith("00", 3) && !d.startsWith("0000", 5);
    }

    /** US ITIN: 9xx, group 50–65, 70–88, 90–92, 94–99 (domain reference C2). */
    public static boolean isItin(String raw) {
        String d = Digits.only(raw);
        if (d.length() != 9 || d.charAt(0) != '9' || Digits.allSame(d)) { // 999-99-9999: a placeholder, as for SSNs
            return false;
        }
        int g = Integer.parseInt(d.substring(3, 5));
        return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94);
    }
}
