package org.leakscope.classifiers.resolve;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.model.Finding;

/**
 * Cuts the running-text findings of one item (findings without a recordKey) into records, each the findings
 * of one person as far as the text's layout tells. Only the findings are known, not the text, so the rules
 * work on their locations ({@code line=12}, {@code page=2;line=3}) and offsets:
 * <ol>
 *   <li><b>Mail header.</b> When the item's first lines carrying PII (all within the first {@code header-lines}
 *       lines) each hold an e-mail, and there are at least two such lines with no other PII line between them,
 *       they are the From:/To:/Cc: header (lines at most two apart): each line is a record of its own and none of
 *       them takes findings from another line. One e-mail line alone at the top is not a header (a form may start with "E-mail:").
 *       This keeps a mail's sender and recipient apart, and a phone in the body is never given to the
 *       last recipient.</li>
 *   <li><b>Blocks.</b> Other findings, in reading order, form blocks: a finding joins the current block when it
 *       is on the same page and at most {@code block-line-gap} lines below the block's last finding, so a
 *       signature block "Name / title / Mobile: / e-mail" or a labelled form "氏名: … 電話: …" is one record,
 *       while a name in the greeting and a signature further down are not.</li>
 *   <li><b>Split on conflict.</b> A block describes one person, so a finding that would give it a second
 *       person's data starts a new block instead: a second distinct non-reading name (kana readings sit beside
 *       the written name), more than {@code max-emails-per-block} e-mails, more than
 *       {@code max-phones-per-block} phones or a second phone of the same definite type (a person has one
 *       mobile and one landline; two mobiles are two people), a second birth date, or a second value of a
 *       strong identifier type (SSN, My Number, passport …). A roster written as running text ("Name, e-mail,
 *       phone" per line, or several people on one header line) thus becomes one record per person. The new
 *       block takes along what stands before the conflicting value on its line, or else the block's last name and
 *       what follows it (a signature under another person's values), when they are one person with it.</li>
 * </ol>
 */
final class TextBlocks {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern LINE = Pattern.compile("(?:^|;)\\s*(?:line|row)=(\\d+)");
    private static final Pattern CELL = Pattern.compile("(?:^|;)\\s*col=");
    /** The unit of every form field of an item (no location gives it: it starts with a NUL). */
    private static final String FORM = "\u0000form";
    private static final Pattern LINE_PART = Pattern.compile("(?:^|;)\\s*(?:line|row|col)=[^;]*");
    private static final Pattern EDGE_SEMICOLONS = Pattern.compile("^;+|;+$");
    // one person's number is asked for on every row and block that holds it
    private static final Memo<PhoneNumberType> PHONE_TYPES = new Memo<>(TextBlocks::parseType, 1 << 17);

    private final int lineGap;
    private final int headerLines;
    private final int maxEmails;
    private final int maxPhones;

    TextBlocks(int lineGap, int headerLines, int maxEmails, int maxPhones) {
        this.lineGap = lineGap;
        this.headerLines = headerLines;
        this.maxEmails = maxEmails;
        this.maxPhones = maxPhones;
    }

    /** Where a finding is: the unit (page or sheet, "" for plain lines) and the line (-1 when unknown). */
    record Pos(String unit, int line) {
        // a roster's findings share a few hundred locations, and the sort below asks for each one many times
        private static final Memo<Pos> OF_LOCATION = new Memo<>(Pos::parse, 1 << 16);
        private static final Pos NOWHERE = parse("");

        static Pos of(Finding f) {
            return f.location() == null ? NOWHERE : OF_LOCATION.get(f.location());
        }

        private static Pos parse(String loc) {
            if (CELL.matcher(loc).find()) {
                // a table cell read as running text is a form's field: its place is its offset, the item's forms
                // one run (a form may go on in a second table: "Diagnosis | …" below "Employee | …"), cut only
                // where a second person begins
                return new Pos(FORM, -1);
            }
            Matcher m = LINE.matcher(loc);
            int line = m.find() ? Integer.parseInt(m.group(1)) : -1;
            String unit = EDGE_SEMICOLONS.matcher(LINE_PART.matcher(loc).replaceAll("")).replaceAll("");
            return new Pos(unit, line);
        }
    }

    /** Whether a block is made of a form table's cells only (read as running text: {@link Pos#parse}). */
    static boolean formCells(List<Finding> block) {
        for (Finding f : block) {
            if (!FORM.equals(Pos.of(f).unit())) {
                return false;
            }
        }
        return !block.isEmpty();
    }

    private static final Comparator<Finding> READING_ORDER = Comparator
            .<Finding, String>comparing(f -> Pos.of(f).unit())
            .thenComparingInt(f -> Pos.of(f).line())
            .thenComparingInt(Finding::offset)
            .thenComparing(Finding::type)
            .thenComparing(f -> Objects.toString(f.value(), ""));

    /** The records of one item's running text, in reading order. */
    List<List<Finding>> split(List<Finding> findings) {
        List<Finding> fs = new ArrayList<>(findings);
        fs.sort(READING_ORDER);
        Header header = headerLines(fs);
        String sender = senderName(fs, header);
        List<List<Finding>> out = new ArrayList<>();
        // each phone's and e-mail's first finding, and the values met again beside another person (repeatedApart)
        Map<String, Finding> firstSeen = new HashMap<>();
        List<List<Finding>> apart = new ArrayList<>(0);
        Block cur = null;
        for (Finding f : fs) {
            Pos p = Pos.of(f);
            boolean inHeader = header.holds(p);
            boolean sameRun = cur != null && cur.unit.equals(p.unit()) && cur.header == inHeader
                    && !(inHeader && cur.lastLine != p.line())
                    && !(p.line() >= 0 && cur.lastLine >= 0 && p.line() - cur.lastLine > lineGap);
            if (sameRun && repeatedApart(f, firstSeen, out, cur)) {
                List<Finding> own = new ArrayList<>(1);
                own.add(f);
                apart.add(own);
                continue;
            }
            boolean conflict = sameRun && cur.conflicts(f);
            // a name below a record of health data alone starts a record of its own: a claim form's "3.1 Description
            // of injury" belongs to the claimant above it, not to "4.1 Defendant's name" below (probe set 29; the
            // health then goes to the name above it when that is near: injuryOfTheNamedAbove)
            // ... unless the health text names that very person ("Subject: Dock 7 injury - Corinne Prescott" above
            // "Corinne Prescott was taken to St. Mary's …", a produced mail in probe set 25)
            boolean belowHealth = sameRun && !conflict && "PERSON_NAME".equals(f.type())
                    && cur.findings.stream().allMatch(g -> "HEALTH_INFO".equals(g.type()) && !names(g, f));
            if (!sameRun || conflict || belowHealth) {
                Block next = new Block(p.unit(), inHeader);
                if (conflict && p.line() >= 0 && cur.lastLine == p.line()) {
                    // what stands before the conflicting value on its own line goes with it: in "Andrew Chen
                    // (andrew.chen@…)" below another person's line, the name is the new e-mail's, not the last one's
                    List<Finding> kept = new ArrayList<>();
                    List<Finding> moved = new ArrayList<>();
                    for (Finding g : cur.findings) {
                        // ... but health data before a second name stays: the note's clinician closes its line
                        // ("h/o COPD, on tiotropium, presents with worsening symptoms. Seen by Dr. Owen Pritchard.")
                        boolean clinicians = "PERSON_NAME".equals(f.type()) && "HEALTH_INFO".equals(g.type());
                        (Pos.of(g).line() == p.line() && !clinicians ? moved : kept).add(g);
                    }
                    Block withLine = new Block(p.unit(), inHeader);
                    moved.forEach(g -> withLine.add(g, Pos.of(g).line()));
                    // only when the line's values are one person with the new one ("a@x b@y" stays apart)
                    if (!kept.isEmpty() && !moved.isEmpty() && !withLine.conflicts(f)) {
                        Block rest = new Block(cur.unit, cur.header);
                        kept.forEach(g -> rest.add(g, Pos.of(g).line()));
                        out.set(out.size() - 1, rest.findings);
                        next = withLine;
                    }
                }
                if (conflict && next.findings.isEmpty()) {
                    Block[] cut = lastLineNearerNextName(cur, f, p.line(), sender);
                    if (cut == null) {
                        cut = cutAtLastName(cur, f);
                    }
                    if (cut != null) {
                        out.set(out.size() - 1, cut[0].findings);
                        next = cut[1];
                    }
                }
                cur = next;
                out.add(cur.findings);
            }
            cur.add(f, p.line());
            if (CONTACT.contains(f.type())) {
                firstSeen.putIfAbsent(contactKey(f), f);
            }
        }
        out.addAll(apart);
        return sameMailboxJoined(senderTakesBody(titledFamilyName(signedByFamilyName(sameNameJoined(
                injuryOfTheNamedAbove(greetingNamesRecipient(householdAddress(healthOfTheFormsPerson(out)), header), header)))), header));
    }

