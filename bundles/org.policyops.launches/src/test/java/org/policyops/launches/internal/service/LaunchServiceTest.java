package org.policyops.launches.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.policyops.api.LifecycleStage;
import org.policyops.api.launches.LaunchEvents;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.launches.internal.dto.LaunchDetail;
import org.policyops.launches.internal.dto.LaunchRequest;
import org.policyops.launches.internal.dto.RegionRequest;
import org.policyops.core.rest.Tagged;
import org.policyops.testing.Callers;
import org.policyops.launches.internal.testing.FakeCatalog;
import org.policyops.launches.internal.testing.Fixture;

/** Launch CRUD: validation, the catalog check, ETags, what an update may change, regional leads, cancelling, events. */
class LaunchServiceTest {

    static final Instant DEV = Instant.parse("2026-09-07T09:00:00Z");

    private final FakeCatalog catalog = new FakeCatalog()
            .version("hate-speech", "3.0.0", LifecycleStage.ENFORCEMENT, Instant.parse("2026-04-06T09:00:00Z"), null)
            .version("hate-speech", "3.1.0", LifecycleStage.TESTING, DEV, null);
    private Fixture f;

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    private static List<String> fields(ProblemException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        f = new Fixture(null);
        LaunchRequest bad = new LaunchRequest(" ", "Hate Speech!", "three", List.of(new RegionRequest("EU", "next week"),
                new RegionRequest("eu", null), new RegionRequest("EUROPE!!", null)), "soon", null);
        ProblemException e = assertThrows(ProblemException.class, () -> f.launches.create(bad, Callers.planner("p")));
        assertEquals(400, e.status());
        assertEquals(List.of("title", "policyKey", "policyVersion", "regions[0].targetDate", "regions[1].region",
                "regions[2].region", "developmentStartedAt"), fields(e));
        ProblemException none = assertThrows(ProblemException.class, () -> f.launches.create(
                new LaunchRequest("t", "hate-speech", "3.1.0", List.of(), null, null), Callers.planner("p")));
        assertEquals(List.of("regions"), fields(none));
        assertEquals(0, f.jpa.count("LaunchEntity"));
        assertTrue(f.events.events.isEmpty());
    }

    @Test
    void withPlanningTheVersionMustBeInTheCatalogWithoutItTheKeyIsEnough() {
        f = new Fixture(catalog);
        ProblemException unknownPolicy = assertThrows(ProblemException.class,
                () -> f.launches.create(Fixture.request("no-such-policy", "1.0.0", "EU"), Callers.planner("p")));
        assertEquals(List.of("policyKey"), fields(unknownPolicy));
        ProblemException unknownVersion = assertThrows(ProblemException.class,
                () -> f.launches.create(Fixture.request("hate-speech", "9.0", "EU"), Callers.planner("p")));
        assertEquals(List.of("policyVersion"), fields(unknownVersion));
        assertTrue(unknownVersion.errors().get(0).message().contains("its versions are 3.0.0, 3.1.0"),
                unknownVersion.errors().get(0).message());
        Tagged<LaunchDetail> ok = f.launches.create(Fixture.request("hate-speech", "3.1", "EU", "uk"), Callers.planner("p"));
        assertEquals("3.1.0", ok.body().policyVersion());
        assertEquals(List.of("EU", "UK"), ok.body().regions().stream().map(r -> r.region()).toList());
        f.close();

        f = new Fixture(null);
        Tagged<LaunchDetail> byKey = f.launches.create(Fixture.request("no-such-policy", "1.0.0", "EU"), Callers.planner("p"));
        assertEquals("PLANNED", byKey.body().status());
    }

    @Test
    void createPostsLaunchCreatedAfterCommit() {
        f = new Fixture(null);
        Tagged<LaunchDetail> created = f.launches.create(Fixture.request("hate-speech", "3.1.0", "EU", "UK"),
                Callers.planner("a.okafor"));
        assertEquals(1, f.jpa.transactions());
        Event e = f.events.topic(LaunchEvents.LAUNCH_CREATED).get(0);
        assertEquals(created.body().id(), e.getProperty(LaunchEvents.PROP_LAUNCH_ID));
        assertEquals("EU,UK", e.getProperty(LaunchEvents.PROP_REGIONS));
        assertEquals("3.1.0", e.getProperty(LaunchEvents.PROP_VERSION));
        assertEquals("a.okafor", e.getProperty(LaunchEvents.PROP_BY));
        assertEquals(Fixture.NOW.toString(), e.getProperty(LaunchEvents.PROP_AT));
    }

    @Test
    void updatesHonourIfMatch() {
        f = new Fixture(null);
        Tagged<LaunchDetail> created = f.launches.create(Fixture.request("hate-speech", "3.1.0", "EU"), Callers.planner("p"));
        long id = created.body().id();
        String etag = "\"" + created.version() + "\"";
        LaunchRequest change = new LaunchRequest("Renamed", "hate-speech", "3.1.0",
                List.of(new RegionRequest("EU", "2027-01-18"), new RegionRequest("BR", null)), null, null);
        Tagged<LaunchDetail> updated = f.launches.update(id, etag, change, Callers.planner("q"));
        assertEquals("Renamed", updated.body().title());
        assertEquals("2027-01-18", updated.body().regions().get(0).targetDate().toString());
        assertEquals("BR", updated.body().regions().get(1).region());
        assertNull(updated.body().regions().get(1).targetDate());
        assertEquals("q", updated.body().updatedBy());
        assertTrue(updated.version() > created.version());
        ProblemException stale = assertThrows(ProblemException.class, () -> f.launches.update(id, etag, change,
                Callers.planner("q")));
        assertEquals(412, stale.status());
        assertEquals(updated.version(), f.launches.get(id).version());
    }

