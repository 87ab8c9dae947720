package org.leakscope.classifiers.validate;

/**
 * Known issuer ranges and lengths (domain reference C2): Visa, Mastercard, Amex, Discover, JCB, Diners,
 * UnionPay. A Luhn-valid number outside these is more likely an internal reference than a card.
 */
public final class CardIin {

    private CardIin() {
    }

    /** The brand of a card number, or null when no known range and length match. */
    public static String brand(String d) {
        int len = d.length();
        if (len < 13 || len > 19) {
            return null;
        }
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        if (d.charAt(0) == '4' && (len == 13 || len == 16 || len == 19)) {
            return "VISA";
        }
        if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && len == 16) {
            return "MASTERCARD";
        }
        if ((p2 == 34 || p2 == 37) && len == 15) {
            return "AMEX";
        }
        if ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65) && len >= 16) {
            return "DISCOVER";
        }
        if (p4 >= 3528 && p4 <= 3589 && len >= 16) {
            return "JCB";
        }
        if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && len >= 14) {
            return "DINERS";
        }
        if (p2 == 62 && len >= 16) {
            return "UNIONPAY";
        }
        return null;
    }

    public static Validation validate(String raw) {
        String d = Digits.only(raw);
        if (brand(d) == null || Digits.allSame(d.substring(0, d.length() - 1)) || !Luhn.isValid(d)) {
            return Validation.INVALID;
        }
        return Validation.VALID;
    }
}
