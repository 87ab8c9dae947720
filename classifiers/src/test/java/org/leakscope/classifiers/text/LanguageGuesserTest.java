package org.leakscope.classifiers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "本計画書は、第2次試作における設計、製造及び試験の実施要領を定めるものである。|ja",
        "氏名,生年月日,住所 山田 太郎 john@example.com 1984-01-01|ja",
        "Please find below the agreed actions on the sizing of the antenna and the test time.|en",
        "Bitte überweisen Sie den Betrag auf das Konto, das wir Ihnen mitgeteilt haben, und nicht auf ein anderes.|de",
        "Nous vous prions de bien vouloir nous retourner le mandat signé pour le paiement des factures.|fr",
        "Por favor envíe el formulario firmado para que podamos procesar el pago de la factura.|es"
    })
    void guesses(String text, String lang) {
        assertEquals(lang, LanguageGuesser.guess(text));
    }

    @ParameterizedTest
    @CsvSource({"'12345 67890'", "''", "'ok'"})
    void unknownWhenTooLittle(String text) {
        assertNull(LanguageGuesser.guess(text));
    }

    /** The votes as the regex find() loop counted them before {@link LanguageGuesser#votes} scanned word runs. */
    private static Map<String, Integer> votesByRegex(String text) {
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}+/=_])[\\p{L}']{1,20}(?![\\p{L}\\p{N}+/=_])");
        Map<String, Integer> votes = new TreeMap<>();
        Matcher m = word.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            LanguageGuesser.STOP.forEach((lang, words) -> {
                if (words.contains(w)) {
                    votes.merge(lang, 1, Integer::sum);
                }
            });
        }
        return votes;
    }

    @Test
    void votesAsTheRegexLoopOnAwkwardText() {
        String[] pieces = {"the", "The", "THE", "and", "of", "is", "der", "für", "FÜR", "und", "le", "que", "es", "y", "el",
            "x", "abcdefghijklmnopqrstu", "abcdefghijklmnopqrst", "'", "''", "don't", "l'", "1", "٣", "Ⅳ", "²", "+", "/", "=", "_",
            " ", " ", " ", ",", ".", "-", "\n", "あ", "漢", "𐐀", "𝟘", "İs", "\uD800", "\uDC00", "ǅ", "ʰ"};
        Random r = new Random(5);
        int voted = 0;
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            Map<String, Integer> expected = votesByRegex(text);
            assertEquals(expected, LanguageGuesser.votes(text), text);
            voted += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(voted > 1000, "texts with votes: " + voted);
    }

    @Test
    void aTallyOverPiecesGuessesAsTheWholeText() {
        String[] texts = {
                "山田様\nご確認ください。\nThe meeting is on Monday.\n",
                "Name,Phone\nJohn Smith,555-0100\nMary Jones,555-0101\nPeter Brown,555-0102\n",
                "Der Vertrag ist nicht unterschrieben.\nDie Frist läuft ab.\n",
                "the plan\n" + "12345 67890\n".repeat(50) + "and the rest\n",
                "x\n", "",
        };
        for (String text : texts) {
            for (int cut = 0; cut <= text.length(); cut += 3) {
                LanguageGuesser.Tally tally = new LanguageGuesser.Tally();
                tally.add(text.substring(0, cut));
                tally.add(text.substring(cut));
                assertEquals(LanguageGuesser.guess(text), tally.guess(), text + " cut at " + cut);
            }
        }
        // stop words count in the first 200,000 characters only, however the text is cut
        String late = "x ".repeat(100_000) + "der die das und ist nicht ".repeat(20);
        LanguageGuesser.Tally tally = new LanguageGuesser.Tally();
        tally.add(late.substring(0, 150_000));
        tally.add(late.substring(150_000));
        assertEquals(LanguageGuesser.guess(late), tally.guess());
    }

    /** The per-char tables count exactly what Character.isLetter and UnicodeScript say, surrogates included. */
    @Test
    void lettersAndJapaneseLettersAreCountedAsUnicodeSays() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            all.append((char) c); // every BMP char once, lone surrogates among them
        }
        all.appendCodePoint(0x20000).appendCodePoint(0x1F600).appendCodePoint(0x2A6D6).append("ー・ヿゟ々〆");
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            all.appendCodePoint(random.nextBoolean() ? 0x3000 + random.nextInt(0x7000) : 0x10000 + random.nextInt(0x20000));
        }
        String text = all.toString();
        long letters = 0;
        long cjk = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                        || sc == Character.UnicodeScript.KATAKANA) {
                    cjk++;
                }
            }
        }
        LanguageGuesser.Tally tally = new LanguageGuesser.Tally();
        tally.add(text);
        assertEquals(letters, tally.letters());
        assertEquals(cjk, tally.cjk());
        assertTrue(cjk > 20_000 && letters > cjk, "the text holds both kinds");
    }
}
