package org.leakscope.classifiers.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.leakscope.classifiers.pii.NameFolding;

/** Comparison keys for person names: the same person written differently gives the same key. */
public final class PersonNames {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    // honorifics and titles are not part of the name (長谷川 健一様 = 長谷川 健一; Dr. Ann Lee = Ann Lee)
    private static final Pattern JP_SUFFIX = Pattern.compile("\\s*(様|さま|殿|さん|くん|君|氏)$");
    private static final Pattern EN_PREFIX = Pattern.compile("^(?i)(mr|mrs|ms|miss|mx|dr|prof)\\.?\\s+");
    private static final Pattern EN_SUFFIX = Pattern.compile("(?i),?\\s+(jr|sr|ii|iii|iv|phd|md)\\.?$");
    // "Whitaker, Delia" (US HR exports) and "HALVORSEN/BIANCA" (IATA: airline and APIS manifests)
    private static final Pattern LAST_FIRST = Pattern.compile("^([^,/]+)[,/]\\s*([^,/]+)$");
    // the same names come back in every mail of a thread and on every row of a person
    private static final Memo<String> KEYS = new Memo<>(PersonNames::computeKey, 1 << 17);

    private PersonNames() {
    }

    /**
     * The comparison key of a full name, or null when the value is not a full name (a single Latin word, one
     * character). NFKC (full-width letters, U+3000), honorifics dropped, "Last, First" and "LAST/FIRST" turned into "First Last",
     * whitespace collapsed, Latin case- and accent-folded (José García = Jose Garcia); Japanese names (any kanji or kana) compared with spaces removed, so
     * {@code 山田　太郎}, {@code 山田太郎} and {@code 山田 太郎様} give one key.
     */
    static String key(String name) {
        return name == null ? null : KEYS.get(name);
    }

    private static String computeKey(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        n = SPACES.matcher(n).replaceAll(" ").strip();
        n = JP_SUFFIX.matcher(n).replaceFirst("");
        if (isJapanese(n)) {
            n = n.replace(" ", "");
            return n.codePointCount(0, n.length()) >= 2 ? n : null;
        }
        n = EN_PREFIX.matcher(n).replaceFirst("");
        n = EN_SUFFIX.matcher(n).replaceFirst("");
        var m = LAST_FIRST.matcher(n);
        if (m.matches()) {
            n = m.group(2).strip() + " " + m.group(1).strip();
        }
        n = n.replace(",", " ");
        // accents folded: "José García" in a mail's display name is "Jose Garcia" on a roster typed in ASCII
        n = NameFolding.fold(SPACES.matcher(n).replaceAll(" ").strip()).toLowerCase(Locale.ROOT);
        return n.indexOf(' ') > 0 ? n : null;
    }

    /** The words of a Latin name's key that are two letters or more, dots dropped: initials say nothing of who it is. */
    static java.util.List<String> words(String key) {
        java.util.List<String> words = new java.util.ArrayList<>(3);
        for (String w : key.split(" ")) {
            String word = w.replace(".", "");
            if (word.length() >= 2) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean isJapanese(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80) { // ASCII is neither Han nor kana: most names are decided without a script lookup
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                        || sc == Character.UnicodeScript.KATAKANA) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The order-free romanised key of a two-part name: "ナカジマ ナオミ" (a reading, Hepburn via Kuromoji),
     * "Naomi Nakajima" and "NAKAJIMA Naomi" all give "nakajima naomi". Long vowels are folded (Ōno, Oono,
     * Ohno, Ono; Endō, Endou, Endo) because passports, rosters and e-mail display names spell them apart.
     * Null unless the name is two words of Latin letters or of kana (a middle initial aside: "RASMUSSEN DESMOND A").
     */
    public static String romanKey(String name) {
        if (name == null) {
            return null;
        }
        String n = SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll(" ").strip();
        if (isKanaOnly(n)) {
            StringBuilder katakana = new StringBuilder();
            n.codePoints().forEach(c -> katakana.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
            n = org.apache.lucene.analysis.ja.util.ToStringUtil.getRomanization(katakana.toString());
        } else if (!LATIN_NAME.matcher(n).matches()) {
            return null;
        }
        String folded = MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
        String[] parts = APOSTROPHE_OR_HYPHEN.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("").split(" ");
        if (parts.length == 3) {
            parts = withoutInitial(parts);
        }
        if (parts.length != 2) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            parts[i] = LONG_O.matcher(OH.matcher(parts[i]).replaceAll("o")).replaceAll("o").replace("uu", "u");
        }
        java.util.Arrays.sort(parts);
        return parts[0] + " " + parts[1];
    }

    /**
     * A three-part Latin name's two parts other than its one initial: a tax roll's "RASMUSSEN DESMOND A" (family name,
     * given name and middle initial, no comma) keys as "Desmond Rasmussen" does; otherwise the parts as they are.
     */
    private static String[] withoutInitial(String[] parts) {
        int initial = -1;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].replace(".", "").length() == 1) {
                if (initial >= 0) {
                    return parts;
                }
                initial = i;
            }
        }
        if (initial < 0) {
            return parts;
        }
        String[] out = new String[parts.length - 1];
        for (int i = 0, k = 0; i < parts.length; i++) {
            if (i != initial) {
                out[k++] = parts[i].replace(".", "");
            }
        }
        return out;
    }

    // compiled once: every name of a run is keyed
    private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin} '\\-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHE_OR_HYPHEN = Pattern.compile("['\\-]");
    private static final Pattern OH = Pattern.compile("oh(?![aeiou])");
    private static final Pattern LONG_O = Pattern.compile("o[ou]");

    /** A reading (フリガナ): kana only. A reading sits beside the written name and never names a second person. */
    static boolean isKanaOnly(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (c < 0x80) { // an ASCII letter is Latin
                    return false;
                }
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (sc != Character.UnicodeScript.KATAKANA && sc != Character.UnicodeScript.HIRAGANA) {
                    return false;
                }
            }
        }
        return true;
    }
}
