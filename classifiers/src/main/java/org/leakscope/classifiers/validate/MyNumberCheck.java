package org.leakscope.classifiers.validate;

/**
 * マイナンバー check digit (総務省令第85号, domain reference C1): weights 6,5,4,3,2,7,6,5,4,3,2 over the
 * first 11 digits left to right; r = sum mod 11; check = 0 if r <= 1 else 11 - r.
 */
public final class MyNumberCheck {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private MyNumberCheck() {
    }

    public static boolean isValid(String raw) {
        String d = Digits.only(raw);
        if (d.length() != 12 || Digits.allSame(d)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (d.charAt(i) - '0') * WEIGHTS[i];
        }
        int r = sum % 11;
        int check = r <= 1 ? 0 : 11 - r;
        return check == d.charAt(11) - '0';
    }
}
