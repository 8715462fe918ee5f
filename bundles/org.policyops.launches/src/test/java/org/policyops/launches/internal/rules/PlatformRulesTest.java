package org.policyops.launches.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.EvidenceView;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.RequirementInfo;
import org.policyops.api.localization.TranslationStatus;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.training.TrainingCoverage;
import org.policyops.launches.internal.dto.LaunchRequest;
import org.policyops.launches.internal.dto.RegionRequest;
import org.policyops.testing.Callers;
import org.policyops.launches.internal.testing.FakeCatalog;
import org.policyops.launches.internal.testing.Fixture;

/** The platform's built-in rules, with and without the features they read. */
class PlatformRulesTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final RegionCode UK = RegionCode.of("UK");

    private Fixture f;

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    static RuleContext context(LaunchView launch, String region, PolicyCatalog catalog, RequirementCatalog requirements) {
        LaunchRegionView lr = launch.region(RegionCode.of(region)).orElseThrow();
        return new RuleContext() {
            public LaunchView launch() {
                return launch;
            }

            public RegionCode region() {
                return lr.region();
            }

            public LaunchRegionView launchRegion() {
                return lr;
            }

            public Instant now() {
                return NOW;
            }

            public Optional<TrainingCoverage> trainingCoverage() {
                return Optional.empty();
            }

            public Optional<TranslationStatus> translationStatus() {
                return Optional.empty();
            }

            public Optional<RequirementCatalog> requirements() {
                return Optional.ofNullable(requirements);
            }

            public Optional<PolicyCatalog> policyCatalog() {
                return Optional.ofNullable(catalog);
            }

            public <S> Optional<S> service(Class<S> type) {
                return Optional.empty();
            }
        };
    }

    static LaunchView launch(String version, LaunchRegionView region, List<EvidenceView> evidence) {
        return new LaunchView(1, "t", "hate-speech", version, "PLANNED", List.of(region), evidence, NOW);
    }

    static LaunchRegionView planned(String region, LocalDate target) {
        return new LaunchRegionView(RegionCode.of(region), target, "PLANNED", null, null);
    }

    @Test
    void versionReadyNeedsTheCatalogAndTraining() {
        VersionReadyRule rule = new VersionReadyRule();
        FakeCatalog catalog = new FakeCatalog()
                .version("hate-speech", "3.0.0", LifecycleStage.ENFORCEMENT, Instant.parse("2026-04-06T09:00:00Z"), null)
                .version("hate-speech", "3.1.0", LifecycleStage.TESTING, Instant.parse("2026-09-07T09:00:00Z"), null);
        LaunchRegionView eu = planned("EU", null);
        RuleResult na = rule.evaluate(context(launch("3.1.0", eu, List.of()), "EU", null, null));
        assertEquals(Verdict.NOT_APPLICABLE, na.verdict());
        assertTrue(na.findings().get(0).message().contains("planning feature is not installed"));
        RuleResult testing = rule.evaluate(context(launch("3.1.0", eu, List.of()), "EU", catalog, null));
        assertEquals(Verdict.FAIL, testing.verdict());
        assertTrue(testing.findings().get(0).message().startsWith("hate-speech 3.1.0 is in TESTING since"),
                testing.findings().get(0).message());
        assertEquals(Verdict.PASS, rule.evaluate(context(launch("3.0.0", eu, List.of()), "EU", catalog, null)).verdict());
        RuleResult unknown = rule.evaluate(context(launch("4.0.0", eu, List.of()), "EU", catalog, null));
        assertEquals(Verdict.FAIL, unknown.verdict());
        assertEquals("versions: 3.0.0, 3.1.0", unknown.findings().get(0).evidence());
    }

    @Test
    void targetDateMustBeSetAndAheadWhilePlanned() {
        TargetDateRule rule = new TargetDateRule();
        assertEquals(Verdict.FAIL, rule.evaluate(context(launch("1.0.0", planned("EU", null), List.of()), "EU", null, null)).verdict());
        RuleResult past = rule.evaluate(context(launch("1.0.0", planned("IN", LocalDate.of(2026, 11, 17)), List.of()), "IN", null, null));
        assertEquals(Verdict.FAIL, past.verdict());
        assertTrue(past.findings().get(0).message().contains("passed 3 days ago"), past.findings().get(0).message());
        RuleResult ahead = rule.evaluate(context(launch("1.0.0", planned("EU", LocalDate.of(2026, 12, 20)), List.of()), "EU", null, null));
        assertEquals(Verdict.PASS, ahead.verdict());
        assertEquals("Target date 2026-12-20, in 30 days.", ahead.findings().get(0).message());
        LaunchRegionView approved = new LaunchRegionView(RegionCode.of("EU"), null, "APPROVED", NOW, null);
        assertEquals(Verdict.NOT_APPLICABLE, rule.evaluate(context(launch("1.0.0", approved, List.of()), "EU", null, null)).verdict());
    }

    @Test
    void evidenceIsNeededForEachCataloguedRequirementOfTheRegion() {
        RequirementEvidenceRule rule = new RequirementEvidenceRule();
        RequirementCatalog requirements = new RequirementCatalog() {
            public Optional<RequirementInfo> find(String id) {
                return Optional.empty();
            }

            public List<RequirementInfo> forRegion(RegionCode region) {
                return region.equals(UK) ? List.of(new RequirementInfo("UK-OSA-9", "Online Safety Act 2023", "s. 9", UK,
                        "Illegal content risk assessment", "Assess the risk of illegal content.", "The assessment"))
                        : List.of();
            }
        };
        LaunchRegionView uk = planned("UK", null);
        assertEquals(Verdict.NOT_APPLICABLE, rule.evaluate(context(launch("3.1.0", uk, List.of()), "UK", null, null)).verdict());
        assertEquals(Verdict.NOT_APPLICABLE,
                rule.evaluate(context(launch("3.1.0", planned("EU", null), List.of()), "EU", null, requirements)).verdict());
        RuleResult missing = rule.evaluate(context(launch("3.1.0", uk, List.of()), "UK", null, requirements));
        assertEquals(Verdict.FAIL, missing.verdict());
        assertEquals("The assessment", missing.findings().get(0).evidence());
        EvidenceView otherVersion = new EvidenceView("UK-OSA-9", UK, "hate-speech", "3.0.0", "doc-1", null, "k", NOW);
        assertEquals(Verdict.FAIL, rule.evaluate(context(launch("3.1.0", uk, List.of(otherVersion)), "UK", null, requirements)).verdict());
        EvidenceView wholePolicy = new EvidenceView("UK-OSA-9", UK, "hate-speech", null, "doc-2", null, "k", NOW);
        RuleResult ok = rule.evaluate(context(launch("3.1.0", uk, List.of(otherVersion, wholePolicy)), "UK", null, requirements));
        assertEquals(Verdict.PASS, ok.verdict());
        assertEquals("doc-2", ok.findings().get(0).evidence());
    }

    @Test
    void competingLaunchesOfThePolicyAreFound() {
        f = new Fixture(null);
        ConflictingLaunchRule rule = new ConflictingLaunchRule(f.launches);
        f.rule(rule);
        long older = f.launches.create(Fixture.request("hate-speech", "3.2.0", "UK"), Callers.planner("p")).body().id();
        f.approvals.approve(older, "UK", null, null, Callers.planner("p"));
        f.launches.startEnforcement(older, "UK", null, null, Callers.planner("p"));
        long rollback = f.launches.create(new LaunchRequest("Roll back", "hate-speech", "3.1.0",
                List.of(new RegionRequest("UK", null), new RegionRequest("EU", null)), null, null), Callers.planner("p")).body().id();
        long rival = f.launches.create(Fixture.request("hate-speech", "3.3.0", "EU"), Callers.planner("p")).body().id();
        var report = f.runtime.readiness(rollback, null).orElseThrow();
        var uk = report.regions().get(0).rules().get(0);
        assertEquals(Verdict.FAIL, uk.verdict());
        assertTrue(uk.findings().get(0).message().contains("3.2.0, is already enforced in UK"), uk.findings().toString());
        var eu = report.regions().get(1).rules().get(0);
        assertEquals(Verdict.FAIL, eu.verdict());
        assertTrue(eu.findings().get(0).message().contains("Version 3.3.0 is also being launched in EU by launch " + rival),
                eu.findings().toString());
        f.launches.cancel(rival, null, Callers.planner("p"));
        assertEquals(Verdict.PASS, f.runtime.readiness(rollback, RegionCode.of("EU")).orElseThrow().regions().get(0).rules().get(0).verdict());
    }
}
