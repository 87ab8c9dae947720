package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.CharIndex;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.FirstChars;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.detect.StartFilter;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/**
 * Latin-script names. Where the layout says "this is a person" any capitalised full name counts: the display
 * name of a mail address ({@code John Baker <jbaker@…>}, {@code "Baker, John" <…>}), the line under a closing
 * (Regards, Sincerely …), a title (Mr., Ms., Dr.). Elsewhere a known given name followed by a capitalised
 * surname ("Kevin Robinson", "Taro YAMADA"): the common given names (names.yml given_names) count alone, the
 * long tail (given_names_more, many of which are also words: Will, May, Chase) only with a label, an honorific
 * or another identifier (e-mail, phone) on the line. Given names are looked up without their accents (José as
 * Jose). Any capitalised full name also counts under an authority or contact label at a line start (Classified
 * By:, Prepared by, Approved by:, cc:, Contact:, Dear). Organisation, department and function words (Bank, Inc,
 * Ltd, Customer Service, Multiple Sources …, {@link OrgWords}) drop a hit, and so do the words of names.yml
 * not_name_words (Drive, Hotel, Palace, Controls) and a firm of person_like_firms (Morgan Stanley). A name in capitals ("JOHN A SMITH", "TANAKA TARO", "O'CONNOR,
 * MARY") counts right after a form or card label of caps_name_labels when a given name of the lists stands in it, and
 * any name in capitals after a holder phrase of caps_name_holder_labels ("au nom de RÉMI MOREL"). Names the lists do
 * not know count where the item's own mailbox spells them ("Percival Dunmore, dunmore.percival@…"), where a record
 * noun or a birth clause follows them at a sentence start ("Barnaby Blackburn's SSN", "Giulia Fontana, nato il …") and
 * where a contract names them by a person's role ("Tamsin Hawthorne ("Borrower")").
 */
public final class LatinNameDetector extends PatternDetector {

