package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;

/**
 * Postal addresses by shape: JP 〒 + 都道府県 + 市区町村 + block number (domain reference C1 Addresses),
 * US street + city + state + ZIP, UK street + postcode, DE/FR street + 5-digit code + town.
 * A prefecture alone is not an address, so a block number is required.
 */
public final class PostalAddressDetector extends PatternDetector {

    static final String PREF = "(?:北海道|東京都|(?:京都|大阪)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山"
            + "|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀"
            + "|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)";
    // a block number after the town (domain reference C1): 2丁目8番1号, 四丁目6番16号, 1-2-3, 1323-1, 1番地;
    // "2026年", "200名" and "3社" after a place name are not one
    // (PDF text often spaces them: 4 丁目 20 番 5 号)
    private static final String BLOCK = "(?:[0-9一二三四五六七八九十]{1,3} ?丁目|\\d{1,5} ?(?:番地?|号)|\\d{1,5}(?: ?- ?\\d{1,5}){1,3}(?![\\d年月日名社人件%])"
            // a rural 地番 alone after the place name ends the line: 宇治市宇治蓮華116
            + "|(?<=[\\p{IsHan}\\p{IsKatakana}])\\d{1,5}(?=[ \\t]*$))";
    private static final String END = "(?=[ ]{2,}|[ \\t]*(?:TEL|Tel|tel|電話|携帯|E-?mail|メール|FAX|Fax)|[ \\t]*$)";
    private static final String US_SUFFIX = "(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Way|Ct|Court"
            + "|Pl|Place|Pkwy|Parkway|Hwy|Highway|Ter|Terrace|Cir|Circle|Loop|Trl|Trail|Plz|Plaza|Sq|Square|Pike|Row|Aly"
            + "|Alley|Expy|Expressway|Run|Path|Walk|Xing|Crossing)";
    private static final String UK_SUFFIX = "(?:Road|Street|Lane|Avenue|Close|Drive|Way|Gardens|Place|Crescent|Terrace"
            + "|Hill|Park|Square|Row|Mews|Court|Grove|Walk)";

    // street line and town line are often two lines of a letter head or an envelope window
    // ... or parts of one signature line: "1200 Market Street, Suite 300 | Philadelphia, PA 19107"
    private static final String BREAK = "(?:,? |,?[ \\t]*\\n[ \\t]*|[ \\t]*[|·•][ \\t]*)";
    // a directional before the street name: N, SE, N.W., Northeast (Portland's "2716 SE Belmont St")
    private static final String US_STREET = "(?:(?:[NS]\\.?[EW]|[NSEW])\\.? |(?:North|South)?(?:[Ee]ast|[Ww]est) |(?:North|South) )?(?:(?:[A-Z][a-z]+|\\d{1,3}(?:st|nd|rd|th)|[A-Z]) ){1,3}";
    private static final String US_STATE = "(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|PR|RI|S[CD]"
            + "|T[NX]|UT|V[AT]|W[AIVY]|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
            + "|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
            + "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico"
            + "|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina"
            + "|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)";
    private static final String US_CITY_STATE_ZIP = "(?:(?:St\\.|Ft\\.|Mt\\.)? ?(?:[A-Z][a-z]+ ?){1,3}),? " + US_STATE
            + ",? \\d{5}(?:-\\d{4})?";

    private static final java.util.regex.Pattern LEADING_POSTCODE = java.util.regex.Pattern.compile("^〒 ?\\d{3}-\\d{4}\\s*");

    public PostalAddressDetector() {
        super("postal_address", "POSTAL_ADDRESS", List.of(
                        Rule.of("jp", "(?m)(?<v>(?:〒 ?\\d{3}-\\d{4}[ \\t]*(?:" + PREF + ")?|" + PREF + ")"
                                // the block number may stand on the next line of a two-line address
                                + "[^\\s,、。]{1,12}?(?:市|区|町|村|郡)[^\\n\\t。]{0,40}?(?:\\n[ \\t]*)?" + BLOCK
                                + "[^\\n\\t]{0,40}?)" + END, 0.8),
                        Rule.of("us", "(?<v>\\b(?:\\d{1,6}[A-Z]?|One) " + US_STREET + US_SUFFIX + "\\.?(?: [NSEW]{1,2}\\.?)?"
                                + "(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|#)\\.? ?#?[\\w-]+)?" + BREAK
                                + US_CITY_STATE_ZIP + ")\\b", 0.8),
                        Rule.of("us-po-box", "(?<v>\\bP\\.? ?O\\.? Box \\d{1,6}" + BREAK + US_CITY_STATE_ZIP + ")\\b", 0.8),
                        Rule.of("uk", "(?<v>\\b\\d{1,4}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}" + UK_SUFFIX
                                + BREAK + "(?:[A-Z][a-z]+ ?){1,3}(?:" + BREAK + ")?,? ?[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})\\b", 0.8),
                        Rule.of("de", "(?<v>\\b[A-ZÄÖÜ][\\wäöüß.\\-]*(?:straße|strasse|str\\.|weg|platz|allee|gasse|ring|damm)"
                                + " \\d{1,4}[a-z]?,? \\d{5} [A-ZÄÖÜ][\\wäöüß\\-]+)", 0.8),
                        Rule.of("fr", "(?<v>\\b\\d{1,4}(?: bis| ter)?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai)"
                                + " [^\\n,]{2,40},? \\d{5} [A-ZÉ][\\wéèêàç\\-]+)", 0.8)),
                ContextWords.of("住所", "address", "所在地", "adresse", "anschrift"), ContextWords.NONE);
    }

    @Override
    protected double contextBoost() {
        return 0.1;
    }

    @Override
    protected String normalizeValue(String raw) {
        return raw.strip();
    }

    @Override
    protected String mask(String value) {
        return Masks.prefix(value.isEmpty() || value.charAt(0) != '〒' ? value
                : LEADING_POSTCODE.matcher(value).replaceFirst(""), 6);
    }
}
