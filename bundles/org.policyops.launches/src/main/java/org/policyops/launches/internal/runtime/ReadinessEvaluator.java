package org.policyops.launches.internal.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.ReadinessObserver;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.planning.HolidayCalendar;
import org.policyops.api.compliance.RegionCalendar;
import org.policyops.launches.internal.LaunchesConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the readiness of a launch: every rule that applies to a region, for every region asked for, all in
 * parallel on the {@link RuleExecutor}, each under the configured time bound; then the verdicts are aggregated per
 * region ({@link Evaluations}). Nothing a rule does can make the evaluation fail. Its settings come from
 * {@code etc/org.policyops.launches.cfg} and apply to the next evaluation when they change.
 */
@Component(service = ReadinessEvaluator.class, configurationPid = LaunchesConfig.PID)
@Designate(ocd = LaunchesConfig.class)
public class ReadinessEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessEvaluator.class);

    /** The settings in force; replaced as a whole. */
    public record Settings(long timeoutMillis, Set<String> shadowRules, int workers, int circuitTimeouts,
            Duration circuitCooldown, Duration pendingTimeout) {

        public Settings {
            shadowRules = Set.copyOf(shadowRules);
        }

        /** The defaults for the circuit (3 timeouts, 60 s) and pending rules (5 min). */
        public Settings(long timeoutMillis, Set<String> shadowRules, int workers) {
            this(timeoutMillis, shadowRules, workers, 3, Duration.ofSeconds(60), Duration.ofMinutes(5));
        }

        static Settings of(LaunchesConfig config) {
            long timeout = config.ruleTimeoutMillis();
            if (timeout < 100 || timeout > 60_000) {
                throw new IllegalArgumentException("ruleTimeoutMillis must be 100 to 60000, was " + timeout);
            }
            int workers = config.ruleWorkers();
            if (workers < 1 || workers > 64) {
                throw new IllegalArgumentException("ruleWorkers must be 1 to 64, was " + workers);
            }
            Set<String> shadow = new LinkedHashSet<>();
            for (String entry : config.shadowRules() == null ? new String[0] : config.shadowRules()) {
                // A .cfg file may give one comma-separated string rather than a list.
                Arrays.stream(entry.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(shadow::add);
            }
            int circuit = config.rules_circuit_timeouts();
            if (circuit < 0 || circuit > 1000) {
                throw new IllegalArgumentException("rules.circuit.timeouts must be 0 (off) to 1000, was " + circuit);
            }
            return new Settings(timeout, shadow, workers, circuit, duration("rules.circuit.cooldown",
                    config.rules_circuit_cooldown()), duration("rules.pending.timeout", config.rules_pending_timeout()));
        }

        private static Duration duration(String key, String text) {
            try {
                Duration d = Duration.parse(text.trim());
                if (d.isNegative() || d.compareTo(Duration.ofDays(1)) > 0) {
                    throw new IllegalArgumentException(key + " must be from PT0S to P1D, was " + text);
                }
                return d;
            } catch (java.time.format.DateTimeParseException | NullPointerException e) {
                throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT60S, was " + text);
            }
        }
    }

    private final RuleRegistry registry;
    private final Function<RegisteredRule, ServiceLookup> lookups;
    private final Clock clock;
    private volatile Settings settings;
    private volatile RuleExecutor executor;
    private final CircuitBreaker circuit;
    private volatile LocalizationCatalog regionCatalog;
    private volatile HolidayCalendar holidayCalendar;

    /** Told of every evaluation (the metrics feature times them); none when nobody registered one. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ReadinessObserver> observers = List.of();

    @Activate
    public ReadinessEvaluator(@Reference RuleRegistry registry, BundleContext context, LaunchesConfig config) {
        this(registry, rule -> {
            BundleContext own = rule.bundle() == null ? null : rule.bundle().getBundleContext();
            return ServiceLookup.of(own != null ? own : context);
        }, Clock.systemUTC(), Settings.of(config));
    }

    /** Outside OSGi (tests): the given lookups, clock and settings. */
    public ReadinessEvaluator(RuleRegistry registry, Function<RegisteredRule, ServiceLookup> lookups, Clock clock,
            Settings settings) {
        this.registry = registry;
        this.lookups = lookups;
        this.clock = clock;
        this.settings = settings;
        this.executor = new RuleExecutor(settings.workers(), 256, "policyops-rule");
        this.circuit = new CircuitBreaker(clock, settings.circuitTimeouts(), settings.circuitCooldown());
    }

    /** A changed configuration applies to the next evaluation; an invalid one is refused and the previous one kept. */
    @Modified
    void modified(LaunchesConfig config) {
        Settings next;
        try {
            next = Settings.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("Ignoring the new configuration of {}: {}. The previous one stays in force.", LaunchesConfig.PID,
                    e.getMessage());
            return;
        }
        Settings previous = settings;
        if (next.workers() != previous.workers()) {
            RuleExecutor old = executor;
            executor = new RuleExecutor(next.workers(), 256, "policyops-rule");
            old.close();
        }
        circuit.configure(next.circuitTimeouts(), next.circuitCooldown());
        settings = next;
        LOG.info("Readiness: rule time bound {} ms, {} workers, shadow rules {}, circuit after {} timeouts for {}, "
                + "pending rules fail after {}.", next.timeoutMillis(), next.workers(), next.shadowRules(),
                next.circuitTimeouts(), next.circuitCooldown(), next.pendingTimeout());
    }

    @Deactivate
    public void close() {
        executor.close();
    }

    public Settings settings() {
        return settings;
    }

    public boolean isShadow(String ruleId) {
        return settings.shadowRules().contains(ruleId);
    }

    public RuleExecutor executor() {
        return executor;
    }

    /**
     * Evaluates every applicable rule in the region given, or in all the launch's regions (null).
     *
     * @throws IllegalArgumentException when the launch has no such region
     */
    public ReadinessReport evaluate(LaunchView launch, RegionCode region) {
        return evaluate(launch, region, registry.snapshot());
    }

    /** Region groups come from the localization feature when it is installed: a rule for EU then applies to FR. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setRegionCatalog(LocalizationCatalog catalog) {
        this.regionCatalog = catalog;
    }

    public void unsetRegionCatalog(LocalizationCatalog catalog) {
        if (this.regionCatalog == catalog) {
            this.regionCatalog = null;
        }
    }

    /** Public holidays come from planning when it is installed (the calendar a rule sees). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setHolidayCalendar(HolidayCalendar calendar) {
        this.holidayCalendar = calendar;
    }

    public void unsetHolidayCalendar(HolidayCalendar calendar) {
        if (this.holidayCalendar == calendar) {
            this.holidayCalendar = null;
        }
    }

    /** Where the calendar a rule sees comes from now, in words for the rule list. */
    public String calendars() {
        return (regionCatalog != null ? "time zone and working week from the localization feature's regions"
                : "time zone UTC and working week Monday to Friday by default (unknown): the localization feature is not installed")
                + "; " + (holidayCalendar != null ? "public holidays from planning's holidays"
                        : "public holidays unknown: the planning feature is not installed");
    }

    /** The calendar of a launch region as a rule sees it at that moment. */
    public RegionCalendar calendarOf(LaunchRegionView region, Set<RegionCode> groups, Instant now) {
        return Calendars.of(region, groups, now, regionCatalog, holidayCalendar);
    }

    /** How a rule's regions are matched to a launch region now, in words for the rule list. */
    public String regionMatching() {
        return regionCatalog != null
                ? "groups: a rule for a region group (EU, APAC, ...) applies to the launch regions that are its members, "
                        + "by the localization feature's regions"
                : "exact: the localization feature is not installed, so a rule applies only to launch regions it names";
    }

    /** The groups the region belongs to, or none when localization is not installed or cannot say. */
    public Set<RegionCode> groupsOf(RegionCode region) {
        LocalizationCatalog catalog = regionCatalog;
        if (catalog == null) {
            return Set.of();
        }
        try {
            return catalog.groupsOf(region);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the region groups of {} from localization; matching rules to {} exactly: {}", region,
                    region, e.toString());
            return Set.of();
        }
    }

    /** The registry this evaluator reads. */
    public RuleRegistry registry() {
        return registry;
    }

    /** Rules whose circuit is open now, by rule registration (service id), with when it opened. */
    public Map<Object, Instant> openCircuits() {
        return circuit.open();
    }

    /**
     * Pending rules that apply to the region and are still within their time bound: the plugin is changing, and an
     * approval there must wait until it has settled.
     */
    public List<RuleRegistry.Pending> changing(RuleRegistry.Snapshot snapshot, RegionCode region) {
        Instant now = clock.instant();
        Duration bound = settings.pendingTimeout();
        Set<RegionCode> groups = groupsOf(region);
        return snapshot.pending().stream().filter(p -> p.last().appliesTo(region, groups))
                .filter(p -> now.isBefore(p.since().plus(bound))).toList();
    }

    /**
     * Evaluates against the rules of a snapshot taken by the caller (an approval compares its generation with the
     * registry's when it commits).
     */
    public ReadinessReport evaluate(LaunchView launch, RegionCode region, RuleRegistry.Snapshot snapshot) {
        List<LaunchRegionView> regions;
        if (region == null) {
            regions = launch.regions();
        } else {
            regions = List.of(launch.region(region).orElseThrow(() -> new IllegalArgumentException("launch " + launch.id()
                    + " is not rolled out to " + region + "; its regions are "
                    + launch.regions().stream().map(r -> r.region().value()).toList())));
        }
        long started = System.nanoTime();
        Settings s = settings;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<RegisteredRule> rules = snapshot.active();
        record Planned(int regionIndex, RegisteredRule rule) {
        }
        List<Planned> planned = new ArrayList<>();
        List<RuleExecutor.Task<RuleResult>> tasks = new ArrayList<>();
        List<List<RuleEvaluation>> perRegion = new ArrayList<>();
        regions.forEach(r -> perRegion.add(new ArrayList<>()));
        Map<Long, CircuitBreaker.Decision> decisions = new HashMap<>();
        List<Set<RegionCode>> groups = new ArrayList<>();
        regions.forEach(r -> groups.add(groupsOf(r.region())));
        // One calendar per region and evaluation, read only if a rule asks for it (most rules do not).
        List<Lazy<RegionCalendar>> calendars = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            LaunchRegionView lr = regions.get(i);
            Set<RegionCode> g = groups.get(i);
            calendars.add(new Lazy<>(() -> calendarOf(lr, g, now)));
        }
        for (int i = 0; i < regions.size(); i++) {
            LaunchRegionView lr = regions.get(i);
            Set<RegionCode> regionGroups = groups.get(i);
            for (RegisteredRule rule : rules) {
                if (!rule.appliesTo(lr.region(), regionGroups)) {
                    continue;
                }
                // One decision per rule and evaluation, so a half-open trial runs the rule in every region asked for.
                CircuitBreaker.Decision d = decisions.computeIfAbsent(rule.serviceId(), circuit::before);
                if (!d.run()) {
                    perRegion.get(i).add(Evaluations.circuitOpen(rule, s.shadowRules().contains(rule.id()), d));
                    continue;
                }
                planned.add(new Planned(i, rule));
                Lazy<RegionCalendar> calendar = calendars.get(i);
                tasks.add(new RuleExecutor.Task<>(rule.serviceId(), () -> {
                    try (ServiceLookup services = lookups.apply(rule)) {
                        return rule.rule().evaluate(new RuleContextImpl(launch, lr, now, services, regionGroups, calendar));
                    }
                }));
            }
        }
        for (int i = 0; i < regions.size(); i++) {
            for (RuleRegistry.Pending p : snapshot.pending()) {
                if (p.last().appliesTo(regions.get(i).region(), groups.get(i))) {
                    perRegion.get(i).add(Evaluations.pending(p, s.shadowRules().contains(p.id()), now, s.pendingTimeout()));
                }
            }
        }
        List<RuleExecutor.Outcome<RuleResult>> outcomes = executor.run(tasks, Duration.ofMillis(s.timeoutMillis()));
        // Per rule: [timeouts, answers] over the regions it ran in.
        Map<Long, int[]> learnt = new HashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            RuleExecutor.Outcome<RuleResult> outcome = outcomes.get(i);
            int[] seen = learnt.computeIfAbsent(p.rule().serviceId(), k -> new int[2]);
            switch (outcome.kind()) {
                // An abandoned earlier run still going is a rule that still has not answered: it counts as a timeout.
                case TIMED_OUT, STILL_RUNNING -> seen[0]++;
                case COMPLETED, THREW -> seen[1]++;
                default -> {
                    // not started (every worker busy, or the queue full): nothing learnt about the rule
                }
            }
            RuleEvaluation evaluation = Evaluations.of(p.rule(), s.shadowRules().contains(p.rule().id()), outcome,
                    s.timeoutMillis());
            log(launch, regions.get(p.regionIndex()).region(), p.rule(), outcome, evaluation);
            perRegion.get(p.regionIndex()).add(evaluation);
        }
        // A timeout in any region counts; otherwise an answer closes the circuit; a run that learnt nothing is neutral.
        learnt.forEach((key, seen) -> circuit.after(key, seen[0] > 0 ? Boolean.TRUE : seen[1] > 0 ? Boolean.FALSE : null));
        List<RegionReadiness> result = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            LaunchRegionView lr = regions.get(i);
            List<RuleEvaluation> evaluations = perRegion.get(i);
            evaluations.sort(Evaluations.ORDER);
            Readiness readiness = Evaluations.readiness(evaluations);
            result.add(new RegionReadiness(lr.region(), lr.targetDate(), lr.status(), readiness, evaluations));
        }
        ReadinessReport report = new ReadinessReport(launch.id(), launch.title(), launch.policyKey(), launch.policyVersion(),
                now, result);
        observe(report, System.nanoTime() - started);
        return report;
    }

    /** Tells the observers; one that throws is logged and does not change the evaluation. */
    private void observe(ReadinessReport report, long nanos) {
        List<ReadinessObserver> all = observers;
        if (all == null) {
            return;
        }
        for (ReadinessObserver o : all) {
            try {
                o.evaluated(report, nanos);
            } catch (RuntimeException e) {
                LOG.warn("A readiness observer ({}) failed; the evaluation is unaffected.", o.getClass().getName(), e);
            }
        }
    }

    /** Outside OSGi (tests): the observers to tell. */
    public void observers(List<ReadinessObserver> list) {
        observers = List.copyOf(list);
    }

    private static void log(LaunchView launch, RegionCode region, RegisteredRule rule, RuleExecutor.Outcome<RuleResult> o,
            RuleEvaluation e) {
        switch (o.kind()) {
            case THREW -> {
                // The cause is in the findings; the stack trace, for the plugin's developers, only at DEBUG, since a
                // broken rule fails on every evaluation.
                LOG.warn("Rule {} of {} {} failed on launch {} in {}: verdict ERROR ({}).", rule.id(), rule.plugin(),
                        rule.pluginVersion(), launch.id(), region, o.error().toString());
                LOG.debug("Rule {} failed:", rule.id(), o.error());
            }
            case TIMED_OUT, STILL_RUNNING, NOT_STARTED, REJECTED -> LOG.warn("Rule {} of {} {} on launch {} in {}: verdict "
                    + "TIMEOUT ({}).", rule.id(), rule.plugin(), rule.pluginVersion(), launch.id(), region, o.kind());
            default -> {
                if (e.verdict() == org.policyops.api.compliance.Verdict.ERROR) {
                    LOG.warn("Rule {} of {} {} on launch {} in {}: {}", rule.id(), rule.plugin(), rule.pluginVersion(),
                            launch.id(), region, e.findings().get(0).message());
                }
            }
        }
    }
}
