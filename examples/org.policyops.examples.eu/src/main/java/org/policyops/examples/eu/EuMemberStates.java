package org.policyops.examples.eu;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.policyops.api.RegionCode;

/**
 * The EU's member states and the official EU languages of each (Regulation No 1/1958 as amended), by ISO 639-1
 * code. Languages that are official in a state but not EU languages (e.g. Luxembourgish, Turkish in Cyprus) are not
 * listed: the DSA asks for the official languages of the Union's member states.
 */
final class EuMemberStates {

    static final RegionCode EU = RegionCode.of("EU");

    static final Map<String, Set<String>> LANGUAGES;

    static {
        Map<String, Set<String>> m = new TreeMap<>();
        m.put("AT", Set.of("de"));
        m.put("BE", Set.of("nl", "fr", "de"));
        m.put("BG", Set.of("bg"));
        m.put("HR", Set.of("hr"));
        m.put("CY", Set.of("el"));
        m.put("CZ", Set.of("cs"));
        m.put("DK", Set.of("da"));
        m.put("EE", Set.of("et"));
        m.put("FI", Set.of("fi", "sv"));
        m.put("FR", Set.of("fr"));
        m.put("DE", Set.of("de"));
        m.put("GR", Set.of("el"));
        m.put("HU", Set.of("hu"));
        m.put("IE", Set.of("en", "ga"));
        m.put("IT", Set.of("it"));
        m.put("LV", Set.of("lv"));
        m.put("LT", Set.of("lt"));
        m.put("LU", Set.of("fr", "de"));
        m.put("MT", Set.of("mt", "en"));
        m.put("NL", Set.of("nl"));
        m.put("PL", Set.of("pl"));
        m.put("PT", Set.of("pt"));
        m.put("RO", Set.of("ro"));
        m.put("SK", Set.of("sk"));
        m.put("SI", Set.of("sl"));
        m.put("ES", Set.of("es"));
        m.put("SE", Set.of("sv"));
        LANGUAGES = java.util.Collections.unmodifiableMap(m);
    }

    private EuMemberStates() {
    }

    /** EU itself and every member state: the launch regions the pack's rules apply to. */
    static Set<RegionCode> regions() {
        Set<RegionCode> regions = new TreeSet<>();
        regions.add(EU);
        LANGUAGES.keySet().forEach(code -> regions.add(RegionCode.of(code)));
        return regions;
    }

    /** The member states a launch region covers: all of them for EU, one for a member state, none otherwise. */
    static Set<String> states(RegionCode region) {
        if (EU.equals(region)) {
            return LANGUAGES.keySet();
        }
        return LANGUAGES.containsKey(region.value()) ? Set.of(region.value()) : Set.of();
    }

    /** The official EU languages of the member states in the region, sorted; empty when it has none. */
    static Optional<Set<String>> languages(RegionCode region) {
        Set<String> languages = new TreeSet<>();
        states(region).forEach(state -> languages.addAll(LANGUAGES.get(state)));
        return languages.isEmpty() ? Optional.empty() : Optional.of(languages);
    }
}