    /**
     * A form about one person (a student's cumulative record, a patient's intake: the first person its cells name,
     * with a birth date) that lists a contact person further down (Parent/Guardian, emergency contact: a name with a
     * phone or e-mail and no birth date) keeps its health data with its own person: "Special Education | IEP: speech and
     * language impairment" below the guardian's rows is the student's, not the guardian's. Only form cells, only from a
     * contact person of the form's person's family (a parent, a spouse): an accident report's other party (相手方, another
     * family name, a phone and no birth date) has injuries of their own.
     */
    static List<List<Finding>> healthOfTheFormsPerson(List<List<Finding>> records) {
        int first = -1;
        for (int i = 0; i < records.size() && first < 0; i++) {
            if (formCells(records.get(i)) && onlyName(records.get(i)) != null) {
                first = i;
            }
        }
        if (first < 0 || !has(records.get(first), "DATE_OF_BIRTH")) {
            return records;
        }
        List<List<Finding>> out = null;
        for (int i = first + 1; i < records.size(); i++) {
            List<Finding> r = records.get(i);
            if (!formCells(r) || onlyName(r) == null || onlyName(r).equals(onlyName(records.get(first)))
                    || !sameFamily(records.get(first), r)
                    || has(r, "DATE_OF_BIRTH") || !has(r, "HEALTH_INFO") || !(has(r, "PHONE_NUMBER") || has(r, "EMAIL_ADDRESS"))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(records);
            }
            List<Finding> own = new ArrayList<>(out.get(first));
            List<Finding> contact = new ArrayList<>(r.size());
            for (Finding f : r) {
                ("HEALTH_INFO".equals(f.type()) ? own : contact).add(f);
            }
            out.set(first, own);
            out.set(i, contact);
        }
        return out == null ? records : out;
    }

    /**
     * Whether the one names of two records share their family name: a Latin full name's last word, a Japanese name's
     * part before its blank.
     */
    private static boolean sameFamily(List<Finding> a, List<Finding> b) {
        String fa = familyOfRecord(a);
        return fa != null && fa.equals(familyOfRecord(b));
    }

    private static String familyOfRecord(List<Finding> r) {
        String key = onlyName(r);
        if (key == null) {
            return null;
        }
        if (!PersonNames.isJapanese(key)) {
            return family(key);
        }
        for (Finding f : r) {
            if ("PERSON_NAME".equals(f.type()) && f.value() != null) {
                String[] parts = java.text.Normalizer.normalize(f.value().strip(), java.text.Normalizer.Form.NFKC).split("\\s+");
                return parts.length == 2 ? parts[0] : null;
            }
        }
        return null;
    }

