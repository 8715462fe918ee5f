package org.policyops.planning.internal.service;

import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.VersionStatus;
import org.policyops.planning.internal.dto.PolicyDetail;
import org.policyops.planning.internal.dto.PolicyRequest;
import org.policyops.planning.internal.dto.PolicySummary;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.dto.TransitionRequest;
import org.policyops.planning.internal.dto.VersionDetail;
import org.policyops.planning.internal.dto.VersionPatchRequest;
import org.policyops.planning.internal.dto.VersionRequest;

/** The policy catalog's use cases against EclipseLink and H2. */
class PolicyServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    LocalJpa jpa;
    PolicyService service;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        service = new PolicyService(jpa, EventPosters.none(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static PolicyRequest hateSpeech() {
        return new PolicyRequest("hate-speech", "Hate Speech", "Hate speech", "Policy Global", "Attacks on protected groups.");
    }

    static PageRequest page(String sort) {
        return PageRequest.of(null, null, sort, PolicyService.SORTABLE, PolicyService.DEFAULT_SORT);
    }

    @Test
    void createsAndReadsAPolicyWithAnETag() {
        Tagged<PolicyDetail> created = service.create(hateSpeech());
        assertEquals("hate-speech", created.body().key());
        assertEquals(NOW, created.body().createdAt());
        assertEquals(List.of(), created.body().versions());

        Tagged<PolicyDetail> read = service.get("hate-speech");
        assertEquals(created, read);
        assertTrue(read.version() > 0);
    }

    @Test
    void refusesADuplicateKey() {
        service.create(hateSpeech());
        ProblemException e = assertThrows(ProblemException.class, () -> service.create(hateSpeech()));
        assertEquals(409, e.status());
        assertEquals(1, jpa.count("PolicyEntity"));
    }

    @Test
    void anUnknownPolicyIsNotFound() {
        assertEquals(404, assertThrows(ProblemException.class, () -> service.get("no-such-policy")).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> service.getVersion("no-such-policy", "1.0.0")).status());
    }

    @Test
    void updateHonoursIfMatchAndChangesNothingWhenStale() {
        Tagged<PolicyDetail> created = service.create(hateSpeech());
        String etag = "\"" + created.version() + "\"";
        PolicyRequest renamed = new PolicyRequest(null, "Hateful Conduct", "Hate speech", "Policy EMEA", null);

        Tagged<PolicyDetail> updated = service.update("hate-speech", etag, renamed);
        assertEquals("Hateful Conduct", updated.body().name());
        assertNull(updated.body().description());
        assertNotEquals(created.version(), updated.version());

        PolicyRequest again = new PolicyRequest("hate-speech", "Something else", "Hate speech", "Policy EMEA", null);
        ProblemException stale = assertThrows(ProblemException.class, () -> service.update("hate-speech", etag, again));
        assertEquals(412, stale.status());
        assertEquals(updated, service.get("hate-speech"));
    }

    @Test
    void updateRefusesAChangedKey() {
        service.create(hateSpeech());
        PolicyRequest other = new PolicyRequest("harassment", "Hate Speech", "Hate speech", "Policy Global", null);
        ProblemException e = assertThrows(ProblemException.class, () -> service.update("hate-speech", null, other));
        assertEquals(400, e.status());
        assertEquals("key", e.errors().get(0).field());
    }

    @Test
    void listsWithFiltersSortingAndPaging() {
        service.create(hateSpeech());
        service.create(new PolicyRequest("harassment-bullying", "Harassment & Bullying", "Harassment", "Policy EMEA", null));
        service.create(new PolicyRequest("child-safety", "Child Safety", "Child safety", "Policy Global", null));
        service.create(new PolicyRequest("hate-speech-ads", "Hateful Ads", "Hate speech", "Policy Ads", null));

        assertEquals(List.of("child-safety", "harassment-bullying", "hate-speech", "hate-speech-ads"),
                keys(service.list(PolicyFilter.of(null, null, null), page(null))));
        assertEquals(List.of("hate-speech-ads", "hate-speech"),
                keys(service.list(PolicyFilter.of("HATE SPEECH", null, null), page("-key"))));
        assertEquals(List.of("child-safety", "hate-speech"),
                keys(service.list(PolicyFilter.of(null, "policy global", null), page("name"))));
        assertEquals(List.of("hate-speech-ads"), keys(service.list(PolicyFilter.of(null, null, "hateful"), page(null))));
        assertEquals(List.of("harassment-bullying"), keys(service.list(PolicyFilter.of(null, null, "BULLY"), page(null))));
        // A wildcard in q is taken literally.
        assertEquals(List.of(), keys(service.list(PolicyFilter.of(null, null, "h_te"), page(null))));

        Page<PolicySummary> second = service.list(PolicyFilter.of(null, null, null),
                PageRequest.of(2, 2, "key", PolicyService.SORTABLE, PolicyService.DEFAULT_SORT));
        assertEquals(4, second.total());
        assertEquals(List.of("hate-speech", "hate-speech-ads"), keys(second));
    }

    private static List<String> keys(Page<PolicySummary> page) {
        return page.items().stream().map(PolicySummary::key).toList();
    }

    @Test
    void aNewVersionStartsInDevelopmentAsADraft() {
        service.create(hateSpeech());
        Tagged<VersionDetail> v = service.createVersion("hate-speech", new VersionRequest("3.1", "Coded slurs.", null), "a.okafor");
        assertEquals("3.1.0", v.body().version());
        assertEquals(VersionStatus.DRAFT, v.body().status());
        assertEquals(LifecycleStage.DEVELOPMENT, v.body().stage());
        assertEquals(1, v.body().transitions().size());
        assertEquals(NOW, v.body().transitions().get(0).enteredAt());
        assertEquals("a.okafor", v.body().transitions().get(0).movedBy());

        ProblemException dup = assertThrows(ProblemException.class,
                () -> service.createVersion("hate-speech", new VersionRequest("3.1.0", "Again.", null), "a.okafor"));
        assertEquals(409, dup.status());
    }

    @Test
    void versionsSortNumerically() {
        service.create(hateSpeech());
        for (String v : List.of("3.10.0", "3.9.0", "10.0.0", "3.9.1")) {
            service.createVersion("hate-speech", new VersionRequest(v, "Change " + v, null), "a.okafor");
        }
        PageRequest ascending = PageRequest.of(null, null, null, PolicyService.VERSION_SORTABLE, PolicyService.VERSION_DEFAULT_SORT);
        assertEquals(List.of("3.9.0", "3.9.1", "3.10.0", "10.0.0"),
                service.listVersions("hate-speech", ascending).items().stream().map(VersionDetail::version).toList());
        PageRequest descending = PageRequest.of(2, 1, "-version", PolicyService.VERSION_SORTABLE, PolicyService.VERSION_DEFAULT_SORT);
        Page<VersionDetail> page = service.listVersions("hate-speech", descending);
        assertEquals(4, page.total());
        assertEquals(List.of("3.10.0", "3.9.1"), page.items().stream().map(VersionDetail::version).toList());
        assertEquals(List.of("3.9.0", "3.9.1", "3.10.0", "10.0.0"),
                service.get("hate-speech").body().versions().stream().map(s -> s.version()).toList());
    }

    @Test
    void movesThroughTheLifecycleAndRetiresTheActiveVersion() {
        service.create(hateSpeech());
        Instant start = NOW.minus(Duration.ofDays(100));
        service.createVersion("hate-speech", new VersionRequest("2.0.0", "Old.", start), "a.okafor");
        service.createVersion("hate-speech", new VersionRequest("3.0.0", "New.", start.plus(Duration.ofDays(10))), "a.okafor");
        int day = 20;
        for (LifecycleStage stage : List.of(LifecycleStage.TESTING, LifecycleStage.TRAINING, LifecycleStage.DEPLOYMENT,
                LifecycleStage.ENFORCEMENT)) {
            service.transition("hate-speech", "2.0.0", null, new TransitionRequest(stage, start.plus(Duration.ofDays(day++)), null), "m.lindqvist");
        }
        assertEquals(VersionStatus.ACTIVE, service.getVersion("hate-speech", "2.0.0").body().status());

        for (LifecycleStage stage : List.of(LifecycleStage.TESTING, LifecycleStage.TRAINING, LifecycleStage.DEPLOYMENT)) {
            service.transition("hate-speech", "3.0.0", null, new TransitionRequest(stage, null, null), "m.lindqvist");
        }
        Tagged<VersionDetail> before = service.getVersion("hate-speech", "3.0.0");
        Tagged<VersionDetail> enforced = service.transition("hate-speech", "3.0.0", "\"" + before.version() + "\"",
                new TransitionRequest(LifecycleStage.ENFORCEMENT, null, "Global launch"), "m.lindqvist");
        assertEquals(VersionStatus.ACTIVE, enforced.body().status());
        assertEquals(LifecycleStage.ENFORCEMENT, enforced.body().stage());
        assertEquals("Global launch", enforced.body().transitions().get(4).note());
        assertEquals(VersionStatus.RETIRED, service.getVersion("hate-speech", "2.0.0").body().status());
        assertEquals(5, service.transitions("hate-speech", "3.0.0").size());
    }

    @Test
    void refusesAStageOutOfOrderAndAStaleTransition() {
        service.create(hateSpeech());
        Tagged<VersionDetail> v = service.createVersion("hate-speech", new VersionRequest("1.0.0", "First.", null), "a.okafor");
        ProblemException skip = assertThrows(ProblemException.class, () -> service.transition("hate-speech", "1.0.0", null,
                new TransitionRequest(LifecycleStage.TRAINING, null, null), "m.lindqvist"));
        assertEquals(409, skip.status());
        assertEquals("TESTING", skip.extensions().get("allowedNextStage"));

        service.transition("hate-speech", "1.0.0", null, new TransitionRequest(LifecycleStage.TESTING, null, null), "m.lindqvist");
        ProblemException stale = assertThrows(ProblemException.class, () -> service.transition("hate-speech", "1.0.0",
                "\"" + v.version() + "\"", new TransitionRequest(LifecycleStage.TRAINING, null, null), "m.lindqvist"));
        assertEquals(412, stale.status());
        assertEquals(LifecycleStage.TESTING, service.getVersion("hate-speech", "1.0.0").body().stage());
    }

    @Test
    void refusesABackfilledTimeInTheFutureOrBeforeThePreviousStage() {
        service.create(hateSpeech());
        service.createVersion("hate-speech", new VersionRequest("1.0.0", "First.", NOW.minus(Duration.ofDays(10))), "a.okafor");
        ProblemException future = assertThrows(ProblemException.class, () -> service.transition("hate-speech", "1.0.0", null,
                new TransitionRequest(LifecycleStage.TESTING, NOW.plusSeconds(60), null), "m.lindqvist"));
        assertEquals(400, future.status());
        assertEquals("at", future.errors().get(0).field());
        ProblemException early = assertThrows(ProblemException.class, () -> service.transition("hate-speech", "1.0.0", null,
                new TransitionRequest(LifecycleStage.TESTING, NOW.minus(Duration.ofDays(11)), null), "m.lindqvist"));
        assertEquals("at", early.errors().get(0).field());
        assertEquals(1, service.transitions("hate-speech", "1.0.0").size());

        ProblemException futureStart = assertThrows(ProblemException.class,
                () -> service.createVersion("hate-speech", new VersionRequest("2.0.0", "Next.", NOW.plusSeconds(1)), "a.okafor"));
        assertEquals("startedAt", futureStart.errors().get(0).field());
        assertFalse(service.get("hate-speech").body().versions().stream().anyMatch(s -> s.version().equals("2.0.0")));
    }

    @Test
    void aRefusedPatchRollsBackTheChangesMadeBeforeTheRefusal() {
        service.create(hateSpeech());
        service.createVersion("hate-speech", new VersionRequest("1.0.0", "First.", null), "a.okafor");
        Tagged<PolicyDetail> policyBefore = service.get("hate-speech");
        Tagged<VersionDetail> before = service.getVersion("hate-speech", "1.0.0");

        // The summary is changed first; making a version in development ACTIVE is then refused.
        ProblemException e = assertThrows(ProblemException.class, () -> service.patchVersion("hate-speech", "1.0.0", null,
                new VersionPatchRequest("Rewritten.", VersionStatus.ACTIVE)));
        assertEquals(409, e.status());
        assertEquals(before, service.getVersion("hate-speech", "1.0.0"));
        assertEquals(policyBefore, service.get("hate-speech"));
    }

    @Test
    void patchApprovesAndHonoursIfMatch() {
        service.create(hateSpeech());
        Tagged<VersionDetail> v = service.createVersion("hate-speech", new VersionRequest("1.0.0", "First.", null), "a.okafor");
        Tagged<VersionDetail> approved = service.patchVersion("hate-speech", "1.0.0", "\"" + v.version() + "\"",
                new VersionPatchRequest(null, VersionStatus.APPROVED));
        assertEquals(VersionStatus.APPROVED, approved.body().status());
        assertEquals(NOW, approved.body().approvedAt());
        assertEquals("First.", approved.body().summary());

        ProblemException stale = assertThrows(ProblemException.class, () -> service.patchVersion("hate-speech", "1.0.0",
                "\"" + v.version() + "\"", new VersionPatchRequest("Changed.", null)));
        assertEquals(412, stale.status());
        assertEquals("First.", service.getVersion("hate-speech", "1.0.0").body().summary());
    }

    @Test
    void deletesOnlyAPolicyThatNeverGotAnywhere() {
        service.create(hateSpeech());
        service.createVersion("hate-speech", new VersionRequest("1.0.0", "First.", null), "a.okafor");
        service.create(new PolicyRequest("child-safety", "Child Safety", "Child safety", "Policy Global", null));
        service.createVersion("child-safety", new VersionRequest("1.0.0", "First.", null), "a.okafor");
        service.transition("child-safety", "1.0.0", null, new TransitionRequest(LifecycleStage.TESTING, null, null), "m.lindqvist");

        ProblemException e = assertThrows(ProblemException.class, () -> service.delete("child-safety", null));
        assertEquals(409, e.status());
        assertTrue(e.detail().contains("version 1.0.0 (TESTING) has moved past DEVELOPMENT"), e.detail());

        Tagged<PolicyDetail> current = service.get("hate-speech");
        assertEquals(412, assertThrows(ProblemException.class, () -> service.delete("hate-speech", "\"999\"")).status());
        service.delete("hate-speech", "\"" + current.version() + "\"");
        assertEquals(404, assertThrows(ProblemException.class, () -> service.get("hate-speech")).status());
        assertEquals(1, jpa.count("PolicyVersionEntity"));
        assertEquals(2, jpa.count("StageTransitionEntity"));
    }

    @Test
    void everyRequestIsOneTransaction() {
        int before = jpa.transactions();
        service.create(hateSpeech());
        assertEquals(before + 1, jpa.transactions());
        service.createVersion("hate-speech", new VersionRequest("1.0.0", "First.", null), "a.okafor");
        assertEquals(before + 2, jpa.transactions());
        service.transition("hate-speech", "1.0.0", null, new TransitionRequest(LifecycleStage.TESTING, null, null), "m.lindqvist");
        assertEquals(before + 3, jpa.transactions());
        assertThrows(ProblemException.class, () -> service.delete("hate-speech", null));
        assertEquals(before + 4, jpa.transactions());
        // A body that is invalid on its face is refused before any transaction.
        assertThrows(ProblemException.class, () -> service.create(new PolicyRequest(null, null, null, null, null)));
        assertEquals(before + 4, jpa.transactions());
    }
}
