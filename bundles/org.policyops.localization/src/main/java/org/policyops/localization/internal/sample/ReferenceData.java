package org.policyops.localization.internal.sample;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.persistence.EntityManager;

import org.policyops.api.RegionCode;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.RequirementInfo;
import org.policyops.localization.internal.entity.LocaleEntity;
import org.policyops.localization.internal.entity.RegionEntity;
import org.policyops.localization.internal.entity.RequirementEntity;

/**
 * The regions, locales and requirements every installation starts with. Countries carry their official languages
 * (as BCP 47 tags); the EU requires its 24 official languages (Art. 14(6) DSA obliges very large platforms to
 * publish their terms in all of them); EMEA, APAC and MENA require the languages of their members. The United
 * Kingdom is {@code UK}, as everywhere in PolicyOps, although its ISO 3166 code is GB.
 */
public final class ReferenceData {

    private record Country(String code, String name, String... locales) {
    }

    static final List<String> EU_LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
            "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

    private static final List<Country> EU = List.of(
            new Country("AT", "Austria", "de"), new Country("BE", "Belgium", "nl", "fr", "de"),
            new Country("BG", "Bulgaria", "bg"), new Country("HR", "Croatia", "hr"), new Country("CY", "Cyprus", "el", "tr"),
            new Country("CZ", "Czechia", "cs"), new Country("DK", "Denmark", "da"), new Country("EE", "Estonia", "et"),
            new Country("FI", "Finland", "fi", "sv"), new Country("FR", "France", "fr"), new Country("DE", "Germany", "de"),
            new Country("GR", "Greece", "el"), new Country("HU", "Hungary", "hu"), new Country("IE", "Ireland", "en", "ga"),
            new Country("IT", "Italy", "it"), new Country("LV", "Latvia", "lv"), new Country("LT", "Lithuania", "lt"),
            new Country("LU", "Luxembourg", "lb", "fr", "de"), new Country("MT", "Malta", "mt", "en"),
            new Country("NL", "Netherlands", "nl"), new Country("PL", "Poland", "pl"), new Country("PT", "Portugal", "pt"),
            new Country("RO", "Romania", "ro"), new Country("SK", "Slovakia", "sk"), new Country("SI", "Slovenia", "sl"),
            new Country("ES", "Spain", "es"), new Country("SE", "Sweden", "sv"));

    private static final List<Country> MENA = List.of(
            new Country("AE", "United Arab Emirates", "ar"), new Country("SA", "Saudi Arabia", "ar"),
            new Country("EG", "Egypt", "ar"), new Country("MA", "Morocco", "ar", "fr"), new Country("JO", "Jordan", "ar"),
            new Country("QA", "Qatar", "ar"), new Country("KW", "Kuwait", "ar"));

    private static final List<Country> APAC = List.of(
            new Country("IN", "India", "hi", "en"), new Country("JP", "Japan", "ja"), new Country("AU", "Australia", "en"),
            new Country("ID", "Indonesia", "id"), new Country("KR", "South Korea", "ko"),
            new Country("SG", "Singapore", "en", "zh-Hans", "ms", "ta"), new Country("PH", "Philippines", "fil", "en"),
            new Country("TH", "Thailand", "th"), new Country("VN", "Vietnam", "vi"), new Country("NZ", "New Zealand", "en", "mi"));

    /** EMEA members outside the EU and MENA lists. */
    private static final List<Country> OTHER_EMEA = List.of(
            new Country("UK", "United Kingdom", "en"), new Country("NO", "Norway", "nb"),
            new Country("CH", "Switzerland", "de", "fr", "it"), new Country("TR", "Türkiye", "tr"),
            new Country("ZA", "South Africa", "en", "zu", "af"), new Country("NG", "Nigeria", "en"),
            new Country("KE", "Kenya", "en", "sw"));

    private static final List<Country> AMERICAS = List.of(
            new Country("US", "United States", "en", "es"), new Country("BR", "Brazil", "pt-BR"));

    private ReferenceData() {
    }

