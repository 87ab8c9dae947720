package org.leakscope.classifiers.validate;

/**
 * ABA routing number: 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) ≡ 0 mod 10 and a Federal Reserve prefix
 * 00–12, 21–32, 61–72 or 80 (domain reference C2). Used to keep routing numbers from becoming SSNs.
 */
public final class AbaRouting {

    private AbaRouting() {
    }

    public static boolean isValid(String raw) {
        String d = Digits.only(raw);
        if (d.length() != 9 || Digits.allSame(d)) {
            return false;
        }
        int p = Integer.parseInt(d.substring(0, 2));
        if (!(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80)) {
            return false;
        }
        int[] x = d.chars().map(c -> c - '0').toArray();
        int sum = 3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8]);
        return sum % 10 == 0;
    }
}
