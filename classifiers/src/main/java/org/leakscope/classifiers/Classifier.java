package org.leakscope.classifiers;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.SortedSet;
import java.util.TreeSet;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.DetectorRegistry;
import org.leakscope.classifiers.detect.IntervalSet;
import org.leakscope.classifiers.detect.PackedOrder;
import org.leakscope.classifiers.detect.ScanRules;
import org.leakscope.classifiers.detect.TriggerScan;
import org.leakscope.classifiers.marking.MarkingDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.pii.ColumnHeaderDetector;
import org.leakscope.classifiers.pii.HeaderColumns;
import org.leakscope.classifiers.pii.CreditCardDetector;
import org.leakscope.classifiers.pii.CredentialDetector;
import org.leakscope.classifiers.pii.DateOfBirthDetector;
import org.leakscope.classifiers.pii.EmailDetector;
import org.leakscope.classifiers.pii.IbanDetector;
import org.leakscope.classifiers.pii.IpAddressDetector;
import org.leakscope.classifiers.pii.JapaneseNameDetector;
import org.leakscope.classifiers.pii.LabelledValueDetector;
import org.leakscope.classifiers.pii.LatinNameDetector;
import org.leakscope.classifiers.pii.SampleForms;
import org.leakscope.classifiers.pii.MyNumberDetector;
import org.leakscope.classifiers.pii.PhoneDetector;
import org.leakscope.classifiers.pii.PostalAddressDetector;
import org.leakscope.classifiers.pii.UkNinoDetector;
import org.leakscope.classifiers.pii.UsItinDetector;
import org.leakscope.classifiers.pii.UsSsnDetector;
import org.leakscope.classifiers.text.LanguageGuesser;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Runs every enabled detector over one item and keeps what is worth reporting. Built once per job;
 * detectors hold no per-item state, so {@link #classify} is safe from many threads.
 */
public final class Classifier {

    private final ClassifierConfig config;
    private final DetectorRegistry registry;
    private final TriggerScan triggers;
    /** Marks a row's second person's record (a dependant's cells): after the row's own key, never a row number's digit. */
    public static final String SECOND_PERSON = "+2";
    /** After {@link #SECOND_PERSON}: the second person shares the row's own person's home (household-headers). */
    public static final String HOUSEHOLD = "h";
    /** Before a column's name in the record key of a person's column ({@link #personColumnRecords}): never a row's digit. */
    static final String PERSON_COLUMN = "col ";
    /** Before a column's name, after a row's key, in the record key of a party's cell ({@link #partyCells}). */
    static final String PARTY = "+p ";

    private final HeaderColumns notPiiColumns;
    private final HeaderColumns secondPersonColumns;
    private final HeaderColumns partyColumns;
    private final HeaderColumns householdColumns;
    private final HeaderColumns secondPersonDetailColumns;
    private final HeaderColumns personColumns;
    private final ColumnHeaderDetector columnHeaders;
    private final SampleForms sampleForms;

    public Classifier(ClassifierConfig config) {
        this.config = config;
        this.registry = buildRegistry(config);
        this.notPiiColumns = HeaderColumns.fromConfig(config, HeaderColumns.NOT_PII);
        this.secondPersonColumns = HeaderColumns.fromConfig(config, HeaderColumns.SECOND_PERSON);
        this.partyColumns = HeaderColumns.fromConfig(config, HeaderColumns.PARTY);
        this.householdColumns = HeaderColumns.fromConfig(config, HeaderColumns.HOUSEHOLD);
        this.secondPersonDetailColumns = HeaderColumns.fromConfig(config, HeaderColumns.SECOND_PERSON_DETAILS);
        this.personColumns = HeaderColumns.fromConfig(config, HeaderColumns.PERSON_COLUMNS);
        this.sampleForms = SampleForms.fromConfig(config);
        this.columnHeaders = registry.detectors().stream().filter(ColumnHeaderDetector.class::isInstance)
                .map(ColumnHeaderDetector.class::cast).findFirst()
                .orElseGet(() -> ColumnHeaderDetector.fromConfig(config)); // column_header disabled
        List<java.util.regex.Pattern> rules = new ArrayList<>();
        Set<java.util.regex.Pattern> pooled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Detector d : registry.detectors()) {
            if (d instanceof ScanRules sr) {
                rules.addAll(sr.patterns());
                if (sr.pooled()) {
                    pooled.addAll(sr.patterns());
                }
            }
        }
        this.triggers = new TriggerScan(rules, pooled);
        // each rule's start filter, built here in parallel rather than on the first item of each thread
        rules.parallelStream().forEach(org.leakscope.classifiers.detect.StartFilter::of);
    }

    /** The union automaton of every regex rule of the enabled detectors, run once per item. */
    public TriggerScan triggers() {
        return triggers;
    }

    /** {@code classify.phone-service-types}: libphonenumber number types not reported (none when absent). */
    static Set<PhoneNumberType> phoneServiceTypes(ClassifierConfig config) {
        var node = config.path("classify", "phone-service-types");
        Set<PhoneNumberType> out = new java.util.HashSet<>();
        for (String name : ClassifierConfig.stringList(node, "classify.phone-service-types")) {
            try {
                out.add(PhoneNumberType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("config key classify.phone-service-types: unknown number type " + name
                        + " (one of " + java.util.Arrays.toString(PhoneNumberType.values()) + ")");
            }
        }
        return out;
    }

    static DetectorRegistry buildRegistry(ClassifierConfig config) {
        List<String> regions = ClassifierConfig.stringList(config.path("classify", "phone-regions"),
                "classify.phone-regions");
        Set<PhoneNumberType> serviceTypes = phoneServiceTypes(config);
        Set<String> disabled = Set.copyOf(ClassifierConfig.stringList(config.path("classify", "disabled-detectors"),
                "classify.disabled-detectors"));
        ColumnHeaderDetector headers = ColumnHeaderDetector.fromConfig(config);
        Set<String> roleNames = new java.util.HashSet<>();
        for (String r : ClassifierConfig.stringList(config.path("classify", "email-role-names"), "classify.email-role-names")) {
            roleNames.add(r.toLowerCase(java.util.Locale.ROOT));
        }
        List<Detector> all = new ArrayList<>(List.of(new EmailDetector(roleNames),
                PhoneDetector.fromConfig(config, regions.isEmpty() ? List.of("JP", "US") : regions, serviceTypes), new UsSsnDetector(),
                new UsItinDetector(), new CreditCardDetector(), new MyNumberDetector(), new IbanDetector(),
                new UkNinoDetector(), new org.leakscope.classifiers.pii.MrzDetector(),
                new org.leakscope.classifiers.pii.AddresseeDetector(), new IpAddressDetector(), new CredentialDetector(),
                new DateOfBirthDetector(),
                PostalAddressDetector.fromConfig(config), headers, JapaneseNameDetector.fromConfig(config),
                LatinNameDetector.fromConfig(config), new org.leakscope.classifiers.pii.JapaneseNamePosDetector(),
                new org.leakscope.classifiers.pii.JapaneseHealthInsuranceDetector(), new org.leakscope.classifiers.pii.UsBankAccountDetector(),
                MarkingDetector.fromConfig(config)));
        all.addAll(LabelledValueDetector.fromConfig(config, headers));
        all.add(new org.leakscope.classifiers.pii.PnrSsrDetector());
        all.add(new org.leakscope.classifiers.pii.DicomDumpDetector());
        all.add(new org.leakscope.classifiers.pii.JahisDetector());
        var international = org.leakscope.classifiers.pii.InternationalNumberColumns.fromConfig(config);
        if (international != null) {
            all.add(international);
        }
        all.add(new org.leakscope.classifiers.pii.SplitPhoneColumns());
        for (String r : regions) {
            if (!com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance().getSupportedRegions().contains(r)) {
                throw new IllegalArgumentException("config key classify.phone-regions: unknown region " + r);
            }
        }
        Set<String> known = new java.util.HashSet<>();
        all.forEach(d -> known.add(d.id()));
        for (String id : disabled) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("config key classify.disabled-detectors: unknown detector id " + id);
            }
        }
        DetectorRegistry reg = new DetectorRegistry();
        for (Detector d : all) {
            if (!disabled.contains(d.id())) {
                reg.register(d);
            }
        }
        return reg;
    }

    public DetectorRegistry registry() {
        return registry;
    }

    public ClassificationResult classify(List<TextUnit> units) {
        return classifyPart(units, true, true);
    }

    /**
     * Classifies one part of an item's text that comes in parts: {@code startsItem} for its first part,
     * {@code endsItem} for its last (only there do the first and last lines stand where a banner stands).
     */
    public ClassificationResult classifyPart(List<TextUnit> units, boolean startsItem, boolean endsItem) {
        ScanText text = new ScanText(units == null ? List.of() : units, triggers).asPart(startsItem, endsItem);
        if (personColumns.any()) {
            text.personColumns(personColumns::names);
        }
        List<Finding> all = new ArrayList<>();
        for (Detector d : registry.detectors()) {
            all.addAll(d.detect(text));
        }
        if (notPiiColumns.any()) {
            all.removeIf(f -> f.category() == Category.PII && notPiiColumns.covers(text.unitAt(f.offset())));
        }
        List<Finding> kept = formFieldsAsText(text, resolveOverlaps(all, config.reportThreshold(), offset -> {
            int ui = text.unitIndexAt(offset);
            return text.units().get(ui).isCell() ? text.start(ui) + text.normalized(ui).length() : Integer.MAX_VALUE;
        }));
        if (secondPersonColumns.any()) {
            secondPersons(text, kept);
        }
        if (partyColumns.any()) {
            partyCells(text, kept);
        }
        if (personColumns.any()) {
            personColumnRecords(text, kept);
        }
        namedInProse(text, kept);
        staffNames(text, kept);
        kosekiMembers(text, kept);
        householdAddress(text, kept);
        coupleAddress(text, kept);
        placeholders(text, kept);
        repeatedGroups(text, kept);
        SortedSet<String> pii = new TreeSet<>();
        SortedSet<String> marks = new TreeSet<>();
        for (Finding f : kept) {
            (f.category() == Category.PII ? pii : marks).add(f.type());
        }
        return new ClassificationResult(List.copyOf(kept), pii, marks, highestMarking(marks),
                LanguageGuesser.guess(text.text()));
    }

    /**
     * The clinician's or carer's name a record gives under a staff label (担当医：, 保険医氏名, 薬剤師, 介護支援専門員,
     * 訪問介護員, 担任) names who wrote or handled the record, not whom it is about: in running text it is a record of
     * its own ({@link #STAFF_KEY} and its offset), so the patient's diagnosis and medication below it stay the
     * patient's (a カルテ's "担当医：中西 健一" line had taken the SOAP assessment under it).
     */
    private static void staffNames(ScanText text, List<Finding> kept) {
        String t = text.text();
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            if (f.category() != Category.PII || !"PERSON_NAME".equals(f.type()) || f.recordKey() != null
                    || f.offset() <= 0 || f.offset() > t.length()) {
                continue;
            }
            int from = Math.max(0, f.offset() - STAFF_REACH);
            int nl = t.lastIndexOf('\n', f.offset() - 1);
            if (nl >= from) {
                from = nl + 1;
            }
            if (STAFF_LABEL.matcher(t.substring(from, f.offset())).find()) {
                kept.set(i, f.withRecordKey(STAFF_KEY + f.offset()));
            }
        }
    }

    /**
     * A 戸籍's members are written by their given names alone (【名】美咲): the 氏 is the one the 筆頭者's 氏名 line gives
     * at the top ("氏名　今井　直人"), so each member is named in full ("今井 美咲") and the 筆頭者's own 【名】 block
     * is the same person as the 氏名 line. With no such line the given name stays as written.
     */
    private static void kosekiMembers(ScanText text, List<Finding> kept) {
        String family = null;
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            if (!KOSEKI_GIVEN.equals(f.detector()) || f.value() == null || f.value().contains(" ")) {
                continue;
            }
            if (family == null) {
                java.util.regex.Matcher m = KOSEKI_HEAD.matcher(text.text());
                family = m.find() ? m.group(1) : "";
            }
            if (!family.isEmpty()) {
                String full = family + " " + f.value();
                kept.set(i, new Finding(f.category(), f.type(), full, org.leakscope.classifiers.detect.Masks.name(full),
                        f.confidence(), f.location(), f.detector(), f.recordKey(), f.offset()));
            }
        }
    }

    /**
     * A 住民票 (世帯主 named, the 住所 written once at the top) certifies that each member it lists lives at that
     * address: each member's entry (a name with a birth date on its line or the next) is given the household's address
     * too, as a finding at the member's name, so the notification list has every member's home and not only the
     * 世帯主's. Running text only; the address must stand under a 住所 label before the first member.
     */
    private static void householdAddress(ScanText text, List<Finding> kept) {
        String t = text.text();
        if (!t.contains("住民票") || !t.contains("世帯主")) {
            return;
        }
        Finding home = null;
        for (Finding f : kept) {
            if (f.category() == Category.PII && "POSTAL_ADDRESS".equals(f.type()) && f.recordKey() == null
                    && f.offset() > 0 && f.offset() <= t.length()) {
                int nl = t.lastIndexOf('\n', f.offset() - 1);
                if (HOME_LABEL.matcher(t.substring(nl + 1, f.offset())).find()) {
                    home = f;
                }
                break;
            }
        }
        if (home == null) {
            return;
        }
        List<Finding> added = new ArrayList<>();
        for (Finding f : kept) {
            if (f.category() != Category.PII || !"PERSON_NAME".equals(f.type()) || f.recordKey() != null
                    || f.offset() <= home.offset()) {
                continue;
            }
            int lineEnd = t.indexOf('\n', f.offset());
            int next = lineEnd < 0 ? t.length() : t.indexOf('\n', lineEnd + 1);
            int until = next < 0 ? t.length() : next;
            boolean born = kept.stream().anyMatch(g -> "DATE_OF_BIRTH".equals(g.type()) && g.recordKey() == null
                    && g.offset() > f.offset() && g.offset() < until);
            if (born) {
                added.add(new Finding(home.category(), home.type(), home.value(), home.masked(), home.confidence(),
                        f.location(), HOUSEHOLD_DETECTOR, null, f.offset()));
            }
        }
        if (!added.isEmpty()) {
            kept.addAll(added);
            kept.sort(Comparator.comparingInt(Finding::offset)); // stable: text order, each copy at its member
        }
    }

    /**
     * A couple's heading ("Delgado, Trevor &amp; Ngozi", "John and Mary Whitfield": two names on one short line sharing a
     * surname) with an address on the next line: the address is both people's home. The text gives it to the nearest
     * name above, the second; a copy at the first name's place gives it to the first as well.
     */
    private static void coupleAddress(ScanText text, List<Finding> kept) {
        List<Finding> added = null;
        for (int i = 0; i + 2 < kept.size(); i++) {
            Finding first = kept.get(i);
            Finding second = kept.get(i + 1);
            Finding next = kept.get(i + 2);
            if (first.span() == 0 || !isName(first) || !isName(second) || first.recordKey() != null
                    || second.recordKey() != null || !"POSTAL_ADDRESS".equals(next.type()) || next.recordKey() != null) {
                continue;
            }
            int unit = text.unitIndexAt(first.offset());
            if (text.unitIndexAt(second.offset()) != unit || text.unitIndexAt(next.offset()) != unit + 1
                    || !surname(first.value()).equals(surname(second.value()))) {
                continue;
            }
            (added == null ? added = new ArrayList<>() : added).add(new Finding(next.category(), next.type(), next.value(),
                    next.masked(), next.confidence(), first.location(), HOUSEHOLD_DETECTOR, null, first.offset()));
        }
        if (added != null) {
            kept.addAll(added);
            kept.sort(Comparator.comparingInt(Finding::offset)); // stable: the copy after the name it stands at
        }
    }

    private static boolean isName(Finding f) {
        return f.category() == Category.PII && "PERSON_NAME".equals(f.type());
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** A 住民票's address label at its line's start (住所 / 住　所, a colon, a 〒 may follow the label). */
    static final Pattern HOME_LABEL = Pattern.compile("^[ \\t\u3000]*住[ \\t\u3000]*所[ \\t\u3000]*[:：]?[ \\t\u3000]*$");
    /** The detector of a household member's copy of the 住民票's address. */
    static final String HOUSEHOLD_DETECTOR = "household_address";

    /** The detector of a 戸籍 member's given name (labels.yml name-koseki). */
    static final String KOSEKI_GIVEN = "label:name-koseki";
    /** The 筆頭者's 氏名 line of a 戸籍: its 氏 (one to four kanji) before the given name. */
    static final Pattern KOSEKI_HEAD = Pattern.compile("(?m)^[ \\t\u3000]*氏[ \\t\u3000]*名[ \\t\u3000]+(\\p{IsHan}{1,4})[ \\t\u3000]+[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,5}[ \\t\u3000]*$");

    /** A staff label right before a name (its colon and blanks between). */
    static final Pattern STAFF_LABEL = Pattern.compile("(?:担当医|主治医|執刀医|保険医(?:氏名)?|(?<!患者|被保険者)医師(?:氏?名)?"
            + "|歯科医師|薬剤師|看護師|介護支援専門員|ケアマネ(?:ジャー)?|訪問介護員|ホームヘルパー|担任)[ \\t\u3000]*(?:[:：][ \\t\u3000]*)?$");
    /** How far before a name its staff label may start. */
    private static final int STAFF_REACH = 16;
    /** The record key of a staff name in running text (then its offset): a record of its own. */
    public static final String STAFF_KEY = "\u0002staff@";

    /**
     * A filled-in sample of a form (記入例, "Sample") fills its fields with placeholders: the names every template uses
     * (山田 太郎, John Doe) and the numbers 1234567 and 0000000. No one's data there. The sample's words are looked for
     * only when such a value was found.
     */
    private void placeholders(ScanText text, List<Finding> kept) {
        Boolean[] sample = {null};
        Set<String> placeholderParts = new HashSet<>();
        Set<String> placeholderTypes = new HashSet<>();
        kept.removeIf(f -> {
            boolean drop = f.category() == Category.PII
                    && ("PERSON_NAME".equals(f.type()) ? sampleForms.placeholderName(f.value())
                            : SampleForms.placeholderNumber(f.value()))
                    && (sample[0] != null ? sample[0] : (sample[0] = SampleForms.sample(text.text())));
            if (drop && "PERSON_NAME".equals(f.type())) {
                placeholderParts.add(part(f));
            } else if (drop) {
                placeholderTypes.add(part(f) + "|" + f.type());
            }
            return drop;
        });
        // the sample's other numbers of a kind it fills with placeholders are the sample's too: the insurer number a
        // 保険証 見本 prints beside its placeholder 記号・番号 is an insurer's, no member's
        if (!placeholderTypes.isEmpty()) {
            kept.removeIf(f -> f.category() == Category.PII && placeholderTypes.contains(part(f) + "|" + f.type()));
        }
        if (placeholderParts.isEmpty()) {
            // a sample that names no one but writes a placeholder person no detector took for a name (a specimen
            // passport page's "TRAVELER / HAPPY") holds the specimen's birth date and number, no one's
            boolean anyPii = false;
            for (Finding f : kept) {
                if (f.category() == Category.PII) {
                    if ("PERSON_NAME".equals(f.type())) {
                        return;
                    }
                    anyPii = true;
                }
            }
            // the sample words first: most items are none, and the placeholder names' pattern is the longer search
            if (anyPii && (sample[0] != null ? sample[0] : SampleForms.sample(text.text()))
                    && sampleForms.writesPlaceholder(text.text())) {
                kept.removeIf(f -> f.category() == Category.PII);
            }
            return;
        }
        // a sample's part (the item, or its sheet) that names only placeholder people holds no one's data: the
        // specimen's birth date and document number are the specimen's ("SPECIMEN … TRAVELER / HAPPY, 01 JAN 1981,
        // 963545637"); a part with a real name beside the placeholder keeps what it has
        for (Finding f : kept) {
            if (f.category() == Category.PII && "PERSON_NAME".equals(f.type())) {
                placeholderParts.remove(part(f));
            }
        }
        kept.removeIf(f -> f.category() == Category.PII && placeholderParts.contains(part(f)));
    }

    /** The part of an item a finding stands in: its sheet ("sheet=Staff;row=3" gives "Staff"), else the whole item. */
    private static String part(Finding f) {
        String loc = f.location();
        if (loc != null && loc.startsWith("sheet=")) {
            int end = loc.indexOf(';');
            return loc.substring(6, end < 0 ? loc.length() : end);
        }
        return "";
    }

    /**
     * A table laid out as a form ({@link ScanText#formSheets}) holds one person's fields row by row, and maybe a
     * second person's (a manager, an emergency contact) further down: its findings are running text, so the
     * resolver binds nearby rows into one record and splits where a second person begins, instead of taking each
     * row for a person of its own (a starter checklist's birth-date row was a record with no one in it).
     */
    private List<Finding> formFieldsAsText(ScanText text, List<Finding> kept) {
        Set<String> forms = null;
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            if (f.recordKey() == null) {
                continue;
            }
            if (forms == null) {
                forms = columnHeaders.formSheets(text);
                if (forms.isEmpty()) {
                    return kept;
                }
            }
            TextUnit u = text.unitAt(f.offset());
            if (forms.contains(u.sheet() == null ? "" : u.sheet())) {
                kept.set(i, f.withRecordKey(null));
            }
        }
        return kept;
    }

    /**
     * A table whose columns are people ({@link ScanText#personColumnSheets}: "Name | Anne Quintana | Lorraine Mendoza",
     * "Social Security Number | … | …" under Borrower | Co-Borrower) holds one person's record in each column: its
     * findings are keyed by sheet and column, not by row.
     */
    private void personColumnRecords(ScanText text, List<Finding> kept) {
        Set<String> sheets = null;
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            if (f.category() != Category.PII) {
                continue;
            }
            if (sheets == null) {
                sheets = columnHeaders.personColumnSheets(text);
                if (sheets.isEmpty()) {
                    return;
                }
            }
            int ui = text.unitIndexAt(f.offset());
            TextUnit u = text.units().get(ui);
            if (u.isCell() && sheets.contains(u.sheet() == null ? "" : u.sheet()) && text.inPersonColumn(ui)) {
                kept.set(i, f.withRecordKey((u.sheet() == null ? "" : u.sheet()) + "#" + PERSON_COLUMN + u.column()));
            }
        }
    }

    /**
     * A row's cells under a second person's headers (Dependent, Dep SSN, 配偶者氏名) are that person's record, apart
     * from the row's own person: the row's key with {@link #SECOND_PERSON}
     * (without the row's database links, which are the row's own), and {@link #HOUSEHOLD} after it when the column
     * is one of household-headers (a guardian, a spouse: the row's home is theirs).
     */
    private void secondPersons(ScanText text, List<Finding> kept) {
        // by row: where its second person's first cell starts, and that person's key
        Map<String, Integer> secondFrom = null;
        Map<String, String> secondKey = null;
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            TextUnit unit = f.recordKey() != null && f.category() == Category.PII ? text.unitAt(f.offset()) : null;
            if (unit != null && secondPersonColumns.covers(unit)) {
                String key = TextUnit.rowOf(f.recordKey()) + SECOND_PERSON + (householdColumns.covers(unit) ? HOUSEHOLD : "");
                kept.set(i, f.withRecordKey(key));
                secondFrom = secondFrom == null ? new HashMap<>() : secondFrom;
                secondKey = secondKey == null ? new HashMap<>() : secondKey;
                secondFrom.merge(f.recordKey(), text.start(text.unitIndexAt(f.offset())), Math::min);
                secondKey.putIfAbsent(f.recordKey(), key);
            }
        }
        if (secondFrom == null || !secondPersonDetailColumns.any()) {
            return;
        }
        // "Emergency contact | Relationship | Contact phone": the contact's details stand after the contact's name
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            Integer from = f.recordKey() == null || f.category() != Category.PII ? null : secondFrom.get(f.recordKey());
            if (from != null && f.offset() > from && secondPersonDetailColumns.covers(text.unitAt(f.offset()))) {
                kept.set(i, f.withRecordKey(secondKey.get(f.recordKey())));
            }
        }
    }

    /**
     * A cell under a party's header (party-headers: Author, Recipients, CC, Reviewer) is a record of its own: a
     * privilege log's row names its author, its recipients and those copied, a redaction log's its reviewer and the
     * one who checked the review, each someone else; as one record the row's two or three names made no subject (a
     * record naming two people is nobody's) and its author's mailbox went to whoever else it named.
     */
    private void partyCells(ScanText text, List<Finding> kept) {
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            if (f.recordKey() == null || f.category() != Category.PII) {
                continue;
            }
            TextUnit unit = text.unitAt(f.offset());
            if (unit != null && unit.isCell() && partyColumns.covers(unit)) {
                kept.set(i, f.withRecordKey(TextUnit.rowOf(f.recordKey()) + PARTY + unit.column()));
            }
        }
    }

    /**
     * A row whose phone or e-mail header comes twice ("Week of | Primary | Mobile | Secondary | Mobile", an on-call
     * rota) holds two people side by side: the cells after the first such column are the second person's, apart
     * from the row's own (two mobiles of one row joined the whole rota into one person).
     */
    private static void repeatedGroups(ScanText text, List<Finding> kept) {
        Map<String, Map<String, Integer>> firstByRow = null;
        Map<String, Integer> secondFrom = null;
        for (Finding f : kept) {
            if (f.recordKey() == null || f.category() != Category.PII || f.recordKey().endsWith(SECOND_PERSON)
                    || !("PHONE_NUMBER".equals(f.type()) || "EMAIL_ADDRESS".equals(f.type()))) {
                continue;
            }
            int ui = text.unitIndexAt(f.offset());
            String header = text.units().get(ui).columnHeader();
            if (header == null || header.isBlank()) {
                continue;
            }
            firstByRow = firstByRow == null ? new HashMap<>() : firstByRow;
            Integer first = firstByRow.computeIfAbsent(f.recordKey(), k -> new HashMap<>())
                    .putIfAbsent(header.strip().toLowerCase(java.util.Locale.ROOT), ui);
            // two columns of one header, not one key of a JSON record's array ("phones.number" twice is one person's)
            if (first != null && first != ui && !java.util.Objects.equals(text.units().get(first).column(),
                    text.units().get(ui).column())) {
                secondFrom = secondFrom == null ? new HashMap<>() : secondFrom;
                secondFrom.merge(f.recordKey(), first + 1, Math::min);
            }
        }
        if (secondFrom == null) {
            return;
        }
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            Integer from = f.recordKey() == null || f.category() != Category.PII ? null : secondFrom.get(f.recordKey());
            if (from != null && text.unitIndexAt(f.offset()) >= from) {
                kept.set(i, f.withRecordKey(TextUnit.rowOf(f.recordKey()) + SECOND_PERSON));
            }
        }
    }

    /** How many more words than the name a cell holds to be prose (a message, a description), not a name field. */
    private static final int PROSE_WORDS = 3;

    /**
     * A row's prose cell (a chat message, a ticket's description) that names someone other than the row's person is
     * that person's record, apart from the row's own, as a second person's columns are: in a Slack message "FYI Marcus
     * Delgado is on sick leave …" whose author is the row's user_profile, the sick leave is Marcus Delgado's, not the
     * author's. Only where another cell of the row names someone of another family name.
     */
    private static void namedInProse(ScanText text, List<Finding> kept) {
        Map<String, Map<Integer, String>> namesByRow = null;
        for (Finding f : kept) {
            if (f.recordKey() != null && f.category() == Category.PII && "PERSON_NAME".equals(f.type())) {
                namesByRow = namesByRow == null ? new HashMap<>() : namesByRow;
                namesByRow.computeIfAbsent(f.recordKey(), k -> new HashMap<>())
                        .putIfAbsent(text.unitIndexAt(f.offset()), f.value());
            }
        }
        if (namesByRow == null) {
            return;
        }
        Map<String, Set<Integer>> proseByRow = new HashMap<>();
        for (Finding f : kept) {
            Map<Integer, String> names = "PERSON_NAME".equals(f.type()) ? namesByRow.get(f.recordKey()) : null;
            if (names == null || names.size() < 2) {
                continue;
            }
            int ui = text.unitIndexAt(f.offset());
            boolean other = names.entrySet().stream().allMatch(e -> e.getKey() == ui || !onePerson(e.getValue(), f.value()));
            if (other && words(text.normalized(ui)) - words(f.value()) >= PROSE_WORDS) {
                proseByRow.computeIfAbsent(f.recordKey(), k -> new HashSet<>()).add(ui);
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            Set<Integer> prose = f.recordKey() == null || f.category() != Category.PII ? null : proseByRow.get(f.recordKey());
            if (prose != null && prose.contains(text.unitIndexAt(f.offset()))) {
                kept.set(i, f.withRecordKey(TextUnit.rowOf(f.recordKey()) + SECOND_PERSON));
            }
        }
    }

    /**
     * Whether two names of a row may be one person: a word in common ("Marcus" and "Marcus Delgado", "DELGADO, Marcus"),
     * or one written inside the other without its blanks (山田太郎 and 山田 太郎).
     */
    private static boolean onePerson(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        String xs = x.replaceAll("[\\s,\u3000]", "");
        String ys = y.replaceAll("[\\s,\u3000]", "");
        if (xs.contains(ys) || ys.contains(xs)) {
            return true;
        }
        Set<String> words = new HashSet<>(List.of(x.split("[\\s,\u3000]+")));
        for (String w : y.split("[\\s,\u3000]+")) {
            if (!w.isEmpty() && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean blank = Character.isWhitespace(s.charAt(i));
            n += !blank && !in ? 1 : 0;
            in = !blank;
        }
        return n;
    }

    /** The most severe of {@code marks} by the configured ranking (else the first code); null when there is none. */
    public String highestMarking(SortedSet<String> marks) {
        for (String code : config.markingSeverity()) {
            if (marks.contains(code)) {
                return code;
            }
        }
        return marks.isEmpty() ? null : marks.first();
    }

    /**
     * Drops findings below the threshold; where two PII findings cover the same characters the more
     * confident one wins (a 9-digit number is not both a passport and an SSN). Markings never compete.
     */
    static List<Finding> resolveOverlaps(List<Finding> all, double threshold) {
        return resolveOverlaps(all, threshold, offset -> Integer.MAX_VALUE);
    }

    /**
     * ... where a finding's span ends at {@code cellEnd} of its offset at the latest: a table cell's value may be
     * longer than the cell (an address with the row's city, state and zip cells) and must not shadow the next cells.
     */
    static List<Finding> resolveOverlaps(List<Finding> all, double threshold, java.util.function.IntUnaryOperator cellEnd) {
        List<Finding> pii = new ArrayList<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            if (f.confidence() < threshold) {
                continue;
            }
            if (f.category() == Category.PII) {
                pii.add(f);
            } else {
                out.add(f);
            }
        }
        List<Finding> accepted = new ArrayList<>();
        IntervalSet taken = new IntervalSet();
        for (Finding f : byConfidence(pii)) {
            if (taken.addIfFree(f.offset(), Math.min(f.offset() + len(f), Math.max(f.offset() + 1,
                    cellEnd.applyAsInt(f.offset()))))) {
                accepted.add(f);
            }
        }
        out.addAll(accepted);
        return byPosition(out);
    }

    /** Most confident first, then the longest, then by detector id; as found where all three tie (a stable sort). */
    static List<Finding> byConfidence(List<Finding> fs) {
        int n = fs.size();
        double[] confidence = new double[n];
        int[] len = new int[n];
        for (int i = 0; i < n; i++) {
            confidence[i] = fs.get(i).confidence();
            len[i] = len(fs.get(i));
        }
        int[] order = PackedOrder.of(n, PackedOrder.ranksDescending(confidence), PackedOrder.longestFirst(len),
                PackedOrder.ranks(fs.stream().map(Finding::detector).toList()));
        if (order == null) {
            List<Finding> sorted = new ArrayList<>(fs);
            sorted.sort(Comparator.comparingDouble(Finding::confidence).reversed()
                    .thenComparing(f -> -len(f)).thenComparing(Finding::detector));
            return sorted;
        }
        return inOrder(fs, order);
    }

    /** By offset, then by type; as given where both tie (a stable sort). */
    static List<Finding> byPosition(List<Finding> fs) {
        int n = fs.size();
        int[] offset = new int[n];
        for (int i = 0; i < n; i++) {
            offset[i] = fs.get(i).offset();
        }
        int[] order = PackedOrder.of(n, offset, PackedOrder.ranks(fs.stream().map(Finding::type).toList()));
        if (order == null) {
            List<Finding> sorted = new ArrayList<>(fs);
            sorted.sort(Comparator.comparingInt(Finding::offset).thenComparing(Finding::type));
            return sorted;
        }
        return inOrder(fs, order);
    }

    private static List<Finding> inOrder(List<Finding> fs, int[] order) {
        List<Finding> sorted = new ArrayList<>(order.length);
        for (int i : order) {
            sorted.add(fs.get(i));
        }
        return sorted;
    }

    // span length in the scan text; normalised values may be shorter than the match (digits only), which
    // only makes overlap detection more lenient
    private static int len(Finding f) {
        return f.span() > 0 ? f.span() : Math.max(1, f.value() == null ? 1 : f.value().length());
    }
}
