package org.policyops.planning.internal.service;

import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.api.planning.TimeToDeployStat;
import org.policyops.api.planning.VersionTimeToDeploy;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.dto.PolicyRequest;
import org.policyops.planning.internal.dto.TimeToDeployReport;
import org.policyops.planning.internal.dto.TransitionRequest;
import org.policyops.planning.internal.dto.VersionRequest;

/** Time-to-deploy: the durations from stored transitions, and the nearest-rank aggregates. */
class TimeToDeployServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    LocalJpa jpa;
    PolicyService policies;
    TimeToDeployService service;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        policies = new PolicyService(jpa, EventPosters.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        service = new TimeToDeployService(jpa);
        policies.create(new PolicyRequest("hate-speech", "Hate Speech", "Hate speech", "Policy Global", null));
        policies.create(new PolicyRequest("child-safety", "Child Safety", "Child safety", "Policy APAC", null));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    /** A version that entered development on the first date and each next stage on the following dates. */
    void version(String key, String number, String... dates) {
        policies.createVersion(key, new VersionRequest(number, "Version " + number, day(dates[0])), "a.okafor");
        for (int i = 1; i < dates.length; i++) {
            policies.transition(key, number, null,
                    new TransitionRequest(LifecycleStage.values()[i], day(dates[i]), null), "m.lindqvist");
        }
    }

    static Instant day(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    void approve(String key, String number, String date) {
        jpa.tx(em -> em.createNativeQuery("update PLANNING_POLICY_VERSION set APPROVED_AT = ? where SEMVER = ? and POLICY_ID ="
                + " (select ID from PLANNING_POLICY where POLICY_KEY = ?)").setParameter(1, day(date).toEpochMilli())
                .setParameter(2, number).setParameter(3, key).executeUpdate());
    }

    @Test
    void versionsThatReachedEnforcementInThePeriodWithTheirDurations() {
        version("hate-speech", "2.0.0", "2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16", "2026-02-23"); // 49 days
        version("hate-speech", "3.0.0", "2026-04-06", "2026-04-27", "2026-05-18", "2026-06-01", "2026-06-08"); // 63 days
        version("child-safety", "4.0.0", "2026-02-02", "2026-02-16", "2026-03-02", "2026-03-16", "2026-03-23"); // 49 days
        version("child-safety", "4.1.0", "2026-07-13", "2026-08-03"); // not enforced
        version("child-safety", "3.0.0", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-12-31"); // before
        approve("hate-speech", "2.0.0", "2026-02-02");
        approve("hate-speech", "3.0.0", "2026-07-01"); // after enforcement: not a duration

        int before = jpa.transactions();
        List<VersionTimeToDeploy> versions = service.versions(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        assertEquals(before + 1, jpa.transactions());
        assertEquals(List.of("hate-speech 2.0.0", "child-safety 4.0.0", "hate-speech 3.0.0"),
                versions.stream().map(v -> v.policyKey() + " " + v.version()).toList());
        VersionTimeToDeploy first = versions.get(0);
        assertEquals(49.0, first.developmentToEnforcementDays());
        assertEquals(21.0, first.approvalToEnforcementDays());
        assertEquals("2026-Q1", first.enforcementQuarter());
        assertEquals("Policy Global", first.owningTeam());
        assertEquals(day("2026-01-05"), first.developmentStartedAt());
        assertEquals(day("2026-02-23"), first.enforcementStartedAt());
        assertNull(versions.get(2).approvalToEnforcementDays());

        List<TimeToDeployStat> quarters = service.byQuarter(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        assertEquals(List.of(new TimeToDeployStat("2026-Q1", null, 2, 49.0, 49.0, 1, 21.0, 21.0),
                new TimeToDeployStat("2026-Q2", null, 1, 63.0, 63.0, 0, null, null)), quarters);
        List<TimeToDeployStat> teams = service.byQuarterAndTeam(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        assertEquals(List.of("2026-Q1 Policy APAC", "2026-Q1 Policy Global", "2026-Q2 Policy Global"),
                teams.stream().map(s -> s.quarter() + " " + s.owningTeam()).toList());

        // Both days are included: the day a version entered enforcement selects it.
        assertEquals(1, service.versions(LocalDate.parse("2026-02-23"), LocalDate.parse("2026-02-23")).size());
        assertEquals(1, service.versions(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-02-22")).size());
        assertEquals(List.of(), service.byQuarter(LocalDate.parse("2030-01-01"), LocalDate.parse("2030-12-31")));
    }

    @Test
    void withLaunchesInstalledTheReportIncludesTheRegionsAndWithoutItNot() {
        assertNull(service.report("2026-01-01", "2026-12-31").quartersByRegion(), "launches not installed");
        org.policyops.api.launches.RegionalTimeToDeployStat eu = new org.policyops.api.launches.RegionalTimeToDeployStat(
                "2026-Q4", org.policyops.api.RegionCode.of("EU"), 2, 40, 50, 1, 10.0, 10.0);
        List<LocalDate> asked = new ArrayList<>();
        org.policyops.api.launches.RegionalTimeToDeploy regional = (from, to) -> {
            asked.add(from);
            asked.add(to);
            return List.of(eu);
        };
        service.setRegional(regional);
        assertEquals(List.of(eu), service.report("2026-01-01", "2026-12-31").quartersByRegion());
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), asked);
        service.setRegional((from, to) -> {
            throw new IllegalStateException("launches tables gone");
        });
        assertNull(service.report("2026-01-01", "2026-12-31").quartersByRegion(), "its failure leaves planning's report");
        service.unsetRegional(regional);
        service.setRegional(null);
        assertNull(service.report("2026-01-01", "2026-12-31").quartersByRegion());
    }

    @Test
    void theReportNamesBadDates() {
        assertEquals("from", assertThrows(ProblemException.class, () -> service.report("2026-13-01", "2026-12-31"))
                .errors().get(0).field());
        assertEquals("to", assertThrows(ProblemException.class, () -> service.report("2026-01-01", null))
                .errors().get(0).field());
        assertEquals("to", assertThrows(ProblemException.class, () -> service.report("2026-06-01", "2026-01-01"))
                .errors().get(0).field());
        TimeToDeployReport empty = service.report("2026-01-01", "2026-12-31");
        assertEquals(List.of(), empty.versions());
        assertEquals(List.of(), empty.quarters());
    }

    static VersionTimeToDeploy v(String team, String quarter, double days, Double fromApproval) {
        return new VersionTimeToDeploy("p", "1.0.0", team, NOW, null, NOW, days, fromApproval, quarter);
    }

    @Test
    void aggregatesUseNearestRankPerQuarter() {
        assertEquals(List.of(), TimeToDeployService.stats(List.of(), false));
        assertEquals(List.of(new TimeToDeployStat("2026-Q3", null, 1, 30.0, 30.0, 0, null, null)),
                TimeToDeployService.stats(List.of(v("T", "2026-Q3", 30, null)), false));

        List<VersionTimeToDeploy> odd = new ArrayList<>();
        for (double d : new double[] { 50, 10, 40, 20, 30 }) {
            odd.add(v("T", "2026-Q1", d, d / 2));
        }
        TimeToDeployStat s = TimeToDeployService.stats(odd, false).get(0);
        assertEquals(5, s.count());
        assertEquals(30.0, s.medianDays());
        assertEquals(50.0, s.p90Days());
        assertEquals(15.0, s.medianFromApprovalDays());

        List<VersionTimeToDeploy> even = new ArrayList<>();
        for (double d : new double[] { 40, 10, 30, 20 }) {
            even.add(v(d < 25 ? "A" : "B", "2026-Q2", d, null));
        }
        TimeToDeployStat e = TimeToDeployService.stats(even, false).get(0);
        assertEquals(20.0, e.medianDays(), "the lower middle value");
        assertEquals(40.0, e.p90Days());
        List<TimeToDeployStat> byTeam = TimeToDeployService.stats(even, true);
        assertEquals(List.of(new TimeToDeployStat("2026-Q2", "A", 2, 10.0, 20.0, 0, null, null),
                new TimeToDeployStat("2026-Q2", "B", 2, 30.0, 40.0, 0, null, null)), byTeam);
    }
}
