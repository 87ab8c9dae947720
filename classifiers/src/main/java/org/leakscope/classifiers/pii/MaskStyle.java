package org.leakscope.classifiers.pii;

import java.util.Locale;
import org.leakscope.classifiers.detect.Masks;

/** The mask a rule-pack entry asks for. */
public enum MaskStyle {
    NAME, PREFIX, DIGITS, LAST4, HIDE;

    public static MaskStyle parse(Object o, String where) {
        try {
            return o == null ? LAST4 : valueOf(String.valueOf(o).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown mask '" + o + "' (name|prefix|digits|last4|hide)");
        }
    }

    public String apply(String v) {
        return switch (this) {
            case NAME -> Masks.name(v);
            case PREFIX -> Masks.prefix(v, 6);
            case DIGITS -> Masks.digits(v);
            case LAST4 -> Masks.keepLast(v, 4);
            case HIDE -> "***";
        };
    }
}
