package org.leakscope.classifiers.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.leakscope.classifiers.ClassifierConfig;

/**
 * The country an e-mail address's country-code domain names ({@code classify.resolve.email-country-domains}):
 * m.harada@toyo-seiki.co.jp → JP, anna@firma.de → DE, j.smith@nhs.co.uk → GB. The weakest jurisdiction hint:
 * asked only for a person whose address, phone, identifiers and IBAN name no country. Only the listed domains
 * count: .io, .co, .me, .ai or .tv are used the world over and say nothing of where anyone lives.
 */
final class EmailCountries {

    static final EmailCountries NONE = new EmailCountries(Map.of());

    private final Map<String, String> countryOfDomain;

    private EmailCountries(Map<String, String> countryOfDomain) {
        this.countryOfDomain = Map.copyOf(countryOfDomain);
    }

    static EmailCountries fromConfig(ClassifierConfig config) {
        String key = "classify.resolve.email-country-domains";
        Object listed = config.path("classify", "resolve", "email-country-domains");
        if (listed == null) {
            return NONE;
        }
        Map<String, String> byDomain = new HashMap<>();
        for (String domain : ClassifierConfig.stringList(listed, key)) {
            String d = domain.strip().toLowerCase(Locale.ROOT);
            if (d.startsWith(".")) {
                d = d.substring(1);
            }
            if (!d.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("config key " + key + ": not a country-code domain: " + domain);
            }
            // the United Kingdom's domain is .uk, its ISO 3166 code GB
            byDomain.put(d, "uk".equals(d) ? "GB" : d.toUpperCase(Locale.ROOT));
        }
        return new EmailCountries(byDomain);
    }

    /** The country of {@code email}'s domain, or null when its last label is no listed country-code domain. */
    String of(String email) {
        int dot = email == null ? -1 : email.lastIndexOf('.');
        if (dot < 0 || email.indexOf('@') < 0 || dot < email.indexOf('@')) {
            return null;
        }
        return countryOfDomain.get(email.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
    }
}
