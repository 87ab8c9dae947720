package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.detect.Detector;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;

/**
 * A passenger's travel document in a reservation (PNR) as the airline sends it to border control (APIS, TSA Secure
 * Flight): the IATA special service request {@code SSR DOCS YY HK1 P/USA/123456789/USA/12JUL82/M/15JAN30/SMITH/JOHN}
 * (document type / issuing state / number / nationality / birth date DDMMMYY / sex / expiry / surname / given names),
 * also written {@code 3DOCS/P/...} (Sabre) and {@code DOCS HK1/P/...}. The element's fixed order is the evidence no
 * label gives, as the MRZ's check digits are ({@link MrzDetector}):
 * <ul>
 *   <li>US_PASSPORT for a passport (P, PP) issued by USA (9 digits, or a letter and 8 digits), JP_PASSPORT for one issued
 *   by JPN (2 letters and 7 digits); other states' documents have no type code of the output contract;</li>
 *   <li>DATE_OF_BIRTH for the birth date, PERSON_NAME for the name ("JOHN SMITH").</li>
 * </ul>
 * A training card's sample element (a document number that is a form's placeholder, 123456789) names no one.
 * <p>The passenger's contact requests are read too: {@code SSR CTCE YY HK1/JOHN.SMITH//EXAMPLE.COM} (an e-mail address
 * as IATA Resolution 830d writes it: {@code //} for {@code @}, {@code ..} for {@code _}, {@code ./} for {@code -}) and
 * {@code SSR CTCM YY HK1/15035551234} (a mobile number with its country code, no plus): EMAIL_ADDRESS and PHONE_NUMBER,
 * and so are the PNR's contact elements {@code APM +1 503-555-1234/P1} and {@code APE JOHN.SMITH@EXAMPLE.COM/P1}.
 * <p>In a PNR display (its passenger names start with {@code 1.SURNAME/GIVEN}) each element says whose it is by its
 * passenger association {@code /Pn} (none: the first passenger's), not by where it stands: a companion's contact
 * requests stand between the lead passenger's contact and their DOCS. Each finding of a PNR is therefore given the
 * record of its passenger ({@link Finding#withRecordKey}), as a table row's cells are, so the people of a booking are
 * told apart by the booking's own links.
 */
public final class PnrSsrDetector implements Detector {

