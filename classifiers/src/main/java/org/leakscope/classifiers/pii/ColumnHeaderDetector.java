package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.FirstChars;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.detect.StartFilter;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextNormalizer;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Types table cells by their column header (column-headers.yml): in a roster the header is the only
 * evidence that "中島 恵子" is a name or "1984年8月1日" a birth date. Needs cell TextUnits with
 * {@code columnHeader} filled; the header row itself is skipped (its text equals the header).
 */
public final class ColumnHeaderDetector implements Detector {

    record ColumnRule(String type, Pattern header, Pattern value, double score, MaskStyle mask, FirstChars headerStarts,
                      StartFilter headerShape) {
        ColumnRule(String type, Pattern header, Pattern value, double score, MaskStyle mask) {
            this(type, header, value, score, mask, FirstChars.of(header), StartFilter.of(header));
        }

        /** Whether the (normalised) header is one this rule names. */
        boolean names(String h) {
            // every cell value is asked too (a header read as a cell is no value): the shape turns most away
            return (headerStarts == null || !h.isEmpty() && headerStarts.contains(h.charAt(0)))
                    && headerShape.admits(h, 0) && header.matcher(h).matches();
        }
    }

    private static final Pattern HONORIFIC_AFTER = Pattern.compile("(?<=\\S)[ \u3000]*(?:様|殿|さん)$");
    /**
     * The mailbox a mail export or a privilege log writes after a name ("Bellamy, Corinne <cb@x.com>", "Ann Lee
     * [ann@x.org]"): no part of the name; the e-mail detector reads it.
     */
    private static final Pattern MAILBOX_AFTER = Pattern.compile("(?<=\\S)\\s*[<\\[(][^<>\\[\\]()\\s]+@[^<>\\[\\]()\\s]+[>\\])]$");
    private static final Pattern US_STATE_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern US_ZIP = Pattern.compile("\\d{5}(?:-\\d{4})?");

    private final List<ColumnRule> rules;
    /** Contact labels that mark a form row besides the headers of {@link #rules} (form-labels), or null. */
    private final Pattern formLabels;

    ColumnHeaderDetector(List<ColumnRule> rules) {
        this(rules, null);
    }

    /** Headers of the columns an address is split over besides its street (address-parts), or null. */
    private final Pattern addressParts;
    /** {@link #namesPii} as one object: ScanText keeps the forms it found for it. */
    private final java.util.function.Predicate<String> namesPiiRule = this::namesPii;

    ColumnHeaderDetector(List<ColumnRule> rules, Pattern formLabels) {
        this(rules, formLabels, null);
    }

    /**
     * Tables (sheets, a dump's tables) whose rows are things, not people (thing-tables): their bare "name" column
     * names a country, a product, a category, or null.
     */
    private final Pattern thingTables;
    /** The header of a column that names whatever a row is: a person's only in a table of people. */
    private static final Pattern BARE_NAME = Pattern.compile("name|名前");

    ColumnHeaderDetector(List<ColumnRule> rules, Pattern formLabels, Pattern addressParts) {
        this(rules, formLabels, addressParts, null);
    }

    ColumnHeaderDetector(List<ColumnRule> rules, Pattern formLabels, Pattern addressParts, Pattern thingTables) {
        this(rules, formLabels, addressParts, thingTables, null);
    }

    /** A second person's headers (second-person-headers: Dep SSN, 配偶者個人番号), or null. */
    private final Pattern secondPerson;

    ColumnHeaderDetector(List<ColumnRule> rules, Pattern formLabels, Pattern addressParts, Pattern thingTables,
                         Pattern secondPerson) {
        this(rules, formLabels, addressParts, thingTables, secondPerson, NotNames.NONE);
    }

    /**
     * The characters any rule's header starts with, or null: every cell value is asked whether it is a header, and
     * most values (numbers, names) start with none of them, so no rule need be asked.
     */
    private final FirstChars ruleStarts;

    /** Words and firms that never name a person (names.yml not_name_words, person_like_firms). */
    private final NotNames notNames;

    ColumnHeaderDetector(List<ColumnRule> rules, Pattern formLabels, Pattern addressParts, Pattern thingTables,
                         Pattern secondPerson, NotNames notNames) {
        this(rules, formLabels, addressParts, thingTables, secondPerson, notNames, null);
    }

    /** Headers of the columns a street line is split over (street-parts: house_num | street_name | street_type_cd), or null. */
    private final Pattern streetParts;

