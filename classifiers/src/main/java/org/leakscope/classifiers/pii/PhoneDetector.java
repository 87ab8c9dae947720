package org.leakscope.classifiers.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.FirstChars;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;

/**
 * Phone numbers through libphonenumber {@code findNumbers} with Leniency.VALID over the digit spans, with
 * the unknown region where a plus is written (any +E.164 number) and with each configured region whose
 * national numbers the span can hold ({@link PhonePasses}: most spans, cards, dates, addresses, reference
 * numbers, need no call at all). The value is E.164.
 * National JP numbers are accepted only with their trunk 0: Japanese never write a number without it,
 * while 10-digit reference numbers (基礎年金番号 1234-567890) parse as valid JP numbers once the 0 is
 * assumed.
 * Other countries' national numbers (0152 11452376, 06 12 34 56 78) are read only under a phone label or right after
 * an e-mail address, where the item, the digits' grouping or the one mobile reading names the country
 * ({@link LabelledNationalNumbers}); UK ones apart ({@link GbNationalNumbers}). A +CC number of a range libphonenumber
 * lists as unallocated is taken under a phone label ({@link #possibleInternational}).
 * Service numbers (toll-free, premium-rate, shared-cost, universal access: 0120, 0570, 1-800, 0845 ...) are an
 * organisation's, never a person's: the number types given (config {@code classify.phone-service-types}, none
 * by default) are not reported.
 */
public final class PhoneDetector extends PatternDetector {

    private static final PhoneNumberUtil UTIL = PhoneNumbers.util();

    /** The kinds of number that are an organisation's (what {@code classify.phone-service-types} would list). */
    public static final Set<PhoneNumberType> SERVICE_TYPES = Set.copyOf(EnumSet.of(PhoneNumberType.TOLL_FREE,
            PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN));

    public PhoneDetector(List<String> regions) {
        this(regions, Set.of());
    }

    /** {@code serviceTypes}: the libphonenumber number types not reported (an organisation's numbers). */
    public PhoneDetector(List<String> regions, Set<PhoneNumberType> serviceTypes) {
        this(regions, !regions.contains(GbNationalNumbers.REGION), serviceTypes);
    }

    /** {@code gbNational}: look for UK numbers written nationally apart; false leaves the configured regions' passes alone. */
    PhoneDetector(List<String> regions, boolean gbNational, Set<PhoneNumberType> serviceTypes) {
        this(regions, gbNational, serviceTypes, null);
    }

    /**
     * The detector the configuration asks for: {@code classify.phone-regions}, {@code classify.phone-service-types}
     * and the {@code phone-hints} rule pack's regions, whose national numbers are read under a phone label.
     */
    public static PhoneDetector fromConfig(ClassifierConfig config, List<String> regions, Set<PhoneNumberType> serviceTypes) {
        return new PhoneDetector(regions, !regions.contains(GbNationalNumbers.REGION), serviceTypes,
                LabelledNationalNumbers.fromConfig(config));
    }

