package org.leakscope.classifiers.pii;

import com.google.i18n.phonenumbers.CountryCodeToRegionCodeMap;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * libphonenumber's {@link PhoneNumberUtil} over the same metadata, remembered per region. The default
 * instance looks a region's metadata up by file name on every call (a regex check of the region code, a
 * string concatenation and a hash of the new string) and validation asks several times per candidate, once
 * per region for the 25 regions of +1: about a quarter of the phone detector's time went there. The
 * metadata objects are the very ones the default source returns, so every result is the same.
 *
 * <p>PhoneNumberUtil's constructor that takes a metadata source is package-private; it is reached by
 * reflection and the default instance is used when that fails (another libphonenumber version).
 */
final class PhoneNumbers {

    private static final Remembering SOURCE = new Remembering(
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource());
    private static final PhoneNumberUtil UTIL = create();

    private PhoneNumbers() {
    }

    static PhoneNumberUtil util() {
        return UTIL;
    }

    /**
     * {@code text} read as a number of {@code region} ("ZZ": written with its country code) in E.164 when libphonenumber
     * takes it for a valid number there, else null.
     */
    static String validE164(String text, String region) {
        try {
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber n = UTIL.parse(text, region);
            return UTIL.isValidNumber(n) ? UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return null;
        }
    }

    /** The metadata of {@code region} (JP, US, ...) that {@link #util()} uses, or null for an unknown region. */
    static PhoneMetadata metadata(String region) {
        return SOURCE.getMetadataForRegion(region);
    }

    private static PhoneNumberUtil create() {
        try {
            Constructor<PhoneNumberUtil> c = PhoneNumberUtil.class.getDeclaredConstructor(MetadataSource.class, Map.class);
            c.setAccessible(true);
            return c.newInstance(SOURCE, CountryCodeToRegionCodeMap.getCountryCodeToRegionCodeMap());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return PhoneNumberUtil.getInstance();
        }
    }

    /** Remembers what the delegate returned; a null or an exception is not remembered (asked again next time). */
    static final class Remembering implements MetadataSource {
        private final MetadataSource delegate;
        private final Map<String, PhoneMetadata> regions = new ConcurrentHashMap<>();
        private final Map<Integer, PhoneMetadata> nonGeographical = new ConcurrentHashMap<>();

        Remembering(MetadataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public PhoneMetadata getMetadataForRegion(String regionCode) {
            if (regionCode == null) {
                return delegate.getMetadataForRegion(null);
            }
            PhoneMetadata m = regions.get(regionCode);
            if (m == null) {
                m = delegate.getMetadataForRegion(regionCode);
                if (m != null) {
                    regions.put(regionCode, m);
                }
            }
            return m;
        }

        @Override
        public PhoneMetadata getMetadataForNonGeographicalRegion(int countryCallingCode) {
            PhoneMetadata m = nonGeographical.get(countryCallingCode);
            if (m == null) {
                m = delegate.getMetadataForNonGeographicalRegion(countryCallingCode);
                if (m != null) {
                    nonGeographical.put(countryCallingCode, m);
                }
            }
            return m;
        }
    }
}