    ColumnHeaderDetector(List<ColumnRule> rules, Pattern formLabels, Pattern addressParts, Pattern thingTables,
                         Pattern secondPerson, NotNames notNames, Pattern streetParts) {
        this.streetParts = streetParts;
        this.notNames = notNames;
        this.rules = List.copyOf(rules);
        List<FirstChars> starts = new ArrayList<>(rules.size());
        rules.forEach(r -> starts.add(r.headerStarts()));
        this.ruleStarts = FirstChars.union(starts);
        this.formLabels = formLabels;
        this.addressParts = addressParts;
        this.thingTables = thingTables;
        this.secondPerson = secondPerson;
        List<FirstChars> labelStarts = new ArrayList<>(3);
        labelStarts.add(ruleStarts);
        if (formLabels != null) {
            labelStarts.add(FirstChars.of(formLabels));
        }
        if (secondPerson != null) {
            labelStarts.add(FirstChars.of(secondPerson));
        }
        this.labelStarts = FirstChars.union(labelStarts);
    }

    /**
     * The characters a header or label of any kind (a rule's header, a form label, a second person's header) can start
     * with once normalised, or null when any may: a cell that starts otherwise is never read as a header.
     */
    private final FirstChars labelStarts;

    public static ColumnHeaderDetector fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("columns");
        List<ColumnRule> rules = new ArrayList<>();
        for (Map<String, Object> e : RulePackSupport.entries(pack.yaml(), "columns", pack.source())) {
            String where = pack.source() + ": columns entry " + e.get("type");
            rules.add(new ColumnRule(RulePackSupport.string(e, "type", where),
                    RulePackSupport.regex(RulePackSupport.string(e, "headers", where), 0, where, "headers"),
                    RulePackSupport.regex(RulePackSupport.string(e, "value", where), 0, where, "value"),
                    RulePackSupport.score(e, where), MaskStyle.parse(e.get("mask"), where)));
        }
        Object labels = pack.yaml().get("form-labels");
        Pattern formLabels = labels instanceof String l && !l.isBlank()
                ? RulePackSupport.regex(l, 0, pack.source() + ": form-labels", "form-labels") : null;
        Object parts = pack.yaml().get("address-parts");
        Pattern addressParts = parts instanceof String l && !l.isBlank()
                ? RulePackSupport.regex(l, 0, pack.source() + ": address-parts", "address-parts") : null;
        Object things = pack.yaml().get("thing-tables");
        Pattern thingTables = things instanceof String l && !l.isBlank()
                ? RulePackSupport.regex(l, 0, pack.source() + ": thing-tables", "thing-tables") : null;
        Object second = pack.yaml().get("second-person-headers");
        Pattern secondPerson = second instanceof String l && !l.isBlank()
                ? RulePackSupport.regex(l, 0, pack.source() + ": second-person-headers", "second-person-headers") : null;
        Object street = pack.yaml().get("street-parts");
        Pattern streetParts = street instanceof String l && !l.isBlank()
                ? RulePackSupport.regex(l, 0, pack.source() + ": street-parts", "street-parts") : null;
        return new ColumnHeaderDetector(rules, formLabels, addressParts, thingTables, secondPerson,
                NotNames.fromConfig(config), streetParts);
    }

    /** The tables of {@code t} laid out as forms by this detector's labels ({@link ScanText#formSheets}). */
    public Set<String> formSheets(ScanText t) {
        return t.formSheets(namesPiiRule);
    }

    /** The tables of {@code t} whose columns are people, each with fields this detector's labels name ({@link ScanText#personColumnSheets}). */
    public Set<String> personColumnSheets(ScanText t) {
        return t.personColumnSheets(namesPiiRule);
    }

    /**
     * Whether a row label names personal data (a column header of the rules, or a contact label of form-labels):
     * what makes a label | value table a form ({@link ScanText#formSheets}).
     */
    public boolean namesPii(String label) {
        if (typeOf(label) != null) {
            return true;
        }
        return formLabels != null && StartFilter.matches(formLabels, normalizeHeader(label));
    }

    /** Cell values asked of {@link #readsAsHeader}, kept across items (at most {@link #KNOWN_CELLS}, then forgotten). */
    private final Map<String, Boolean> knownCells = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KNOWN_CELLS = 50_000;

    /**
     * {@link #readsAsHeader}, remembered within and across items: a column's values repeat (a state, a ticker, a
     * department) and recur from file to file, and each costs a try of every header rule whose first character it shares.
     */
    private boolean readsAsHeaderKnown(String value) {
        Boolean known = knownCells.get(value);
        if (known == null) {
            known = readsAsHeader(value);
            if (knownCells.size() >= KNOWN_CELLS) {
                knownCells.clear();
            }
            knownCells.put(value, known);
        }
        return known;
    }

    /** A cell that reads as a header or label itself ({@link #namesPii}, {@link #namesSecondPersonsPii}). */
    boolean readsAsHeader(String value) {
        if (labelStarts != null && numeric(value)) {
            // digits and signs only (an amount, a date, a code: most cells of a ledger or a log export): nothing of
            // what plainHeader takes off such a header changes its first character, so that one says it all
            String v = normalizeHeader(value);
            if (!v.isEmpty() && !labelStarts.contains(v.charAt(0))) {
                return false;
            }
        }
        return namesPii(value) || namesSecondPersonsPii(value);
    }

    /** ASCII without a letter. */
    private static boolean numeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A header of a second person's data read as a cell ("配偶者個人番号", "Dep SSN" in a header row that a form's row
     * labels would pair): a role of second-person-headers, then words that name personal data.
     */
    boolean namesSecondPersonsPii(String value) {
        if (secondPerson == null || value.length() > 40) {
            return false;
        }
        String v = normalizeHeader(value);
        if (!StartFilter.matches(secondPerson, v)) {
            return false;
        }
        for (int k = 1; k < v.length() && k <= 12; k++) {
            String rest = v.substring(k).strip();
            if (!rest.isEmpty() && StartFilter.matches(secondPerson, v.substring(0, k).strip()) && namesPii(rest)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String id() {
        return "column_header";
    }

    /** The header as rules see it. */
    static String normalizeHeader(String h) {
        return TextNormalizer.normalize(h).toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    }

    /** The PII type a header names, or null. */
    public String typeOf(String header) {
        if (header == null) {
            return null;
        }
        List<ColumnRule> named = rulesOfHeader(header);
        return named.isEmpty() ? null : named.get(0).type();
    }

    /** The rules whose header pattern the (normalised) header matches, in rule order. */
    private List<ColumnRule> rulesNamedBy(String h) {
        if (ruleStarts != null && (h.isEmpty() || !ruleStarts.contains(h.charAt(0)))) {
            return List.of();
        }
        List<ColumnRule> out = null;
        for (ColumnRule r : rules) {
            if (r.names(h)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(r);
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * The cell {@code i} (no header of its own: a table's first row) holds the header the cells below it in its
     * column have: it is the header row's cell. Looked for in the next rows only.
     */
    private static boolean headerOfColumnBelow(ScanText t, int i, String value) {
        TextUnit u = t.units().get(i);
        for (int j = i + 1; j < t.units().size() && j <= i + 256; j++) {
            TextUnit v = t.units().get(j);
            if (!v.isCell() || !java.util.Objects.equals(v.sheet(), u.sheet())) {
                return false;
            }
            if (v.row() > u.row() && java.util.Objects.equals(v.column(), u.column()) && v.columnHeader() != null) {
                return value.equalsIgnoreCase(TextNormalizer.normalize(v.columnHeader()).strip());
            }
        }
        return false;
    }

    @Override
    public List<Finding> detect(ScanText t) {
        List<Finding> out = new ArrayList<>();
        // every cell of a column shares its header: each distinct header (or row label) is read once per item
        Map<String, List<ColumnRule>> byHeader = new HashMap<>();
        // ... and each sheet's header once for thing-tables (a sheet and a header apart by NUL)
        Map<String, List<ColumnRule>> bySheetHeader = new HashMap<>();
        // ... and each sheet once for whether it is a code list (its HEALTH_INFO column names diseases, nobody's)
        Map<String, Boolean> codeLists = new HashMap<>();
        Set<String> forms = null;
        Set<String> personSheets = null;
        for (int i = 0; i < t.units().size(); i++) {
            TextUnit u = t.units().get(i);
            if (!u.isCell()) {
                continue;
            }
            if (forms == null) {
                forms = formSheets(t);
                personSheets = personColumnSheets(t);
            }
            String value = t.normalized(i).strip();
            // a cell that is itself a header or label ("生年月日" in a header row read as a form row, "Home
            // address" in the label column of a key-value table, "Phone" beside "Name") is never a value
            if (value.isEmpty() || readsAsHeaderKnown(value)) {
                continue;
            }
            // a form row "生年月日 | 1973年2月6日" is typed by its label cell, a roster cell by its column header
            // a header row's cell is its column's header, no value of the cell before it ("氏名 | 郵便番号 | 住所" at a
            // table's top gave the name 郵便番号)
            String label = t.rowLabel(i);
            if (label != null && u.columnHeader() == null && !forms.contains(u.sheet() == null ? "" : u.sheet())
                    && headerOfColumnBelow(t, i, value)) {
                label = null;
            }
            Finding f = label == null ? null : typed(t, i, value, named(label, byHeader), "row_label");
            if (f == null && label != null && DOCUMENT_NUMBER.matcher(normalizeHeader(label)).matches()) {
                // "確認書類 | 運転免許証" above "書類番号 | 301234567890": the number is the named document's
                List<ColumnRule> kind = documentKindAbove(t, i, byHeader);
                f = kind.isEmpty() ? null : typed(t, i, value, kind, "row_label");
            }
            // a form's first row is a field, not a header: "Name | Ann" above "Start date | …" types no label as a name
            // a person's column of a form ("Citizenship | U.S. Citizen | …" under Borrower) is typed by its field only
            if (f == null && u.columnHeader() != null && !forms.contains(u.sheet() == null ? "" : u.sheet())
                    && !(personSheets.contains(u.sheet() == null ? "" : u.sheet()) && t.inPersonColumn(i))
                    && !value.equalsIgnoreCase(TextNormalizer.normalize(u.columnHeader()).strip())) {
                String question = questionOfAnswer(t, i, u.columnHeader());
                List<ColumnRule> named = named(question != null ? question : u.columnHeader(), byHeader);
                if (thingTables != null && u.sheet() != null) {
                    List<ColumnRule> all = named;
                    named = bySheetHeader.computeIfAbsent(u.sheet() + "\u0000" + u.columnHeader(),
                            k -> thingTable(u) ? withoutNames(all) : all);
                }
                if (!named.isEmpty() && "HEALTH_INFO".equals(named.get(0).type())) {
                    String sheet = u.sheet();
                    if (codeLists.computeIfAbsent(sheet == null ? "" : sheet, k -> codeList(t, sheet))) {
                        named = List.of();
                    }
                }
                f = typed(t, i, value, named, id());
                // (a loose header may name a document's rules for its own shape only: an APIS manifest's DOC NO takes
                // a Japanese passport's shape, and a 9-digit number there is the passport its DOC TYPE names)
                if (f == null && named.stream().allMatch(r -> DOCUMENT_TYPES.contains(r.type()))
                        && DOCUMENT_NUMBER.matcher(normalizeHeader(u.columnHeader())).matches()) {
                    // "ID Type | ID Number" = "Driver License | D1234567": the number is the document its row names
                    List<ColumnRule> kind = documentKindInRow(t, i, byHeader);
                    f = kind.isEmpty() ? null : typed(t, i, value, kind, id());
                }
            }
            // a passport number is the passport of the state its row names: a GBR or DEU passport in an APIS manifest or
            // a hotel's guest profiles has no code of the contract, however much it looks like a US or a Japanese one
            if (f != null && PASSPORT_STATES.containsKey(f.type()) && otherStateInRow(t, i, PASSPORT_STATES.get(f.type()))) {
                f = null;
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Headers of a row's nationality or a document's issuing state (APIS NATIONALITY / DOC_ISSUER, a register's 国籍). */
    private static final Pattern STATE_HEADER = Pattern.compile(
            "(nationality|citizenship|国籍|旅券発行国|発行国|(doc(ument)? ?)?(issuer|issuing (state|country))|country of (issue|citizenship|nationality))( ?code)?");
    /** The states whose passports have a code: the value of such a cell that names the state (ISO codes, names). */
    private static final Map<String, Pattern> PASSPORT_STATES = Map.of(
            "US_PASSPORT", Pattern.compile("(?i)usa?|u\\.s\\.(a\\.)?|united states( of america)?|american|アメリカ(合衆国)?|米国"),
            "JP_PASSPORT", Pattern.compile("(?i)jpn?|japan(ese)?|日本(国)?"));

    /** Whether cell {@code i}'s row names a nationality or an issuing state that {@code own} does not match. */
    private static boolean otherStateInRow(ScanText t, int i, Pattern own) {
        for (int j = t.recordFirst(i); j <= t.recordLast(i); j++) {
            TextUnit v = t.units().get(j);
            if (j == i || v.columnHeader() == null || !STATE_HEADER.matcher(normalizeHeader(v.columnHeader())).matches()) {
                continue;
            }
            String state = t.normalized(j).strip();
            if (!state.isEmpty() && !own.matcher(state).matches()) {
                return true;
            }
        }
        return false;
    }

    /** An answer column numbered after its question's (Calendly's "Question 1 | Response 1", "質問2 | 回答2"). */
    private static final Pattern ANSWER_N = Pattern.compile("(?i)(?:response|answer|回答)\\s*(\\d{1,2})");
    private static final Pattern QUESTION_N = Pattern.compile("(?i)(?:question|質問)\\s*(\\d{1,2})");

    /**
     * The question a numbered answer cell answers: the text of its row's cell under the question column of the same
     * number ("Question 1 | Response 1" = "What would you like help with? | Knee pain after ACL reconstruction"), or
     * null. The question, not "Response 1", then says what the answer is.
     */
    private static String questionOfAnswer(ScanText t, int i, String header) {
        var m = ANSWER_N.matcher(header.strip());
        if (!m.matches()) {
            return null;
        }
        for (int j = t.recordFirst(i); j <= t.recordLast(i); j++) {
            String h = t.units().get(j).columnHeader();
            var q = h == null ? null : QUESTION_N.matcher(h.strip());
            if (q != null && q.matches() && q.group(1).equals(m.group(1))) {
                String text = t.normalized(j).strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    /**
     * The address of cell {@code i} with the row's city, state, zip … cells (address-parts) in column order: "3378
     * Chestnut St, Seattle, WA, 98156" where the street column alone said "3378 Chestnut St". A part the address
     * already holds is not added twice.
     */
    private String withAddressParts(ScanText t, int i, String street) {
        if (addressParts == null) {
            return street;
        }
        List<String> parts = null;
        // which parts are a street line's, joined by blanks (a voter file's house_num | street_name | street_type_cd)
        List<Boolean> ofStreet = null;
        String own = t.units().get(i).columnHeader() == null ? null : addressParty(normalizeHeader(t.units().get(i).columnHeader()));
        // a database extract's address columns share their table: SPRADDR_STREET_LINE1 | SPRADDR_CITY | SPRADDR_STAT_CODE
        String ownTable = dbTable(t.units().get(i).columnHeader());
        for (int j = t.recordFirst(i); j <= t.recordLast(i); j++) {
            String header = t.units().get(j).columnHeader();
            String v = j == i ? street : t.normalized(j).strip();
            boolean streetPart = streetParts != null && header != null && StartFilter.matches(streetParts, normalizeHeader(header));
            if (j != i && (v.isEmpty() || header == null || street.contains(v)
                    || !streetPart && !StartFilter.matches(addressParts, normalizeHeader(header))
                    && !StartFilter.matches(addressParts, normalizeHeader(sameTableColumn(header, ownTable))))) {
                continue;
            }
            // a shop's order row holds two addresses: billing_city is no part of shipping_address_1 (WooCommerce, probe set 28)
            String party = j == i || own == null ? null : addressParty(normalizeHeader(header));
            if (party != null && !party.equals(own)) {
                continue;
            }
            if (parts == null) {
                parts = new ArrayList<>(5);
                ofStreet = new ArrayList<>(5);
            }
            parts.add(v);
            ofStreet.add(streetPart);
        }
        if (parts == null || parts.size() == 1) {
            return street;
        }
        // (a house number alone says nothing of the script: then its street's parts do)
        boolean latin = street.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c))
                || street.chars().noneMatch(Character::isLetter)
                && parts.stream().anyMatch(p -> p.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c)));
        if (!latin) {
            return String.join(" ", parts);
        }
        StringBuilder sb = new StringBuilder(parts.get(0));
        for (int k = 1; k < parts.size(); k++) {
            // "Seattle, WA 98156": a ZIP code follows its state after a blank, as US addresses are written
            boolean zipAfterState = US_STATE_CODE.matcher(parts.get(k - 1)).matches()
                    && US_ZIP.matcher(parts.get(k)).matches();
            sb.append(zipAfterState || ofStreet.get(k) && ofStreet.get(k - 1) ? " " : ", ").append(parts.get(k));
        }
        return sb.toString();
    }

    /** The party an address column's header names before its field: billing, shipping, 配送先 … (null: none). */
    private static final Pattern ADDRESS_PARTY = Pattern.compile(
            "^(billing|shipping|bill to|ship to|delivery|invoice|mailing|mail|home|residential|residence|other|work|business|"
                    + "配送先|お届け先|届け先|ご依頼主|依頼主|請求先|注文者)[ _]?");

    static String addressParty(String normalizedHeader) {
        var m = ADDRESS_PARTY.matcher(normalizedHeader);
        return m.find() ? m.group(1) : null;
    }

    // a form's row for the number of a document named on a row above it (an identity check's record)
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(書類|証明書|確認書類|本人確認書類|証)(の)?(記号)?番号|番号|記号番号|doc(ument)? (number|no\\.?|#)|id (number|no\\.?)|number"
                    // an HR system's National ID beside its National ID Type ("USA-SSN": Workday; probe set 31)
                    + "|national id( number| no\\.?)?");
    private static final Set<String> DOCUMENT_TYPES = Set.of("JP_DRIVERS_LICENSE", "JP_PASSPORT",
            "US_PASSPORT", "US_DRIVERS_LICENSE", "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "US_SSN");
    /** The longest cell read as a document's name ("Driver's License (WA)", "マイナンバーカード（個人番号カード）"). */
    private static final int DOCUMENT_KIND_MAX = 30;
    private static final int KIND_ROWS_ABOVE = 4;
    private static final Pattern ICAO_PASSPORT_CODE = Pattern.compile("PP?");

    /**
     * The rules of the identity document a value cell on the few rows above names ("運転免許証", "Passport"): its
     * header as the document's number ("運転免許証番号", "passport number") names them.
     */
    private List<ColumnRule> documentKindAbove(ScanText t, int i, Map<String, List<ColumnRule>> byHeader) {
        TextUnit u = t.units().get(i);
        for (int j = i - 1; j >= 0; j--) {
            TextUnit v = t.units().get(j);
            if (!v.isCell() || !Objects.equals(v.sheet(), u.sheet()) || u.row() - v.row() > KIND_ROWS_ABOVE) {
                break;
            }
            String kind = t.normalized(j).strip();
            if (kind.isEmpty() || kind.length() > DOCUMENT_KIND_MAX || t.rowLabel(j) == null) {
                continue;
            }
            List<ColumnRule> rules = documentRules(kind, byHeader);
            if (!rules.isEmpty()) {
                return rules;
            }
        }
        return List.of();
    }

    /**
     * The rules of the identity document another cell of the row names (a badge or gate log's "ID Type | ID Number",
     * 本人確認書類 | 書類番号: "Driver License | D1234567", "運転免許証 | 301234567890"), as documentKindAbove reads a form.
     */
    private List<ColumnRule> documentKindInRow(ScanText t, int i, Map<String, List<ColumnRule>> byHeader) {
        for (int j = t.recordFirst(i); j <= t.recordLast(i); j++) {
            if (j == i || t.units().get(j).columnHeader() == null) {
                continue;
            }
            String kind = t.normalized(j).strip();
            if (kind.isEmpty() || kind.length() > DOCUMENT_KIND_MAX || !Character.isLetter(kind.codePointAt(0))) {
                continue;
            }
            // a travel manifest's DOC TYPE column writes the ICAO document code: P (or PP) is a passport (APIS, PNR
            // DOCS); a bare "P" elsewhere (a status, a sex) names no document
            if (ICAO_PASSPORT_CODE.matcher(kind).matches()
                    && normalizeHeader(t.units().get(j).columnHeader()).matches("(doc(ument)? ?)?type")) {
                kind = "passport";
            }
            List<ColumnRule> rules = documentRules(kind, byHeader);
            if (!rules.isEmpty()) {
                return rules;
            }
        }
        return List.of();
    }

    /** The identity-document rules a header naming the document's number would have ("運転免許証番号", "passport number"). */
    private List<ColumnRule> documentRules(String kind, Map<String, List<ColumnRule>> byHeader) {
        for (String header : List.of(kind + "番号", kind + " number")) {
            List<ColumnRule> rules = named(header, byHeader).stream().filter(r -> DOCUMENT_TYPES.contains(r.type())).toList();
            if (!rules.isEmpty()) {
                return rules;
            }
        }
        return List.of();
    }

    /** A cell of a thing-table's bare "name" column. */
    private boolean thingTable(TextUnit u) {
        return BARE_NAME.matcher(normalizeHeader(u.columnHeader())).matches()
                && thingTables.matcher(normalizeHeader(u.sheet())).matches();
    }

    /** Countries.Name "Japan", products.name: the row's own name, and the row is no person. */
    private static List<ColumnRule> withoutNames(List<ColumnRule> rules) {
        return rules.stream().filter(r -> !"PERSON_NAME".equals(r.type())).toList();
    }

    private List<ColumnRule> named(String header, Map<String, List<ColumnRule>> byHeader) {
        return byHeader.computeIfAbsent(header, this::rulesOfHeader);
    }

    /** The rules a header names as written, else as a directory export writes it (see {@link #plainHeader}). */
    private List<ColumnRule> rulesOfHeader(String header) {
        List<ColumnRule> rules = rulesNamedBy(normalizeHeader(header));
        if (rules.isEmpty()) {
            String plain = plainHeader(header);
            if (!plain.equals(header)) {
                rules = rulesNamedBy(normalizeHeader(plain));
            }
        }
        return rules;
    }

    /** A trailing bracketed note: Google Workspace's "First Name [Required]", "Recovery Phone [MUST BE IN …]". */
    private static final Pattern BRACKET_NOTE = Pattern.compile("\\s*\\[[^\\]]*\\]\\s*$");
    /** A lower-case letter, then an upper-case one starting a word: "streetAddress", "postalCode", "mobilePhone". */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");

    /**
     * A directory export's header without its note and with its camelCase words apart (Entra ID's "streetAddress",
     * "postalCode"; Google Workspace's "Last Name [Required]"); tried only when the header as written names no rule.
     */
    static String plainHeader(String header) {
        String h = header.indexOf('[') < 0 ? header : BRACKET_NOTE.matcher(header).replaceFirst("");
        String party = JA_PARTY.matcher(h).replaceFirst("");
        if (!party.isEmpty() && !party.equals(h)) {
            return party;
        }
        party = EN_PARTY.matcher(h).replaceFirst("");
        if (!party.isEmpty() && !party.equals(h)) {
            return party;
        }
        String column = dbColumn(h);
        if (!column.equals(h)) {
            return column;
        }
        return h.indexOf(' ') < 0 && hasCamelStep(h) ? CAMEL.matcher(h).replaceAll(" ") : h;
    }

    /**
     * A database extract's column named with its table before it, in capitals: an Oracle student information system's
     * SPRIDEN_LAST_NAME | SPBPERS_BIRTH_DATE | SPRADDR_STREET_LINE1 | SPRTELE_PHONE_AREA (Banner's tables SPRIDEN,
     * SPBPERS, SPRADDR, SPRTELE; probe set 31). The table's name, four to twelve letters or digits, goes when at least
     * two words follow it, so "LAST_NAME" is read, never a bare NAME or CITY of some other table ("PROD_NAME").
     */
    private static final Pattern DB_TABLE_PREFIX = Pattern.compile("^[A-Z][A-Z0-9]{3,11}_(?=[A-Z0-9]+_[A-Z0-9])");
    private static final Pattern DB_COLUMN = Pattern.compile("[A-Z][A-Z0-9]{3,11}(?:_[A-Z0-9]+){2,5}");

    /** {@code header} without the table a database extract names before its column, else {@code header} itself. */
    static String dbColumn(String header) {
        return DB_COLUMN.matcher(header).matches() ? DB_TABLE_PREFIX.matcher(header).replaceFirst("") : header;
    }

    private static final Pattern DB_TABLE = Pattern.compile("([A-Z][A-Z0-9]{3,11})_[A-Z0-9]+(?:_[A-Z0-9]+){0,5}");

    /** The table a database extract's column names before its own name (SPRADDR of SPRADDR_STREET_LINE1), or null. */
    static String dbTable(String header) {
        var m = header == null ? null : DB_TABLE.matcher(header);
        return m != null && m.matches() ? m.group(1) : null;
    }

    /** {@code header} without its table when that is {@code table} (SPRADDR_CITY beside SPRADDR_STREET_LINE1), else as {@link #dbColumn}. */
    static String sameTableColumn(String header, String table) {
        return table != null && header.startsWith(table + "_") && header.length() > table.length() + 1
                && table.equals(dbTable(header)) ? header.substring(table.length() + 1) : dbColumn(header);
    }

    /**
     * The party a Japanese shop's, booking's or HR export names before a field or in brackets after it: 注文者 姓, 配送先
     * 住所, 氏(請求先), 名(配送先), 家族 生年月日, 給与振込口座 口座番号 (STORES, BASE, SmartHR): the field is the party's
     * name, address or account. Which person the row's cells belong to is the linker's (party and second-person
     * headers); the header types the value.
     */
    private static final Pattern JA_PARTY = Pattern.compile(
            "^(?:ご?注文者|ご?購入者|配送先|お?届け先|ご?請求先|送付先|送り先|ご?依頼主|受取人|参加者|申込者|予約者|家族|(?:給与)?振込(?:先)?口座)"
                    + "[ \u3000]*(?:の[ \u3000]*)?(?=\\S)"
                    + "|[ \u3000]*[(（](?:ご?注文者|ご?購入者|配送先|お?届け先|ご?請求先|送付先|送り先|ご?依頼主|受取人|参加者|申込者|予約者)[)）]$");

    /**
     * The party a public body's register names before each of its fields: a tax roll's OWNER_LAST | OWNER_ADDR, a
     * court export's PARTY_FIRST | PARTY_DOB, an electoral register's "Elector Name", a DMV extract's OWNER_FIRST
     * (probe set 27): the field is the party's name, address or birth date. Only where the header as written names
     * no rule, so "Caller Name", "Plaintiff" and "Subject Last" keep their own; OWNER_PHONE or PARTY_TYPE name none
     * after it either. A tenancy deposit export's "Lead Tenant First Name" | "Joint Tenant Email" likewise (probe set
     * 29; the joint tenant's columns are a second person's, by the second-person headers). A bank's extracts likewise:
     * a wire log's "Orig Acct" | "Bene Address", an AML alert queue's "Customer Acct" | "Counterparty Acct" (probe set 30).
     */
    private static final Pattern EN_PARTY = Pattern.compile("(?i)^(?:(?:property |registered |record )?owner|party|elector"
            + "|voter|registrant|inmate|arrestee|patron|caller|petitioner|respondent|plaintiff|defendant|taxpayer|claimant"
            + "|requester|requestor|complainant|licensee|(?:lead|joint|primary|second|additional|co-?) ?tenant"
            + "|customer|client|counterparty|cpty|orig|originator|bene|beneficiary|remitter)[ _\\-]+(?=\\S)");

    /** A lower-case letter right before an upper-case one: where {@link #CAMEL} can match (a cheap test first). */
    private static boolean hasCamelStep(String h) {
        int before = -1;
        for (int i = 0; i < h.length(); ) {
            int c = h.codePointAt(i);
            if (before >= 0 && Character.isLowerCase(before) && Character.isUpperCase(c)) {
                return true;
            }
            before = c;
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * One word of two capitalised words run together, the first of five letters or more: an identifier (a FHIR
     * ValueSet's "ProblemList", a class name), never a person's name ("McAllister", "DeLuca", "MacDonald" start shorter).
     */
    private static final Pattern IDENTIFIER = Pattern.compile("\\p{Lu}\\p{Ll}{4,}\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)*");
    /** Such an identifier as a word of a cell: "Fleet Maintenance SharePoint" (a custodian that is a data source). */
    private static final Pattern IDENTIFIER_WORD = Pattern.compile("(?<!\\p{L})" + IDENTIFIER.pattern() + "(?!\\p{L})");
    /** A header that names a code: "傷病名コード", "diagnosis code", "ICD10" beside "傷病名", "diagnosis". */
    private static final Pattern CODE_SUFFIX = Pattern.compile("\\s*(?:コード|code|cd|no\\.?)$");
    /**
     * Headers of a catalogue's columns: a price, a maker, a strength, a product's code or indication (a 医薬品マスタ: YJ
     * コード, JAN, 薬価, 効能・効果; a formulary's NDC).
     */
    private static final Pattern CATALOGUE_HEADER = Pattern.compile(
            "薬価|価格|単価|定価|メーカー|製造販売元|規格|効能・?効果|薬効(分類)?|yj ?(コード|code)?|jan ?(コード|code)?|ndc( code)?"
                    + "|(unit |list )?price|manufacturer|maker|strength|indications?");
    /** Headers that say a table's rows are people even when no rule types them (an id of a patient, a member …). */
    private static final Pattern PERSON_HEADER = Pattern.compile(
            ".*(patient|member|employee|customer|person|user|client|subscriber|insured|患者|社員|会員|受診者|被保険者|カルテ|職員|従業員).*");

    /**
     * Whether a sheet (or a CSV: null) is a code list: a column whose header is another column's header with "code"
     * after it ("傷病名コード | 傷病名", "diagnosis code | diagnosis"), and no column that names a person or their data.
     * Its HEALTH_INFO column names diseases, nobody's (a 傷病名マスター, an ICD-10 extract).
     */
    private boolean codeList(ScanText t, String sheet) {
        Set<String> headers = new java.util.HashSet<>();
        for (TextUnit u : t.units()) {
            if (u.isCell() && u.columnHeader() != null && java.util.Objects.equals(u.sheet(), sheet)) {
                headers.add(normalizeHeader(u.columnHeader()));
            }
        }
        boolean pair = false;
        for (String h : headers) {
            if (PERSON_HEADER.matcher(h).matches()) {
                return false;
            }
            for (ColumnRule r : rulesOfHeader(h)) {
                if (!"HEALTH_INFO".equals(r.type())) {
                    return false;
                }
            }
            String base = CODE_SUFFIX.matcher(h).replaceFirst("");
            pair |= !base.equals(h) && !base.isEmpty() && headers.contains(base);
            // a catalogue's price or maker beside the drug (a pharmacy's 医薬品マスタ: 医薬品名 | 規格 | 薬価 | メーカー)
            pair |= CATALOGUE_HEADER.matcher(h).matches();
        }
        return pair;
    }

    private Finding typed(ScanText t, int i, String cell, List<ColumnRule> named, String detector) {
        for (ColumnRule r : named) {
            String cellValue = "PERSON_NAME".equals(r.type()) ? MAILBOX_AFTER.matcher(cell).replaceFirst("") : cell;
            // an address is judged with the row's parts: EC-CUBE's addr01 "福岡市博多区" has its number in addr02
            boolean address = "POSTAL_ADDRESS".equals(r.type()) && detector.equals(id());
            String whole = address ? withAddressParts(t, i, cellValue) : null;
            if (r.value().matcher(address ? whole : cellValue).matches()) {
                if ("PERSON_NAME".equals(r.type()) && (OrgWords.isOrganisation(cellValue)
                        || IDENTIFIER_WORD.matcher(cellValue).find() || notNames.rejects(cellValue))) {
                    return null;
                }
                // "西村 陽子 様", "山田太郎殿": the honorific after a name is no part of it
                String value = "PERSON_NAME".equals(r.type()) ? HONORIFIC_AFTER.matcher(cellValue).replaceFirst("")
                        : cellValue;
                if (value.isEmpty()) {
                    return null;
                }
                int offset = t.start(i) + t.normalized(i).indexOf(value);
                if (!address) {
                    whole = value;
                }
                return PatternDetector.finding(t, Category.PII, r.type(), whole, r.mask().apply(whole),
                        r.score(), detector + ":" + r.type(), offset);
            }
        }
        return null;
    }
}
