package org.policyops.launches.internal.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;
import org.policyops.launches.internal.entity.EvidenceEntity;
import org.policyops.launches.internal.entity.LaunchEntity;
import org.policyops.launches.internal.entity.LaunchRegionEntity;
import org.policyops.launches.internal.entity.OverriddenRule;
import org.policyops.launches.internal.entity.OverrideEntity;

/**
 * Example launches of the planning sample policies (same keys and versions, so with planning installed the platform
 * rules judge them against the catalog) across EU, UK, US, BR and IN, with dates relative to the day they are loaded:
 * some regions planned weeks ahead, one whose target date has passed, some approved and enforcing, one approved by an
 * administrator's override. Versions still in TESTING make their launches NO_GO; versions in TRAINING or later GO.
 * Development and approval dates are planning's sample dates, given on the launch so that regional time-to-deploy has
 * figures even without planning. All people are fictitious.
 */
final class SampleData {

    record Counts(int launches, int regions, int evidence, int overrides) {

        @Override
        public String toString() {
            return launches + " launches in " + regions + " regions, " + evidence + " evidence records, " + overrides
                    + (overrides == 1 ? " override" : " overrides");
        }
    }

    /** A region: code, target date in days from today (null: none), and what has happened there. */
    private record RegionSample(String region, Integer targetInDays, Integer approvedDaysAgo, Integer enforcingDaysAgo,
            String overrideReason) {

        static RegionSample planned(String region, Integer targetInDays) {
            return new RegionSample(region, targetInDays, null, null, null);
        }

        static RegionSample approved(String region, int targetInDays, int approvedDaysAgo) {
            return new RegionSample(region, targetInDays, approvedDaysAgo, null, null);
        }

        static RegionSample enforcing(String region, int targetInDays, int approvedDaysAgo, int enforcingDaysAgo) {
            return new RegionSample(region, targetInDays, approvedDaysAgo, enforcingDaysAgo, null);
        }

        static RegionSample overridden(String region, int targetInDays, int approvedDaysAgo, String reason) {
            return new RegionSample(region, targetInDays, approvedDaysAgo, null, reason);
        }
    }

    private record LaunchSample(String title, String policyKey, String version, String developmentStarted,
            String versionApproved, String by, RegionSample... regions) {
    }

    private static final List<LaunchSample> LAUNCHES = List.of(
            new LaunchSample("Hate speech v3.1 — EU, UK and US roll-out", "hate-speech", "3.1.0", "2026-09-07", null,
                    "s.haddad", RegionSample.planned("EU", 56), RegionSample.planned("UK", 56),
                    RegionSample.planned("US", 70)),
            new LaunchSample("Harassment & bullying v2.0 — Brazil and US", "harassment-bullying", "2.0.0", "2026-07-06",
                    "2026-09-21", "j.moreau", RegionSample.planned("BR", 21), RegionSample.planned("US", 35)),
            new LaunchSample("Child safety v4.1 — UK first, then EU", "child-safety", "4.1.0", "2026-07-13", "2026-08-31",
                    "k.weber", RegionSample.enforcing("UK", -12, 20, 12), RegionSample.approved("EU", 10, 5)),
            new LaunchSample("Adult nudity v1.4 — India", "adult-nudity", "1.4.0", "2026-08-10", "2026-09-21", "r.tanaka",
                    RegionSample.enforcing("IN", -30, 40, 30)),
            new LaunchSample("Election integrity v2.0 — India and Brazil", "election-integrity", "2.0.0", "2026-06-15",
                    "2026-09-14", "m.lindqvist", RegionSample.planned("IN", -3), RegionSample.planned("BR", 90)),
            new LaunchSample("Suicide & self-harm v2.1 — US and UK", "suicide-self-harm", "2.1.0", "2026-08-17", null,
                    "l.souza", RegionSample.overridden("US", 7, 2, "Support-resource interstitials must reach US users "
                            + "before the holiday season; moderator training completes next week and is tracked daily."),
                    RegionSample.planned("UK", 30)),
            new LaunchSample("Dangerous organizations v1.1 — EU and US", "dangerous-organizations", "1.1.0", "2026-07-20",
                    "2026-10-05", "s.haddad", RegionSample.planned("EU", 14), RegionSample.planned("US", null)),
            new LaunchSample("Privacy & doxxing v1.0 — EU", "privacy-doxxing", "1.0.0", "2026-08-24", null, "k.weber",
                    RegionSample.planned("EU", 120)));

