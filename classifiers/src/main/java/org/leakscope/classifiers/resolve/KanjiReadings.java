package org.leakscope.classifiers.resolve;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The dictionary reading of a full name written in kanji, as the order-free romanised key of
 * {@link PersonNames#romanKey}: 石川 秀樹 reads イシカワ ヒデキ, "hideki ishikawa". A passport's machine-readable zone,
 * a residence card or a hotel's check-in scan writes a Japanese person's name in Latin letters only, and a mail or a
 * roster writes it in kanji only, with no フリガナ beside it. Only a name the dictionary cuts into exactly two words
 * (family and given name), each with a reading, has one; a name has other readings too (春香 is Haruka or Shunka),
 * so the key only links where the resolver finds one person by it ({@link SubjectResolver} rule 3, by reading).
 */
final class KanjiReadings {

    private static final ThreadLocal<JapaneseTokenizer> TOKENIZERS = ThreadLocal.withInitial(
            () -> new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));
    private static final Memo<String> KEYS = new Memo<>(KanjiReadings::compute, 1 << 14);

    private KanjiReadings() {
    }

    /** The romanised key of the name's dictionary reading, or null (not two kanji words, or no reading). */
    static String romanKey(String name) {
        return name == null ? null : KEYS.get(name);
    }

    private static String compute(String name) {
        String n = name.replaceAll("[\\s\\u3000]+", "");
        if (n.isEmpty() || n.length() > 8 || !n.codePoints().allMatch(KanjiReadings::isKanji)) {
            return null;
        }
        List<String> readings = readings(n);
        if (readings == null || readings.size() != 2) {
            return null;
        }
        return PersonNames.romanKey(readings.get(0) + " " + readings.get(1));
    }

    /** A kanji (々, the repeat mark, included). */
    static boolean isKanji(int c) {
        return c == '々' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The readings (katakana) of the words the dictionary cuts {@code s} into; null when one has none. */
    private static List<String> readings(String s) {
        List<String> out = new ArrayList<>(2);
        JapaneseTokenizer tk = TOKENIZERS.get();
        try {
            tk.setReader(new StringReader(s));
            CharTermAttribute term = tk.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tk.addAttribute(ReadingAttribute.class);
            tk.reset();
            boolean all = true;
            while (tk.incrementToken()) {
                String r = reading.getReading();
                if (r == null || r.isEmpty() || term.length() == 0) {
                    all = false;
                } else {
                    out.add(r);
                }
            }
            tk.end();
            return all ? out : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tk.close();
            } catch (IOException ignored) {
                // a StringReader does not fail on close
            }
        }
    }
}