    /** Sunday to Thursday: the working week of several Gulf and Levant states. */
    private static final Set<DayOfWeek> SUNDAY_TO_THURSDAY = Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Collections.unmodifiableSet(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /**
     * Each region's time zone (a country spanning several: its capital's; a group: where its teams usually sit).
     * The working week is Monday to Friday except where {@link #SUNDAY_TO_THURSDAY_REGIONS} says otherwise.
     */
    static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("AT", "Europe/Vienna"), Map.entry("BE", "Europe/Brussels"), Map.entry("BG", "Europe/Sofia"),
            Map.entry("HR", "Europe/Zagreb"), Map.entry("CY", "Asia/Nicosia"), Map.entry("CZ", "Europe/Prague"),
            Map.entry("DK", "Europe/Copenhagen"), Map.entry("EE", "Europe/Tallinn"), Map.entry("FI", "Europe/Helsinki"),
            Map.entry("FR", "Europe/Paris"), Map.entry("DE", "Europe/Berlin"), Map.entry("GR", "Europe/Athens"),
            Map.entry("HU", "Europe/Budapest"), Map.entry("IE", "Europe/Dublin"), Map.entry("IT", "Europe/Rome"),
            Map.entry("LV", "Europe/Riga"), Map.entry("LT", "Europe/Vilnius"), Map.entry("LU", "Europe/Luxembourg"),
            Map.entry("MT", "Europe/Malta"), Map.entry("NL", "Europe/Amsterdam"), Map.entry("PL", "Europe/Warsaw"),
            Map.entry("PT", "Europe/Lisbon"), Map.entry("RO", "Europe/Bucharest"), Map.entry("SK", "Europe/Bratislava"),
            Map.entry("SI", "Europe/Ljubljana"), Map.entry("ES", "Europe/Madrid"), Map.entry("SE", "Europe/Stockholm"),
            Map.entry("AE", "Asia/Dubai"), Map.entry("SA", "Asia/Riyadh"), Map.entry("EG", "Africa/Cairo"),
            Map.entry("MA", "Africa/Casablanca"), Map.entry("JO", "Asia/Amman"), Map.entry("QA", "Asia/Qatar"),
            Map.entry("KW", "Asia/Kuwait"), Map.entry("IN", "Asia/Kolkata"), Map.entry("JP", "Asia/Tokyo"),
            Map.entry("AU", "Australia/Sydney"), Map.entry("ID", "Asia/Jakarta"), Map.entry("KR", "Asia/Seoul"),
            Map.entry("SG", "Asia/Singapore"), Map.entry("PH", "Asia/Manila"), Map.entry("TH", "Asia/Bangkok"),
            Map.entry("VN", "Asia/Ho_Chi_Minh"), Map.entry("NZ", "Pacific/Auckland"), Map.entry("UK", "Europe/London"),
            Map.entry("NO", "Europe/Oslo"), Map.entry("CH", "Europe/Zurich"), Map.entry("TR", "Europe/Istanbul"),
            Map.entry("ZA", "Africa/Johannesburg"), Map.entry("NG", "Africa/Lagos"), Map.entry("KE", "Africa/Nairobi"),
            Map.entry("US", "America/New_York"), Map.entry("BR", "America/Sao_Paulo"), Map.entry("EU", "Europe/Brussels"),
            Map.entry("EMEA", "Europe/London"), Map.entry("APAC", "Asia/Singapore"), Map.entry("MENA", "Asia/Dubai"));

    /** Saudi Arabia, Egypt, Jordan, Qatar and Kuwait work Sunday to Thursday (the UAE moved to Monday-Friday in 2022). */
    static final Set<String> SUNDAY_TO_THURSDAY_REGIONS = Set.of("SA", "EG", "JO", "QA", "KW");

    /** The shipped working week of a region. */
    static Set<DayOfWeek> week(String code) {
        return SUNDAY_TO_THURSDAY_REGIONS.contains(code) ? SUNDAY_TO_THURSDAY : MONDAY_TO_FRIDAY;
    }

    /**
     * Sets the shipped zone and week on the shipped regions that have none yet: on new databases right after the
     * regions, on databases made before regions had them once (its own marker). A value an administrator set stays.
     */
    public static String loadWeeks(EntityManager em) {
        int set = 0;
        for (Map.Entry<String, String> e : ZONES.entrySet()) {
            RegionEntity r = em.find(RegionEntity.class, e.getKey());
            if (r != null && (r.getTimeZone() == null || r.getWorkingDays() == null)) {
                r.applyWeek(r.getTimeZone() == null ? ZoneId.of(e.getValue()) : null,
                        r.getWorkingDays() == null ? week(e.getKey()) : null);
                set++;
            }
        }
        return "time zone and working week of " + set + " regions";
    }