    private record EvidenceSample(String requirementId, String region, String policyKey, String version, String reference,
            String summary, String by, int daysAgo) {
    }

    private static final List<EvidenceSample> EVIDENCE = List.of(
            new EvidenceSample("UK-OSA-9", "UK", "child-safety", "4.1.0",
                    "https://compliance.example.org/uk/osa/child-safety-4.1-risk-assessment",
                    "Illegal-content and children's risk assessment for child safety v4.1, reviewed by legal.", "k.weber", 25),
            new EvidenceSample("EU-DSA-17", "EU", "hate-speech", null,
                    "https://compliance.example.org/eu/dsa/statement-of-reasons/hate-speech",
                    "Statement-of-reasons templates for hate-speech decisions reviewed against DSA Art. 17.", "j.moreau", 40),
            new EvidenceSample("UK-OSA-9", "UK", "suicide-self-harm", null,
                    "https://compliance.example.org/uk/osa/suicide-self-harm-risk-assessment",
                    "Illegal-content risk assessment covering encouragement of self-harm (OSA s. 184 offence).", "l.souza", 15));

    private SampleData() {
    }

    static Counts load(EntityManager em, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        int launches = 0;
        int regions = 0;
        int overrides = 0;
        for (LaunchSample s : LAUNCHES) {
            List<LaunchEntity.RegionPlan> plans = new ArrayList<>();
            for (RegionSample r : s.regions()) {
                plans.add(new LaunchEntity.RegionPlan(RegionCode.of(r.region()),
                        r.targetInDays() == null ? null : today.plusDays(r.targetInDays())));
            }
            Instant created = daysAgo(now, 60);
            LaunchEntity launch = new LaunchEntity(new LaunchEntity.Content(s.title(), s.policyKey(),
                    SemanticVersion.parse(s.version()), plans, day(s.developmentStarted()),
                    s.versionApproved() == null ? null : day(s.versionApproved())), s.by(), created);
            em.persist(launch);
            em.flush();
            launches++;
            for (RegionSample r : s.regions()) {
                regions++;
                LaunchRegionEntity region = launch.requireRegion(RegionCode.of(r.region()));
                if (r.approvedDaysAgo() == null) {
                    continue;
                }
                Instant approvedAt = daysAgo(now, r.approvedDaysAgo());
                boolean override = r.overrideReason() != null;
                launch.approve(region, override ? "admin" : s.by(), approvedAt, override);
                if (override) {
                    em.persist(new OverrideEntity(launch.getId(), r.region(), s.policyKey(), s.version(), "admin",
                            approvedAt, r.overrideReason(), List.of(new OverriddenRule("platform.version-ready",
                                    "Version ready in the policy catalog", "FAIL", "org.policyops.launches", null,
                                    s.policyKey() + " " + s.version() + " is in TESTING; it must reach TRAINING before a "
                                            + "region is approved."))));
                    overrides++;
                }
                if (r.enforcingDaysAgo() != null) {
                    Instant at = daysAgo(now, r.enforcingDaysAgo());
                    launch.startEnforcement(region, s.by(), at, at, launch.getDevelopmentStartedAt(),
                            launch.getVersionApprovedAt());
                }
            }
        }
        int evidence = 0;
        for (EvidenceSample e : EVIDENCE) {
            em.persist(new EvidenceEntity(new EvidenceEntity.Content(e.requirementId(), e.region(), e.policyKey(),
                    e.version(), e.reference(), e.summary()), e.by(), daysAgo(now, e.daysAgo())));
            evidence++;
        }
        return new Counts(launches, regions, evidence, overrides);
    }

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(java.time.Duration.ofDays(days));
    }

    private static Instant day(String date) {
        return LocalDate.parse(date).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
