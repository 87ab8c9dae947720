package org.leakscope.classifiers.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
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
 * The machine-readable zone of a passport (ICAO Doc 9303 Part 4, TD3: two lines of 44 characters), as a scan's OCR
 * text or a hotel or airline check-in log keeps it. Its second line holds the document number, the holder's
 * nationality and birth date (YYMMDD) and the expiry, each with a 7-3-1 check digit, and a composite check digit over
 * them: a line whose four check digits hold is an MRZ, so the check digits are the evidence no label gives (the
 * domain reference's label-anchoring rule for passports is met by the zone's own structure). The first line,
 * {@code P<ISSUER SURNAME<<GIVEN<NAMES<<<}, names the holder.
 * <ul>
 *   <li>US_PASSPORT for nationality USA (9 digits, or a letter and 8 digits), JP_PASSPORT for JPN (2 letters and 7
 *   digits); other states' passports have no type code of the output contract;</li>
 *   <li>DATE_OF_BIRTH for the birth date, PERSON_NAME for the name of the first line.</li>
 * </ul>
 * ICAO's specimen state UTO (Utopia: "ERIKSSON ANNA MARIA, L898902C3") names no one and is skipped.
 */
public final class MrzDetector implements Detector {

    private static final Pattern LINE2 = Pattern.compile(
            "(?<![A-Z0-9<])(?<no>[A-Z0-9<]{9})(?<noc>\\d)(?<nat>[A-Z<]{3})(?<dob>\\d{6})(?<dobc>\\d)[MFX<]"
                    + "(?<exp>\\d{6})(?<expc>\\d)(?<pn>[A-Z0-9<]{14})(?<pnc>[\\d<])(?<comp>\\d)(?![A-Z0-9<])");
    private static final Pattern LINE1 = Pattern.compile(
            "(?<![A-Z0-9<])P[A-Z<](?<iss>[A-Z<]{3})(?<name>[A-Z<]{39})(?![A-Z0-9<])");
    private static final Pattern US_NUMBER = Pattern.compile("\\d{9}|[A-Z]\\d{8}");
    private static final Pattern JP_NUMBER = Pattern.compile("[A-Z]{2}\\d{7}");
    private static final double SCORE = 0.9;
    private static final int LINE2_LENGTH = 44;

    @Override
    public String id() {
        return "mrz";
    }

    /** ICAO 9303 check digit: weights 7, 3, 1 repeating; digits count as themselves, A-Z as 10-35, '<' as 0. */
    static int checkDigit(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
            sum += v * (i % 3 == 0 ? 7 : i % 3 == 1 ? 3 : 1);
        }
        return sum % 10;
    }

    /** Whether the second line's four check digits hold (document number, birth date, expiry, composite). */
    static boolean validLine2(Matcher m) {
        if (checkDigit(m.group("no")) != m.group("noc").charAt(0) - '0'
                || checkDigit(m.group("dob")) != m.group("dobc").charAt(0) - '0'
                || checkDigit(m.group("exp")) != m.group("expc").charAt(0) - '0') {
            return false;
        }
        String pnc = m.group("pnc");
        if (!"<".equals(pnc) && checkDigit(m.group("pn")) != pnc.charAt(0) - '0') {
            return false;
        }
        String composite = m.group("no") + m.group("noc") + m.group("dob") + m.group("dobc") + m.group("exp")
                + m.group("expc") + m.group("pn") + pnc;
        return checkDigit(composite) == m.group("comp").charAt(0) - '0';
    }

    /** Whether YYMMDD is a day of the calendar (see {@link #isDay(int, int, int)}). */
    static boolean isBirthDate(String yymmdd) {
        return isDay(Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                Integer.parseInt(yymmdd.substring(4, 6)));
    }

    /**
     * Whether day / month of the two-digit year {@code yy} exist in 19yy or 20yy. The century is not written and the
     * value is reported as written, so only the day's existence is asked, and no clock decides it (the same file
     * reads the same in any year).
     */
    static boolean isDay(int yy, int month, int day) {
        return isDayOf(2000 + yy, month, day) || isDayOf(1900 + yy, month, day);
    }

    static boolean isDayOf(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** "ISHIKAWA<<HIDEKI<<<<" as "HIDEKI ISHIKAWA", or null when the field holds no name. */
    static String holderName(String field) {
        String f = field.replaceAll("<+$", "");
        int sep = f.indexOf("<<");
        String surname = (sep < 0 ? f : f.substring(0, sep)).replace('<', ' ').strip();
        String given = sep < 0 ? "" : f.substring(sep + 2).replace('<', ' ').strip();
        if (surname.length() < 2) {
            return null;
        }
        return given.isEmpty() ? surname : given + " " + surname;
    }

    private static boolean zoneChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<';
    }

    /** The start of the next run of zone characters at or after {@code from}, or -1. */
    private static int nextRun(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (zoneChar(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int runEnd(String text, int start) {
        int i = start;
        while (i < text.length() && zoneChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    @Override
    public List<Finding> detect(ScanText t) {
        String text = t.text();
        // the filler "<<" is in every zone: most texts are passed over with one search
        if (text.indexOf("<<") < 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Matcher m = LINE2.matcher(text).useTransparentBounds(true);
        // a second line is a whole run of exactly 44 zone characters (its look-arounds bound it): the regex is
        // tried on such runs only, not at every position of a text that merely holds "<<" (code, HTML, mail quotes)
        for (int end = 0, start; (start = nextRun(text, end)) >= 0; ) {
            end = runEnd(text, start);
            if (end - start != LINE2_LENGTH || !m.region(start, end).lookingAt() || !validLine2(m)) {
                continue;
            }
            String nat = m.group("nat");
            if ("UTO".equals(nat)) {
                continue;
            }
            String number = m.group("no").replace("<", "");
            String type = "USA".equals(nat) && US_NUMBER.matcher(number).matches() ? "US_PASSPORT"
                    : "JPN".equals(nat) && JP_NUMBER.matcher(number).matches() ? "JP_PASSPORT" : null;
            if (type != null) {
                out.add(PatternDetector.finding(t, Category.PII, type, number, Masks.keepLast(number, 4), SCORE,
                        id() + ":" + type, m.start()));
            }
            String dob = m.group("dob");
            if (isBirthDate(dob)) {
                out.add(PatternDetector.finding(t, Category.PII, "DATE_OF_BIRTH", dob, "****" + dob.substring(4), SCORE,
                        id() + ":DATE_OF_BIRTH", m.start("dob")));
            }
            // the first line ends where the second starts (a line break, or a field separator in a log)
            int from = Math.max(0, m.start() - 160);
            Matcher l1 = LINE1.matcher(text).region(from, m.start());
            String name = null;
            int nameAt = -1;
            while (l1.find()) {
                if (!"UTO".equals(l1.group("iss"))) {
                    name = holderName(l1.group("name"));
                    nameAt = l1.start("name");
                }
            }
            if (name != null) {
                out.add(PatternDetector.finding(t, Category.PII, "PERSON_NAME", name, MaskStyle.parse("name", "mrz").apply(name),
                        SCORE, id() + ":PERSON_NAME", nameAt));
            }
        }
        return out;
    }
}