    PhoneDetector(List<String> regions, boolean gbNational, Set<PhoneNumberType> serviceTypes,
                  LabelledNationalNumbers labelledNational) {
        super("phone", "PHONE_NUMBER", List.of(),
                ContextWords.of("tel", "phone", "telephone", "mobile", "mob", "cell", "fax", "call", "電話", "携帯", "連絡先", "contact", "ph",
                        // the label in the languages whose numbers LabelledNationalNumbers reads
                        "tél", "téléphone", "telephone", "portable", "telefon", "handy", "mobil", "telefono", "teléfono",
                        "cellulare", "móvil", "movil", "celular", "telefone", "telemóvel", "gsm", "tlf", "puh", "telefoon",
                        // ... and their compounds and Dutch, Polish, Swedish mobiles (a header "Mobilnummer", "Mobiel")
                        "mobiel", "mobilnummer", "mobiltelefon", "telefonnummer", "telefoonnummer", "tfn", "komórka",
                        "rufnummer", "handynummer", "festnetz", "numéro de téléphone", "numero di telefono",
                        // a contact's number in those languages, and calls asked for ("oppure chiamate il 338/9407594")
                        "contacto", "contatto", "kontakt", "chiamate", "chiamami", "chiamaci", "llámenos", "llámame",
                        "appelez-nous", "appelle-moi", "rufen sie", "ruf mich",
                        "reach me", "reach you", "text me", "whatsapp",
                        // a call said as a verb and a number said to be new, in those languages ("Mrs Abernethy phoned
                        // from 0152-605 13466", "llamó desde el 688 58 85 21", "il nuovo numero 333 919 9663")
                        "phoned", "called", "calling", "ring me", "rang", "call back", "callback",
                        "llamó", "llamar", "llámeme", "llamada", "appelé", "appeler", "appelez", "rappeler",
                        "chiamato", "chiamare", "chiamata", "richiamare", "angerufen", "anrufen", "gebeld", "bellen",
                        "new number", "nuovo numero", "nouveau numéro", "nuevo número", "neue nummer", "nieuwe nummer"),
                ContextWords.of("passport", "routing", "旅券", "口座", "年金", "tracking", "order",
                        "invoice", "追跡", "dfars", "far", "cfr", "clause", "section", "§", "isbn", "part", "serial",
                        "claim", "policy", "ticket", "case", "reference", "ref", "受付番号", "管理番号", "注文番号",
                        // order, invoice and case in the languages of the labels above
                        "commande", "facture", "dossier", "bestellung", "rechnung", "auftrag", "pedido", "factura",
                        "ordine", "fattura", "bestelling", "factuur", "zamówienie", "faktura", "ärende",
                        // an NHS number is ten digits written 3-3-4, as a US number is
                        "nhs", "nhs no", "nhs number",
                        // a CI build or release number ("Build #2026.03.0541", "build 0312-4455-6677")
                        "build", "pipeline"));
        List<String> trunks = new ArrayList<>();
        for (String r : regions) {
            String prefix = UTIL.getNddPrefixForRegion(r, true);
            trunks.add(prefix == null || prefix.isEmpty() || "1".equals(prefix) ? "" : prefix);
        }
        this.passes = new PhonePasses(regions, trunks);
        this.gbNational = gbNational && !regions.contains(GbNationalNumbers.REGION);
        this.serviceTypes = serviceTypes.isEmpty() ? Set.of() : Set.copyOf(serviceTypes);
        this.nanpShapes = regions.contains("US");
        List<String> readElsewhere = new ArrayList<>(regions);
        if (this.gbNational) {
            readElsewhere.add(GbNationalNumbers.REGION);
        }
        LabelledNationalNumbers others = labelledNational == null ? null : labelledNational.without(readElsewhere);
        this.labelledNational = others == null || others.isEmpty() ? null : others;
    }

    /** Read the other countries' national numbers under a phone label ({@link LabelledNationalNumbers}); null: not. */
    private final LabelledNationalNumbers labelledNational;

    /** Whether numbers written as US numbers are taken under a phone label though libphonenumber calls them invalid. */
    private final boolean nanpShapes;

    /** The rule name of a number taken by its written shape alone ({@link #nanpShaped}). */
    static final String NANP_SHAPE_RULE = "US-shape";

    /** A US number as written: (AAA) EEE-NNNN, AAA-EEE-NNNN, AAA.EEE.NNNN, with +1 / 1- before it. */
    private static final Pattern NANP_SHAPE = Pattern.compile(
            "(?<![\\d+\\-.])(?:\\+?1[ .\\-]?)?(?:\\(\\d{3}\\) ?|\\d{3}[ .\\-])\\d{3}[ .\\-]\\d{4}(?![\\d\\-])");

