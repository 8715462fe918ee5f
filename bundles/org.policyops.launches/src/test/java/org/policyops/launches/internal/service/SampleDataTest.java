package org.policyops.launches.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.core.rest.PageRequest;
import org.policyops.launches.internal.dto.LaunchDetail;
import org.policyops.launches.internal.rules.ConflictingLaunchRule;
import org.policyops.launches.internal.rules.TargetDateRule;
import org.policyops.launches.internal.rules.VersionReadyRule;
import org.policyops.launches.internal.sample.SampleDataLoaderAccess;
import org.policyops.launches.internal.testing.FakeCatalog;
import org.policyops.launches.internal.testing.Fixture;

/** The sample launches load once and, judged against planning's sample catalog, give both GO and NO_GO. */
class SampleDataTest {

    private Fixture f;

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    /** The stages the planning samples have reached (SampleData of the planning bundle). */
    static FakeCatalog planningSamples() {
        Instant d = Instant.parse("2026-07-01T09:00:00Z");
        return new FakeCatalog()
                .version("hate-speech", "3.1.0", LifecycleStage.TESTING, d, null)
                .version("harassment-bullying", "2.0.0", LifecycleStage.TRAINING, d, d)
                .version("child-safety", "4.1.0", LifecycleStage.DEPLOYMENT, d, d)
                .version("adult-nudity", "1.4.0", LifecycleStage.DEPLOYMENT, d, d)
                .version("election-integrity", "2.0.0", LifecycleStage.TRAINING, d, d)
                .version("suicide-self-harm", "2.1.0", LifecycleStage.TESTING, d, null)
                .version("dangerous-organizations", "1.1.0", LifecycleStage.TRAINING, d, d)
                .version("privacy-doxxing", "1.0.0", LifecycleStage.TESTING, d, null);
    }

    @Test
    void samplesLoadOnceAndShowRealVerdicts() {
        f = new Fixture(planningSamples());
        f.rule(new VersionReadyRule());
        f.rule(new TargetDateRule());
        f.rule(new ConflictingLaunchRule(f.launches));
        assertTrue(SampleDataLoaderAccess.loadOnce(f.jpa, f.clock));
        assertTrue(!SampleDataLoaderAccess.loadOnce(f.jpa, f.clock), "loaded once per database");
        List<LaunchDetail> launches = f.launches.list(LaunchFilter.none(),
                PageRequest.of(null, null, null, LaunchService.SORTABLE, LaunchService.DEFAULT_SORT)).items();
        assertEquals(8, launches.size());
        assertEquals(1, f.launches.overrides(launches.get(5).id()).size(), "the suicide & self-harm US override");
        Map<String, Readiness> readiness = launches.stream().flatMap(l -> {
            ReadinessReport r = f.runtime.readiness(l.id(), null).orElseThrow();
            return r.regions().stream().map(x -> Map.entry(l.policyKey() + " " + x.region(), x.readiness()));
        }).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Readiness.NO_GO, readiness.get("hate-speech EU"));
        assertEquals(Readiness.GO, readiness.get("harassment-bullying BR"));
        assertEquals(Readiness.GO, readiness.get("child-safety UK"));
        assertEquals(Readiness.GO, readiness.get("election-integrity IN"), "a past target date only warns");
        assertEquals(Readiness.NO_GO, readiness.get("privacy-doxxing EU"));
        // Time-to-deploy has the two enforcing regions.
        LocalDate today = Fixture.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        var report = f.timeToDeploy.report(today.minusDays(90).toString(), today.toString());
        assertEquals(2, report.regions().size());
        assertTrue(report.quartersByRegion().stream().allMatch(s -> s.approvedCount() == 1));
    }
}
