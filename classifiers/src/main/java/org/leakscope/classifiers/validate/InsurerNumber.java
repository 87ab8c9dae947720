package org.leakscope.classifiers.validate;

/**
 * 保険者番号 (Japanese health-insurer number): 8 digits (法別 2 + 都道府県 2 + 保険者別 3 + check 1) or 6 digits for
 * 国民健康保険. The check digit is Luhn-style: from the rightmost data digit weights 2,1,2,1…, digit sums
 * of the products, check = (10 − sum mod 10) mod 10 (domain reference C1; 01130012 協会けんぽ東京 is valid).
 */
public final class InsurerNumber {

    private InsurerNumber() {
    }

    public static boolean isValid(String raw) {
        String d = Digits.only(raw);
        if ((d.length() != 8 && d.length() != 6) || !raw.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == ' ')
                || Digits.allSame(d)) {
            return false;
        }
        return Luhn.isValid(d);
    }
}