    @Test
    void anApprovedRegionCannotBeDroppedNorItsVersionChanged() {
        f = new Fixture(null);
        long id = f.launches.create(Fixture.request("hate-speech", "3.1.0", "EU", "UK"), Callers.planner("p")).body().id();
        f.approvals.approve(id, "EU", null, null, Callers.planner("p"));
        ProblemException drop = assertThrows(ProblemException.class, () -> f.launches.update(id, null,
                Fixture.request("hate-speech", "3.1.0", "UK"), Callers.planner("p")));
        assertEquals(409, drop.status());
        assertTrue(drop.getMessage().contains("EU is APPROVED; it cannot be removed"), drop.getMessage());
        ProblemException version = assertThrows(ProblemException.class, () -> f.launches.update(id, null,
                Fixture.request("hate-speech", "3.2.0", "EU", "UK"), Callers.planner("p")));
        assertEquals(409, version.status());
        // A planned region can go.
        Tagged<LaunchDetail> ok = f.launches.update(id, null, Fixture.request("hate-speech", "3.1.0", "EU"), Callers.planner("p"));
        assertEquals(List.of("EU"), ok.body().regions().stream().map(r -> r.region()).toList());
        assertEquals("IN_PROGRESS", ok.body().status());
    }

    @Test
    void regionalLeadsWriteOnlyTheirRegions() {
        f = new Fixture(null);
        var lead = Callers.lead("r.haddad", "EU", "UK");
        ProblemException outside = assertThrows(ProblemException.class,
                () -> f.launches.create(Fixture.request("hate-speech", "3.1.0", "EU", "US"), lead));
        assertEquals(403, outside.status());
        assertTrue(outside.getMessage().contains("[US]"), outside.getMessage());
        long own = f.launches.create(Fixture.request("hate-speech", "3.1.0", "EU", "UK"), lead).body().id();
        long mixed = f.launches.create(Fixture.request("hate-speech", "3.1.0", "EU", "US"), Callers.planner("p")).body().id();
        // In a launch with a US region, the lead may act on EU but not on US, and may not edit or cancel the launch.
        f.approvals.approve(mixed, "EU", null, null, lead);
        assertEquals(403, assertThrows(ProblemException.class, () -> f.approvals.approve(mixed, "US", null, null, lead)).status());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> f.launches.update(mixed, null, Fixture.request("hate-speech", "3.1.0", "EU", "US"), lead)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> f.launches.cancel(mixed, null, lead)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> f.launches.cancelRegion(mixed, "US", null, lead)).status());
        assertEquals("CANCELLED", f.launches.cancel(own, null, lead).body().status());
    }

    @Test
    void cancellingRegionsAndLaunches() {
        f = new Fixture(null);
        long id = f.launches.create(Fixture.request("hate-speech", "3.1.0", "EU", "UK", "US"), Callers.planner("p")).body().id();
        f.approvals.approve(id, "UK", null, null, Callers.planner("p"));
        f.launches.startEnforcement(id, "UK", null, null, Callers.planner("p"));
        LaunchDetail eu = f.launches.cancelRegion(id, "eu", null, Callers.planner("p")).body();
        assertEquals("CANCELLED", eu.regions().get(0).status());
        assertEquals("IN_PROGRESS", eu.status());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> f.launches.cancelRegion(id, "UK", null, Callers.planner("p"))).status());
        LaunchDetail after = f.launches.cancel(id, null, Callers.planner("p")).body();
        assertEquals(List.of("CANCELLED", "ENFORCING", "CANCELLED"), after.regions().stream().map(r -> r.status()).toList());
        assertEquals("COMPLETED", after.status(), "every region left is enforcing");
        assertEquals(409, assertThrows(ProblemException.class, () -> f.launches.cancel(id, null, Callers.planner("p"))).status());
        List<Event> cancelled = f.events.topic(LaunchEvents.LAUNCH_CANCELLED);
        assertEquals(2, cancelled.size());
        assertEquals("EU", cancelled.get(0).getProperty(LaunchEvents.PROP_REGION));
        assertNull(cancelled.get(1).getProperty(LaunchEvents.PROP_REGION));
        assertEquals(404, assertThrows(ProblemException.class,
                () -> f.launches.cancelRegion(id, "BR", null, Callers.planner("p"))).status());
    }

    @Test
    void theListFiltersByPolicyRegionAndStatus() {
        f = new Fixture(null);
        f.launches.create(Fixture.request("hate-speech", "3.1.0", "EU", "UK"), Callers.planner("p"));
        long other = f.launches.create(Fixture.request("child-safety", "4.1.0", "UK_NI"), Callers.planner("p")).body().id();
        f.launches.create(Fixture.request("child-safety", "4.1.0", "US"), Callers.planner("p"));
        f.launches.cancel(other, null, Callers.planner("p"));
        PageRequest page = PageRequest.of(null, null, null, LaunchService.SORTABLE, LaunchService.DEFAULT_SORT);
        assertEquals(2, f.launches.list(LaunchFilter.of("child-safety", null, null), page).total());
        assertEquals(1, f.launches.list(LaunchFilter.of(null, "uk", null), page).total(), "UK does not match UK_NI");
        assertEquals(1, f.launches.list(LaunchFilter.of(null, "UK_NI", null), page).total());
        assertEquals(2, f.launches.list(LaunchFilter.of(null, "EU,US", null), page).total());
        assertEquals(1, f.launches.list(LaunchFilter.of(null, null, "cancelled"), page).total());
        ProblemException bad = assertThrows(ProblemException.class, () -> LaunchFilter.of(null, null, "DONE"));
        assertEquals("status", bad.errors().get(0).field());
    }
}
