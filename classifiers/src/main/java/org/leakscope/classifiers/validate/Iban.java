package org.leakscope.classifiers.validate;

import java.math.BigInteger;
import java.util.Map;

/** IBAN: per-country length, then ISO 7064 mod 97 = 1 (domain reference C2, ISO 13616 registry). */
public final class Iban {

    // lengths from the SWIFT IBAN registry for the countries a European payroll is likely to hold
    private static final Map<String, Integer> LENGTH = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27),
            Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("TR", 26));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** Upper case, separators removed. */
    public static String compact(String raw) {
        return raw.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        String s = compact(raw);
        if (!s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        Integer len = LENGTH.get(s.substring(0, 2));
        if (len == null || len != s.length()) {
            return false;
        }
        String moved = s.substring(4) + s.substring(0, 4);
        StringBuilder num = new StringBuilder();
        for (char c : moved.toCharArray()) {
            num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(num.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
