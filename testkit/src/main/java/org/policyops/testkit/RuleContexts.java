package org.policyops.testkit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RegionCalendar;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.TranslationStatus;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.training.TrainingCoverage;

/**
 * Builds the {@link RuleContext} a rule is evaluated with: the launch, the region being judged (the launch's first
 * region unless named), the time, and the optional PolicyOps services the rule may use (absent unless given, as
 * when their feature is not installed):
 *
 * <pre>
 * RuleContext context = RuleContexts.forLaunch(launch).region("EU").now(Instant.parse("2027-01-05T09:00:00Z"))
 *         .service(TrainingCoverage.class, myCoverage)
 *         .timeZone("Europe/Berlin").holiday("2027-12-24", "Heiligabend")   // the region's calendar (API 1.2)
 *         .build();
 * RuleResult result = new MyRule().evaluate(context);
 * </pre>
 *
 * The context is built as a proxy of the interface, so it keeps compiling and answering when a newer API adds
 * methods to {@code RuleContext}: a method the kit does not know answers its default implementation, an empty
 * {@code Optional} for an optional service, or else fails naming the method.
 */
public final class RuleContexts {

    /** The time a context answers unless told otherwise: fixed, so that a test never depends on the clock. */
    public static final Instant DEFAULT_NOW = Instant.parse("2027-01-01T12:00:00Z");

    private final LaunchView launch;
    private RegionCode region;
    private Instant now = DEFAULT_NOW;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private ZoneId zone;
    private Set<DayOfWeek> workingDays;
    private final TreeMap<LocalDate, String> holidays = new TreeMap<>();
    private boolean holidaysKnown;
    private RegionCalendar calendar;

    private RuleContexts(LaunchView launch) {
        this.launch = launch;
    }

    public static RuleContexts forLaunch(LaunchView launch) {
        return new RuleContexts(launch);
    }

    public static RuleContexts forLaunch(Launches launch) {
        return new RuleContexts(launch.build());
    }

    /** The region being judged; must be one of the launch's regions. */
    public RuleContexts region(String region) {
        this.region = RegionCode.of(region);
        return this;
    }

    public RuleContexts now(Instant now) {
        this.now = now;
        return this;
    }

    /** A PolicyOps service the rule may ask for (training coverage, translation status, any other API service). */
    public <S> RuleContexts service(Class<S> type, S service) {
        services.put(type, service);
        return this;
    }

    /**
     * The region's time zone, as localization would give it; with it the calendar's week counts as known (Monday to
     * Friday unless {@link #workingDays} says otherwise). Without it or {@code workingDays} the calendar answers
     * the API's default: UTC, Monday to Friday, flagged unknown. Since API 1.2.
     */
    public RuleContexts timeZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
        return this;
    }

    /** The region's working week (known, in the zone given or UTC). Since API 1.2. */
    public RuleContexts workingDays(DayOfWeek... days) {
        this.workingDays = days.length == 0 ? null : EnumSet.copyOf(List.of(days));
        return this;
    }

    /** A public holiday of the region, as planning would record it; the holidays then count as known. Since API 1.2. */
    public RuleContexts holiday(String isoDate, String name) {
        holidays.merge(LocalDate.parse(isoDate), name, (a, b) -> a + " / " + b);
        holidaysKnown = true;
        return this;
    }

    /** The holidays are known and there are none but those given (planning records holidays for the region). */
    public RuleContexts holidaysKnown() {
        holidaysKnown = true;
        return this;
    }

    /** The whole calendar, as is (overrides the other calendar settings). Since API 1.2. */
    public RuleContexts calendar(RegionCalendar calendar) {
        this.calendar = calendar;
        return this;
    }

    public RuleContext build() {
        if (launch.regions().isEmpty()) {
            throw new IllegalStateException("The launch has no region; add one with Launches.region(...)");
        }
        RegionCode judged = region != null ? region : launch.regions().get(0).region();
        LaunchRegionView launchRegion = launch.region(judged).orElseThrow(() -> new IllegalStateException(
                "The launch has no region " + judged + "; it has " + launch.regions().stream().map(r -> r.region().value()).toList()));
        Map<Class<?>, Object> all = new LinkedHashMap<>(services);
        Instant time = now;
        if (calendar != null || zone != null || workingDays != null || holidaysKnown) {
            all.put(CalendarKey.class, calendar != null ? calendar : calendar(judged, launchRegion, time));
        }
        Map<Class<?>, Object> given = Map.copyOf(all);
        InvocationHandler handler = (proxy, method, args) -> answer(proxy, method, args, judged, launchRegion, time, given);
        return (RuleContext) Proxy.newProxyInstance(RuleContext.class.getClassLoader(), new Class<?>[] { RuleContext.class }, handler);
    }

    /** The key the built calendar is kept under (never a service a rule could ask for). */
    private interface CalendarKey {
    }

    /** The calendar from the settings: the range is the API default's around the target date, widened to the holidays. */
    private Object calendar(RegionCode judged, LaunchRegionView launchRegion, Instant time) {
        LocalDate around = launchRegion.targetDate() != null ? launchRegion.targetDate() : LocalDate.ofInstant(time, ZoneOffset.UTC);
        RegionCalendar unknown = RegionCalendar.unknown(judged, around);
        boolean weekKnown = zone != null || workingDays != null;
        LocalDate from = holidays.isEmpty() || unknown.holidaysFrom().isBefore(holidays.firstKey()) ? unknown.holidaysFrom()
                : holidays.firstKey();
        LocalDate to = holidays.isEmpty() || unknown.holidaysTo().isAfter(holidays.lastKey()) ? unknown.holidaysTo()
                : holidays.lastKey();
        return new RegionCalendar(judged, zone != null ? zone : unknown.zone(),
                workingDays != null ? workingDays : unknown.workingDays(), holidays, from, to, weekKnown, holidaysKnown);
    }

    private Object answer(Object proxy, Method method, Object[] args, RegionCode judged, LaunchRegionView launchRegion,
            Instant time, Map<Class<?>, Object> given) throws Throwable {
        switch (method.getName()) {
            case "launch":
                return launch;
            case "region":
                return judged;
            case "launchRegion":
                return launchRegion;
            case "now":
                return time;
            case "trainingCoverage":
                return Optional.ofNullable(given.get(TrainingCoverage.class));
            case "translationStatus":
                return Optional.ofNullable(given.get(TranslationStatus.class));
            case "requirements":
                return Optional.ofNullable(given.get(RequirementCatalog.class));
            case "policyCatalog":
                return Optional.ofNullable(given.get(PolicyCatalog.class));
            case "calendar":
                if (given.containsKey(CalendarKey.class)) {
                    return given.get(CalendarKey.class);
                }
                break;
            case "service":
                if (args != null && args.length == 1 && args[0] instanceof Class<?> type) {
                    return Optional.ofNullable(given.get(type));
                }
                break;
            case "toString":
                return "RuleContext for launch " + launch.id() + " in " + judged + " at " + time;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            default:
                break;
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        if (method.getReturnType() == Optional.class) {
            return Optional.empty();
        }
        throw new UnsupportedOperationException("The test kit does not answer RuleContext." + method.getName()
                + " yet; give the value with RuleContexts.service(...) or use a newer test kit");
    }
}