    /**
     * A span no pass took that is written as a US number (555-123-4567, (012) 345-6789: fictitious or mistyped
     * numbers, as generated corpora and forms hold): under the report threshold, a phone label near lifts it.
     * The value is +1 and the ten digits.
     */
    private static void nanpShaped(String window, int from, List<Hit> hits) {
        if (!FirstChars.find(NANP_SHAPE, window)) {
            return; // most spans without a hit are dates, cards, codes: their shape says so without the regex
        }
        java.util.regex.Matcher m = NANP_SHAPE.matcher(window);
        if (m.find()) {
            String digits = org.leakscope.classifiers.validate.Digits.only(m.group());
            String ten = digits.substring(digits.length() - 10);
            hits.add(new Hit(from + m.start(), from + m.end(), "+1" + ten, UNWRITTEN_SCORE, NANP_SHAPE_RULE));
        }
    }

    /** The rule name of a number written with its country code that libphonenumber calls possible, not valid. */
    static final String POSSIBLE_RULE = "possible";

    /**
     * A number written with a plus and its country code that no pass took because its range is not allocated as far
     * as libphonenumber knows ("+31 6 98730771": a Dutch mobile's length and form, a range it lists as unused): the
     * plus says the country and the writer wrote a phone. Under the report threshold, as a US shape is: a phone label
     * near lifts it ("You can also reach me on +31 6 98730771"); the value is E.164.
     */
    private static void possibleInternational(String window, int from, PhonePasses.Groups g, List<Hit> hits) {
        for (int[] c : g.plusChains(window)) {
            int plus = window.lastIndexOf('+', g.at()[c[0]]);
            if (plus < 0) {
                continue;
            }
            String raw = window.substring(plus, g.until()[c[1]]);
            try {
                PhoneNumber n = UTIL.parse(raw, PhonePasses.INTERNATIONAL);
                // not NANP: its plan is listed whole, so a number it calls invalid is a made-up one (555-0100)
                if (n.getCountryCode() != 1 && !"ZZ".equals(UTIL.getRegionCodeForCountryCode(n.getCountryCode()))
                        && !"001".equals(UTIL.getRegionCodeForCountryCode(n.getCountryCode()))
                        && UTIL.isPossibleNumberForType(n, PhoneNumberType.MOBILE) && !UTIL.isValidNumber(n)
                        && !(raw.contains(".") && raw.contains("-"))) {
                    hits.add(new Hit(from + plus, from + g.until()[c[1]], UTIL.format(n, PhoneNumberFormat.E164),
                            UNWRITTEN_SCORE, POSSIBLE_RULE));
                }
            } catch (com.google.i18n.phonenumbers.NumberParseException e) {
                // not a number
            }
        }
    }

    /** Number types not reported: see the class comment. */
    private final Set<PhoneNumberType> serviceTypes;

    /** Whether UK numbers written nationally are looked for apart ({@link GbNationalNumbers}): GB is no region. */
    private final boolean gbNational;

    /** Which findNumbers passes a span needs: see {@link PhonePasses}. */
    private final PhonePasses passes;

    /** Spans that can hold a phone number: digits with the separators people write between them. */
    static final Pattern DIGIT_SPAN = Pattern.compile("\\d[\\d ()\\-./]{4,}\\d");

    @Override
    public List<Pattern> patterns() {
        return List.of(DIGIT_SPAN);
    }

    /** Characters around a span that libphonenumber looks at (a leading + or parenthesis, a letter next to it). */
    static final int MARGIN = 3;

