package org.policyops.launches.internal.testing;

import org.policyops.core.events.EventPoster;
import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;
import org.policyops.launches.internal.service.LaunchesUnit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.policyops.api.compliance.ComplianceRule;
import org.policyops.launches.internal.dto.LaunchRequest;
import org.policyops.launches.internal.dto.RegionRequest;
import org.policyops.launches.internal.service.ComplianceRuntimeService;
import org.policyops.launches.internal.runtime.IntegrationDispatcher;
import org.policyops.launches.internal.runtime.ReadinessEvaluator;
import org.policyops.launches.internal.runtime.RuleRegistry;
import org.policyops.launches.internal.runtime.ServiceLookup;
import org.policyops.launches.internal.service.ApprovalService;
import org.policyops.launches.internal.service.EvidenceService;
import org.policyops.launches.internal.service.LaunchService;
import org.policyops.launches.internal.service.OptionalServices;
import org.policyops.launches.internal.service.ReadinessRecorder;
import org.policyops.launches.internal.service.RegionalTimeToDeployService;

/** The launches domain wired as DS would wire it, on EclipseLink and in-memory H2, with a fixed clock. */
public final class Fixture implements AutoCloseable {

    /**
     * The rules of these tests never hang: a bound this long keeps a loaded machine's scheduling delays (rules not
     * started within a short bound) out of their results.
     */
    public static final int LONG_BOUND_MILLIS = 30_000;


    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    public final LocalJpa jpa = LocalJpa.create(LaunchesUnit.NAME);
    public final RecordingEventAdmin events = new RecordingEventAdmin();
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final OptionalServices services;
    public final LaunchService launches;
    public final RuleRegistry rules = new RuleRegistry();
    public final ReadinessEvaluator evaluator;
    public final IntegrationDispatcher dispatcher = new IntegrationDispatcher(clock, 100);
    public final ReadinessRecorder recorder;
    public final ComplianceRuntimeService runtime;
    public final ApprovalService approvals;
    public final EvidenceService evidence;
    public final RegionalTimeToDeployService timeToDeploy;
    private long nextServiceId = 1000;

    /** @param catalog the policy catalog, or null for "planning not installed" */
    public Fixture(FakeCatalog catalog, String... shadowRules) {
        services = new OptionalServices(catalog, null);
        EventPoster poster = EventPosters.to(events);
        launches = new LaunchService(jpa, poster, services, clock);
        evaluator = new ReadinessEvaluator(rules, r -> new ServiceLookup() {
            @Override
            public <S> java.util.Optional<S> find(Class<S> type) {
                if (type == org.policyops.api.planning.PolicyCatalog.class && catalog != null) {
                    return java.util.Optional.of(type.cast(catalog));
                }
                return java.util.Optional.empty();
            }

            @Override
            public void close() {
            }
        }, clock, new ReadinessEvaluator.Settings(LONG_BOUND_MILLIS, Set.of(shadowRules), 4));
        recorder = new ReadinessRecorder(jpa, poster);
        runtime = new ComplianceRuntimeService(rules, evaluator, dispatcher, launches, recorder);
        approvals = new ApprovalService(launches, runtime, clock);
        evidence = new EvidenceService(jpa, clock);
        timeToDeploy = new RegionalTimeToDeployService(jpa);
    }

    public void rule(ComplianceRule rule) {
        rules.add(nextServiceId++, rule, 7, "org.policyops.launches", "0.1.0", null);
    }

    /** A launch request for the regions, each with a target date 30 days ahead. */
    public static LaunchRequest request(String key, String version, String... regions) {
        List<RegionRequest> list = new ArrayList<>();
        Arrays.stream(regions).forEach(r -> list.add(new RegionRequest(r, "2026-12-20")));
        return new LaunchRequest("Launch of " + key + " " + version, key, version, list, null, null);
    }

    @Override
    public void close() {
        evaluator.close();
        dispatcher.deactivate();
        jpa.close();
    }
}