    public static String load(EntityManager em) {
        Set<String> locales = new LinkedHashSet<>(EU_LANGUAGES);
        List<Country> countries = new ArrayList<>();
        for (List<Country> list : List.of(EU, MENA, APAC, OTHER_EMEA, AMERICAS)) {
            countries.addAll(list);
        }
        for (Country c : countries) {
            locales.addAll(List.of(c.locales()));
            region(em, c.code(), c.name(), "COUNTRY", List.of(), List.of(c.locales()));
        }
        region(em, "EU", "European Union", "GROUP", codes(EU), EU_LANGUAGES);
        region(em, "MENA", "Middle East and North Africa", "GROUP", codes(MENA), languages(MENA));
        region(em, "APAC", "Asia-Pacific", "GROUP", codes(APAC), languages(APAC));
        List<Country> emea = new ArrayList<>(EU);
        emea.addAll(OTHER_EMEA);
        emea.addAll(MENA);
        region(em, "EMEA", "Europe, the Middle East and Africa", "GROUP", codes(emea), languages(emea));
        for (String tag : locales) {
            em.persist(new LocaleEntity(tag, Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH)));
        }
        List<RequirementInfo> requirements = requirements();
        for (RequirementInfo r : requirements) {
            RequirementEntity e = new RequirementEntity(r.id());
            e.apply(r);
            em.persist(e);
        }
        return countries.size() + " countries, 4 region groups, " + locales.size() + " locales, " + requirements.size()
                + " regional requirements";
    }

    private static void region(EntityManager em, String code, String name, String kind, List<String> members, List<String> locales) {
        RegionEntity r = new RegionEntity(code);
        r.apply(name, kind, members, locales);
        em.persist(r);
    }

    private static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::code).toList();
    }

    private static List<String> languages(List<Country> countries) {
        Set<String> all = new LinkedHashSet<>();
        countries.forEach(c -> all.addAll(List.of(c.locales())));
        return List.copyOf(all);
    }

    static List<RequirementInfo> requirements() {
        String dsa = "EU Digital Services Act (Regulation (EU) 2022/2065)";
        String osa = "UK Online Safety Act 2023";
        return List.of(
                new RequirementInfo(RequirementCatalog.EU_DSA_ART17, dsa, "Art. 17", RegionCode.of("EU"), "Statement of reasons",
                        "Give every affected user a clear and specific statement of reasons for any restriction of their content "
                                + "or account (removal, demotion, suspension, demonetisation): the decision, the facts relied on, "
                                + "whether automated means were used, the legal or contractual ground, and the redress available.",
                        "Statement-of-reasons templates per restriction type in the languages of the users served; the "
                                + "statements sent, and their submission to the DSA Transparency Database (Art. 24(5))."),
                new RequirementInfo(RequirementCatalog.EU_DSA_ART14, dsa, "Art. 14", RegionCode.of("EU"), "Terms and conditions",
                        "Terms and conditions in clear, plain, unambiguous language, publicly available; very large online "
                                + "platforms publish them, with a concise summary, in the official languages of all member states "
                                + "in which they offer their service (Art. 14(6)).",
                        "The published terms and their summary in each official EU language, with the date each version took effect."),
                new RequirementInfo("EU-DSA-16", dsa, "Art. 16", RegionCode.of("EU"), "Notice and action mechanisms",
                        "Easy-to-access, user-friendly electronic means for anyone to notify specific items of illegal content, "
                                + "a confirmation of receipt, and a timely, diligent, non-arbitrary decision communicated to the notifier.",
                        "The notice form, receipt confirmations, decision records with timestamps, and notifier communications."),
                new RequirementInfo("EU-DSA-34", dsa, "Art. 34", RegionCode.of("EU"), "Systemic risk assessment",
                        "Very large online platforms identify, analyse and assess the systemic risks of their service (illegal "
                                + "content, fundamental rights, civic discourse and elections, public health, minors) at least once "
                                + "a year and before deploying functionalities likely to have a critical impact on them.",
                        "The annual risk assessment report and its supporting documents, kept for at least three years (Art. 34(3))."),
                new RequirementInfo(RequirementCatalog.UK_OSA_ILLEGAL_CONTENT_RISK_ASSESSMENT, osa, "s. 9", RegionCode.of("UK"),
                        "Illegal content risk assessment",
                        "A user-to-user service carries out a suitable and sufficient illegal content risk assessment, keeps it "
                                + "up to date, and repeats it before making any significant change to the service's design or operation.",
                        "A written record of each risk assessment (s. 23) following Ofcom's risk assessment guidance, with the "
                                + "risk levels found per kind of priority illegal content."),
                new RequirementInfo("UK-OSA-11", osa, "s. 11", RegionCode.of("UK"), "Children's risk assessment",
                        "A service likely to be accessed by children carries out a suitable and sufficient children's risk "
                                + "assessment and keeps it up to date.",
                        "A written record of the children's risk assessment and the age-assurance evidence it relies on."),
                new RequirementInfo("AU-OSA-BOSE", "Australia Online Safety Act 2021; Online Safety (Basic Online Safety "
                        + "Expectations) Determination 2022", "Part 4; s. 6-20 of the Determination", RegionCode.of("AU"),
                        "Basic Online Safety Expectations",
                        "Take reasonable steps so that end-users can use the service safely, minimise class 1 and 2 material, "
                                + "provide clear reporting and complaint mechanisms, and answer the eSafety Commissioner's reporting notices.",
                        "Responses to periodic and non-periodic reporting notices (s. 49, s. 56) and records of the safety "
                                + "measures and complaint handling they describe."),
                new RequirementInfo("IN-ITR-3-2", "India Information Technology (Intermediary Guidelines and Digital Media "
                        + "Ethics Code) Rules, 2021", "Rule 3(2)", RegionCode.of("IN"), "Grievance officer and response deadlines",
                        "Appoint a grievance officer, publish their name and contact details, acknowledge each complaint within "
                                + "24 hours and resolve it within 15 days; remove non-consensual intimate imagery within 24 hours "
                                + "of a complaint.",
                        "The published grievance officer details, a complaint register with acknowledgement and resolution "
                                + "times, and (for significant social media intermediaries) the monthly compliance reports of Rule 4(1)(d)."));
    }
}