    /**
     * libphonenumber is run on the digit spans only, not over the whole text: most text holds no digits,
     * and scanning it once per region dominated the classifier's time.
     */
    @Override
    protected List<Hit> candidates(ScanText t) {
        String text = t.text();
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<int[]> mayBeGb = new ArrayList<>(0);
        List<int[]> mayBeOther = new ArrayList<>(0);
        // whether the text holds kana or kanji, asked once and only where a Japanese reading may be replaced
        Boolean[] hasJapanese = {null};
        java.util.function.BooleanSupplier japanese = () -> hasJapanese[0] != null ? hasJapanese[0]
                : (hasJapanese[0] = GbNationalNumbers.hasJapanese(text));
        // the regions the text points to, asked once and only where a span may be another country's number
        List<Set<String>> pointed = new ArrayList<>(1);
        java.util.function.Supplier<Set<String>> pointedTo = () -> {
            if (pointed.isEmpty()) {
                pointed.add(labelledNational.pointedTo(text));
            }
            return pointed.get(0);
        };
        // the spans come from the classifier's union automaton (one pass over the text for every regex rule)
        t.forEachMatch(DIGIT_SPAN, null, span -> {
            int found = hits.size();
            int from = Math.max(0, span.start() - MARGIN);
            int to = Math.min(text.length(), span.end() + MARGIN);
            String window = text.substring(from, to);
            PhonePasses.Groups groups = PhonePasses.groups(window);
            // the international pass first (what it finds, a regional pass finds the same way and goes on
            // after it), its hits last as before: among overlapping hits of one score and length the first wins
            List<Hit> plus = new ArrayList<>(0);
            List<int[]> international = groups.plus()
                    ? pass(window, from, groups, groups.plusChains(window), PhonePasses.INTERNATIONAL, null, plus, seen)
                    : List.of();
            for (PhonePasses.Pass p : passes.regional(groups, international)) {
                pass(window, from, groups, p.chains(), p.region(), p.shape(), hits, seen);
            }
            hits.addAll(plus);
            if (groups.count() > 1 && window.indexOf("00") >= 0) {
                internationalPrefix(window, from, hits, seen);
            }
            if (nanpShapes && hits.size() == found && groups.count() >= 3) {
                nanpShaped(window, from, hits);
            }
            if (hits.size() == found && groups.plus()) {
                possibleInternational(window, from, groups, hits);
            }
            if (gbNational && GbNationalNumbers.mayHold(text, span.start(), span.end())) {
                mayBeGb.add(new int[] {span.start(), span.end()});
            }
            // a hyphenated number in a Japanese text is written the Japanese way, valid or not (090-0253-5328);
            // the label last: most spans have a hit that stays
            // bare digits only for a region the item points to (a labelled "0745289676" is a Nara number to JP's pass, a
            // French mobile in a text that points to France: "Mon numéro de portable est le 0745289676")
            boolean bare = groups.count() == 1;
            if (labelledNational != null
                    && !(hyphenated(text, span.start(), span.end()) && japanese.getAsBoolean())
                    && onlyUnsure(text, hits, found, japanese, pointedTo)) {
                if (labelled(t, span.start(), span.end())) {
                    mayBeOther.add(new int[] {span.start(), span.end(), 0, bare ? 1 : 0});
                } else if (!bare && afterMailbox(text, span.start())) {
                    mayBeOther.add(new int[] {span.start(), span.end(), 1, 0});
                }
            }
        });
        List<Hit> all = mayBeGb.isEmpty() ? hits : GbNationalNumbers.amend(text, hits, mayBeGb, MARGIN);
        if (!mayBeOther.isEmpty()) {
            all = labelledNational(text, all, mayBeOther, japanese, pointedTo);
        }
        List<Hit> kept = new ArrayList<>(all);
        // whether the item is a filled-in sample (記入例, 記載例, 見本, "Sample", "Specimen"): its numbers are the ones
        // forms print as placeholders (03-1234-5678, 090-0000-0000), no one's; elsewhere such a number is read as
        // written (a test system's or a careless form's number is still a number). Asked only of a placeholder's number
        Boolean[] sample = {null};
        if (kept.removeIf(h -> referenceCode(text, h.start()) || placeholder(h.raw())
                && (sample[0] != null ? sample[0] : (sample[0] = SampleForms.sample(text))))) {
            all = kept;
        }
        all = foreignGrouped(text, all, japanese, pointedTo);
        return serviceTypes.isEmpty() ? all : withoutServiceNumbers(all);
    }

