package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.leakscope.classifiers.text.TextUnit;

/**
 * LDIF (RFC 2849, an LDAP directory export) read as records: each entry is one person's or object's record, its
 * attributes cells headed by the attribute's name. Read as text, a Japanese name or address was base64
 * ({@code cn:: 5L2Q6Jek...}), a postal address was one line cut by '$', and no name said it was one. Here folded
 * lines are joined, {@code ::} values decoded, a postalAddress's '$' read as a line break (", "), and the short
 * attribute names of a person's entry written out by the schema (RFC 4519: {@code cn} common name, {@code sn}
 * surname, {@code l} locality). Only an entry whose objectClass is a person's (person, inetOrgPerson, user, contact)
 * gets those names: a group's {@code cn: developers} is no one's name, so other entries are lines "attr: value".
 */
final class LdifUnits {

    private LdifUnits() {
    }

    /** Object classes of entries that describe a person. */
    private static final Set<String> PERSON_CLASSES = Set.of("person", "organizationalperson", "inetorgperson",
            "residentialperson", "user", "contact", "pilotperson");
    /** Attribute names written out (RFC 4519 and the common person schemas). */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("cn", "full name"),
            Map.entry("commonname", "full name"), Map.entry("sn", "surname"), Map.entry("givenname", "given name"),
            Map.entry("displayname", "full name"), Map.entry("l", "city"), Map.entry("st", "state"),
            Map.entry("c", "country"), Map.entry("co", "country"), Map.entry("postaladdress", "postal address"),
            Map.entry("homepostaladdress", "home address"), Map.entry("street", "street"),
            Map.entry("postalcode", "postal code"), Map.entry("telephonenumber", "telephone number"),
            Map.entry("homephone", "home phone"), Map.entry("mobile", "mobile"), Map.entry("mail", "e-mail"));
    /** Binary attributes: no text. */
    private static final Set<String> BINARY = Set.of("jpegphoto", "photo", "usercertificate", "thumbnailphoto",
            "objectguid", "objectsid", "usersmimecertificate");

    /** The units, or null when the text is no LDIF (no line "dn: ..."). */
    static List<TextUnit> read(Reader in, long maxChars) throws IOException {
        List<TextUnit> units = new ArrayList<>();
        List<String[]> entry = new ArrayList<>();
        int[] row = {0};
        int[] line = {0};
        boolean sawDn = false;
        long chars = 0;
        FoldedLines lines = new FoldedLines(in, " ", maxChars);
        for (String l = lines.next(); l != null && chars <= maxChars; l = lines.next()) {
            if (l.isBlank()) {
                flush(entry, units, row, line);
            } else if (!l.startsWith("#")) {
                String[] av = attribute(l);
                if (av != null) {
                    sawDn |= av[0].equalsIgnoreCase("dn");
                    entry.add(av);
                    chars += av[1].length();
                }
            }
        }
        flush(entry, units, row, line);
        return sawDn ? units : null;
    }

    /** "attr: value", "attr:: base64", "attr;lang-ja:: ..." as {name, value}; null for "attr:< url" and non-lines. */
    static String[] attribute(String l) {
        int colon = l.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String name = l.substring(0, colon);
        int opt = name.indexOf(';');
        if (opt > 0) {
            name = name.substring(0, opt); // options (;lang-ja, ;binary) say nothing of the kind
        }
        String rest = l.substring(colon + 1);
        String value;
        if (rest.startsWith(":")) {
            if (BINARY.contains(name.toLowerCase(Locale.ROOT))) {
                return null;
            }
            try {
                value = new String(Base64.getMimeDecoder().decode(rest.substring(1).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        } else if (rest.startsWith("<")) {
            return null;
        } else {
            value = rest.strip();
        }
        return new String[] {name, value};
    }

    private static void flush(List<String[]> entry, List<TextUnit> units, int[] row, int[] line) {
        if (entry.isEmpty()) {
            return;
        }
        boolean person = false;
        for (String[] av : entry) {
            if (av[0].equalsIgnoreCase("objectClass") && PERSON_CLASSES.contains(av[1].strip().toLowerCase(Locale.ROOT))) {
                person = true;
            }
        }
        row[0]++;
        for (String[] av : entry) {
            String key = av[0].toLowerCase(Locale.ROOT);
            String value = key.contains("postaladdress") ? av[1].replace("$", ", ").replace("\\24", "$") : av[1];
            if (value.isBlank()) {
                continue;
            }
            if (person) {
                String header = NAMES.getOrDefault(key, JsonUnits.header(av[0]));
                units.add(TextUnit.cell(null, row[0], av[0], header, value.strip()));
            } else {
                units.add(TextUnit.line(++line[0], av[0] + ": " + value.strip()));
            }
        }
        entry.clear();
    }
}
