package org.leakscope.classifiers.resolve;

import java.util.HashMap;
import java.util.Map;

import org.leakscope.classifiers.ClassifierConfig;

/** The US state of a phone number's area code ({@code us-area-codes} rule pack): +1 503 … → US-OR. */
final class UsAreaCodes {

    private final Map<String, String> stateByCode;

    private UsAreaCodes(Map<String, String> stateByCode) {
        this.stateByCode = Map.copyOf(stateByCode);
    }

    static UsAreaCodes fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("us-area-codes");
        Object table = pack.yaml().get("us_area_codes");
        Map<String, String> byCode = new HashMap<>();
        if (table == null) {
            return new UsAreaCodes(byCode);
        }
        if (!(table instanceof Map<?, ?> states)) {
            throw new IllegalArgumentException(pack.source() + ": us_area_codes must map a state to its area codes");
        }
        for (Map.Entry<?, ?> e : states.entrySet()) {
            String state = String.valueOf(e.getKey());
            if (!state.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(pack.source() + ": us_area_codes: not a state code: " + state);
            }
            for (String code : ClassifierConfig.stringList(e.getValue(), pack.source() + ": us_area_codes." + state)) {
                if (!code.matches("[2-9]\\d\\d")) {
                    throw new IllegalArgumentException(pack.source() + ": us_area_codes." + state + ": not an area code: " + code);
                }
                String before = byCode.put(code, "US-" + state);
                if (before != null && !before.equals("US-" + state)) {
                    throw new IllegalArgumentException(pack.source() + ": area code " + code + " is listed for "
                            + before.substring(3) + " and " + state);
                }
            }
        }
        return new UsAreaCodes(byCode);
    }

    /** US-XX for a US number in E.164 (+1 and a US area code), else null (Canada, the Caribbean, other countries). */
    String stateOf(String e164) {
        if (e164 == null || !e164.startsWith("+1") || e164.length() != 12 || !"US".equals(Jurisdictions.ofPhone(e164))) {
            return null;
        }
        return stateByCode.get(e164.substring(2, 5));
    }
}