    /**
     * A Japanese reading of a number written in a text without kana or kanji and not grouped as Japanese numbers
     * are (06 71 22 33 44 is a French mobile, 06-12345678 a Dutch one, both valid Osaka numbers) gives way to the
     * one other country's reading the item points to or whose national format groups it so
     * ({@link LabelledNationalNumbers#read}); where there is none or more than one, it is as unsure as bare digits:
     * only a phone label lifts it.
     */
    private List<Hit> foreignGrouped(String text, List<Hit> hits, java.util.function.BooleanSupplier japanese,
                                     java.util.function.Supplier<Set<String>> pointedTo) {
        List<Hit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if ("JP".equals(h.rule()) && h.score() > UNWRITTEN_SCORE && text.charAt(h.start()) != '+'
                    && !japanese.getAsBoolean() && !writtenAsNational(text, h)) {
                if (out == null) {
                    out = new ArrayList<>(hits);
                }
                Hit other = labelledNational == null ? null : labelledNational.read(text, h.start(), h.end(),
                        Math.max(0, h.start() - MARGIN), Math.min(text.length(), h.end() + MARGIN), pointedTo, h.score());
                out.set(i, other != null ? other : new Hit(h.start(), h.end(), h.raw(), UNWRITTEN_SCORE, h.rule()));
            }
        }
        return out == null ? hits : out;
    }

    /** The digits end in the run 12345678 or in eight zeros: a placeholder's, whatever the area code before it. */
    static boolean placeholder(String raw) {
        String d = org.leakscope.classifiers.validate.Digits.only(raw);
        return d.endsWith("12345678") || d.endsWith("00000000");
    }

    /**
     * A hit whose digits a letter code leads, joined by a hyphen: an order, invoice or case reference
     * (FR-2024-118734, INV-2024-118734, PO-2023-5551234), read as a US number otherwise. A phone label written so
     * (TEL-03-1234-5678, Fax-…) leads a number still.
     */
    static boolean referenceCode(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '-') {
            return false;
        }
        int from = start - 1;
        while (from > 0 && from > start - 8 && isAsciiLetter(text.charAt(from - 1))) {
            from--;
        }
        if (from == start - 1 || from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            return false; // no letters, or a longer word (a name, a label written out)
        }
        return !PHONE_LABELS.contains(text.substring(from, start - 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Labels that may lead a number with a hyphen. */
    private static final Set<String> PHONE_LABELS = Set.of("tel", "tél", "phone", "ph", "fax", "mob", "mobile", "cell",
            "handy", "gsm", "tlf", "tfn", "fon", "t", "f", "m", "p");

    /**
     * Whether a span's hits (from {@code found} on) leave room for another country's national number: none, or
     * only a US shape libphonenumber calls invalid, or a Japanese reading written without hyphens where the item
     * has no Japanese and either points to another country or does not group the digits the Japanese way
     * (06 12 34 56 78 is no Osaka number), or has Japanese and does both.
     */
    private boolean onlyUnsure(String text, List<Hit> hits, int found, java.util.function.BooleanSupplier japanese,
                                      java.util.function.Supplier<Set<String>> pointed) {
        for (int i = found; i < hits.size(); i++) {
            if (!replaceable(text, hits.get(i), japanese, pointed)) {
                return false;
            }
        }
        return true;
    }

    /** A hit another country's national reading may replace: see {@link #onlyUnsure}. */
    private boolean replaceable(String text, Hit h, java.util.function.BooleanSupplier japanese,
                                java.util.function.Supplier<Set<String>> pointed) {
        if (NANP_SHAPE_RULE.equals(h.rule())) {
            // (212) 555-0123, 212-555-0123, 212.555.0123 are how Americans write; 333 123 4567 how Italians do
            return blanksOnly(text, h.start(), h.end());
        }
        if (!"JP".equals(h.rule())) {
            return false;
        }
        if (hyphenated(text, h.start(), h.end()) && (japanese.getAsBoolean() || writtenAsNational(text, h))) {
            return false; // 090-1234-5678: written the Japanese way (06-12345678 in a Dutch mail is not)
        }
        // in Japanese text only where the item points elsewhere and the digits are not grouped the Japanese way
        // (パリ事務所 電話 01 42 68 53 00)
        boolean away = labelledNational.pointsAwayFrom(pointed.get(), "JP");
        boolean japaneseGrouping = writtenAsNational(text, h);
        return japanese.getAsBoolean() ? away && !japaneseGrouping : away || !japaneseGrouping;
    }

    /**
     * {@code hits} amended with the other countries' national numbers of the labelled {@code spans}: a span's
     * reading ({@link LabelledNationalNumbers#read}) replaces the hits it overlaps where all are replaceable.
     */
    private List<Hit> labelledNational(String text, List<Hit> hits, List<int[]> spans,
                                       java.util.function.BooleanSupplier japanese,
                                       java.util.function.Supplier<Set<String>> pointed) {
        List<Hit> out = new ArrayList<>(hits);
        for (int[] span : spans) {
            int from = Math.max(0, span[0] - MARGIN);
            int to = Math.min(text.length(), span[1] + MARGIN);
            // a Japanese text's numbers are Japanese, valid or not, unless it names another country: no grouping
            // alone makes 090 0253 5328 Italian
            if (japanese.getAsBoolean() && !labelledNational.pointsAwayFrom(pointed.get(), "JP")) {
                continue;
            }
            // a number listed right after an e-mail address is a contact's as one under a label is; no label word
            // lifts its score, so it is given the score of a number written with separators
            Hit h = labelledNational.read(text, span[0], span[1], from, to, pointed, span[2] == 1 ? 0.6 : UNWRITTEN_SCORE);
            if (h == null || span[3] == 1 && !pointed.get().contains(h.rule())) {
                continue;
            }
            List<Hit> over = new ArrayList<>(1);
            for (Hit o : out) {
                if (o.start() < h.end() && h.start() < o.end()) {
                    over.add(o);
                }
            }
            // a Japanese reading grouped the Japanese way gives way only to one grouped its own country's way
            // (087 166 3057 in Dublin, not 03 1234 5678 in a mail that names a Paris office)
            if (over.stream().allMatch(o -> replaceable(text, o, japanese, pointed)
                    && (!"JP".equals(o.rule()) || !writtenAsNational(text, o) || writtenAsNational(text, h)))) {
                out.removeAll(over);
                out.add(h);
            }
        }
        return out;
    }

    /** "or" in the languages whose numbers are read (a number after an e-mail and "or" is a contact's). */
    private static final Set<String> OR_WORDS = Set.of("or", "oder", "ou", "o", "oppure", "of", "eller", "lub", "tai");

    /** An e-mail address's end: a dot and two or more letters after the domain's labels, an '@' before them. */
    private static final Pattern MAILBOX_END = Pattern.compile("[\\w.+%-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}");

    /**
     * Whether an e-mail address stands right before {@code start}, apart by blanks and one comma, semicolon or bar, or
     * by "or": a contact list's or a record's number after its address ("Rutherford, Nolan, rutherford.nolan@example.org,
     * 0151 / 34748021"), as a phone label would say.
     */
    static boolean afterMailbox(String text, int start) {
        int j = start;
        while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
            j--;
        }
        if (j > 0 && ",;|".indexOf(text.charAt(j - 1)) >= 0) {
            j--;
        } else {
            // ... or by "or" in the languages of the phone labels ("Rückmeldung bitte an k.z@example.de oder 030 917570")
            int w = j;
            while (w > 0 && Character.isLetter(text.charAt(w - 1)) && j - w <= 5) {
                w--;
            }
            if (w == j || w == 0 || text.charAt(w - 1) != ' ' || !OR_WORDS.contains(text.substring(w, j))) {
                return false;
            }
            j = w;
        }
        while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
            j--;
        }
        int end = j;
        while (j > 0 && end - j <= 254 && !Character.isWhitespace(text.charAt(j - 1)) && ",;|<>()\"'".indexOf(text.charAt(j - 1)) < 0) {
            j--;
        }
        // the '@' looked for in the token only: lastIndexOf would read back to the text's start on every number of a
        // table that holds none (a stock list's quantities after their commas: quadratic in the item's length)
        return end > j && holds(text, '@', j, end) && MAILBOX_END.matcher(text).region(j, end).matches();
    }

    private static boolean holds(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean hyphenated(String text, int start, int end) {
        int h = text.indexOf('-', start);
        return h >= 0 && h < end;
    }

    /** Whether the digits of text[start, end) are apart by blanks only. */
    private static boolean blanksOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a hit's digits are grouped as its country's national format groups them. */
    private static boolean writtenAsNational(String text, Hit h) {
        try {
            return LabelledNationalNumbers.writtenAsNational(text.substring(h.start(), h.end()),
                    UTIL.parse(h.raw(), PhonePasses.INTERNATIONAL));
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return false;
        }
    }

    /**
     * The hits less the service numbers. Asked of the few hits, after the passes: a pass still takes a service
     * number's span (findNumbers goes on after it), so what is found around it does not change.
     */
    private List<Hit> withoutServiceNumbers(List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!isServiceNumber(h.raw(), serviceTypes)) {
                out.add(h);
            }
        }
        return out;
    }

    /** Whether an E.164 number is of one of {@code types} (an unparsable value is not). */
    static boolean isServiceNumber(String e164, Set<PhoneNumberType> types) {
        try {
            return types.contains(UTIL.getNumberType(UTIL.parse(e164, PhonePasses.INTERNATIONAL)));
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return false;
        }
    }

    /**
     * A number dialled from abroad with the international prefix 00 instead of a plus (001-404-460-9266,
     * 0044 20 7946 0958, 0081-3-1234-5678): found as the "ZZ" pass finds +1-404-460-9266. Only where the 00 and
     * the country code stand as a group of their own, apart by a blank, hyphen or dot: 0014044609266 is a
     * reference number as often as a phone.
     */
    private static void internationalPrefix(String window, int from, List<Hit> hits, Set<String> seen) {
        java.util.regex.Matcher m = IDD.matcher(window);
        while (m.find()) {
            // " +" in place of "00" keeps every offset
            String asPlus = window.substring(0, m.start()) + " +" + window.substring(m.start() + 2);
            for (PhoneNumberMatch n : UTIL.findNumbers(asPlus, PhonePasses.INTERNATIONAL, Leniency.VALID, Long.MAX_VALUE)) {
                if (n.start() == m.start() + 1) {
                    add(m.start(), n.end(), n.rawString(), n.number(), from,
                            PhonePasses.INTERNATIONAL, hits, seen, new ArrayList<>(1));
                }
            }
        }
    }

    /** 00, a country code of one to three digits, a separator: where an international prefix starts a number. */
    private static final Pattern IDD = Pattern.compile("(?<![\\d+])00[1-9]\\d{0,2}[ \\-.]\\(?\\d");

    /**
     * One region's pass over a window: each chain that may hold a number is tried as findNumbers tries it
     * ({@link FirstTry}); if one cannot be settled so, findNumbers runs over the window. Adds the plausible
     * numbers and returns their window spans. {@code shape}: the region's, null for "ZZ".
     */
    private static List<int[]> pass(String window, int from, PhonePasses.Groups g, List<int[]> chains, String region,
                                    NationalShape shape, List<Hit> hits, Set<String> seen) {
        List<FirstTry.Found> found = new ArrayList<>(chains.size());
        for (int[] c : chains) {
            FirstTry.Outcome o = FirstTry.of(window, g, c[0], c[1], searchFrom(g, c[0]), region, shape);
            if (o == null) {
                return find(window, from, region, hits, seen);
            }
            if (o instanceof FirstTry.Found f) {
                found.add(f);
            }
        }
        List<int[]> spans = new ArrayList<>(found.size());
        for (FirstTry.Found f : found) {
            add(f.start(), f.end(), f.raw(), f.number(), from, region, hits, seen, spans);
        }
        return spans;
    }

    /** findNumbers' search reaches a chain from the end of the chain before it (or the window's start). */
    private static int searchFrom(PhonePasses.Groups g, int first) {
        return first == 0 ? 0 : g.until()[first - 1];
    }

    /** One findNumbers pass over a window; adds the plausible numbers and returns their window spans. */
    private static List<int[]> find(String window, int from, String region, List<Hit> hits, Set<String> seen) {
        List<int[]> spans = new ArrayList<>(1);
        for (PhoneNumberMatch m : UTIL.findNumbers(window, region, Leniency.VALID, Long.MAX_VALUE)) {
            add(m.start(), m.end(), m.rawString(), m.number(), from, region, hits, seen, spans);
        }
        return spans;
    }

    private static void add(int start, int end, String raw, PhoneNumber number, int from, String region,
                            List<Hit> hits, Set<String> seen, List<int[]> spans) {
        if (!plausible(raw, region, number.getCountryCode())) {
            return;
        }
        spans.add(new int[] {start, end});
        if (seen.add((from + start) + ":" + (from + end) + ":" + region)) {
            hits.add(new Hit(from + start, from + end, UTIL.format(number, PhoneNumberFormat.E164),
                    digitsOnly(raw) ? UNWRITTEN_SCORE : 0.6, region));
        }
    }

    /**
     * A number written as bare digits (2024830728, 09012345678) is a phone only with a phone label or column
     * header near: under the report threshold alone, the label's boost lifts it. "Claim number: 2024830728" is
     * a valid US number; people write their numbers with separators, systems store ids without.
     */
    static final double UNWRITTEN_SCORE = 0.3;

    static boolean digitsOnly(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (!Character.isDigit(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a findNumbers match of {@code region}'s pass is kept: see the class comment. */
    static boolean plausible(String raw, String region, int countryCode) {
        String s = raw.startsWith("(") ? raw.substring(1) : raw;
        if (s.startsWith("+")) {
            return true;
        }
        // 252.204-7012 is a clause number: people write a number with one kind of separator
        if (s.contains(".") && s.contains("-")) {
            return false;
        }
        if ("ZZ".equals(region)) {
            return false;
        }
        int cc = UTIL.getCountryCodeForRegion(region);
        if (cc != countryCode) {
            return false;
        }
        String prefix = UTIL.getNddPrefixForRegion(region, true);
        // regions with a trunk prefix other than NANP's 1 (JP 0, GB 0, DE 0) always write it nationally
        if (prefix != null && !prefix.isEmpty() && !"1".equals(prefix)) {
            return s.startsWith(prefix);
        }
        // a NANP number written in groups is grouped 3-3-4 (1-3-3-4 with its 1): ねんきん定期便's 照会番号 4-3-3
        // (6584-877-566) or a 4-6 reference are no US numbers
        if (countryCode == 1) {
            return nanpGrouping(LabelledNationalNumbers.groups(s));
        }
        return true;
    }

    /** The digit groups (e.g. "3-3-4") people write a NANP number in: whole, 3-3-4, 3-7, each with its 1 before it. */
    static boolean nanpGrouping(String groups) {
        String g = groups.startsWith("1-") ? groups.substring(2) : groups;
        return g.equals("10") || g.equals("11") || g.equals("3-7") || g.equals("3-3-4") || g.startsWith("3-3-4-")
                || g.startsWith("3-7-");
    }

    @Override
    protected int windowBefore() {
        return 30;
    }

    @Override
    protected double contextBoost() {
        return 0.3;
    }

    @Override
    protected String mask(String value) {
        return Masks.keepLast(value, 4);
    }
}
