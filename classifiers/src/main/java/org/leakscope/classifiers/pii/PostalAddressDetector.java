package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;

/**
 * Postal addresses by shape: JP 〒 + 都道府県 + 市区町村 + block number (domain reference C1 Addresses),
 * US street + city + state + ZIP, UK street + postcode, DE/FR street + 5-digit code + town.
 * A prefecture alone is not an address, so a block number is required.
 *
 * <p>Without a ZIP code or postcode (words in pii/addresses.yml, {@link Words}): a US street line with a town and a
 * state ("742 Evergreen Terrace, Springfield, Oregon"), or with a town only where a flat or suite is named or a cue
 * word stands right before the building number ("moved to 12 Rosewood Avenue, Springfield"); never when the
 * number follows a word that makes it a year, a rank or a chapter ("In 2019 Market Street, San Francisco").
 * Romanised Japanese addresses need a block number or a postal code beside the ward ("1-1-2 Oshiage, Sumida-ku,
 * Tokyo"); a Japanese address in prose may end in a bare lot number before a particle (下鴨泉川町59に住んでいる).
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
    // ... or a date after a blank: a text table's next column ("丸の内1-1-1 1980年1月2日", the birth date)
    // ... or a tab: the next cell of a tab-delimited line ("寿町5-24-3\t080-7451-6911", Excel's Unicode text export)
    private static final String END = "(?=[ ]{2,}|\\t|[ \\t]*(?:TEL|Tel|tel|電話|携帯|E-?mail|メール|FAX|Fax)|[ \\t]*$"
            + "|[ \\t]+(?:(?:19|20)\\d{2} ?年|(?:明治|大正|昭和|平成|令和) ?(?:\\d{1,2}|元) ?年|(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2})"
            // ... or the sentence goes on: "玉川2-21-1です。", "梅田2-2-2に住んでいます"
            + "|[ \\t]*(?:。|です|でした|に住|に在住)"
            // ... or the next field of a form's cell: "住所 〒… 寿町1-15-8　氏名 池田 浩之　生年月日 …" (a lease's party row),
            // "所在地 … 錦2丁目14番8号　家屋番号 錦二丁目148番1の302" (the registry's number of the building; probe set 29)
            + "|[ \\t]+(?:氏名|生年月日|フリガナ|続柄|勤務先|性別|家屋番号|不動産番号)(?![\\p{IsHan}]))";
    private static final String US_SUFFIX = "(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Way|Ct|Court"
            + "|Pl|Place|Pkwy|Parkway|Hwy|Highway|Ter|Terrace|Cir|Circle|Loop|Trl|Trail|Plz|Plaza|Sq|Square|Pike|Row|Aly"
            + "|Alley|Expy|Expressway|Run|Path|Walk|Xing|Crossing)";
    // Royal Mail's abbreviations too (27 High St, 4 Mill Rd), with or without the full stop
    private static final String UK_SUFFIX = "(?:Road|Street|Lane|Avenue|Close|Drive|Way|Gardens|Place|Crescent|Terrace"
            + "|Hill|Park|Square|Row|Mews|Court|Grove|Walk|(?:St|Rd|Ave|Ln|Dr|Cres|Sq|Gdns|Pl|Ct|Cl|Gr|Terr?)\\.?)";

    // street line and town line are often two lines of a letter head or an envelope window
    // ... or parts of one signature line: "1200 Market Street, Suite 300 | Philadelphia, PA 19107"
    private static final String BREAK = "(?:,? |,?[ \\t]*\\n[ \\t]*|[ \\t]*[|·•][ \\t]*)";
    // ... and, for US addresses, a dash as resumes' and letterheads' contact lines write it ("2867 Elm Street - Columbus,
    // OH 43293"), or the next line of an IRS form under its own box label ("5 Address (number, street, and apt. or
    // suite no.): 3438 Harbor View Dr" / "6 City, state, and ZIP code: Columbus, OH 43289", W-9 and W-4)
    private static final String US_BREAK = "(?:,? |,?[ \\t]*\\n[ \\t]*|[ \\t]*[|·•][ \\t]*|[ \\t]+[-–][ \\t]+"
            + "|,?[ \\t]*\\n[ \\t]*(?:\\d{1,2}[a-z]?[ \\t]+)?(?i:city(?: or town)?, state,? and zip code)[ \\t]*:?[ \\t]*)";
    // an EU street line and its postal code line: one line with a comma, or two lines of a letter's signature or an
    // envelope window ("Lindenallee 7" / "50667 Köln"), or a dash as Italian letterheads write it ("Via Roma, 1 - 00184 Roma")
    private static final String EU_BREAK = "(?:,? |,?[ \\t]*\\n[ \\t]*|[ \\t]+[-–][ \\t]+)";
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

    /** The word lists of the rules that need no ZIP code or postcode (pii/addresses.yml). */
    public record Words(List<String> streetSuffixesMore, List<String> cues, List<String> notBuildingNumberAfter,
                        List<String> secondaryUnits, List<String> jpPrefecturesRomaji) {
        public Words {
            streetSuffixesMore = List.copyOf(streetSuffixesMore);
            cues = lower(cues);
            notBuildingNumberAfter = lower(notBuildingNumberAfter);
            secondaryUnits = List.copyOf(secondaryUnits);
            jpPrefecturesRomaji = List.copyOf(jpPrefecturesRomaji);
        }

        private static List<String> lower(List<String> words) {
            return words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
        }

        static Words fromPack(ClassifierConfig.LoadedPack pack) {
            return new Words(list(pack, "street_suffixes_more"), list(pack, "address_cues"),
                    list(pack, "not_building_number_after"), list(pack, "secondary_units"),
                    list(pack, "jp_prefectures_romaji"));
        }

        private static List<String> list(ClassifierConfig.LoadedPack pack, String key) {
            return ClassifierConfig.stringList(pack.yaml().get(key), pack.source() + ": key " + key);
        }
    }

    // the end of a town written without a state: punctuation, the line's end or a lower-case word ("Springfield
    // last year"), never another capitalised word ("London Shops", "Grey Sofa")
    private static final String TOWN_END = "(?=[.;:!?)]|,(?! ?\\p{Lu})|[ \\t]*$| [a-z])";
    private static final String CITY = "(?:(?:St|Ft|Mt)\\. )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}";
    private static final String NUMBER = "\\b\\d{1,6}[A-Z]?(?:-\\d{1,4})?";
    private static final String WARD = "[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura|son)";
    private static final String CHOBAN = "(?:\\d{1,4}(?:-\\d{1,4}){1,3}|\\d{1,2}-chome(?:-\\d{1,4}){0,2})";
    private static final String TOWN_ROMAJI = "[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*";

    private static final Pattern BARE_DIRECTIONAL = Pattern.compile("\\d{1,6}[A-Z]? [NSEW]\\.? ");

    private final Set<String> cues;
    private final Set<String> notAfter;
    private final Pattern unitAfter;

    /** The default word lists of the jar's pii/addresses.yml. */
    public PostalAddressDetector() {
        this(Words.fromPack(ClassifierConfig.load(null).rulePack("addresses")));
    }

    public static PostalAddressDetector fromConfig(ClassifierConfig config) {
        return new PostalAddressDetector(Words.fromPack(config.rulePack("addresses")));
    }

    public PostalAddressDetector(Words words) {
        super("postal_address", "POSTAL_ADDRESS", rules(words),
                ContextWords.of("住所", "address", "所在地", "adresse", "anschrift", "adres", "adress", "indirizzo",
                        "dirección", "domicilio", "wohnhaft", "demeurant", "residente", "wonende", "zamieszkały"), ContextWords.NONE);
        this.cues = Set.copyOf(words.cues());
        this.notAfter = Set.copyOf(words.notBuildingNumberAfter());
        this.unitAfter = Pattern.compile(",? " + units(words) + "\\.? ?#?[\\w-]{1,6}, ");
    }

    private static String alternation(List<String> words) {
        return words.stream().map(PostalAddressDetector::literal).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** A word as a regex literal, metacharacters escaped one by one (the trigger scan reads these better than \\Q…\\E). */
    static String literal(String word) {
        StringBuilder b = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("\\.[]{}()<>*+-=!?^$|#& ".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String units(Words words) {
        return alternation(words.secondaryUnits());
    }

    private static List<Rule> rules(Words w) {
        List<Rule> out = new ArrayList<>(List.of(
                        Rule.of("jp", "(?m)(?<v>(?:〒 ?\\d{3}-\\d{4}[ \\t]*(?:" + PREF + ")?|" + PREF + ")"
                                // the block number may stand on the next line of a two-line address
                                + "[^\\s,、。]{1,12}?(?:市|区|町|村|郡)[^\\n\\t。]{0,40}?(?:\\n[ \\t]*)?" + BLOCK
                                + "[^\\n\\t]{0,40}?)" + END, 0.8),
                        Rule.of("us", "(?<v>\\b(?:\\d{1,6}[A-Z]?|One) " + US_STREET + US_SUFFIX + "\\.?(?: [NSEW]{1,2}\\.?)?"
                                + "(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|#)\\.? ?#?[\\w-]+)?" + US_BREAK
                                // a letter's street line may leave the flat to the town's: "1426 Willow Bend Dr" /
                                // "Apt 4D, Reno, NV 89548"
                                + "(?:(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|#)\\.? ?#?[\\w-]+, )?"
                                + US_CITY_STATE_ZIP + ")\\b", 0.8),
                        // a form's boxes typed on one line, set apart by wide gaps (Form I-9: street | apt | city |
                        // state | ZIP under their labels): "9435 Old Mill Ln      Tacoma      WA      98412"
                        Rule.of("us-columns", "(?<v>\\b\\d{1,6}[A-Z]? " + US_STREET + US_SUFFIX + "\\.?(?: [NSEW]{1,2}\\.?)?"
                                + "(?:[ \\t]{2,}(?:Apt\\.? |#)?[\\dA-Z][\\w-]{0,5})?[ \\t]{2,}(?:St\\. |Ft\\. |Mt\\. )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
                                + "[ \\t]{2,}" + US_STATE + "[ \\t]{2,}\\d{5}(?:-\\d{4})?)\\b", 0.8),
                        // all in capitals, as USPS asks envelopes and printed cards to be written: "1234 MAPLE AVE\n
                        // SACRAMENTO, CA 95814" (a driving licence, an IRS notice's window)
                        Rule.of("us-caps", "(?<v>\\b\\d{1,6}[A-Z]? (?:[NSEW]\\.? )?(?:[A-Z0-9]+ ){1,3}"
                                + "(?:ST|STREET|AVE|AVENUE|RD|ROAD|DR|DRIVE|BLVD|LN|LANE|WAY|CT|COURT|PL|PKWY|HWY|TER|CIR|LOOP|TRL|PLZ|SQ)\\.?"
                                + "(?: [NSEW]{1,2})?(?:,? (?:APT|STE|SUITE|UNIT|#)\\.? ?#?[A-Z0-9-]+)?" + BREAK
                                + "(?:[A-Z]{2,}\\.? ?){1,3},? [A-Z]{2},? \\d{5}(?:-\\d{4})?)\\b", 0.8),
                        Rule.of("us-po-box", "(?<v>\\bP\\.? ?O\\.? Box \\d{1,6}" + BREAK + US_CITY_STATE_ZIP + ")\\b", 0.8),
                        Rule.of("uk", "(?<v>\\b\\d{1,4}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}" + UK_SUFFIX
                                // the post town as Royal Mail prints it too, in capitals on a line of its own
                                + BREAK + "(?:(?:[A-Z][a-z]+ ?){1,3}|[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2})(?:" + BREAK + ")?,? ?"
                                // a form's own box for it: "12 Kirkstall Road, Leeds\n   Postcode   LS4 2AZ" (HMRC P45)
                                + "(?:Post ?code:?[ \\t]+)?"
                                + "[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})\\b", 0.8),
                        // a street named without a street word (220 Deansgate, 14 Kingsway, 3 Briggate): the comma,
                        // the post town and a whole postcode after it say it is an address
                        Rule.of("uk-street-name", "(?<v>\\b\\d{1,4}[A-Za-z]? (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]{3,},[ \\t]*\\n?[ \\t]*"
                                + "[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? [A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})\\b", 0.8),
                        // DE, and AT / CH with their 4-digit codes: Hauptstraße 5, 10115 Berlin; Bahnhofstrasse 12,
                        // 8001 Zürich; the street word apart after its adjective: Mariahilfer Straße 45, 1060 Wien
                        Rule.of("de", "(?<v>\\b(?:[A-ZÄÖÜ][\\wäöüß.\\-]*(?:straße|strasse|str\\.|weg|platz|allee|gasse|ring|damm)"
                                + "|[A-ZÄÖÜ][\\wäöüß\\-]+ (?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm))"
                                + " \\d{1,4}[a-z]?" + EU_BREAK + "(?:(?:CH|A|D)-)?(?:\\d{5}|\\d{4}) [A-ZÄÖÜ][\\wäöüß\\-]+)", 0.8),
                        // (a letter may follow the number as bis does: 127a rue de la République)
                        Rule.of("fr", "(?<v>\\b\\d{1,4}[a-z]?(?: bis| ter)?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai)"
                                + " [^\\n,]{2,40}" + EU_BREAK + "\\d{5} [A-ZÉ][\\wéèêàç\\-]+)", 0.8),
                        // ES / IT / PT: the street word first, the number after the name, then the postal code and
                        // the town: Calle Mayor 104, 28013 Madrid; Via Roma 68, 10121 Torino; Rua Augusta 27, 1100-048 Lisboa;
                        // a Spanish floor and door may follow the number (Calle de Alcalá 112, 3º B; C/ Mayor 10, 2º izq.; NFKC
                        // writes º and ª as o and a)
                        Rule.of("es-it", "(?<v>\\b(?:(?:Calle|Avenida|Avda\\.|Paseo|Plaza|Carrer|Camino|Ronda|Gran Vía|Via|Viale|Piazza"
                                + "|Piazzale|Corso|Largo|Vicolo|Rua|Travessa) |C/ ?)[^\\n,\\d]{2,40}?,? \\d{1,4}[a-zA-Z]?"
                                + "(?:,? \\d{1,2}[ºª°oa]\\.? ?(?:[A-Za-z]{1,4}\\.?)?)?" + EU_BREAK + "(?:\\d{5}|\\d{4}-\\d{3})"
                                + " [A-Z][\\p{L}\\-]+(?: [A-Z][\\p{L}\\-]+)?)", 0.8),
                        // NL: the street's word ends its name (Keizersgracht 164, 1015 CJ Amsterdam; after a word and a particle,
                        // Witte de Withstraat 34), a 4-digit code and 2 letters
                        Rule.of("nl", "(?<v>\\b(?:[A-Z][a-z]+ (?:de|van|der|den|het) (?:(?:de|van|der|den) )?)?[A-Z][a-z]+(?:straat|gracht|weg|laan|plein|kade|singel|dijk|dreef|markt|steeg)"
                                // (the town may stand two blanks apart in capitals, as PostNL asks: "1017 GC  AMSTERDAM")
                                + " \\d{1,4}[a-zA-Z]?(?:-\\d{1,4}|-?[IVX]{1,4}| hs| bis)?" + EU_BREAK + "\\d{4} ?[A-Z]{2}(?:,? |[ \\t]{2})[A-Z][\\p{L}\\-]+(?: [a-z]+ [A-Z][\\p{L}\\-]+)?)", 0.8),
                        // NL without a street word (Lange Voorhout 9, Spui 21): the postcode, four digits and two letters
                        // (never SA, SD or SS), says it is an address
                        Rule.of("nl-street-name", "(?<v>\\b[A-Z][\\p{L}'\\-]+(?: [A-Z][\\p{L}'\\-]+){0,2} \\d{1,4}[a-zA-Z]?(?:-\\d{1,4})?"
                                + EU_BREAK + "[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?:,? |[ \\t]{2})[A-Z][\\p{L}\\-]+(?: [A-Z][\\p{L}\\-]+)?)(?![\\p{L}\\d])", 0.8),
                        // DE streets named with a preposition and no street word: Am Mühlbach 84, An der Alster 12, Unter
                        // den Linden 5, Im Winkel 3, Zur Mühle 2
                        Rule.of("de-preposition", "(?<v>\\b(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Unter den|Zum|Zur|Hinter der"
                                + "|Vor dem) [A-ZÄÖÜ][\\wäöüß\\-]+ \\d{1,4}[a-z]?" + EU_BREAK + "(?:\\d{5}|\\d{4}) [A-ZÄÖÜ][\\wäöüß\\-]+)", 0.8),
                        // PL: ul. / al. / pl. and the street, the number (a flat after a slash or "m."), the NN-NNN code and
                        // the town: ul. Marszałkowska 10/5, 00-590 Warszawa
                        Rule.of("pl", "(?<v>\\b(?:ul\\.|al\\.|pl\\.|os\\.|ulica|aleja) ?\\p{Lu}[\\p{L}\\-]+(?: \\p{L}[\\p{L}\\-]+){0,3}"
                                + " \\d{1,4}[a-zA-Z]?(?:(?:/| m\\.? ?| lok\\.? ?)\\d{1,4}[a-zA-Z]?)?" + EU_BREAK
                                + "\\d{2}-\\d{3} \\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+)?)", 0.8),
                        // SE: the street's word ends its name (Drottninggatan 5, Sveavägen 12 B), a 5-digit code written
                        // NNN NN, the town: Drottninggatan 5, 111 51 Stockholm
                        Rule.of("se", "(?<v>\\b\\p{Lu}\\p{L}*(?:gatan|vägen|gränd|torget|stigen|backen|allén|leden|esplanaden)"
                                + " \\d{1,4}(?: ?[A-Za-z](?![\\p{L}]))?(?:,? (?:lgh|lägenhet) ?\\d{1,4})?" + EU_BREAK
                                + "\\d{3} ?\\d{2} \\p{Lu}[\\p{L}\\-]+)", 0.8),
                        // IE: a street and an Eircode (routing key letter + 2 digits, or D6W, then 4 characters):
                        // 157 Grafton Street, D02 VF65 Dublin; the number also after the street, as the continent writes
                        // it (Shop Street 91, H91 K2F3 Galway): the Eircode says it is an address
                        Rule.of("ie", "(?<v>\\b(?:\\d{1,4}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}" + UK_SUFFIX + "|(?:[A-Z][a-z]+ ){1,3}" + UK_SUFFIX
                                + " \\d{1,4}[A-Za-z]?)" + BREAK + "(?:[A-Z][a-z]+,? )?"
                                + "(?:[AC-FHKNPRTV-Y]\\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}(?![\\w-])(?: [A-Z][a-z]+)?)", 0.8),
                        // CA: street, city, province and postal code (45 Oak Avenue, Toronto, ON M5V 2T6)
                        Rule.of("ca", "(?<v>\\b\\d{1,6}[A-Z]? (?:" + US_STREET + US_SUFFIX + "\\.?(?: (?:[NSEW]{1,2}|West|East|North|South)\\.?)?"
                                + "|(?:rue|avenue|boulevard|chemin) [^\\n,]{2,40})"
                                + "(?:,? (?:Apt|Suite|Ste|Unit|#)\\.? ?#?[\\w-]+)?" + BREAK + "(?:[A-Z][\\p{L}'\\-]+ ?){1,3},? "
                                + "(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Alberta|British Columbia|Manitoba|New Brunswick"
                                + "|Newfoundland and Labrador|Nova Scotia|Ontario|Prince Edward Island|Qu[eé]bec|Saskatchewan|Yukon),? "
                                + "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d)\\b", 0.8),
                        // AU: street, suburb, state and 4-digit postcode (5 Collins Street, Melbourne VIC 3000; Unit 4/12)
                        Rule.of("au", "(?<v>\\b\\d{1,5}[A-Za-z]?(?:/\\d{1,5}[A-Za-z]?)? " + US_STREET
                                + "(?:Street|St|Road|Rd|Avenue|Ave|Parade|Pde|Crescent|Cres|Drive|Dr|Place|Pl|Lane|Ln|Court|Ct"
                                + "|Highway|Hwy|Terrace|Tce|Boulevard|Blvd|Way|Close|Cl|Circuit|Cct|Esplanade|Esp)\\.?"
                                + BREAK + "(?:[A-Z][a-z]+ ?){1,3},? (?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT|New South Wales|Victoria"
                                + "|Queensland|Western Australia|South Australia|Tasmania),? \\d{4})(?![\\w-])", 0.8),
                        // a US street named without a street word (N Broadway, Kingsway) before city, state and ZIP
                        Rule.of("us-bare-street", "(?<v>\\b\\d{1,6}[A-Z]? (?:[NSEW]\\.? )?[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?"
                                + "(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|#)\\.? ?#?[\\w-]+)?, " + US_CITY_STATE_ZIP + ")\\b", 0.8)));
        String unit = "(?:" + units(w) + ")\\.? ?#?[\\w-]{1,6}";
        String suffix = "(?:" + US_SUFFIX + "|" + alternation(w.streetSuffixesMore()) + ")\\.?";
        String street = NUMBER + " " + US_STREET + suffix + "(?: [NSEW]{1,2}\\.?)?(?:,? " + unit + ")?";
        // (no value groups and no optional first part here: the trigger scan finds no prefix for such a regex, so
        // the rule would be tried at every position)
        // a state after the town makes a street line an address; the building number is checked in candidates()
        out.add(Rule.of("us-state", street + ", " + CITY + ",? " + US_STATE + "(?![\\w-])(?!,? \\d)", 0.8));
        // a town only: a unit or a cue word must say it is one (candidates())
        out.add(Rule.of("us-town", street + ", " + CITY + TOWN_END, 0.8));
        // the flat or suite first: "Apt 4B, 77 Lexington Avenue, Boston"
        out.add(Rule.of("us-unit-first", unit + ", " + street + ", " + CITY + "(?:,? " + US_STATE + ")?" + TOWN_END, 0.8));
        String pref = alternation(w.jpPrefecturesRomaji()) + "(?:-(?:to|fu|ken|do))?";
        String wards = WARD + "(?:,? " + WARD + ")*(?:,? " + pref + ")?";
        String tail = "(?:,? \\d{3}-\\d{4})?(?:,? Japan)?(?![\\w-])";
        // 1-1-2 Oshiage, Sumida-ku, Tokyo 131-0045 / Oshiage 1-1-2, Sumida-ku / Chiyoda-ku, Tokyo 100-0001
        out.add(Rule.of("jp-romaji", CHOBAN + ",? " + TOWN_ROMAJI + ",? " + wards + tail, 0.8));
        out.add(Rule.of("jp-romaji-town-first", TOWN_ROMAJI + " " + CHOBAN + ",? " + wards + tail, 0.8));
        out.add(Rule.of("jp-romaji-ward", wards + ",? \\d{3}-\\d{4}(?:,? Japan)?(?![\\w-])", 0.8));
        // prose: the lot number right before a particle, 下鴨泉川町59に住んでいる
        out.add(Rule.of("jp-prose", PREF + "[^\\s,、。]{1,12}?(?:市|区|町|村|郡)[\\p{IsHan}\\p{IsKatakana}ヶケ]{0,20}?"
                + "\\d{1,5}(?=に|へ|です|まで|から)", 0.8));
        return out;
    }

    /** The 番 and 号 after a 丁目: " 5番16号", "12番地5号" (the 住居表示's last two levels). */
    private static final Pattern BAN_GO = Pattern.compile(" ?\\d{1,4} ?番地? ?\\d{1,4} ?号");
    /**
     * Under a column header's 0.75 even with a 住所 label's boost (0.1): in a table the address column's whole cell
     * ("150-0043 東京都 渋谷区 道玄坂5丁目22番1号", its parts apart by blanks) is the finding, not the block it ends in.
     */
    private static final double CHOME_SCORE = 0.6;
    /** The most kanji and kana a town (and its city and ward) may run to before its 丁目: 尼崎市南塚口町, 長洲中通. */
    private static final int TOWN_MAX = 12;

    /**
     * An address within the city, as a 住民基本台帳 system, an election register or a tax roll of that city writes it:
     * no prefecture, or not even the city ("尼崎市南塚口町3丁目12番5号", "塚口町4丁目5番16号", probe set 27). The
     * 住居表示's three levels (丁目, 番, 号) after a town's name say it is an address. Found from each 丁目 (no regex
     * starts at every kanji): the 番 and 号 after it, the block number and the town's run of kanji and kana before it.
     * A run that begins with a prefecture is the "jp" rule's, and one longer than a town's is prose.
     */
    private static void chomeAddresses(String text, List<Hit> out) {
        for (int at = text.indexOf("丁目"); at >= 0; at = text.indexOf("丁目", at + 2)) {
            Matcher bg = BAN_GO.matcher(text).region(at + 2, text.length());
            if (!bg.lookingAt()) {
                continue;
            }
            int p = at;
            if (p > 0 && text.charAt(p - 1) == ' ') {
                p--;
            }
            int digits = 0;
            while (p > 0 && digits < 3 && "0123456789一二三四五六七八九十".indexOf(text.charAt(p - 1)) >= 0) {
                p--;
                digits++;
            }
            int town = 0;
            while (p > 0 && isTownChar(text.charAt(p - 1))) {
                p--;
                town++;
            }
            if (digits == 0 || town == 0 || town > TOWN_MAX || PREFECTURE_START.matcher(text).region(p, at).lookingAt()
                    || "市区町村郡".indexOf(text.charAt(p)) >= 0) {
                continue; // a run that starts with 市 or 区 is the end of a name in kana (さいたま市浦和区…): not its start
            }
            out.add(new Hit(p, bg.end(), text.substring(p, bg.end()), CHOME_SCORE, "jp-chome"));
        }
    }

    private static final Pattern PREFECTURE_START = Pattern.compile(PREF);

    private static boolean isTownChar(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.KATAKANA || c == 'ヶ' || c == 'ケ' || c == 'の' || c == 'ー';
    }

    /**
     * The rules without a code are judged here: "us-town" needs a unit or a cue word before the building number,
     * both it and "us-state" a building number that no year-, rank- or count-word stands before. (The romanised
     * Japanese rules need a block number or a postal code by their regex: "Sumida-ku, Tokyo" names a place.)
     */
    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> out = new ArrayList<>();
        chomeAddresses(t.text(), out);
        for (Hit h : super.candidates(t)) {
            String rule = h.rule();
            boolean keep = switch (rule) {
                case "us-state" -> !afterNotBuildingWord(t.text(), h.start());
                // no street word: a unit, a directional or a cue word must say the number is a building's
                case "us-bare-street" -> (unitAfter.matcher(h.raw()).find() || BARE_DIRECTIONAL.matcher(h.raw()).lookingAt()
                        || afterCue(t.text(), h.start())) && !afterNotBuildingWord(t.text(), h.start());
                case "us-town" -> (unitAfter.matcher(h.raw()).find() || afterCue(t.text(), h.start()))
                        && !afterNotBuildingWord(t.text(), h.start());
                default -> true;
            };
            if (keep && !underOrganisationsLabel(t.text(), h.start()) && !afterOrganisation(t.text(), h.start())) {
                out.add(h);
            }
        }
        return out;
    }

    /** The address labels a hit may stand under, and the label words that make the address an organisation's. */
    private static final Pattern ADDRESS_LABEL = Pattern.compile("(?i)address|住所|所在地");
    private static final Pattern ORGANISATION_LABEL = Pattern.compile(
            "(?i)\\b(?:employer|company|business|registered office|head office|payer)(?:'s)?\\b|勤務先|会社|事業所|支払者|雇用主|本社|営業所");

    /**
     * The nearest address label before {@code start} (on its line or the one above) names an organisation: "Employer's
     * full name and address", a W-2's "c Employer's name, address, and ZIP code", 勤務先住所, 支払者 住所. A person is
     * notified where they live, not at the employer's address; an employee's address under its own label stays.
     */
    static boolean underOrganisationsLabel(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int from = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
        from = Math.max(from, start - 200);
        Matcher m = ADDRESS_LABEL.matcher(text).region(from, start);
        int label = -1;
        int labelEnd = -1;
        while (m.find()) {
            label = m.start();
            labelEnd = m.end();
        }
        if (label < 0) {
            return false;
        }
        int labelLine = text.lastIndexOf('\n', label - 1) + 1;
        return ORGANISATION_LABEL.matcher(text).region(Math.max(labelLine, label - 60), labelEnd).find();
    }

    /**
     * Where a European contract or letterhead names a firm, its seat follows on the line: the firm's legal form and a
     * comma ("Müller Maschinenbau GmbH, Goethestraße 20", "Colombo Arredamenti S.r.l., P.IVA …, con sede in Viale Monza
     * 140") or a seat word ("dont le siège social est situé", "domicilio social en", "z siedzibą w", "Sitz:", "säte").
     * A residence word nearer the address ("wohnhaft", "demeurant", "residente in", "wonende", "zamieszkały") makes it a
     * person's again.
     */
    private static final Pattern ORGANISATION_BEFORE = Pattern.compile("(?<![\\p{L}])(?:(?:GmbH|AG|KG|S\\.r\\.l\\.|Srl|S\\.p\\.A\\."
            + "|SpA|SAS|S\\.A\\.S\\.|SARL|S\\.L\\.|S\\.A\\.|B\\.V\\.|N\\.V\\.|sp\\. z o\\.o\\.|AB)(?:,|[ \\t]*[·|])"
            + "|(?i:con sede(?: legale)? in|sede legale|sede sociale|si[èe]ge social|domicilio social|z siedzib[ąa]|gevestigd"
            + "|firmensitz|sitz|s[äa]te|arbeitgeber(?:in)?|arbetsgivare|employeur|empleador|datore di lavoro|pracodawca|werkgever)"
            + "(?![\\p{L}]))");
    private static final Pattern RESIDENCE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:wohnhaft|wohnt|demeurant|domicili[ée]"
            + "|domicilio en|residente|wonende|woonachtig|zamieszka[łl]\\p{L}*|bosatt|adress)(?![\\p{L}])");

    static boolean afterOrganisation(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int from = Math.max(lineStart, start - 120);
        int org = lastMatch(ORGANISATION_BEFORE, text, from, start);
        return org >= 0 && lastMatch(RESIDENCE_BEFORE, text, from, start) < org;
    }

    private static int lastMatch(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The word right before {@code start} (a space apart) makes the number there a year, a rank or a count. */
    private boolean afterNotBuildingWord(String text, int start) {
        String w = wordBefore(text, start);
        return w != null && notAfter.contains(w);
    }

    /** A cue word or phrase ends right before {@code start}, a space apart: "lives at", "to", "Address:". */
    private boolean afterCue(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        String before = text.substring(Math.max(0, start - 30), start - 1).toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            if (before.endsWith(cue) && (before.length() == cue.length()
                    || !Character.isLetterOrDigit(before.charAt(before.length() - cue.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The word of letters that ends a space before {@code start}, lower case, or null. */
    static String wordBefore(String text, int start) {
        int e = start - 1;
        if (e < 1 || text.charAt(e) != ' ') {
            return null;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b == e ? null : text.substring(b, e).toLowerCase(Locale.ROOT);
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