    private static boolean has(List<Finding> record, String type) {
        for (Finding f : record) {
            if (type.equals(f.type())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two members of one family listed on consecutive lines, each with a value of their own, above an address line
     * that names no one ("Taxpayer: MENDOZA, QUENTIN B  SSN: …" / "Spouse: MENDOZA, JOSEPHINE R  ITIN: …" / "Address:
     * 3675 Larkspur Way …", a joint account's primary and joint holders): the address is the home of both, and the
     * first's record, which holds no address of its own, gets it too. Only Latin full names of one family name, each
     * the one name of its record; not an address on the second's own line ("Heather Halvorsen resides at …" below
     * "Rosa Halvorsen, account …") nor a line further down (a personal representative's "c/o" address two lines
     * below a decedent's name).
     */
    static List<List<Finding>> householdAddress(List<List<Finding>> records) {
        for (int i = 1; i < records.size(); i++) {
            List<Finding> a = records.get(i - 1);
            List<Finding> b = records.get(i);
            String family = family(onlyName(a));
            if (family == null || !family.equals(family(onlyName(b))) || onlyName(a).equals(onlyName(b))
                    || a.stream().anyMatch(f -> "POSTAL_ADDRESS".equals(f.type()))) {
                continue;
            }
            Pos firstOfA = Pos.of(a.get(0));
            Pos lastOfA = Pos.of(a.get(a.size() - 1));
            Pos firstOfB = Pos.of(b.get(0));
            int nameLine = firstOfB.line();
            if (!lastOfA.unit().equals(firstOfB.unit()) || firstOfA.line() < 0 || firstOfA.line() != lastOfA.line()
                    || nameLine - lastOfA.line() != 1 || !"PERSON_NAME".equals(b.get(0).type())
                    || a.stream().allMatch(f -> "PERSON_NAME".equals(f.type()))) {
                continue;
            }
            boolean ownValue = false;
            boolean listing = true;
            List<Finding> homes = new ArrayList<>(1);
            for (Finding f : b) {
                int line = Pos.of(f).line();
                if (line == nameLine) {
                    ownValue |= !"PERSON_NAME".equals(f.type());
                    listing &= !"POSTAL_ADDRESS".equals(f.type());
                } else if (line == nameLine + 1 && "POSTAL_ADDRESS".equals(f.type())) {
                    homes.add(f);
                } else if (line == nameLine + 1) {
                    listing = false; // the line below holds more than an address
                }
            }
            if (ownValue && listing && !homes.isEmpty()) {
                List<Finding> withHome = new ArrayList<>(a);
                withHome.addAll(homes);
                records.set(i - 1, withHome);
            }
        }
        return records;
    }

    /** The family name (last word) of a Latin full-name key, or null. */
    private static String family(String key) {
        if (key == null || PersonNames.isJapanese(key) || key.indexOf(' ') < 0) {
            return null;
        }
        List<String> words = PersonNames.words(key);
        return words.size() < 2 ? null : words.get(words.size() - 1);
    }

    /** Whether finding {@code g}'s text holds the name {@code name} finds (case aside). */
    private static boolean names(Finding g, Finding name) {
        String n = name.value() == null ? "" : name.value().strip().toLowerCase(Locale.ROOT);
        return !n.isEmpty() && g.value() != null && g.value().toLowerCase(Locale.ROOT).contains(n);
    }

    /** How many lines below a person's name a paragraph of health data alone is still theirs. */
    static final int HEALTH_BELOW_NAME = 6;

    /**
     * A record of health data alone (no name, no contact) a few lines below a record that names one person is that
     * person's: a complaint's "1.1 Plaintiff Heather Prescott is … a resident of King County" and, three short
     * paragraphs on, "2.2 … Plaintiff suffered a herniated disc" (probe set 29: the injury made no one's record, the
     * block gap being three lines). Not from a mail's header lines (a From: or To: line is no party of the body), and
     * only from the record right above it.
     */
    private static List<List<Finding>> injuryOfTheNamedAbove(List<List<Finding>> records, Header header) {
        List<List<Finding>> out = null;
        for (int i = 1; i < records.size(); i++) {
            List<Finding> r = records.get(i);
            List<Finding> above = (out == null ? records : out).get(out == null ? i - 1 : out.size() - 1);
            if (!r.stream().allMatch(f -> "HEALTH_INFO".equals(f.type()))) {
                if (out != null) {
                    out.add(r);
                }
                continue;
            }
            Pos at = Pos.of(r.get(0));
            Pos last = Pos.of(above.get(above.size() - 1));
            boolean near = at.unit().equals(last.unit()) && at.line() >= 0 && last.line() >= 0
                    && at.line() - last.line() <= HEALTH_BELOW_NAME && at.line() >= last.line();
            boolean inHeader = header.holds(last);
            if (near && !inHeader && onlyName(above) != null) {
                if (out == null) {
                    out = new ArrayList<>(records.subList(0, i));
                }
                List<Finding> joined = new ArrayList<>(above);
                joined.addAll(r);
                out.set(out.size() - 1, joined);
            } else if (out != null) {
                out.add(r);
            }
        }
        return out == null ? records : out;
    }

    private static final Set<String> CONTACT = Set.of("PHONE_NUMBER", "EMAIL_ADDRESS");
    /** How many records back a repeated value's first record is looked for (a chat's turns are near each other). */
    private static final int RECENT = 32;

    private static String contactKey(Finding f) {
        return f.type() + '\u0000' + f.value().toLowerCase(Locale.ROOT);
    }

    /**
     * A phone or e-mail that an earlier record of the item holds beside one name, met again in a block that names
     * another person, is the earlier person's: a chat whose sender is known only by number ("[…] +49 221 …: Hi, this is
     * Jonas Becker" and, two turns on, "[…] +49 221 …: image omitted" under the next named sender's turn). It is
     * then a record of its own, which the value itself joins to its owner.
     */
    private static boolean repeatedApart(Finding f, Map<String, Finding> firstSeen, List<List<Finding>> records, Block cur) {
        Finding first = CONTACT.contains(f.type()) ? firstSeen.get(contactKey(f)) : null;
        List<Finding> earlier = null;
        // the record that holds it now (a conflict may have moved it on with its line), among the recent ones
        for (int i = records.size() - 1; first != null && earlier == null && i >= Math.max(0, records.size() - RECENT); i--) {
            earlier = records.get(i).contains(first) ? records.get(i) : null;
        }
        if (earlier == null || earlier == cur.findings) {
            return false;
        }
        String theirs = onlyName(earlier);
        String ours = onlyName(cur.findings);
        return theirs != null && ours != null && !theirs.equals(ours);
    }

    /**
     * A Japanese family name that closes the values above it, as a short reply or its quote is signed ("＞ 連絡先：
     * 080-… / ＞ 石川"), is the one person of the item whose full name begins with it ("To: h.ishikawa36@…" named
     * "石川 秀樹 様" by the salutation): that record takes the values when nothing conflicts. Not when two full names
     * of the item begin with it, and not a family name written above values (a salutation "原田さん" over a body
     * the sender writes about herself).
     */
    private List<List<Finding>> signedByFamilyName(List<List<Finding>> records) {
        if (records.size() < 2) {
            return records;
        }
        boolean[] merged = new boolean[records.size()];
        boolean any = false;
        for (int i = 0; i < records.size(); i++) {
            List<Finding> r = records.get(i);
            Finding last = r.get(r.size() - 1);
            boolean values = r.stream().anyMatch(g -> !"PERSON_NAME".equals(g.type()));
            String family = values && "PERSON_NAME".equals(last.type()) ? familyNameAlone(last.value()) : null;
            if (family == null || !family.equals(onlyName(r))) {
                continue;
            }
            int target = -1;
            for (int j = 0; j < records.size(); j++) {
                String k = j == i || merged[j] ? null : onlyName(records.get(j));
                if (k == null || k.length() <= family.length() || !k.startsWith(family) || !PersonNames.isJapanese(k)) {
                    continue;
                }
                if (target >= 0 && !k.equals(onlyName(records.get(target)))) {
                    target = -2; // two people of that family name
                    break;
                }
                if (target < 0) {
                    target = j;
                }
            }
            if (target < 0) {
                continue;
            }
            if (joined(records.get(target), r, "PERSON_NAME")) {
                merged[i] = true;
                any = true;
            }
        }
        return any ? unmerged(records, merged) : records;
    }

    /**
     * Adds record {@code r} to record {@code into} unless a value of {@code r} other than its {@code unchecked} type
     * conflicts with {@code into}'s; whether it did.
     */
    private boolean joined(List<Finding> into, List<Finding> r, String unchecked) {
        Block block = new Block("", false);
        into.forEach(g -> block.add(g, -1));
        if (r.stream().anyMatch(g -> !unchecked.equals(g.type()) && block.conflicts(g))) {
            return false;
        }
        into.addAll(r);
        return true;
    }

    /** The records not {@code merged} into another, in order. */
    private static List<List<Finding>> unmerged(List<List<Finding>> records, boolean[] merged) {
        List<List<Finding>> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            if (!merged[i]) {
                out.add(records.get(i));
            }
        }
        return out;
    }

    private static final Pattern TITLED_FAMILY_NAME = Pattern.compile("(?i)(?:mr|mrs|ms|miss|mx)\\.?\\s+(\\p{L}[\\p{L}'\\-]+)");

    /**
     * A record named only by a title and a family name, holding a value besides ("Dear Ms Hollis," over "… absences
     * related to your treatment for depression"), is the one person of the item whose full name ends with that family
     * name ("Jerome Hollis" of the To: line and of the address block above the salutation): that person's record takes
     * the values when nothing conflicts. Not when two full names of the item end with it ("Dear Mr Kilpatrick", a
     * parent, in a mail about Jerome Kilpatrick to Celeste Kilpatrick), and not a doctor's title: "Dr Hollis" in a
     * patient's letter is someone else.
     */
    private List<List<Finding>> titledFamilyName(List<List<Finding>> records) {
        if (records.size() < 2) {
            return records;
        }
        boolean[] merged = new boolean[records.size()];
        boolean any = false;
        for (int i = 0; i < records.size(); i++) {
            List<Finding> r = records.get(i);
            String family = titledFamily(r);
            if (family == null) {
                continue;
            }
            String full = null;
            for (List<Finding> other : records) {
                for (Finding f : other) {
                    String k = "PERSON_NAME".equals(f.type()) ? PersonNames.key(f.value()) : null;
                    List<String> words = k == null || PersonNames.isJapanese(k) ? List.of() : PersonNames.words(k);
                    if (words.size() >= 2 && words.get(words.size() - 1).equals(family)) {
                        if (full != null && !full.equals(k)) {
                            full = "";
                        } else if (full == null) {
                            full = k;
                        }
                    }
                }
            }
            if (full == null || full.isEmpty()) {
                continue;
            }
            for (int j = 0; j < records.size(); j++) {
                if (j != i && !merged[j] && full.equals(onlyName(records.get(j)))) {
                    if (joined(records.get(j), r, "PERSON_NAME")) {
                        merged[i] = true;
                        any = true;
                    }
                    break;
                }
            }
        }
        return any ? unmerged(records, merged) : records;
    }

    /** The family name (key form) of a record whose names are all one "Ms Hollis" and that holds a value; else null. */
    private static String titledFamily(List<Finding> r) {
        String family = null;
        boolean values = false;
        for (Finding f : r) {
            if (!"PERSON_NAME".equals(f.type())) {
                values = true;
                continue;
            }
            Matcher m = TITLED_FAMILY_NAME.matcher(f.value() == null ? "" : f.value().strip());
            if (!m.matches()) {
                return null;
            }
            String k = org.leakscope.classifiers.pii.NameFolding.fold(m.group(1)).toLowerCase(Locale.ROOT).replace(".", "");
            if (family != null && !family.equals(k)) {
                return null;
            }
            family = k;
        }
        return values ? family : null;
    }

    /** A family name written alone: one to four kanji, no blank; its key, or null. */
    private static String familyNameAlone(String v) {
        String n = v == null ? "" : v.strip();
        if (n.isEmpty() || n.length() > 4 || !PersonNames.isJapanese(n) || PersonNames.isKanaOnly(n)) {
            return null;
        }
        for (int i = 0; i < n.length(); i++) {
            if (Character.isWhitespace(n.charAt(i)) || n.charAt(i) == '\u3000') {
                return null;
            }
        }
        return nameKey(n);
    }

    /** How far below the header a salutation may stand (a Subject: line and a blank line between). */
    private static final int GREETING_REACH = 4;

    /**
     * The salutation names the one recipient: in a mail whose header is a sender's line and one recipient's line
     * holding only an address ("To: h.ishikawa36@…", no display name), a full name alone at the body's start
     * ("石川 秀樹 様", "Dear Ann Lee,") that is not the sender's is the recipient's name, and is one record with
     * the address. The address row had no name and the name row no address. Only a lone name: a salutation with
     * values after it ("Dear Ann, your account …") is left to the block rules.
     */
    private static List<List<Finding>> greetingNamesRecipient(List<List<Finding>> records, Header header) {
        if (header.size() != 2 || records.size() < 3) {
            return records;
        }
        int senderLine = Collections.min(header);
        int recipientLine = Collections.max(header);
        int sender = -1;
        int recipient = -1;
        for (int i = 0; i < records.size(); i++) {
            Pos p = Pos.of(records.get(i).get(0));
            if (header.unit.equals(p.unit()) && p.line() == senderLine) {
                sender = i;
            } else if (header.unit.equals(p.unit()) && p.line() == recipientLine) {
                recipient = i;
            }
        }
        if (sender < 0 || recipient != sender + 1 || recipient + 1 >= records.size()) {
            return records;
        }
        List<Finding> to = records.get(recipient);
        List<Finding> greeting = records.get(recipient + 1);
        if (to.size() != 1 || !"EMAIL_ADDRESS".equals(to.get(0).type()) || greeting.size() != 1
                || !"PERSON_NAME".equals(greeting.get(0).type())) {
            return records;
        }
        Pos g = Pos.of(greeting.get(0));
        String name = greeting.get(0).value();
        String key = name == null || PersonNames.isKanaOnly(name) ? null : PersonNames.key(name);
        if (!g.unit().equals(header.unit) || g.line() <= recipientLine || g.line() - recipientLine > GREETING_REACH
                || key == null || key.equals(onlyName(records.get(sender)))) {
            return records;
        }
        List<List<Finding>> out = new ArrayList<>(records);
        List<Finding> joined = new ArrayList<>(to);
        joined.add(greeting.get(0));
        out.set(recipient, joined);
        out.remove(recipient + 1);
        return out;
    }

    /**
     * Records of one item that name the same one person are one record when nothing in them conflicts: the From:
     * line "Ann Lee <ann.lee@…>" and the signature "Ann Lee / Tel: 03-…" at the mail's end were two people of one
     * name. Records with two names, or whose values would conflict (two e-mails, two mobiles), stay apart.
     */
    private List<List<Finding>> sameNameJoined(List<List<Finding>> records) {
        if (records.size() < 2) {
            return records;
        }
        String[] names = new String[records.size()];
        Set<String> seen = new HashSet<>();
        boolean repeated = false;
        for (int i = 0; i < names.length; i++) {
            names[i] = onlyName(records.get(i));
            repeated |= names[i] != null && !seen.add(names[i]);
        }
        if (!repeated) {
            return records; // the usual item: nothing to join, nothing to rebuild
        }
        Map<String, Block> byName = new HashMap<>();
        List<List<Finding>> out = new ArrayList<>(records.size());
        for (int i = 0; i < names.length; i++) {
            List<Finding> r = records.get(i);
            String name = names[i];
            Block into = name == null ? null : byName.get(name);
            if (into != null && r.stream().noneMatch(into::conflicts)) {
                r.forEach(g -> into.add(g, Pos.of(g).line()));
                continue;
            }
            Block b = new Block("", false);
            r.forEach(g -> b.add(g, Pos.of(g).line()));
            out.add(b.findings);
            if (name != null) {
                byName.putIfAbsent(name, b);
            }
        }
        return out;
    }

    /**
     * A record that names no one but holds an e-mail whose mailbox name (local part) is that of a named record's own
     * e-mail in the item, a mailbox name that record's name spells ({@link MailboxNames}), is that person's other
     * address and what stands with it: an onboarding mail to "Sabine Becker &lt;sabine.becker@example.de&gt;" gives
     * "Username: sabine.becker@kisaragi.example.eu" and a password. Only where one named record has that mailbox name.
     */
    private List<List<Finding>> sameMailboxJoined(List<List<Finding>> records) {
        if (records.size() < 2) {
            return records;
        }
        boolean anyUnnamedMail = false;
        for (List<Finding> r : records) {
            anyUnnamedMail |= r.stream().noneMatch(f -> "PERSON_NAME".equals(f.type()))
                    && r.stream().anyMatch(f -> "EMAIL_ADDRESS".equals(f.type()));
        }
        if (!anyUnnamedMail) {
            return records;
        }
        // by mailbox name: the one named record whose own e-mail has it and whose name spells it (-1: several)
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            List<Finding> r = records.get(i);
            Finding name = r.stream().filter(f -> "PERSON_NAME".equals(f.type())).findFirst().orElse(null);
            if (name == null || onlyName(r) == null || r.stream().noneMatch(f -> "EMAIL_ADDRESS".equals(f.type()))) {
                continue;
            }
            Set<String> spelled = MailboxNames.forms(MailboxNames.words(name.value()), false);
            for (Finding f : r) {
                String l = "EMAIL_ADDRESS".equals(f.type()) ? MailboxNames.local(f.value()) : null;
                if (l != null && spelled.contains(l)) {
                    int own = i;
                    owner.merge(l, i, (a, b) -> a == own ? a : -1);
                }
            }
        }
        if (owner.isEmpty()) {
            return records;
        }
        boolean[] merged = new boolean[records.size()];
        boolean any = false;
        for (int i = 0; i < records.size(); i++) {
            List<Finding> r = records.get(i);
            if (r.stream().anyMatch(f -> "PERSON_NAME".equals(f.type()))) {
                continue;
            }
            int target = -1;
            for (Finding f : r) {
                String l = "EMAIL_ADDRESS".equals(f.type()) ? MailboxNames.local(f.value()) : null;
                if (l == null) {
                    continue;
                }
                Integer o = owner.get(l);
                if (o == null || o < 0 || target >= 0 && target != o) {
                    target = -2; // an e-mail of no one named here, or of two people
                    break;
                }
                target = o;
            }
            if (target < 0) {
                continue;
            }
            if (joined(records.get(target), r, "EMAIL_ADDRESS")) {
                merged[i] = true;
                any = true;
            }
        }
        return any ? unmerged(records, merged) : records;
    }

    /**
     * A mail's body phones and addresses that name nobody are the sender's when the body, down to a quoted or forwarded
     * message's header, names no one else: "My new address is
     * … and my phone is now …" above a signature the blocks did not reach ("Peggy" / "--" / "Peggy Oyelaran"), or a
     * signature whose name was not read ("Schäfer, Lena" / "Tel.: …"). The sender's line must name its person; a
     * body that names another person, or gives an e-mail other than the sender's, keeps its records apart (a
     * colleague's number, a forwarded contact). Values that would conflict with the sender's stay apart too.
     */
    private List<List<Finding>> senderTakesBody(List<List<Finding>> records, Header header) {
        if (header.size() < 2 || records.size() < 2) {
            return records;
        }
        int senderLine = Collections.min(header);
        int sender = -1;
        for (int i = 0; i < records.size() && sender < 0; i++) {
            Pos p = Pos.of(records.get(i).get(0));
            if (header.unit.equals(p.unit()) && p.line() == senderLine) {
                sender = i;
            }
        }
        String name = sender < 0 ? null : onlyName(records.get(sender));
        if (name == null) {
            return records;
        }
        Set<String> senderEmails = new HashSet<>();
        for (Finding f : records.get(sender)) {
            if ("EMAIL_ADDRESS".equals(f.type()) && f.value() != null) {
                senderEmails.add(f.value().toLowerCase(Locale.ROOT));
            }
        }
        List<Integer> unnamed = new ArrayList<>();
        boolean body = false;
        int lastHeader = senderLine;
        for (int i = 0; i < records.size(); i++) {
            List<Finding> r = records.get(i);
            Pos p = Pos.of(r.get(0));
            if (i != sender && header.holds(p) && (body || p.line() - lastHeader > 2)) {
                break; // a quoted or forwarded message's header: the sender's own body ends above it
            }
            if (i == sender || header.holds(p)) {
                lastHeader = Math.max(lastHeader, p.line());
                continue;
            }
            body = true;
            boolean named = false;
            for (Finding f : r) {
                if ("PERSON_NAME".equals(f.type())) {
                    String k = f.value() == null || PersonNames.isKanaOnly(f.value()) ? null : nameKey(f.value());
                    if (k != null && !k.equals(name)) {
                        return records; // the body names someone else
                    }
                    named |= k != null;
                } else if ("EMAIL_ADDRESS".equals(f.type())
                        && (f.value() == null || !senderEmails.contains(f.value().toLowerCase(Locale.ROOT)))) {
                    return records;
                }
            }
            // only where the sender is reached (a phone, an address): identifiers in a body are most often another
            // person's whose name was not read ("I completed the I-9 for …: passport …, licence …")
            if (!named && r.stream().allMatch(f -> "PHONE_NUMBER".equals(f.type()) || "POSTAL_ADDRESS".equals(f.type()))) {
                unnamed.add(i);
            }
        }
        if (unnamed.isEmpty()) {
            return records;
        }
        Block into = new Block("", false);
        records.get(sender).forEach(g -> into.add(g, -1));
        List<List<Finding>> out = new ArrayList<>(records);
        List<Finding> joined = new ArrayList<>(records.get(sender));
        Set<Integer> taken = new HashSet<>();
        for (int i : unnamed) {
            List<Finding> r = records.get(i);
            if (r.stream().anyMatch(into::conflicts)) {
                continue;
            }
            r.forEach(g -> into.add(g, -1));
            joined.addAll(r);
            taken.add(i);
        }
        if (taken.isEmpty()) {
            return records;
        }
        out.set(sender, joined);
        List<List<Finding>> kept = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            if (!taken.contains(i)) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    /** The one name key on the first mail-header line (From:), or null: no header, no name or several. */
    private static String senderName(List<Finding> sorted, Header header) {
        if (header.isEmpty()) {
            return null;
        }
        int first = Collections.min(header);
        List<Finding> line = new ArrayList<>(2);
        for (Finding f : sorted) {
            Pos p = Pos.of(f);
            if (header.unit.equals(p.unit()) && p.line() == first) {
                line.add(f);
            }
        }
        return onlyName(line);
    }

    /** The one name key of a record (readings aside), or null when it has none or several. */
    private static String onlyName(List<Finding> r) {
        String only = null;
        for (Finding f : r) {
            String k = "PERSON_NAME".equals(f.type()) ? nameKey(f.value()) : null;
            if (k != null) {
                if (only != null && !only.equals(k)) {
                    return null;
                }
                only = k;
            }
        }
        return only;
    }

    /**
     * A second value of a kind the block holds already, on a line nearer the next person's name than the block's
     * lines above it, is the next person's: a 当事者目録 writes each party's address on the line above the name
     * ("〒… 住所 / 原告 池田 恵 / (blank) / 〒… 住所 / 被告 井上 恵"; the first party's block held her address and took the
     * second's). When a name conflicts with the block, the block's last line goes with the name if it names no one,
     * holds only kinds of value the lines above hold already (a second address, a second phone: a visitor block's
     * "Cell:" line just above the next visitor's "Name:" is the first visitor's own, the line numbers carrying no
     * blank lines), is strictly nearer the name than the line above it, and is one person with the name; null
     * otherwise. When the name is the mail's sender's ({@code sender}: the From: line's) and the block's head is
     * another name (a salutation), the last line may hold a first value of its kind: "石川 春香 様 / … / 当日の緊急連絡先は
     * 私の携帯（090-…）までお願いします。 / 人事部 藤田 達也" is the sender's phone above her signature.
     */
    private Block[] lastLineNearerNextName(Block cur, Finding f, int line, String sender) {
        if (!"PERSON_NAME".equals(f.type()) || line < 0 || cur.lastLine < 0 || line <= cur.lastLine) {
            return null;
        }
        int last = cur.lastLine;
        int above = -1;
        boolean headNamed = false;
        Set<String> headKinds = new HashSet<>();
        Set<String> lastKinds = new HashSet<>();
        Set<String> headNames = new HashSet<>(2);
        for (Finding g : cur.findings) {
            int l = Pos.of(g).line();
            if (l < 0) {
                return null;
            }
            if (l == last) {
                if ("PERSON_NAME".equals(g.type())) {
                    return null;
                }
                lastKinds.add(g.type());
            } else {
                above = Math.max(above, l);
                headNamed |= "PERSON_NAME".equals(g.type()) && nameKey(g.value()) != null;
                if ("PERSON_NAME".equals(g.type()) && nameKey(g.value()) != null) {
                    headNames.add(nameKey(g.value()));
                }
                headKinds.add(g.type());
            }
        }
        boolean signed = sender != null && sender.equals(nameKey(f.value())) && !headNames.contains(sender);
        if (above < 0 || !headNamed || line - last >= last - above || !headKinds.containsAll(lastKinds) && !signed) {
            return null;
        }
        Block head = new Block(cur.unit, cur.header);
        Block tail = new Block(cur.unit, cur.header);
        for (Finding g : cur.findings) {
            (Pos.of(g).line() == last ? tail : head).add(g, Pos.of(g).line());
        }
        return tail.conflicts(f) ? null : new Block[] {head, tail};
    }

    /**
     * A signature below another person's values: "Your account (ethan@…) was reset. Temporary password: … /
     * Thanks, / Linda Johnson / Mobile: … / linda@…". When a value conflicts with the block, the block's last name
     * and what follows it go with the new value if they are one person with it, so Linda's phone is hers, not
     * Ethan's; what stands before the name stays. Null when the block has no such name (or nothing before it).
     */
    private Block[] cutAtLastName(Block cur, Finding f) {
        for (int k = cur.findings.size() - 1; k > 0; k--) {
            if (!"PERSON_NAME".equals(cur.findings.get(k).type()) || nameKey(cur.findings.get(k).value()) == null) {
                continue;
            }
            Block head = new Block(cur.unit, cur.header);
            Block tail = new Block(cur.unit, cur.header);
            for (int i = 0; i < cur.findings.size(); i++) {
                Finding g = cur.findings.get(i);
                (i < k ? head : tail).add(g, Pos.of(g).line());
            }
            return tail.conflicts(f) ? null : new Block[] {head, tail};
        }
        return null;
    }

    /**
     * A table row is one person's record, but a cell holding running text (a memo's attendee list) or a second
     * contact column (emergency contact, a manager's e-mail) can bring a second person's e-mail, phone or
     * identifier into it. Such a conflicting value (by the rules of {@link #split}, names and birth dates aside:
     * first-name and last-name columns are two name cells of one person) is taken out as a record of its own;
     * the row keeps everything else. A cell that holds several people of its own is first cut as running text
     * ({@link #split}): its first person is the row's, the others are records of their own. Without conflicts
     * the row stays whole.
     */
    List<List<Finding>> splitRow(List<Finding> findings) {
        if (!mayConflict(findings)) {
            // the usual roster row; its order is the caller's (the resolver sorts every record's findings)
            return namesAfterTheRow(findings);
        }
        List<Finding> fs = new ArrayList<>(findings);
        fs.sort(READING_ORDER);
        int second = secondGroup(fs);
        if (second > 0) {
            List<List<Finding>> out = new ArrayList<>(splitRow(new ArrayList<>(fs.subList(0, second))));
            out.addAll(splitRow(new ArrayList<>(fs.subList(second, fs.size()))));
            return out;
        }
        Block row = new Block("", false);
        List<List<Finding>> out = new ArrayList<>();
        out.add(row.findings);
        for (int i = 0, j; i < fs.size(); i = j) {
            String cellAt = fs.get(i).location();
            j = i + 1;
            while (j < fs.size() && Objects.equals(cellAt, fs.get(j).location())) {
                j++;
            }
            // a cell that holds several people ("Linda Jones, Contracting Officer / linda.jones@… / Susan Rodriguez /
            // susan@…", a memo's attendees) is cut as running text: each name goes with the values after it, and
            // the first person of the cell is the row's
            List<Finding> cell = fs.subList(i, j);
            List<List<Finding>> people = cell.size() > 1 && mayConflict(cell) ? split(cell) : List.of(cell);
            people = withOwnMailboxes(people, fs);
            for (Finding f : people.get(0)) {
                boolean contact = "EMAIL_ADDRESS".equals(f.type()) || "PHONE_NUMBER".equals(f.type())
                        || SubjectResolver.MERGE_KEYS.contains(f.type());
                if (contact && row.conflicts(f) && !ownMailbox(f, fs)) {
                    List<Finding> stray = new ArrayList<>();
                    stray.add(f);
                    out.add(stray);
                } else {
                    row.add(f, -1);
                }
            }
            for (int k = 1; k < people.size(); k++) {
                out.add(new ArrayList<>(people.get(k)));
            }
        }
        return out;
    }

    /**
     * A row whose last cells are only other people's full names: a redaction log's "Reviewer | QC Reviewer", a
     * register's "Employee | Mobile | Manager", an exhibit list's "Witness". Each such name is a person of its own,
     * not a second name of the row's person: the row keeps what stands before them, and each of those names is a
     * record of its own. Only Latin full names (two words or more) that share no word of two letters or more with any
     * name before them (first-name and last-name columns, "Jane Doe | DOE, JANE", a family's members stay together),
     * and only when no value but names follows the first of them; a row with a Japanese name (a reading, a romanised
     * name beside it) stays whole.
     */
    static List<List<Finding>> namesAfterTheRow(List<Finding> findings) {
        int names = 0;
        for (Finding f : findings) {
            names += "PERSON_NAME".equals(f.type()) ? 1 : 0;
        }
        if (names < 2) {
            return List.of(findings);
        }
        List<Finding> fs = new ArrayList<>(findings);
        fs.sort(READING_ORDER);
        Set<String> before = new HashSet<>();
        int tail = -1;
        for (int i = 0; i < fs.size(); i++) {
            Finding f = fs.get(i);
            if (!"PERSON_NAME".equals(f.type())) {
                if (tail >= 0) {
                    return List.of(findings); // a value after the other names: whose it is, the row does not say
                }
                continue;
            }
            String k = nameKey(f.value());
            if (k == null || PersonNames.isJapanese(k)) {
                if (k != null || tail >= 0) {
                    return List.of(findings);
                }
                continue;
            }
            List<String> words = PersonNames.words(k);
            boolean full = PersonNames.key(f.value()) != null && words.size() >= 2;
            boolean apart = !before.isEmpty() && words.stream().noneMatch(before::contains)
                    && !Objects.equals(fs.get(i - 1).location(), f.location());
            if (tail < 0 && full && apart) {
                tail = i;
            } else if (tail >= 0 && !(full && words.stream().noneMatch(before::contains))) {
                return List.of(findings);
            }
            if (tail < 0) {
                before.addAll(words);
            }
        }
        if (tail < 0) {
            return List.of(findings);
        }
        List<List<Finding>> out = new ArrayList<>();
        out.add(new ArrayList<>(fs.subList(0, tail)));
        for (int i = tail; i < fs.size(); i++) {
            List<Finding> own = new ArrayList<>(1);
            own.add(fs.get(i));
            out.add(own);
        }
        return out;
    }

    /**
     * Where a row's second group of columns begins (a rota's "Primary | Mobile | Secondary | Mobile", a ticket's
     * "Reporter | e-mail | Assignee | e-mail"): a cell of its own naming a second full name in Latin letters, with no
     * word of the row's first name, after which a phone or e-mail comes again; 0 when there is none.
     */
    private static int secondGroup(List<Finding> cells) {
        String first = null;
        Set<String> firstWords = null;
        Set<String> before = new HashSet<>(4);
        for (int i = 0; i < cells.size(); i++) {
            Finding f = cells.get(i);
            String k = "PERSON_NAME".equals(f.type()) ? nameKey(f.value()) : null;
            boolean latin = k != null && !PersonNames.isJapanese(k);
            if (latin && first == null) {
                first = k;
                firstWords = Set.of(k.split(" "));
            } else if (latin && !Objects.equals(cells.get(i - 1).location(), f.location())
                    && java.util.Arrays.stream(k.split(" ")).noneMatch(firstWords::contains)) {
                for (int j = i + 1; j < cells.size(); j++) {
                    if (CONTACT.contains(cells.get(j).type()) && before.contains(cells.get(j).type())) {
                        return i;
                    }
                }
                return 0;
            }
            if (first != null) {
                before.add(f.type());
            }
        }
        return 0;
    }

    /**
     * The people of a row cut as running text, where a part that names nobody and whose e-mails are each a mailbox
     * name of the row's own name ({@link #ownMailbox}) goes with the row's first person: "… | Alfie | Tierney | … |
     * alfie53@… | 07520 884162" is one person.
     */
    private static List<List<Finding>> withOwnMailboxes(List<List<Finding>> people, List<Finding> row) {
        if (people.size() < 2) {
            return people;
        }
        List<List<Finding>> out = new ArrayList<>(people.size());
        List<Finding> first = new ArrayList<>(people.get(0));
        out.add(first);
        for (int k = 1; k < people.size(); k++) {
            List<Finding> p = people.get(k);
            boolean mine = false;
            for (Finding f : p) {
                if ("PERSON_NAME".equals(f.type()) || "EMAIL_ADDRESS".equals(f.type()) && !ownMailbox(f, row)) {
                    mine = false;
                    break;
                }
                mine |= "EMAIL_ADDRESS".equals(f.type());
            }
            if (mine) {
                first.addAll(p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A row's second e-mail whose local part is a mailbox name of the row's own name ({@link MailboxNames}: an
     * identity export's "Secondary email" column, "alfie53@…" or "camille.lefebvre@…" beside Alfie Tierney's or
     * Camille Lefebvre's work address) is the row's person's, not a second person's.
     */
    private static boolean ownMailbox(Finding f, List<Finding> row) {
        if (!"EMAIL_ADDRESS".equals(f.type())) {
            return false;
        }
        String local = MailboxNames.local(f.value().toLowerCase(Locale.ROOT));
        if (local == null) {
            return false;
        }
        Set<String> words = new java.util.LinkedHashSet<>();
        for (Finding g : row) {
            if ("PERSON_NAME".equals(g.type())) {
                String v = g.value().strip();
                List<String> w = MailboxNames.words(v);
                if (w.isEmpty() && SubjectResolver.isLatinWord(v) && v.length() >= 2) {
                    // a first-name or last-name cell
                    w = List.of(org.leakscope.classifiers.pii.NameFolding.fold(v).toLowerCase(Locale.ROOT)
                            .replaceAll("['\\-.]", ""));
                }
                words.addAll(w);
            }
        }
        return MailboxNames.forms(new ArrayList<>(words), true).contains(local);
    }

    /**
     * Whether a value of the row could conflict with the ones before it ({@link Block#conflicts}): more e-mails
     * than a block takes, a second phone, a second identifier of one type. Most rows hold one of each, and
     * then neither the reading-order sort nor a phone type lookup is needed.
     */
    private boolean mayConflict(List<Finding> findings) {
        int emails = 0;
        int phones = 0;
        Set<String> idTypes = null;
        for (Finding f : findings) {
            String t = f.type();
            if ("EMAIL_ADDRESS".equals(t)) {
                if (++emails > maxEmails) {
                    return true;
                }
            } else if ("PHONE_NUMBER".equals(t)) {
                if (++phones > 1) {
                    return true;
                }
            } else if (SubjectResolver.MERGE_KEYS.contains(t)) {
                if (idTypes == null) {
                    idTypes = new HashSet<>(4);
                }
                if (!idTypes.add(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The mail-header lines of an item and the unit they are in: the plain lines (""), or the first page of an item
     * whose findings are all on pages (a mail printed to PDF for a production: "From: … / To: …" at the top of page 1,
     * "My cell is …" in the body below).
     */
    static final class Header extends TreeSet<Integer> {
        final String unit;

        Header(String unit) {
            this.unit = unit;
        }

        boolean holds(Pos p) {
            return unit.equals(p.unit()) && contains(p.line());
        }
    }

    private static final String FIRST_PAGE = "page=1";

    /** The mail-header lines (rule 1), or none. */
    private Header headerLines(List<Finding> sorted) {
        // the plain lines, or the first page when no finding is outside the pages (the sort puts "" first)
        String unit = sorted.isEmpty() || Pos.of(sorted.get(0)).unit().isEmpty() ? ""
                : FIRST_PAGE.equals(Pos.of(sorted.get(0)).unit()) && sorted.stream().allMatch(f -> Pos.of(f).unit().startsWith("page="))
                ? FIRST_PAGE : "";
        // per line: 1 an e-mail, 2 a name, 4 anything else
        Map<Integer, Integer> kinds = new HashMap<>();
        for (Finding f : sorted) {
            Pos p = Pos.of(f);
            if (unit.equals(p.unit()) && p.line() >= 0) {
                int k = "EMAIL_ADDRESS".equals(f.type()) ? 1 : "PERSON_NAME".equals(f.type()) ? 2 : 4;
                kinds.merge(p.line(), k, (a, b) -> a | b);
            }
        }
        List<Integer> lines = new ArrayList<>(new TreeSet<>(kinds.keySet()));
        Header header = new Header(unit);
        int last = -1;
        for (int line : lines) {
            // From:/Sent:/To:/Cc: stand together; an e-mail three lines on is in the body ("Your account (x@…)")
            if (line > headerLines || (kinds.get(line) & 1) == 0 || (last >= 0 && line - last > 2)) {
                break;
            }
            header.add(line);
            last = line;
        }
        if (header.size() < 2) {
            header.clear();
        }
        // a quoted or forwarded message's header further down ("From: Erin Green <erin@…>" / "To: Carol White
        // <carol@…>" under "-----Original Message-----"): two or more lines at most two apart, each with a name and
        // an e-mail and nothing else; the body below is not the last recipient's
        List<Integer> run = new ArrayList<>();
        for (int line : lines) {
            boolean nameAndEmail = kinds.get(line) == 3;
            if (nameAndEmail && !run.isEmpty() && line - run.get(run.size() - 1) <= 2) {
                run.add(line);
                continue;
            }
            if (run.size() >= 2) {
                header.addAll(run);
            }
            run.clear();
            if (nameAndEmail) {
                run.add(line);
            }
        }
        if (run.size() >= 2) {
            header.addAll(run);
        }
        return header;
    }

    /** Phone type when libphonenumber is sure (MOBILE or FIXED_LINE); null for FIXED_LINE_OR_MOBILE etc. */
    static PhoneNumberType definiteType(String e164) {
        return PHONE_TYPES.get(e164);
    }

    private static PhoneNumberType parseType(String e164) {
        try {
            PhoneNumberType t = UTIL.getNumberType(UTIL.parse(e164, "ZZ"));
            return t == PhoneNumberType.MOBILE || t == PhoneNumberType.FIXED_LINE ? t : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private final class Block {
        final String unit;
        final boolean header;
        final List<Finding> findings = new ArrayList<>();
        final Set<String> emails = new HashSet<>();
        final Map<String, PhoneNumberType> phones = new HashMap<>();
        final Set<String> names = new HashSet<>();
        // the block's one name is a single Latin word (a family or a given name alone)
        boolean namePart;
        final Map<String, String> ids = new HashMap<>();
        int lastLine = -1;

        Block(String unit, boolean header) {
            this.unit = unit;
            this.header = header;
        }

        boolean conflicts(Finding f) {
            String v = f.value();
            switch (f.type()) {
                case "EMAIL_ADDRESS" -> {
                    return !emails.contains(v.toLowerCase(Locale.ROOT)) && emails.size() >= maxEmails;
                }
                case "PHONE_NUMBER" -> {
                    if (phones.containsKey(v)) {
                        return false;
                    }
                    PhoneNumberType t = definiteType(v);
                    return phones.size() >= maxPhones || (t != null && phones.containsValue(t));
                }
                case "PERSON_NAME" -> {
                    String k = nameKey(v);
                    // a family name and a given name written apart, one word each, the one right after the other
                    // ("LN PRUITT" / "FN DWAYNE", a licence's fields 1 and 2) are the two parts of one name, as a
                    // row's name columns are (SubjectResolver#rowNames): the second part is no second person
                    boolean otherPart = names.size() == 1 && namePart && SubjectResolver.isLatinWord(v.strip())
                            && "PERSON_NAME".equals(findings.get(findings.size() - 1).type());
                    return k != null && !names.isEmpty() && !names.contains(k) && !otherPart && !partOfAName(k);
                }
                case "DATE_OF_BIRTH" -> {
                    String d = SubjectResolver.isoDate(v);
                    String have = ids.get(f.type());
                    return d != null && have != null && !have.equals(d);
                }
                default -> {
                    if (!SubjectResolver.MERGE_KEYS.contains(f.type())) {
                        return false;
                    }
                    String have = ids.get(f.type());
                    return have != null && !have.equals(SubjectResolver.idValue(v));
                }
            }
        }

        /**
         * Whether one of the two names is a single word of the other: a directory row's displayName "Matthias
         * Schäfer" beside its surname "Schäfer" and givenName "Matthias" cells, one person.
         */
        private boolean partOfAName(String key) {
            for (String n : names) {
                if (oneWordOf(n, key) || oneWordOf(key, n)) {
                    return true;
                }
            }
            return false;
        }

        /** Keys of one word are not accent-folded as full names' are ("schäfer" beside "matthias schafer"). */
        private static boolean oneWordOf(String whole, String word) {
            if (word.indexOf(' ') >= 0 || whole.indexOf(' ') < 0) {
                return false;
            }
            String w = org.leakscope.classifiers.pii.NameFolding.fold(word).toLowerCase(Locale.ROOT);
            String all = org.leakscope.classifiers.pii.NameFolding.fold(whole).toLowerCase(Locale.ROOT);
            return (" " + all + " ").contains(" " + w + " ");
        }

        void add(Finding f, int line) {
            findings.add(f);
            if (line >= 0) {
                lastLine = Math.max(lastLine, line);
            }
            String v = f.value();
            switch (f.type()) {
                case "EMAIL_ADDRESS" -> emails.add(v.toLowerCase(Locale.ROOT));
                case "PHONE_NUMBER" -> phones.put(v, definiteType(v));
                case "PERSON_NAME" -> {
                    String k = nameKey(v);
                    if (k != null && names.add(k)) {
                        namePart = names.size() == 1 && SubjectResolver.isGivenNamePart(v.strip());
                    }
                }
                case "DATE_OF_BIRTH" -> {
                    String d = SubjectResolver.isoDate(v);
                    if (d != null) {
                        ids.putIfAbsent(f.type(), d);
                    }
                }
                default -> {
                    if (SubjectResolver.MERGE_KEYS.contains(f.type())) {
                        ids.putIfAbsent(f.type(), SubjectResolver.idValue(v));
                    }
                }
            }
        }
    }

    /** Name identity inside a block: readings (kana only) never count as a second name. */
    private static String nameKey(String v) {
        if (v == null || v.isBlank() || PersonNames.isKanaOnly(v)) {
            return null;
        }
        String k = PersonNames.key(v);
        return k != null ? k : SubjectResolver.compactName(v);
    }
}