    private static final Pattern DOCS = Pattern.compile(
            "(?:(?<![A-Z0-9])SSR ?DOCS [A-Z0-9]{2} ?[A-Z]{2}\\d{1,2} ?/?|(?<![A-Z])3DOCS/|(?<![A-Z])DOCS [A-Z]{2}\\d{1,2}/)"
                    + "(?<doc>PP?|[ICAM])/(?<iss>[A-Z]{3})/(?<no>[A-Z0-9]{4,15})/(?<nat>[A-Z]{3})/"
                    + "(?<dob>\\d{2}[A-Z]{3}\\d{2}(?:\\d{2})?)/(?<sex>[MFUX]I?)/(?<exp>\\d{2}[A-Z]{3}\\d{2}(?:\\d{2})?)?/"
                    + "(?<sur>[A-Z][A-Z' \\-]{0,40}?)/(?<given>[A-Z][A-Z' \\-]{0,40}?)(?=/|\\s|$)");
    private static final Pattern US_NUMBER = Pattern.compile("\\d{9}|[A-Z]\\d{8}");
    private static final Pattern JP_NUMBER = Pattern.compile("[A-Z]{2}\\d{7}");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC");
    private static final double SCORE = 0.9;
    /** Over the phone and e-mail detectors' findings of the same contact element, which carry no passenger. */
    private static final double CONTACT = 0.95;
    private static final Pattern CTCE = Pattern.compile(
            "(?<![A-Z0-9])SSR ?CTCE [A-Z0-9]{2} ?[A-Z]{2}\\d{1,2} ?/(?<local>[A-Z0-9](?:[A-Z0-9.]|\\./)*)//"
                    + "(?<domain>[A-Z0-9](?:[A-Z0-9\\-]|\\./)*(?:\\.[A-Z0-9](?:[A-Z0-9\\-]|\\./)*)+)(?=/P\\d|/|\\s|$)");
    private static final Pattern CTCM = Pattern.compile(
            "(?<![A-Z0-9])SSR ?CTCM [A-Z0-9]{2} ?[A-Z]{2}\\d{1,2} ?/(?<n>\\+?\\d{8,15})(?![\\d])");
    private static final Pattern APM = Pattern.compile(
            "(?m)^[ \\t]*\\d{1,3}[ \\t]+AP[MH]?[ \\-]?(?<v>\\+\\d[\\d \\-()]{6,20}\\d)(?=/P\\d|[ \\t]*$)");
    private static final Pattern APE = Pattern.compile(
            "(?m)^[ \\t]*\\d{1,3}[ \\t]+APE[ \\-]?(?<e>[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,})(?=/P\\d|[ \\t]*$)");
    /** The name element that opens a PNR display: its first passenger, "1.SMITH/JOHNMR" (Sabre: "1.1SMITH/JOHN MR"). */
    private static final Pattern NAMES = Pattern.compile("(?m)^[ \\t]*1\\.1?[A-Z][A-Z' \\-]*/[A-Z]");
    private static final Pattern PASSENGER = Pattern.compile("/P(\\d{1,2})[ \\t]*$");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+\\-]+@[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}");

    @Override
    public String id() {
        return "pnr_ssr";
    }

    /** Whether DDMMMYY or DDMMMYYYY is a day of the calendar (a two-digit year in either century: {@link MrzDetector#isDay}). */
    static boolean isBirthDate(String s) {
        int month = MONTHS.indexOf(s.substring(2, 5)) + 1;
        if (month == 0) {
            return false;
        }
        int y = Integer.parseInt(s.substring(5));
        int day = Integer.parseInt(s.substring(0, 2));
        return s.length() == 7 ? MrzDetector.isDay(y, month, day) : MrzDetector.isDayOf(y, month, day);
    }

    /** The code of a passport of {@code state} with {@code number}, or null (another state's: no code). */
    static String passportType(String doc, String state, String number) {
        if (!doc.startsWith("P")) {
            return null;
        }
        return "USA".equals(state) && US_NUMBER.matcher(number).matches() ? "US_PASSPORT"
                : "JPN".equals(state) && JP_NUMBER.matcher(number).matches() ? "JP_PASSPORT" : null;
    }

    /** An e-mail address as SSR CTCE writes it, decoded ("JOHN..DOE//EX./AMPLE.COM" = "john_doe@ex-ample.com"), or null. */
    static String ctceAddress(String local, String domain) {
        String a = (decode(local) + "@" + decode(domain)).toLowerCase(java.util.Locale.ROOT);
        return EMAIL.matcher(a).matches() ? a : null;
    }

    private static String decode(String s) {
        return s.replace("./", "-").replace("..", "_");
    }

    @Override
    public List<Finding> detect(ScanText t) {
        String text = t.text();
        if (text.indexOf("DOCS") < 0 && text.indexOf("CTC") < 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Matcher c = APM.matcher(text);
        while (c.find()) {
            String e164 = InternationalNumberColumns.e164(c.group("v").replaceAll("[^\\d+]", ""));
            if (e164 != null) {
                out.add(PatternDetector.finding(t, Category.PII, "PHONE_NUMBER", e164, Masks.keepLast(e164, 4), CONTACT,
                        id() + ":PHONE_NUMBER", c.start("v")));
            }
        }
        c = APE.matcher(text);
        while (c.find()) {
            String a = c.group("e").toLowerCase(java.util.Locale.ROOT);
            out.add(PatternDetector.finding(t, Category.PII, "EMAIL_ADDRESS", a, Masks.email(a), CONTACT, id() + ":EMAIL_ADDRESS",
                    c.start("e")));
        }
        c = CTCE.matcher(text);
        while (c.find()) {
            String a = ctceAddress(c.group("local"), c.group("domain"));
            if (a != null) {
                out.add(PatternDetector.finding(t, Category.PII, "EMAIL_ADDRESS", a, Masks.email(a), SCORE, id() + ":EMAIL_ADDRESS",
                        c.start("local")));
            }
        }
        c = CTCM.matcher(text);
        while (c.find()) {
            String e164 = InternationalNumberColumns.e164(c.group("n"));
            if (e164 != null) {
                out.add(PatternDetector.finding(t, Category.PII, "PHONE_NUMBER", e164, Masks.keepLast(e164, 4), SCORE,
                        id() + ":PHONE_NUMBER", c.start("n")));
            }
        }
        Matcher m = DOCS.matcher(text);
        while (m.find()) {
            String number = m.group("no");
            if (SampleForms.placeholderNumber(number)) {
                continue;
            }
            String type = passportType(m.group("doc"), m.group("iss"), number);
            if (type != null) {
                out.add(PatternDetector.finding(t, Category.PII, type, number, Masks.keepLast(number, 4), SCORE,
                        id() + ":" + type, m.start("no")));
            }
            String dob = m.group("dob");
            if (isBirthDate(dob)) {
                out.add(PatternDetector.finding(t, Category.PII, "DATE_OF_BIRTH", dob, "**" + dob.substring(2, 5) + "**",
                        SCORE, id() + ":DATE_OF_BIRTH", m.start("dob")));
            }
            String name = (m.group("given").strip() + " " + m.group("sur").strip()).strip();
            out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", name, Masks.name(name), SCORE,
                    id() + ":PERSON_NAME", m.start("sur")));
        }
        return out.isEmpty() ? out : byPassenger(text, out);
    }

    /** The findings of a PNR display, each in the record of the passenger its element names; others as they are. */
    static List<Finding> byPassenger(String text, List<Finding> found) {
        List<Integer> starts = new ArrayList<>();
        Matcher n = NAMES.matcher(text);
        while (n.find()) {
            starts.add(n.start());
        }
        if (starts.isEmpty()) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            int pnr = -1;
            for (int s : starts) {
                if (s <= f.offset()) {
                    pnr = s;
                }
            }
            if (pnr < 0) {
                out.add(f);
                continue;
            }
            int eol = text.indexOf('\n', f.offset());
            Matcher p = PASSENGER.matcher(text.substring(f.offset(), eol < 0 ? text.length() : eol).stripTrailing());
            out.add(f.withRecordKey("pnr@" + pnr + "/P" + (p.find() ? Integer.parseInt(p.group(1)) : 1)));
        }
        return out;
    }
}
