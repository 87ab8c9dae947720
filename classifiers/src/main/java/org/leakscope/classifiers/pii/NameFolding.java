package org.leakscope.classifiers.pii;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Latin given names without their accents, for looking them up in the unaccented name lists: José → Jose,
 * Zoë → Zoe, Søren → Soren, Jürgen → Jurgen. Letters that do not decompose are spelt out (ø, æ, ß, ł, đ, þ).
 */
public final class NameFolding {

    /** Capitals with a diacritic or of Latin-1/Latin Extended-A that a given name may start with. */
    static final String ACCENTED_CAPITALS = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameFolding() {
    }

    /** {@code s} with its accents dropped; ASCII comes back as it is. */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s;
        }
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("Ae");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("Oe");
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'þ' -> out.append("th");
                case 'Þ' -> out.append("Th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // kanji variants of names that IPADIC lacks and NFKC keeps (CP932's NEC and IBM extensions, U+FA11 a
    // compatibility ideograph without a decomposition), each with the common form the dictionary knows
    private static final String VARIANTS = "髙﨑德栁瀨";
    private static final String COMMON = "高崎徳柳瀬";
    /** Per char, its index in {@link #VARIANTS} plus one; 0 for the others. */
    private static final byte[] VARIANT_AT = new byte[65536];

    static {
        for (int v = 0; v < VARIANTS.length(); v++) {
            VARIANT_AT[VARIANTS.charAt(v)] = (byte) (v + 1);
        }
    }

    /** {@code s} with the variants of {@link #VARIANTS} replaced one for one (offsets hold); {@code s} itself if none. */
    public static String kanjiVariants(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            // asked per unit and per candidate: one table read a char
            int v = VARIANT_AT[s.charAt(i)] - 1;
            if (v >= 0) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = COMMON.charAt(v);
            }
        }
        return out == null ? s : new String(out);
    }
}
