package org.leakscope.classifiers.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mailbox names (an e-mail's local part) a person's name spells as organisations make them: given.family,
 * family.given, g.family, gfamily, givenfamily, family_g … ("y.goto" for 後藤 陽子 read ゴトウ ヨウコ, "brent.oyelaran"
 * for Brent Oyelaran); digits, a "+tag" and the separators . _ - left out. A name is given as its words in Latin
 * letters, in no order (a kanji name by its dictionary reading, {@link KanjiReadings}): a romanised key of
 * {@link PersonNames#romanKey} or a Latin {@link PersonNames#key}.
 */
final class MailboxNames {

    // compiled once: asked for each e-mail and name of every record the resolver links
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[._\\-]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern NAME_PUNCTUATION = Pattern.compile("['\\-.]");

    private MailboxNames() {
    }

    /**
     * The local part of {@code email} as the forms of {@link #forms} write it: lower case, accents and digits left
     * out, its words (split at . _ -) joined by "."; null when it holds no letter.
     */
    static String local(String email) {
        int at = email.indexOf('@');
        String l = at < 0 ? email : email.substring(0, at);
        int plus = l.indexOf('+');
        if (plus > 0) {
            l = l.substring(0, plus);
        }
        l = MARKS.matcher(Normalizer.normalize(l, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(3);
        for (String w : SEPARATORS.split(l)) {
            String letters = NOT_LETTER.matcher(w).replaceAll("");
            if (!letters.isEmpty()) {
                words.add(letters);
            }
        }
        return words.isEmpty() ? null : String.join(".", words);
    }

    /**
     * The mailbox names of a name of {@code words} (two or three words of two letters or more, lower case Latin
     * letters): each ordered pair of its words as "a.b" and "ab", and with the first or the second as its initial
     * ("y.goto", "ygoto", "goto.y"); of three words, also those of the first and the last two as one word. With
     * {@code alone}, each word of three letters or more by itself too ("alfie53"):
     * only for the row of the name itself, where a second e-mail has no one else to be.
     */
    static Set<String> forms(List<String> words, boolean alone) {
        Set<String> out = new LinkedHashSet<>();
        if (words.size() < 2 || words.size() > 3) {
            return out;
        }
        for (String w : words) {
            if (w.length() < 2 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                return Set.of();
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String a = words.get(i);
            if (alone && a.length() >= 3) {
                out.add(a);
            }
            for (int j = 0; j < words.size(); j++) {
                if (i == j) {
                    continue;
                }
                String b = words.get(j);
                out.add(a + "." + b);
                out.add(a + b);
                out.add(a.charAt(0) + "." + b);
                out.add(a.charAt(0) + b);
                out.add(b + "." + a.charAt(0));
            }
        }
        if (words.size() == 3) {
            // a family name of two words is one in a mailbox: "Jasper Van Houten" as jvanhouten@, "María de la Cruz"'s
            // delacruz
            out.addAll(forms(List.of(words.get(0), words.get(1) + words.get(2)), false));
        }
        return out;
    }

    /**
     * The words of a full name in Latin letters for {@link #forms}: a Latin name's own words (initials and
     * apostrophes, hyphens and dots left out), a Japanese name's dictionary reading; empty when it has none.
     */
    static List<String> words(String name) {
        String key = PersonNames.key(name);
        if (key == null) {
            return List.of();
        }
        String latin = PersonNames.isJapanese(key) ? KanjiReadings.romanKey(key) : key;
        if (latin == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(3);
        String folded = NAME_PUNCTUATION.matcher(MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
        for (String w : folded.split(" ")) {
            if (w.length() >= 2) {
                out.add(w);
            }
        }
        return out;
    }
}