    // names keep their accents (José, Zoë, Müller, Åsa): EU data subjects are named so
    // Korean given names go on in lower case after the hyphen (Min-jun, Ji-hoon), others in upper (Jean-Pierre)
    private static final String WORD = "(?:Mc|Mac|O'|D')?\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)?";
    // the particles of Dutch, German, Spanish, Italian, Portuguese and Swedish family names: van der Berg, de la Cruz
    private static final String FULL = WORD + "(?: \\p{Lu}\\.?)?(?: (?:van der |van den |van de |von der |de la |de las |de los "
            + "|van |von |de |da |di |del |dos |la |le |af |zu |ten |ter )?(?:" + WORD
            + "|\\p{Lu}{2,20})){1,2}";
    // the line under an authority or contact label: "Classified By: Maria Carter", "cc: Brian Ortiz", "Dear José
    // García,", "Submitted by: O'Brien, Patrick"; tried at line starts only (labelHits)
    // "... by" and "Dear" may go without a colon; the nouns need one ("To Whom It May Concern" is no name)
    private static final Pattern LABELLED = Pattern.compile("(?m)^[ \\t]*(?:(?i:(?:classified|prepared|approved|reviewed"
            + "|authori[sz]ed|released|signed|submitted|requested|checked|verified|written|drafted|issued|sent|compiled"
            + "|edited) by|dear)[ \\t]*[:：]?|(?i:point of contact|poc|contact|b?cc|attn|attention|author|signed|signature"
            + "|owner|from|to|attendees|participants|present)[ \\t]*[:：])[ \\t]*(?<v>" + FULL + "|" + WORD + ", " + WORD + "(?: \\p{Lu}\\.)?)"
            + "(?![\\p{L}\\p{N}@'-])");
    // a record's person after their role with no colon, the name alone on its line and the record's identifiers on the
    // next ("Renter Bianca Mbeki" / "DL# WDLB73N343C4   State WA", "Guest Omar Caruso" / "DOB 04/02/1981"); the name
    // must start with a listed given name ("Tenant Improvement Allowance" / "Address of the premises" is none)
    private static final Pattern ROLE_LINE = Pattern.compile("[ \\t]*(?i:renter|tenant|lessee|occupant|guest|borrower|co-borrower"
            + "|applicant|co-applicant|patient|insured|policyholder|claimant|passenger|traveler|traveller|employee|student"
            + "|member|customer|subscriber|cardholder|beneficiary)[ \\t]+(?<v>" + FULL + ")[ \\t]*(?=\\r?\\n[ \\t]*(?i:dl\\b"
            + "|dl ?#|driver|dob\\b|d\\.o\\.b|date of birth|birth ?date|ssn\\b|social security|phone|tel\\b|mobile|e-?mail"
            + "|address|passport|licen[cs]e))");
    // a chat or meeting transcript's speaker after the time of the turn: "[09:02] Kristen Halvorsen: hi", "14:31
    // Omar Caruso: ok" (Slack, Teams and helpdesk chat exports); tried at line starts only (layoutHits)
    // ... or after the date and time and a dash, as WhatsApp's Android export writes a turn: "05/03/2026, 22:03 - Omar Caruso: ok"
    private static final Pattern CHAT_SPEAKER = Pattern.compile("(?m)^[ \\t]*(?:\\[[^\\]\\n]{1,25}\\]|\\(?\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "(?: ?[AaPp][Mm])?\\)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4},? \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])? [-–])[ \\t]+(?<v>" + FULL
            + ")[ \\t]*[:：>](?!\\d)");
    // a meeting transcript's speaker (WebVTT, as Zoom and Teams save captions): "Name: text" on the line under a cue's
    // timing line ("00:00:05.430 --> 00:00:08.630"), or a voice tag "<v Name>text</v>"
    private static final Pattern CUE_SPEAKER = Pattern.compile("(?:(?<=-->[^\\n]{1,60}\\n)[ \\t]*|(?m)^[ \\t]*<v(?:\\.[\\w.-]+)?[ \\t]+)(?<v>"
            + FULL + ")[ \\t]*[:：>](?!\\d)");
    // the addressee of a letter or an envelope: a name alone on its line, right above the street line of the
    // address ("Shauna Pruitt" / "849 Pioneer Way" / "Denver, CO 80211"); tried at line starts only (layoutHits)
    // ... or, as EU addresses are written, the street before its number and the postal code ("Esther Valdez" /
    // "Keizersgracht 170, 1015 CJ Amsterdam") or a French street word after the number ("171 avenue Jean Médecin")
    private static final Pattern ADDRESSEE = Pattern.compile("(?m)^[ \\t]*(?<v>" + FULL + ")[ \\t]*\\r?\\n[ \\t]*"
            + "(?:(?:\\d{1,6}[A-Za-z]?|(?:Apt|Flat|Suite|Unit)\\.? ?\\w{1,6},?) \\p{Lu}"
            + "|\\d{1,4}(?: bis| ter)?,? (?:rue|avenue|boulevard|allée|chemin|place|quai|impasse) "
            + "|\\p{Lu}\\p{Ll}+(?:[ -]\\p{L}+){0,3} \\d{1,5}[a-z]?, \\d{4,5} )");
    private static final String LABEL_FIRST = "cpaersvwdiobt"; // first letters of the labels above
    // labels that head a list of people
    private static final Pattern LIST_LABEL = Pattern.compile("[ \\t]*(?i:b?cc|to|attendees|participants|present)[ \\t]*[:：]");
    // the next name of a list after a label ("cc: Sun Li, Zhou Qiang", "Attendees: Nguyen Van An, Tran Thi Mai")
    private static final Pattern LISTED = Pattern.compile("(?:[ \\t]*[,;][ \\t]*|[ \\t]+and[ \\t]+)(?<v>" + FULL + ")"
            + "(?![\\p{L}\\p{N}@'-])");
    // what follows a person's name, not a firm's or a place's: "Matteo Jablonski's Social Security number", "Siobhan
    // Dimitrov is a 57-year-old female", "to Bjorn Kaplan, 3834 Maple Ave" (the name then the building number, or an
    // EU street, its number and the postal code: "Leonardo Ramirez, Via Roma 68, 10121 Torino", "Ship it to Adrian
    // Achterberg at Prinsengracht 33, 1016 GV Amsterdam"; a flat before the number: "to Lars Brennan, Flat 6, 196 Castle
    // Street")
    private static final Pattern PERSON_AFTER = Pattern.compile("(?:'s (?:Social Security|SSN|date of birth|DOB|birthday"
            // a privilege log's "Memo re: Garrett Lamontagne's FMLA leave for back surgery"
            + "|passport|driver'?s licen[cs]e|medical|diagnosis|FMLA|(?:sick|medical|maternity|paternity|parental) leave)|,? (?:is|was) an? \\d{1,3}[- ](?:year|yr)s?[- ]old"
            // what is said of a colleague in a team's chat: "FYI Marcus Delgado is on sick leave until the 20th"
            + "|(?: is| has been)? (?:on sick leave|off sick|out sick|signed off sick|on medical leave|on maternity leave"
            + "|on paternity leave)|(?: has)? called in sick"
            + "|(?:,| at)(?: (?:Flat|Apt\\.?|Apartment|Suite|Unit) [A-Za-z0-9]{1,5},)? \\d{1,6}[A-Z]? (?:[NSEW]\\.? )?(?:\\p{Lu}\\p{Ll}+|(?:rue|avenue|boulevard|allée|chemin|place|quai) )"
            + "|(?:,| at) \\p{Lu}\\p{L}+(?: \\p{L}+){0,3} \\d{1,5}[a-z]?, \\d{4,5} )");
    // a name of no list that a clinical or record verb follows, where a sentence begins: "Keira Castellano presented
    // with HIV", "Rowan Llewellyn was born on Sep 28, 1957", "Gareth Kowalczyk asked us to use g.k@…" (labelled
    // corpora's long-tail names); tried at capitals, the name a sentence's first words
    // (or where one lives, an age between commas before it: "OKONJO Caspian, 59, lives at …", "SILAS PRESCOTT, 57,
    // resides at …": the family name or the whole name in capitals, as records write them)
    private static final String CAPS_PART = "(?:MC|MAC|O'|D')?\\p{Lu}{2,20}(?:-\\p{Lu}{2,20})?";
    // ... or a record's birth date in brackets ("Confirmation: Mirabel Castellano (born on the …)", "Clinic note - Barnaby
    // Ashcroft (DOB 06/01/1975)", "(geb. …)", "(née le …)"), or a triage line's age and sex ("ED triage 03:40 - RUTHERFORD
    // Mirabel, 44F, known HIV", "BLACKBURN, Fletcher, 60F"); a heading's dash before the name begins it as a full stop does
    private static final Pattern PERSON_VERB = Pattern.compile("(?<=^|\\n|[.!?;:\"] |\"|\\(|\\n[ \\t]{1,8}| [-–] )(?<v>" + WORD
            + " (?:(?:van der |van den |van de |von |van |de la |de |del |da |di )?" + WORD + ")|" + CAPS_PART + " (?:" + CAPS_PART
            + "|" + WORD + ")|" + CAPS_PART + ", " + WORD + "(?=, \\d{1,3}(?: ?[MF][,.;]|, )))(?=(?:, \\d{1,3},)? (?:presented with|presents with"
            + "|was born(?: on| in)?|was admitted|was diagnosed|has been diagnosed|was prescribed|complained of|complains of"
            + "|reported (?:chest|abdominal|back|severe)|is an? \\d{1,3}[- ](?:year|yr)s?[- ]old|asked us to|has asked us to"
            + "|lives (?:at|in|on)|lived (?:at|in)|resides (?:at|in)|moved into|moves into"
            + "|\\((?:born|b\\.|DOB|D\\.O\\.B\\.|dob|geb\\.|geboren|n[ée]e?|nat[oa]|nacid[oa])[ :])|, \\d{1,3} ?[MF][,.;]"
            // ... or the record the sentence gives of them ("Barnaby Blackburn's SSN on the W-4 is …") or their birth
            // after a comma ("Giulia Fontana, nato il 11/8/1955, è stato assunto", "Anna Weber, geboren am …")
            + "|'s (?:SSN|Social Security|date of birth|DOB|passport|driver'?s licen[cs]e|national insurance)"
            // (a date after the clause: "Harbor Analytics, born in a garage in 1998" is a firm's story)
            + "|, (?:born (?:on |in )?|b\\. |n[ée]e? (?:le )?|nat[oa] (?:il )?|nacid[oa] (?:el )?|geb(?:oren|\\.) (?:am )?)(?:the )?\\d)");
    // a birth clause after a comma, the prefilter of PERSON_VERB's last alternative
    private static final Pattern BIRTH_CLAUSE = Pattern.compile(", (?:born|b\\.|n[ée]e?|nat[oa]|nacid[oa]|geb)[ .]");
    // a contract's party that is a person, named with the role the contract calls them by ("between Harborline Credit
    // Union ("Lender") and Tamsin Hawthorne ("Borrower")"): the roles firms take (Lender, Company, Employer) are left out
    private static final String PARTY_ROLE_WORD = " \\((?:the |hereinafter |the said )?[\"“](?:Borrower|Co-Borrower|Guarantor"
            + "|Tenant|Lessee|Employee|Applicant|Claimant|Buyer|Purchaser|Licensee|Patient|Consultant|Contractor|Beneficiary)"
            + "[\"”]\\)";
    private static final Pattern PARTY_ROLE = Pattern.compile("(?<![\\p{L}\\p{N}])(?<v>" + FULL + ")" + PARTY_ROLE_WORD);
    private static final Pattern PARTY_ROLE_TAIL = Pattern.compile(PARTY_ROLE_WORD);
    // a triage or census line's age and sex after a name: "44F,", "60 M."
    private static final Pattern AGE_SEX = Pattern.compile(", \\d{1,3} ?[MF][,.;]");
    // an e-mail, a phone's or an identifier's nine digits or more, or a document number: a passport's or a licence's
    // letters and digits ("Caleb McAllister, passport 524005711", "Renter Yolanda Mbeki, DL B1167727")
    private static final Pattern IDENTIFIER = Pattern.compile("@[\\w.-]+\\.[A-Za-z]{2,}|\\+?\\d[\\d ().-]{7,}\\d"
            + "|\\b[A-Z]{1,3}\\d{7,8}\\b");
    // family names keep their accents (Lefèvre, Müller, García, Øster): EU data subjects are named so
    // ... after a particle, which Italian, Dutch and Flemish names capitalise (Rebecca De Luca, Daan Van Dijk), the word
    // after it ends the name ("Rebecca De" alone was taken for the whole name)
    private static final Pattern SURNAME_TAIL = Pattern.compile(
            "(?: \\p{Lu}\\.)? (?:(?:[Dd]e(?: [Ll]a)?|[Dd]i|[Dd]a|[Dd]el|[Dd]ella|[Dd]os|[Vv]an(?: [Dd]e[rn]?)?|[Vv]on(?: [Dd]er)?|L[aeo]) )?"
            + "(?:Mc|Mac|O')?(?:\\p{Lu}\\p{Ll}{1,20}|\\p{Lu}{2,20})(?:-\\p{L}\\p{Ll}+)?(?![\\p{L}\\p{N}@])");
    // after a family name written first (Zhang Wei, Kim Min-jun): the given name, no capitalised word after it
    // ("Park Hotel Tokyo", "Kim Chi Palace" name places)
    private static final Pattern GIVEN_TAIL = Pattern.compile(
            " \\p{Lu}\\p{Ll}{1,12}(?:-\\p{L}\\p{Ll}+)?(?![\\p{L}\\p{N}@])(?! \\p{Lu})");
    // Vietnamese names have a middle name (Nguyen Van An, Tran Thi Mai)
    private static final Pattern MIDDLE_GIVEN_TAIL = Pattern.compile(
            " \\p{Lu}\\p{Ll}{1,12} \\p{Lu}\\p{Ll}{1,12}(?![\\p{L}\\p{N}@])(?! \\p{Lu})");
    private static final Set<String> VIETNAMESE = Set.of("Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan",
            "Vu", "Vo", "Dang", "Bui", "Ngo", "Duong", "Ly");
    private static final List<String> CONTEXT = List.of("name", "mr", "ms", "mrs", "miss", "dr", "prof", "dear",
            "employee", "customer", "patient", "applicant", "contact", "attn", "attention",
            // the roles of a record's person and what is said of one ("License holder:", "issued to", ", born on",
            // "(MRN 7601881, DOB ...)")
            "holder", "beneficiary", "claimant", "borrower", "insured", "tenant", "issued to", "belongs to",
            "addressed to", "born", "dob", "mrn",
            "signed", "signature", "regards", "sincerely", "manager", "director", "engineer", "analyst", "cc", "bcc", "attendees",
            "participants",
            // the forms of address and the roles and birth words of European letters and records
            "herr", "herrn", "frau", "monsieur", "madame", "mme", "sig", "sra", "dña", "mevrouw", "pan", "pani",
            "salarié", "dipendente", "trabajador", "werknemer", "pracownik", "arbetstagare", "paziente", "paciente",
            "pacjent", "geboren", "né", "née", "nacido", "nacida", "urodzony", "urodzona", "född",
            "様", "氏名", "担当");
    // the line under a closing; a match starts where (?m)^ holds, so only line starts are tried (signatureHits)
    // ... and the closings of German, French, Spanish, Italian, Dutch, Polish and Swedish letters and mails
    private static final String CLOSINGS = "best regards|kind regards|warm regards|regards"
            + "|best wishes|sincerely(?: yours)?|yours sincerely|yours truly|yours faithfully|respectfully|thanks|thank you"
            + "|many thanks|cheers|best"
            + "|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|(?:viele|beste|liebe) gr(?:ü|ue)(?:ß|ss)e|mfg"
            + "|(?:bien )?cordialement|bien à vous|salutations distinguées|atentamente|(?:un )?saludos?(?: cordiales)?"
            + "|(?:cordiali|distinti)? ?saluti|(?:met )?vriendelijke groet(?:en)?|groet(?:en)?|z poważaniem|pozdrawiam"
            + "|z wyrazami szacunku|(?:med )?vänliga hälsningar|hälsningar|mvh";
    private static final Pattern SIGNATURE = Pattern.compile("(?m)^[ \\t]*(?i:" + CLOSINGS
            + ")[,.!]?[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*(?<v>" + FULL + ")[ \\t]*,?[ \\t]*$");
    private static final Pattern CLOSING = Pattern.compile("(?i:" + CLOSINGS + ")");
    // a message signed by a name that ends it, after a full stop or a dash ("… (routing 688948966) - Gareth Inglis", "…
    // n'hésitez pas à m'appeler. Mathis Perrin", as short customer messages are signed); tried on the text's last line
    private static final Pattern SIGN_OFF = Pattern.compile("(?:[.!?]|[ \\t][-–—])[ \\t]+(?<v>" + FULL + ")[ \\t]*\\.?\\s*\\z");
    // the writer speaking of themselves, in the languages of the closings: a message, not a heading or a list
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\p{L}'’])(?:(?:I|(?i:my|me|i'm|je|mon|ma|mes|moi|ich|mein"
            + "|meine|mich|mir|yo|mis|mio|mia|ik|mijn))(?![\\p{L}])|(?i:[jm]['’]))");
    private static final String CLOSING_FIRST = "bkwrsytmcfvlaudgzph"; // best, kind, warm, regards, sincerely, yours, thanks, mit, viele ...
    // where (?m)^ can hold: the start and after each of Java's line terminators
    private static final char[] LINE_TERMINATORS = {'\n', '\r', '\u0085', '\u2028', '\u2029'};
    // a generation (Jr., Sr.) stays with the display name: father and son of one name share a home and its phone
    private static final Pattern DISPLAY_NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\"?(?<v>" + FULL + "(?:,? [JS]r\\.?)?)\"? ?<[\\w.+-]+@[\\w.-]+>");
    private static final Pattern DISPLAY_NAME_LAST_FIRST =
            Pattern.compile("\"(?<v>" + WORD + ", " + WORD + "(?: [A-Z]\\.?)?)\" ?<[\\w.+-]+@");
    // a mail header's display name "Last, First" whose quotes the mail reader dropped ("From: Cartwright, Bill <…>"):
    // counted when the second word is a given name of the lists ("To: Sales, Marketing <…>" is no person)
    private static final Pattern HEADER_LAST_FIRST = Pattern.compile("(?<=(?:From|To|Cc|Reply-To|Sender): )(?<v>" + WORD
            + ", (?<g>" + WORD + ")(?: [A-Z]\\.?)?) ?<[\\w.+-]+@");
    private static final Pattern TITLE = Pattern.compile("(?<![\\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.? (?<v>" + FULL + ")"
            + "(?![\\p{L}\\p{N}@])");

    // a name in capitals: GIVEN [M[.]] FAMILY[ FAMILY], FAMILY GIVEN, or FAMILY, GIVEN [M.]; tried at capitals
    // the rest of a name's line is blank and the next line starts with a building number (or a flat) and a street's word
    private static final Pattern STREET_BELOW = Pattern.compile("[ \\t]*\\r?\\n[ \\t]*(?:\\d{1,6}[A-Za-z]?|(?:Apt|Flat|Suite|Unit)\\.? ?\\w{1,6},?) \\p{Lu}");
    // ... accented as French and Spanish records write them (RÉMI MOREL, JOSÉ NÚÑEZ)
    private static final String CAPS_WORD = "(?:O'|D')?\\p{Lu}{2,20}(?:-\\p{Lu}{2,20})?";
    private static final Pattern CAPS_NAME = Pattern.compile("(?:" + CAPS_WORD + "(?: [A-Z]\\.?)?(?: " + CAPS_WORD + "){1,2}"
            + "|" + CAPS_WORD + ", " + CAPS_WORD + "(?: [A-Z]\\.?)?"
            // the family name in capitals before the given name as written ("Mitarbeiter | SCHÄFER Lena", as German and
            // French forms and payslips write a name): counted when that given name is a common one of the lists
            + "|" + CAPS_WORD + " \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}@'-])");

    private final Set<String> given;
    private final Set<String> moreGiven;
    private final Set<String> familyFirst;
    private final NotNames notNames;
    /** One of caps_name_labels ends the text it is matched against (colon optional); null: no labels. */
    private final Pattern capsLabel;

    public LatinNameDetector(List<String> givenNames) {
        this(givenNames, List.of());
    }

    public LatinNameDetector(List<String> givenNames, List<String> moreGivenNames) {
        this(givenNames, moreGivenNames, List.of());
    }

    /**
     * {@code familyNamesFirst}: family names that are written before the given name (Chinese, Korean, Vietnamese:
     * Zhang Wei, Kim Min-jun, Nguyen Van An); such a name counts as a long-tail one does, with context only.
     */
    public LatinNameDetector(List<String> givenNames, List<String> moreGivenNames, List<String> familyNamesFirst) {
        this(givenNames, moreGivenNames, familyNamesFirst, List.of(), List.of(), List.of());
    }

    /**
     * {@code capsNameLabels}: labels after which a name in capitals counts; {@code notNameWords}: words no name
     * holds; {@code personLikeFirms}: whole firm names that look like a person's (names.yml).
     */
    public LatinNameDetector(List<String> givenNames, List<String> moreGivenNames, List<String> familyNamesFirst,
                             List<String> capsNameLabels, List<String> notNameWords, List<String> personLikeFirms) {
        this(givenNames, moreGivenNames, familyNamesFirst, capsNameLabels, notNameWords, personLikeFirms, List.of());
    }

    /** ... and {@code notNameEndings}: endings of words no name holds (street words: -straße, -straat, -gatan). */
    public LatinNameDetector(List<String> givenNames, List<String> moreGivenNames, List<String> familyNamesFirst,
                             List<String> capsNameLabels, List<String> notNameWords, List<String> personLikeFirms,
                             List<String> notNameEndings) {
        this(givenNames, moreGivenNames, familyNamesFirst, capsNameLabels, notNameWords, personLikeFirms, notNameEndings,
                List.of());
    }

    /**
     * ... and {@code holderLabels}: phrases after which a name in capitals is a card's or an account's holder, known
     * given name or not ("au nom de RÉMI MOREL"; names.yml caps_name_holder_labels).
     */
    public LatinNameDetector(List<String> givenNames, List<String> moreGivenNames, List<String> familyNamesFirst,
                             List<String> capsNameLabels, List<String> notNameWords, List<String> personLikeFirms,
                             List<String> notNameEndings, List<String> holderLabels) {
        // the form and card labels (tenant, passenger, insured ...) name a person's role as the context words do
        super("latin_person_name", "PERSON_NAME", List.of(), withWords(CONTEXT, capsNameLabels), ContextWords.NONE);
        this.given = Set.copyOf(clean(givenNames));
        this.moreGiven = Set.copyOf(clean(moreGivenNames));
        this.familyFirst = Set.copyOf(clean(familyNamesFirst));
        this.notNames = NotNames.of(notNameWords, personLikeFirms, notNameEndings);
        // a title in capitals between label and name belongs to neither: "Name on card: MR JOHN SMITH"
        List<String> labels = capsNameLabels.stream().map(String::strip).filter(l -> !l.isEmpty())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        this.capsLabel = labels.isEmpty() ? null : Pattern.compile("(?i)(?<![\\p{L}])(?:" + labels.stream()
                .map(l -> Pattern.quote(l).replace(" ", "\\E[ \\t]+\\Q"))
                .collect(java.util.stream.Collectors.joining("|")) + ")[ \\t]*[:：]?[ \\t]*(?:(?:MR|MRS|MS|MISS|DR)\\.? )?$");
        this.holderLabels = holderLabels.stream().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(l -> !l.isEmpty()).distinct().toList();
    }

    /** names.yml caps_name_holder_labels, lower case. */
    private final List<String> holderLabels;

    /** A name in capitals right after a holder label and a blank: two or three words (a particle: NOOR DE GROOT). */
    private static final Pattern HOLDER_NAME = Pattern.compile("[ \\t]*[:：]?[ \\t]+(?:(?:MR|MRS|MS|MISS|DR|M|MME)\\.? )?(?<v>" + CAPS_WORD
            + "(?: (?:DE LA|DE|DI|DA|DEL|VAN DER|VAN DEN|VAN|VON|LE|LA))?(?: " + CAPS_WORD + "){1,2})(?![\\p{L}\\p{N}@'-])");

    /**
     * Names in capitals after a holder label ({@code caps_name_holder_labels}): each label is looked for as written in
     * lower case or with its first letter capitalised (a sentence's start), so a text without one costs a few indexOf.
     */
    private void holderHits(ScanText t, List<Hit> out) {
        if (holderLabels.isEmpty()) {
            return;
        }
        String text = t.text();
        Matcher m = HOLDER_NAME.matcher(text);
        m.useTransparentBounds(true);
        List<Hit> hits = new ArrayList<>(0);
        for (String label : holderLabels) {
            for (String form : List.of(label, Character.toUpperCase(label.charAt(0)) + label.substring(1))) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                        continue;
                    }
                    m.region(at + form.length(), text.length());
                    if (m.lookingAt()) {
                        hits.add(new Hit(m.start("v"), m.end("v"), m.group("v"), 0.7, "caps-holder"));
                    }
                }
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        out.addAll(hits);
    }

    /**
     * {@code base} and those of {@code more} none of whose words is already one ("customer name" adds nothing to
     * "customer"): every context word is looked for around every candidate, so the list stays short.
     */
    private static ContextWords withWords(List<String> base, List<String> more) {
        List<String> all = new ArrayList<>(base);
        Set<String> known = new java.util.HashSet<>(base);
        more.stream().map(w -> w.strip().toLowerCase(java.util.Locale.ROOT)).filter(w -> !w.isEmpty())
                .sorted(java.util.Comparator.comparingInt(w -> w.split("\\s+").length))
                .forEach(w -> {
                    if (java.util.Arrays.stream(w.split("\\s+")).noneMatch(known::contains)) {
                        all.add(w);
                        known.add(w);
                    }
                });
        return new ContextWords(all);
    }

    public static LatinNameDetector fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("names");
        return new LatinNameDetector(
                ClassifierConfig.stringList(pack.yaml().get("given_names"), pack.source() + ": key given_names"),
                ClassifierConfig.stringList(pack.yaml().get("given_names_more"), pack.source() + ": key given_names_more"),
                ClassifierConfig.stringList(pack.yaml().get("family_names_first"), pack.source() + ": key family_names_first"),
                ClassifierConfig.stringList(pack.yaml().get("caps_name_labels"), pack.source() + ": key caps_name_labels"),
                ClassifierConfig.stringList(pack.yaml().get("not_name_words"), pack.source() + ": key not_name_words"),
                ClassifierConfig.stringList(pack.yaml().get("person_like_firms"), pack.source() + ": key person_like_firms"),
                NotNames.endings(pack),
                pack.yaml().get("caps_name_holder_labels") == null ? List.of() : ClassifierConfig.stringList(
                        pack.yaml().get("caps_name_holder_labels"), pack.source() + ": key caps_name_holder_labels"));
    }

    private static List<String> clean(List<String> names) {
        // YAML reads Yes/No/On as booleans; a name is one capitalised word, looked up without its accents
        return names.stream().map(NameFolding::fold).filter(n -> n.matches("[A-Z][a-z]+")).distinct().toList();
    }

    /**
     * find()'s matches of {@code p} over the text, for a regex whose matches never span a line and always hold
     * {@code c}: only lines holding {@code c} are searched, and only at {@code p}'s first characters, each with
     * lookingAt() (transparent bounds, so look-arounds see the whole text), resuming after a match as find() does.
     * A display name stands before its "&lt;address&gt;": on a mail header line, tried at its capitals and quotes.
     */
    private static void onLinesHolding(ScanText t, char c, Pattern p, Consumer<Matcher> onMatch) {
        String text = t.text();
        FirstChars first = FirstChars.of(p);
        StartFilter filter = StartFilter.of(p);
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int at = text.indexOf(c); at >= 0; ) {
            int lineStart = text.lastIndexOf('\n', at) + 1;
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int from = lineStart;
            for (int s = lineStart; s < lineEnd; s++) {
                if (s < from || (first != null && !first.contains(text.charAt(s))) || !filter.admits(text, s)) {
                    continue;
                }
                m.region(s, lineEnd);
                if (m.lookingAt()) {
                    onMatch.accept(m);
                    from = m.end() == s ? s + 1 : m.end();
                }
            }
            at = text.indexOf(c, lineEnd);
        }
    }

    private static Consumer<Matcher> adder(ScanText t, double score, String rule, List<Hit> out) {
        return m -> out.add(new Hit(m.start("v"), m.end("v"), t.text().substring(m.start("v"), m.end("v")), score, rule));
    }

    /**
     * The signature rule, tried at line starts only: its regex begins with {@code (?m)^}, which the index
     * cannot anchor, so find() would try every position of the text. Each try is lookingAt() from a possible
     * line start with transparent, non-anchoring bounds ({@code ^} sees the character before), resuming after
     * a match as find() does, so the matches are find()'s.
     */
    private static void signatureHits(ScanText t, int[] lineStarts, Consumer<Matcher> onMatch) {
        String text = t.text();
        Matcher m = SIGNATURE.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        StartFilter filter = StartFilter.of(SIGNATURE);
        int from = 0;
        for (int s : lineStarts) {
            if (s < from || !mayOpenSignature(text, s) || !filter.admits(text, s)) {
                continue;
            }
            m.region(s, text.length());
            if (m.lookingAt()) {
                onMatch.accept(m);
                from = m.end() == s ? s + 1 : m.end();
            }
        }
    }

    /** The first letter after the line's indent can begin a closing word (ASCII case folded, as (?i) does). */
    private static boolean mayOpenSignature(String text, int lineStart) {
        return mayOpen(text, lineStart, CLOSING_FIRST);
    }

    private static boolean mayOpen(String text, int lineStart, String firstLetters) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) < 0x80 && firstLetters.indexOf(text.charAt(i) | 0x20) >= 0;
    }

    /** The label rule, at line starts whose first letter can begin a label, as {@link #signatureHits} does. */
    private static void labelHits(ScanText t, int[] lineStarts, Consumer<Matcher> onMatch) {
        String text = t.text();
        Matcher m = LABELLED.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        StartFilter filter = StartFilter.of(LABELLED);
        for (int s : lineStarts) {
            if (mayOpen(text, s, LABEL_FIRST) && filter.admits(text, s)) {
                int end = text.indexOf('\n', s);
                int lineEnd = end < 0 ? text.length() : end;
                m.region(s, lineEnd);
                if (m.lookingAt()) {
                    onMatch.accept(m);
                    if (!LIST_LABEL.matcher(text).region(s, lineEnd).lookingAt()) {
                        continue; // "Classified By: Noah Smith, Technical Point of Contact": a role follows, no name
                    }
                    Matcher next = LISTED.matcher(text);
                    next.useTransparentBounds(true);
                    for (int at = m.end(); at < lineEnd; at = next.end()) {
                        next.region(at, lineEnd);
                        if (!next.lookingAt()) {
                            break;
                        }
                        onMatch.accept(next);
                    }
                }
            }
        }
    }

    /**
     * The chat-speaker and addressee rules, tried at line starts only. Both say "a person" by layout alone, so a
     * hit also needs a given name of the lists (common or long tail) first: "[INFO] Build Server:" or "Acme
     * Robotics" above a street line are no one.
     */
    private void layoutHits(ScanText t, int[] lineStarts, List<Hit> out) {
        String text = t.text();
        Matcher speaker = CHAT_SPEAKER.matcher(text);
        Matcher addressee = ADDRESSEE.matcher(text);
        Matcher cue = CUE_SPEAKER.matcher(text);
        for (Matcher m : List.of(speaker, addressee, cue)) {
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
        }
        for (int s : lineStarts) {
            int i = s;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= text.length()) {
                continue;
            }
            char c = text.charAt(i);
            Matcher m = c == '[' || c == '(' || Character.isDigit(c) ? speaker : Character.isUpperCase(c) ? addressee
                    : c == '<' ? cue : null;
            if (m == null) {
                continue;
            }
            // each regex asked only where its shape can begin (most lines of prose start with a capital)
            boolean found = admits(m, text, s) && m.region(s, text.length()).lookingAt();
            if (!found && m == addressee) {
                m = cue;
                found = admits(m, text, s) && m.region(s, text.length()).lookingAt();
            }
            if (found && startsWithGivenName(m.group("v"))) {
                out.add(new Hit(m.start("v"), m.end("v"), m.group("v"), 0.7, m == addressee ? "addressee" : "chat-speaker"));
            }
        }
    }

    private boolean startsWithGivenName(String name) {
        int end = 1;
        while (end < name.length() && Character.isLowerCase(name.charAt(end))) {
            end++;
        }
        String first = NameFolding.fold(name.substring(0, end));
        return given.contains(first) || moreGiven.contains(first);
    }

    /** {@link #ROLE_LINE} at each line start, when the name starts with a listed given name. */
    private void roleLineHits(ScanText t, int[] lineStarts, Consumer<Matcher> onMatch) {
        String text = t.text();
        Matcher m = ROLE_LINE.matcher(text);
        m.useTransparentBounds(true); // the identifier is looked for on the next line
        m.useAnchoringBounds(false);
        StartFilter filter = StartFilter.of(ROLE_LINE);
        for (int s : lineStarts) {
            if (!filter.admits(text, s)) {
                continue;
            }
            int end = text.indexOf('\n', s);
            m.region(s, end < 0 ? text.length() : end);
            if (m.lookingAt() && startsWithGivenName(m.group("v"))) {
                onMatch.accept(m);
            }
        }
    }

    private static boolean admits(Matcher m, String text, int start) {
        return StartFilter.of(m.pattern()).admits(text, start);
    }

    /** 0 and every position after a line terminator, ascending. */
    private static int[] lineStarts(ScanText t) {
        String text = t.text();
        if (t.index() == null) {
            int[] starts = new int[text.length() + 1];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                if (new String(LINE_TERMINATORS).indexOf(text.charAt(i)) >= 0) {
                    starts[k++] = i + 1;
                }
            }
            return java.util.Arrays.copyOf(starts, k);
        }
        int n = 1;
        for (char c : LINE_TERMINATORS) {
            n += t.index().count(c);
        }
        int[] starts = new int[n];
        int k = 1;
        for (char c : LINE_TERMINATORS) {
            for (int p : t.index().positions(c)) {
                starts[k++] = p + 1;
            }
        }
        java.util.Arrays.sort(starts);
        return starts;
    }

    /**
     * "Given Surname" pairs whose given name is on a list. Scanned word by word with a set lookup: a
     * regex alternation of thousands of names costs a backtracking attempt per name at every position.
     * The words are what (?<![\p{L}\p{N}@._-])[A-Z][a-z]+ finds, read by hand: a capital no letter, digit or @._- stands
     * before (one UTF-16 unit back, as the look-behind sees it), then lower-case ASCII letters.
     */
    private void givenNameHits(ScanText t, int[] capitals, List<Hit> out) {
        String text = t.text();
        Matcher tail = SURNAME_TAIL.matcher(text);
        Matcher givenTail = GIVEN_TAIL.matcher(text);
        Matcher middleTail = MIDDLE_GIVEN_TAIL.matcher(text);
        List<Hit> hits = new ArrayList<>();
        for (int i : capitals) {
            if (i > 0 && joinsWord(text.charAt(i - 1))) {
                continue;
            }
            int end = i + 1;
            boolean ascii = text.charAt(i) < 0x80;
            while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
                ascii &= text.charAt(end) < 0x80;
                end++;
            }
            String first = ascii ? text.substring(i, end) : NameFolding.fold(text.substring(i, end));
            boolean common = given.contains(first);
            if (end > i + 1 && familyFirst.contains(first) && !afterNameWord(text, i)) {
                Matcher familyTail = VIETNAMESE.contains(first) ? middleTail : givenTail;
                familyTail.region(end, text.length());
                if (familyTail.lookingAt()) {
                    hits.add(new Hit(i, familyTail.end(), text.substring(i, familyTail.end()), 0.4, "family-given"));
                }
            }
            if (end > i + 1 && (common || moreGiven.contains(first))) {
                tail.region(end, text.length());
                if (tail.lookingAt()) {
                    hits.add(new Hit(i, tail.end(), text.substring(i, tail.end()),
                            common ? 0.6 : 0.4, common ? "given-surname" : "more-given-surname"));
                }
            }
        }
        // in text order, as find() gave them (a word holds one capital, so no try fell inside an earlier word)
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        out.addAll(hits);
    }

    /**
     * What {@link #PERSON_VERB}'s look-behind asks, asked first without a regex: most capitals stand inside a sentence,
     * and the look-behind's alternatives of several lengths were most of the rule's cost.
     */
    private static boolean sentenceStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        if (c == '\n' || c == '"' || c == '(') {
            return true;
        }
        if (c == ' ' && i >= 2 && ".!?;:\"".indexOf(text.charAt(i - 2)) >= 0) {
            return true;
        }
        if (c == ' ' && i >= 3 && (text.charAt(i - 2) == '-' || text.charAt(i - 2) == '–') && text.charAt(i - 3) == ' ') {
            return true;
        }
        int j = i - 1;
        while (j >= 0 && i - j <= 8 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < i - 1 && j >= 0 && text.charAt(j) == '\n';
    }

    /** {@link #PERSON_VERB} tried at each capital that begins a word (a find() over the text costs a try per character). */
    private static void personVerbHits(ScanText t, int[] capitals, List<Hit> out) {
        String text = t.text();
        if (!(text.contains(" presented ") || text.contains(" presents ") || text.contains(" was ") || text.contains(" has ")
                || text.contains(" complain") || text.contains(" reported ") || text.contains(" asked us ") || text.contains("-old")
                || text.contains(" old ") || text.contains(" lives ") || text.contains(" lived ") || text.contains(" resides ")
                || text.contains(" moves into") || text.contains(" moved into") || text.contains(" (") || text.contains("'s ")
                || text.contains(", ") && BIRTH_CLAUSE.matcher(text).find() || AGE_SEX.matcher(text).find())) {
            return;
        }
        Matcher m = PERSON_VERB.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false); // '^' is the text's start, not each try's

        List<Hit> hits = new ArrayList<>();
        StartFilter filter = StartFilter.of(PERSON_VERB);
        for (int i : capitals) {
            if (i > 0 && joinsWord(text.charAt(i - 1)) || !sentenceStart(text, i) || !filter.admits(text, i)) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                hits.add(new Hit(i, m.end("v"), m.group("v"), 0.65, "person-verb"));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        out.addAll(hits);
    }

    /**
     * Whether the word right before {@code start} is the preposition of a place ("in", "à", "en"): a given name of the
     * lists there begins a town (Ann Arbor, Santa Fe, Santa Clara, San José) rather than a person.
     */
    static boolean afterPlacePreposition(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int w = start - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1)) && start - 1 - w < 3) {
            w--;
        }
        if (w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) {
            return false;
        }
        String word = text.substring(w, start - 1);
        return word.equals("in") || word.equals("à") || word.equals("en");
    }

    /** {@link #PARTY_ROLE}, searched only in items that write a role in quotes in brackets. */
    private static void partyRoleHits(ScanText t, List<Hit> out) {
        String text = t.text();
        if (!(text.contains("(\"") || text.contains("(“") || text.contains("(the ") || text.contains("(hereinafter "))) {
            return;
        }
        // each match ends in a role in brackets and its name holds no bracket: the regex is tried only on the run of
        // name characters before each such role, not from every position of a contract's text
        Matcher tail = PARTY_ROLE_TAIL.matcher(text);
        Matcher m = PARTY_ROLE.matcher(text).useTransparentBounds(true);
        for (int p = text.indexOf(" ("); p >= 0; p = text.indexOf(" (", p + 1)) {
            if (!tail.region(p, text.length()).lookingAt()) {
                continue;
            }
            int from = p;
            while (from > 0) {
                int c = text.codePointBefore(from);
                if (!(Character.isLetter(c) || c == ' ' || c == '\'' || c == '.' || c == '-')) {
                    break;
                }
                from -= Character.charCount(c);
            }
            m.region(from, tail.end());
            while (m.find()) {
                out.add(new Hit(m.start("v"), m.end("v"), m.group("v"), 0.7, "party-role"));
            }
        }
    }

    /**
     * Two capitalised words that an e-mail address of the item spells, first and last word joined in either order
     * ("Percival Dunmore, dunmore.percival@…", "i'm Barnaby Coleridge, my email is coleridge.barnaby@…"): the person the
     * mailbox is, whether the lists know the given name or not. Read by hand at the capitals, as
     * {@link #givenNameHits} does: a capitalised word or one in capitals, a blank, a capitalised word or one in
     * capitals (Mc, Mac, O' and a hyphen in it).
     */
    private static void mailboxNameHits(ScanText t, int[] capitals, Set<String> mailboxes, List<Hit> out) {
        String text = t.text();
        List<Hit> hits = new ArrayList<>();
        // the letters the mailboxes start with: a name whose words start with none of them is spelled by none
        int starts = 0;
        for (String m : mailboxes) {
            starts |= m.isEmpty() ? 0 : 1 << (m.charAt(0) - 'a');
        }
        for (int i : capitals) {
            if (i > 0 && joinsWord(text.charAt(i - 1))) {
                continue;
            }
            // the given name capitalised or in capitals (a resume's heading "BIANCA FAIRBANKS" above her mailbox)
            int end = i + 1;
            boolean caps = end < text.length() && Character.isUpperCase(text.charAt(end));
            while (end < text.length() && (caps ? Character.isUpperCase(text.charAt(end)) : Character.isLowerCase(text.charAt(end)))) {
                end++;
            }
            if (end < i + 2 || end + 2 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
                continue;
            }
            int last = end + 2;
            while (last < text.length() && (Character.isLetter(text.charAt(last))
                    || (text.charAt(last) == '\'' || text.charAt(last) == '-') && last + 1 < text.length()
                    && Character.isLetter(text.charAt(last + 1)))) {
                last++;
            }
            if (last < end + 3 || last < text.length() && (Character.isDigit(text.charAt(last)) || text.charAt(last) == '@')) {
                continue;
            }
            if (!mayStart(starts, text.charAt(i)) && !mayStart(starts, text.charAt(end + 1))) {
                continue;
            }
            String name = text.substring(i, last);
            if (spelledByMailbox(name, mailboxes)) {
                hits.add(new Hit(i, last, name, 0.6, "mailbox-name"));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        out.addAll(hits);
    }

    /** A mailbox may start with the letter {@code c} (any letter outside ASCII may fold to one). */
    private static boolean mayStart(int starts, char c) {
        char l = Character.toLowerCase(c);
        return l > 0x7f || (l >= 'a' && l <= 'z' && (starts & 1 << (l - 'a')) != 0);
    }

    /**
     * {@link #SIGN_OFF} on the text's last line, when the line is running text in which the writer speaks of themselves
     * and the name is no closing ("Thank You").
     */
    private static void signOffHits(ScanText t, List<Hit> out) {
        String text = t.text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        if (end == 0 || t.units().get(t.unitIndexAt(lineStart)).isCell()) {
            return;
        }
        Matcher m = SIGN_OFF.matcher(text).region(lineStart, text.length());
        if (m.find() && !CLOSING.matcher(m.group("v")).matches()
                && FIRST_PERSON.matcher(text).region(lineStart, m.start()).find()) {
            out.add(new Hit(m.start("v"), m.end("v"), m.group("v"), 0.7, "sign-off"));
        }
    }

    /**
     * Names in capitals right after a form or card label ("Cardholder: JOHN A SMITH"): tried at the capitals that
     * begin a word of 2+ capitals (or O'/D'), so running text costs a look at the next character per capital.
     */
    private void capsHits(ScanText t, int[] capitals, List<Hit> out) {
        if (capsLabel == null) {
            return;
        }
        String text = t.text();
        Matcher m = CAPS_NAME.matcher(text);
        m.useTransparentBounds(true);
        List<Hit> hits = new ArrayList<>();
        for (int i : capitals) {
            if (i + 1 >= text.length()) {
                continue;
            }
            char next = text.charAt(i + 1);
            if ((!(next >= 'A' && next <= 'Z' || next > 0x7f && Character.isUpperCase(next)) && next != '\'')
                    || (i > 0 && joinsWord(text.charAt(i - 1)))) {
                continue;
            }
            if (!knownCapsWordAt(text, i)) {
                continue;
            }
            m.region(i, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', i - 1) + 1;
            Matcher label = capsLabel.matcher(text);
            label.region(Math.max(lineStart, i - 40), i);
            if (!knownCapsName(m.group())) {
                continue;
            }
            if (label.find()) {
                hits.add(new Hit(i, m.end(), m.group(), 0.7, "caps-label"));
            } else if (text.substring(lineStart, i).isBlank() && STREET_BELOW.matcher(text).region(m.end(), text.length())
                    .lookingAt()) {
                // a resume's or envelope's name in capitals alone on its line above the street line ("LUIS MCALLISTER" /
                // "2867 Elm Street - Columbus, OH 43293"), as the addressee rule reads a name in mixed case
                hits.add(new Hit(i, m.end(), m.group(), 0.7, "caps-addressee"));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        out.addAll(hits);
    }

    /**
     * A name in capitals whose first word is a common given name (a long-tail one only before a middle initial), or
     * whose last is a common given name after one family name (TANAKA TARO), or, written "FAMILY, GIVEN", whose
     * second word is one.
     */
    private boolean knownCapsName(String caps) {
        int comma = caps.indexOf(',');
        String[] words = caps.replace(",", "").split(" ");
        // a long-tail given name is often a word as well (SEE ATTACHED, GRANT APPLICATION): only with an initial
        boolean initial = words.length > 1 && words[1].replace(".", "").length() == 1;
        if (comma > 0) {
            String g = title(words[1]);
            return given.contains(g) || (moreGiven.contains(g) && words.length > 2);
        }
        String first = title(words[0]);
        if (given.contains(first) || (moreGiven.contains(first) && initial)) {
            return true;
        }
        if (words.length == 2 && !words[1].equals(words[1].toUpperCase(java.util.Locale.ROOT))) {
            // FAMILY Given (SCHÄFER Lena): the mixed case says which word is the given name, a long-tail one counts
            String g = NameFolding.fold(words[1]);
            return given.contains(g) || moreGiven.contains(g);
        }
        return words.length == 2 && given.contains(title(words[1]));
    }

    /**
     * The pre-check of {@link #knownCapsName} without a matcher (most words in capitals are headings and markings):
     * the word at {@code i} or the one after it (past a blank or a comma and a blank) is a given name of the lists.
     */
    private boolean knownCapsWordAt(String text, int i) {
        int end = capsWordEnd(text, i);
        if (end < 0) {
            return false;
        }
        String first = title(text.substring(i, end));
        if (given.contains(first) || moreGiven.contains(first)) {
            return true;
        }
        int next = end < text.length() && text.charAt(end) == ',' ? end + 1 : end;
        if (next + 1 >= text.length() || text.charAt(next) != ' ') {
            return false;
        }
        int end2 = capsWordEnd(text, next + 1);
        if (end2 < 0 && next == end) {
            // a capitalised given name after the family name in capitals (SCHÄFER Lena)
            end2 = next + 2;
            while (end2 < text.length() && Character.isLowerCase(text.charAt(end2))) {
                end2++;
            }
            end2 = end2 - (next + 1) >= 2 && end2 <= text.length() && Character.isUpperCase(text.charAt(next + 1)) ? end2 : -1;
        }
        if (end2 < 0) {
            return false;
        }
        String second = title(text.substring(next + 1, end2));
        return given.contains(second) || moreGiven.contains(second);
    }

    /** The end of a word of 2-20 capitals (an O' or D' before them) at {@code i}, or -1. */
    private static int capsWordEnd(String text, int i) {
        int j = i;
        if (j + 1 < text.length() && (text.charAt(j) == 'O' || text.charAt(j) == 'D') && text.charAt(j + 1) == '\'') {
            j += 2;
        }
        int start = j;
        while (j < text.length() && Character.isUpperCase(text.charAt(j)) && j - start <= 20) {
            j++;
        }
        return j - start >= 2 ? j : -1;
    }

    /** A word in capitals as the name lists hold it: capitalised, without its accents (RÉMI as Remi). */
    private static String title(String caps) {
        String w = caps.startsWith("O'") || caps.startsWith("D'") ? caps.substring(2) : caps;
        return w.isEmpty() ? w : NameFolding.fold(w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A family or given name of the lists right before {@code i} ("Lee Park Mall", "Kim Chi Palace"): the name, if
     * any, started there, not at {@code i}.
     */
    private boolean afterNameWord(String text, int i) {
        if (i < 2 || text.charAt(i - 1) != ' ' || !Character.isLetter(text.charAt(i - 2))) {
            return false;
        }
        int w = i - 2;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = NameFolding.fold(text.substring(w, i - 1));
        return familyFirst.contains(word) || given.contains(word) || moreGiven.contains(word);
    }

    /**
     * Positions of the capitals a given name starts with, A-Z and {@link NameFolding#ACCENTED_CAPITALS} (Élodie,
     * Åsa): through the item's index, a capital at a time (a small share of running text).
     */
    private static int[] capitals(ScanText t) {
        String text = t.text();
        if (t.index() == null) {
            return java.util.stream.IntStream.range(0, text.length())
                    .filter(i -> isCapital(text.charAt(i))).toArray();
        }
        int n = 0;
        for (char c = 'A'; c <= 'Z'; c++) {
            n += t.index().count(c);
        }
        for (char c : NameFolding.ACCENTED_CAPITALS.toCharArray()) {
            n += t.index().count(c);
        }
        int[] all = new int[n];
        int k = 0;
        for (char c = 'A'; c <= 'Z'; c++) {
            k = copyPositions(t, c, all, k);
        }
        for (char c : NameFolding.ACCENTED_CAPITALS.toCharArray()) {
            k = copyPositions(t, c, all, k);
        }
        return all;
    }

    private static int copyPositions(ScanText t, char c, int[] all, int k) {
        if (t.index().count(c) == 0) {
            return k;
        }
        int[] p = t.index().positions(c);
        System.arraycopy(p, 0, all, k, p.length);
        return k + p.length;
    }

    private static boolean isCapital(char c) {
        return (c >= 'A' && c <= 'Z') || NameFolding.ACCENTED_CAPITALS.indexOf(c) >= 0;
    }

    /** {@code [\p{L}\p{N}@._-]}: a character a capitalised word cannot follow. */
    private static boolean joinsWord(char c) {
        if (c == '@' || c == '.' || c == '_' || c == '-') {
            return true;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> out = new ArrayList<>();
        List<Hit> raw = new ArrayList<>();
        onLinesHolding(t, '<', DISPLAY_NAME, adder(t, 0.8, "display-name", raw));
        onLinesHolding(t, '<', DISPLAY_NAME_LAST_FIRST, adder(t, 0.8, "display-name-last-first", raw));
        Consumer<Matcher> headerLastFirst = adder(t, 0.8, "display-name-last-first", raw);
        onLinesHolding(t, '<', HEADER_LAST_FIRST, m -> {
            String g = NameFolding.fold(m.group("g"));
            if (given.contains(g) || moreGiven.contains(g)) {
                headerLastFirst.accept(m);
            }
        });
        int[] lineStarts = lineStarts(t);
        signatureHits(t, lineStarts, adder(t, 0.75, "signature", raw));
        labelHits(t, lineStarts, adder(t, 0.7, "label", raw));
        roleLineHits(t, lineStarts, adder(t, 0.7, "role-line", raw));
        layoutHits(t, lineStarts, raw);
        CharIndex.forEachMatch(t.text(), t.index(), TITLE, adder(t, 0.7, "title", raw));
        int[] capitals = capitals(t);
        personVerbHits(t, capitals, raw);
        signOffHits(t, raw);
        givenNameHits(t, capitals, raw);
        capsHits(t, capitals, raw);
        partyRoleHits(t, raw);
        holderHits(t, raw);
        Set<String> mailboxes = null;
        if (t.text().indexOf('@') >= 0) {
            mailboxes = mailboxes(t.text());
            if (!mailboxes.isEmpty()) {
                mailboxNameHits(t, capitals, mailboxes, raw);
            }
        }
        // a line with several names is searched for an identifier once
        Map<Integer, Boolean> identified = new HashMap<>();
        Matcher personAfter = PERSON_AFTER.matcher(t.text());
        Map<String, Set<Integer>> written = null;
        for (Hit h : raw) {
            // "Kevin Robinson Inc.", "Chase Bank": the name, or the words right after it, name an organisation
            if (OrgWords.isOrganisation(h.raw()) || OrgWords.followedByOrganisation(t.text(), h.end())
                    || notNames.rejects(h.raw())) {
                continue;
            }
            if (("given-surname".equals(h.rule()) || "more-given-surname".equals(h.rule())) && afterPlacePreposition(t.text(), h.start())) {
                continue; // "I was born Oct 15, 1987 in Ann Arbor", "né à Santa Fe": a place after "in", not a person
            }
            double score = h.score();
            // another identifier on the same line makes a name a record's name
            int unit = t.unitIndexAt(h.start());
            if (identified.computeIfAbsent(unit, u -> FirstChars.find(IDENTIFIER, t.normalized(u)))
                    || personAfter.region(h.end(), t.text().length()).lookingAt()
                    || h.score() < 0.6 && nextCellIdentifies(t, unit)) {
                score = Math.min(1.0, score + 0.2);
            } else if (h.score() < 0.6 && spelledByMailbox(h.raw(), mailboxes == null ? mailboxes = mailboxes(t.text()) : mailboxes)) {
                // the item's own mailbox spells the name (bianca.fairbanks@… beside "Bianca Fairbanks" in a note)
                score = Math.min(1.0, score + 0.2);
            } else if (h.score() < 0.6 && !t.units().get(unit).isCell() && !calendarWords(h.raw())
                    && (written == null ? written = fullNamesWritten(raw, t.text()) : written)
                    .getOrDefault(h.raw(), Set.of()).size() > 1) {
                // the same full name twice in the item's lines ("Subject: I-9 done - Priya Abernathy" and "the I-9 for
                // Priya Abernathy"): a mail or note about that person, not two words that happen to stand together
                // (a table repeats its cells, a log its time stamps: "Thu Mar 5 10:02:11 2026")
                score = Math.min(1.0, score + 0.2);
            }
            out.add(new Hit(h.start(), h.end(), h.raw(), score, h.rule()));
        }
        return out;
    }

    /** A household written last name first: "Delgado, Trevor & Ngozi", a whole line or cell. */
    private static final Pattern HOUSEHOLD = Pattern.compile(
            "[ \\t]*(?<f>[A-Z][a-z]+(?:-[A-Z][a-z]+)?),[ \\t]+(?<g1>[A-Z][a-z]+)[ \\t]+(?:&|and)[ \\t]+(?<g2>[A-Z][a-z]+)[ \\t]*");

    /** Units longer than this hold no household heading. */
    private static final int HOUSEHOLD_MAX = 60;

    /**
     * The rules' names, and both people of a couple sharing one surname: "John and Mary Whitfield" or
     * "Trevor & Ngozi Delgado" names John Whitfield beside Mary Whitfield, and a directory's "Delgado, Trevor & Ngozi"
     * both. The first given name's finding stands on that name only ({@link Finding#span()}), so that it does not
     * cover its partner's.
     */
    @Override
    public List<Finding> detect(ScanText t) {
        List<Finding> found = super.detect(t);
        String text = t.text();
        List<Finding> couples = new ArrayList<>();
        for (Finding f : found) {
            int g1 = coupleGivenBefore(text, f.offset());
            if (g1 < 0) {
                continue;
            }
            int g1End = wordEnd(text, g1);
            int after = f.offset() + f.value().length();
            if (after + 1 < text.length() && text.charAt(after) == ' ' && Character.isUpperCase(text.charAt(after + 1))) {
                continue; // the partner's name goes on ("Dear John and Mary Ann Smith" found as "Mary Ann"): no surname known
            }
            String surname = surnameOf(f.value());
            if (surname == null || covered(found, g1) || text.regionMatches(g1, f.value(), 0, g1End - g1)) {
                continue; // "John Carter and Mary Whitfield": John Carter is a name already; "Mary and Mary Ross"
            }
            String name = text.substring(g1, g1End) + " " + surname;
            couples.add(finding(t, f.category(), f.type(), name, mask(name), f.confidence(), id(), g1, g1End - g1));
            memberLines(t, t.unitIndexAt(g1), Map.of(text.substring(g1, g1End), name,
                    f.value().substring(0, f.value().indexOf(' ')), f.value()), f.confidence(), couples);
        }
        for (int u = 0; u < t.units().size(); u++) {
            String unit = t.normalized(u);
            if (unit.length() > HOUSEHOLD_MAX || unit.indexOf(',') < 0) {
                continue;
            }
            Matcher m = HOUSEHOLD.matcher(unit);
            if (!m.matches() || !knownGiven(m.group("g1")) || !knownGiven(m.group("g2"))
                    || OrgWords.isOrganisation(unit)) {
                continue;
            }
            int at = t.start(u);
            Map<String, String> members = new HashMap<>();
            for (String g : List.of("g1", "g2")) {
                String name = m.group(g) + " " + m.group("f");
                if (notNames.rejects(name)) {
                    continue;
                }
                members.put(m.group(g), name);
                couples.add(finding(t, Category.PII, type(), name, mask(name), HOUSEHOLD_SCORE, id(), at + m.start(g),
                        m.end(g) - m.start(g)));
            }
            memberLines(t, u, members, HOUSEHOLD_SCORE, couples);
        }
        if (couples.isEmpty()) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found);
        out.addAll(couples);
        return out;
    }

    private static final double HOUSEHOLD_SCORE = 0.6;

    /** Lines after a household heading that may still be its members' ("Trevor: (602) 458-8758 …"). */
    private static final int MEMBER_LINES = 8;

    /**
     * Under a couple's heading (a short line or cell), a line that starts with one member's given name and a colon or
     * dash ("Ngozi: (602) 763-6511  ngozi.delgado@…") is that member's: the name is found there too, standing on the
     * given name, so what follows on the line goes with that member and not with the heading's last name.
     */
    private void memberLines(ScanText t, int heading, Map<String, String> members, double score, List<Finding> out) {
        if (members.isEmpty() || t.normalized(heading).length() > HOUSEHOLD_MAX) {
            return;
        }
        for (int u = heading + 1; u < t.units().size() && u <= heading + MEMBER_LINES; u++) {
            String line = t.normalized(u);
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            int e = i;
            while (e < line.length() && Character.isLetter(line.charAt(e))) {
                e++;
            }
            String name = members.get(line.substring(i, e));
            int sep = e;
            while (sep < line.length() && line.charAt(sep) == ' ') {
                sep++;
            }
            if (name != null && sep < line.length() && (line.charAt(sep) == ':' || line.charAt(sep) == '-'
                    || line.charAt(sep) == '\u2013')) {
                out.add(finding(t, Category.PII, type(), name, mask(name), score, id(), t.start(u) + i, e - i));
            }
        }
    }

    private boolean knownGiven(String word) {
        String w = NameFolding.fold(word);
        return given.contains(w) || moreGiven.contains(w);
    }

    /** Where the known given name of "GIVEN and " / "GIVEN & " right before {@code at} starts, or -1. */
    private int coupleGivenBefore(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == '&') {
            i--;
        } else if (i >= 3 && text.startsWith("and", i - 3)) {
            i -= 3;
        } else {
            return -1;
        }
        int end = i;
        if (end == at || end > 0 && text.charAt(end - 1) != ' ') {
            return -1;
        }
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && text.charAt(start - 1) >= 'a' && text.charAt(start - 1) <= 'z') {
            start--;
        }
        if (start == 0 || end - start < 1 || text.charAt(start - 1) < 'A' || text.charAt(start - 1) > 'Z') {
            return -1;
        }
        start--;
        if (start > 0 && joinsWord(text.charAt(start - 1))) {
            return -1;
        }
        return knownGiven(text.substring(start, end)) ? start : -1;
    }

    private static int wordEnd(String text, int i) {
        int e = i + 1;
        while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** Whether another finding of the list covers {@code at} (its given name is part of a name already found). */
    private static boolean covered(List<Finding> found, int at) {
        for (Finding f : found) {
            if (f.offset() <= at && at < f.offset() + f.value().length()) {
                return true;
            }
        }
        return false;
    }

    /** The surname of "Mary Whitfield", "Mary Ann Whitfield", "Mary L. Whitfield": the words after the given names, or null. */
    private String surnameOf(String name) {
        String[] words = name.split(" ");
        int i = 1;
        while (i < words.length - 1 && (words[i].length() <= 2 || knownGiven(words[i]))) {
            i++;
        }
        if (i >= words.length || !Character.isUpperCase(words[i].charAt(0))) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    /**
     * For a long-tail name in a table cell: an identifier (e-mail, phone) in the row's next cell. A rota's or a
     * directory's "Bianca Quintero | +1 253-478-4020" is a record's name as "Bianca Quintero +1 253-…" on a line is
     * (not any cell of the row: a ticket's Assignee is not the person whose phone its Description gives).
     */
    private static boolean nextCellIdentifies(ScanText t, int unit) {
        String key = t.units().get(unit).isCell() ? t.recordKey(unit) : null;
        int next = unit + 1;
        return key != null && next < t.units().size() && key.equals(t.recordKey(next)) && contactCell(t.normalized(next));
    }

    /** A cell holding an e-mail address or a phone's nine digits or more (a date's eight are not one: "2026-10-03"). */
    private static boolean contactCell(String cell) {
        if (cell.indexOf('@') > 0) {
            return FirstChars.find(IDENTIFIER, cell);
        }
        int digits = 0;
        for (int i = 0; i < cell.length(); i++) {
            digits += cell.charAt(i) >= '0' && cell.charAt(i) <= '9' ? 1 : 0;
        }
        return digits >= 9 && FirstChars.find(IDENTIFIER, cell);
    }

    private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may"
            + "|jun|jul|aug|sep|sept|oct|nov|dec)\\.?");

    /** Whether a word of the name is a weekday's or a month's abbreviation (a time stamp's "Thu Mar"). */
    private static boolean calendarWords(String name) {
        for (String w : name.split(" ")) {
            if (CALENDAR_WORD.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A generational suffix after a name ("Yolanda Gallagher Sr. and Yolanda Gallagher Jr."): the name is whole. */
    private static final Pattern GENERATION = Pattern.compile(" (?:Sr|Jr|SR|JR)\\.?(?![\\p{L}])| (?:II|III|IV)(?![\\p{L}])");

    /**
     * Where each full name (given name and surname, two words or more) of the hits stands in the text, whole: not
     * where a capitalised word goes on after it ("Begoña Pérez" of "Begoña Pérez Fernández" is no name of its own).
     */
    private static Map<String, Set<Integer>> fullNamesWritten(List<Hit> hits, String text) {
        Map<String, Set<Integer>> out = new HashMap<>();
        for (Hit h : hits) {
            boolean goesOn = h.end() + 1 < text.length() && text.charAt(h.end()) == ' '
                    && Character.isUpperCase(text.charAt(h.end() + 1))
                    && !GENERATION.matcher(text).region(h.end(), text.length()).lookingAt();
            if (h.raw().indexOf(' ') > 0 && !goesOn) {
                out.computeIfAbsent(h.raw(), k -> new HashSet<>()).add(h.start());
            }
        }
        return out;
    }

    /** An address's domain after its '@': labels, a dot, a top-level domain of letters. */
    private static final Pattern MAIL_DOMAIN = Pattern.compile("[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]");

    /**
     * The local parts of the text's e-mail addresses (a letter, then 2-40 letters, dots, dashes or underscores, then at
     * most four digits), lower case, without dots, dashes, underscores and the digits. Found from each '@' backwards:
     * a regex tried at every letter of a megabyte roster took 40% of this detector's time.
     */
    static Set<String> mailboxes(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher domain = null;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && localPartChar(text.charAt(start - 1))) {
                start--;
            }
            int end = at;
            while (end > start && at - end < 5 && text.charAt(end - 1) >= '0' && text.charAt(end - 1) <= '9') {
                end--;
            }
            if (at - end > 4 || end - start < 3 || end - start > 41 || !asciiLetter(text.charAt(start))) {
                continue;
            }
            boolean plain = true;
            for (int i = start + 1; i < end && plain; i++) {
                char c = text.charAt(i);
                plain = asciiLetter(c) || c == '.' || c == '_' || c == '-';
            }
            if (!plain) {
                continue;
            }
            domain = domain == null ? MAIL_DOMAIN.matcher(text) : domain;
            if (domain.region(at + 1, text.length()).lookingAt()) {
                StringBuilder local = new StringBuilder(end - start);
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (asciiLetter(c)) {
                        local.append(Character.toLowerCase(c));
                    }
                }
                out.add(local.toString());
            }
        }
        return out;
    }

    /** A character of an address's local part as the regex class [\w.%+-] has it. */
    private static boolean localPartChar(char c) {
        return asciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '%' || c == '+' || c == '-';
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Whether a mailbox of the item is the name's first and last word joined, in either order, or the first word's
     * initial and a last word of five letters or more.
     */
    static boolean spelledByMailbox(String name, Set<String> mailboxes) {
        if (mailboxes.isEmpty()) {
            return false;
        }
        String[] w = BLANKS.split(name.strip());
        if (w.length < 2) {
            return false;
        }
        String first = NOT_A_TO_Z.matcher(NameFolding.fold(w[0]).toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        String last = NOT_A_TO_Z.matcher(NameFolding.fold(w[w.length - 1]).toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return first.length() > 1 && last.length() > 1
                && (mailboxes.contains(first + last) || mailboxes.contains(last + first)
                // the given name's initial and the family name (rcastellano78@ for Rowan Castellano, castellanor@)
                || last.length() > 4 && (mailboxes.contains(first.charAt(0) + last) || mailboxes.contains(last + first.charAt(0))));
    }

    @Override
    protected double contextBoost() {
        return 0.15;
    }

    @Override
    protected String normalizeValue(String raw) {
        return raw.strip();
    }

    @Override
    protected String mask(String value) {
        return Masks.name(value);
    }
}
