package org.leakscope.reports;

/**
 * Who the report is for and whom a regulator can ask: the {@code case:} section of the configuration or of a
 * {@code --case-file}. Shown on the report's cover, in APPI item 9 and as GDPR Art. 33(3)(b); written to
 * summary.json {@code case_details}. Every field may be null (not given).
 *
 * @param organisation the organisation that had the breach
 * @param role         {@code controller} or {@code processor} (APPI 委託元 / 委託先), or null
 * @param contactName  the contact point or data-protection officer
 */
public record CaseDetails(String organisation, String role, String contactName, String contactEmail,
                          String contactPhone) {

    public static final CaseDetails NONE = new CaseDetails(null, null, null, null, null);

    /** Blank strings are null, so "given" has one meaning everywhere. */
    public CaseDetails {
        organisation = blankToNull(organisation);
        role = blankToNull(role);
        contactName = blankToNull(contactName);
        contactEmail = blankToNull(contactEmail);
        contactPhone = blankToNull(contactPhone);
    }

    public boolean hasContact() {
        return contactName != null || contactEmail != null || contactPhone != null;
    }

    /** Name, e-mail and phone of the contact, those given, joined by " / "; null when none is given. */
    public String contact() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {contactName, contactEmail, contactPhone}) {
            if (part != null) {
                b.append(b.isEmpty() ? "" : " / ").append(part);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
