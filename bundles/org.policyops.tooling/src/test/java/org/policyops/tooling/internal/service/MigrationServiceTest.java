package org.policyops.tooling.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.tooling.ToolingEvents;
import org.policyops.core.events.EventPosters;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.dto.MigrationRequest;
import org.policyops.tooling.internal.dto.MigrationRequest.CutoverRequest;
import org.policyops.tooling.internal.dto.MigrationStateRequest;
import org.policyops.tooling.internal.dto.MigrationView;
import org.policyops.tooling.internal.dto.PopulationRequest;
import org.policyops.tooling.internal.dto.UsageRow;

/** Platform migrations: validation, states with events, progress from the usage rollup, overdue regions. */
class MigrationServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    LocalJpa jpa;
    EventAdmin eventAdmin;
    MigrationService migrations;
    UsageService usage;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(ToolingUnit.NAME);
        eventAdmin = mock(EventAdmin.class);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        migrations = new MigrationService(jpa, EventPosters.to(eventAdmin), clock);
        usage = new UsageService(jpa, clock);
        ToolService tools = new ToolService(jpa, EventPosters.none(), clock);
        tools.create(ToolServiceTest.tool("old-queues", List.of(), List.of()), ToolServiceTest.TOOLSMITH);
        tools.create(ToolServiceTest.tool("new-queues", List.of(), List.of()), ToolServiceTest.TOOLSMITH);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static MigrationRequest request(String... regionAndDay) {
        List<CutoverRequest> c = new java.util.ArrayList<>();
        for (int i = 0; i < regionAndDay.length; i += 2) {
            c.add(new CutoverRequest(regionAndDay[i], regionAndDay[i + 1]));
        }
        return new MigrationRequest("Queues to the new configurator", List.of("old-queues"), "new-queues", c);
    }

    @Test
    void progressIsTheShareActiveOnTheNewToolAndPastCutoversAreOverdue() {
        usage.ingest(List.of(new UsageRow("new-queues", "us-1", "US", TODAY.toString(), 3L),
                new UsageRow("new-queues", "us-2", "US", TODAY.minusDays(3).toString(), 1L),
                new UsageRow("old-queues", "us-3", "US", TODAY.minusDays(1).toString(), 5L),
                new UsageRow("old-queues", "br-1", "BR", TODAY.minusDays(40).toString(), 5L)), ToolServiceTest.TOOLSMITH);
        usage.setPopulation("new-queues", "US", null, new PopulationRequest(null, null, null, 8L), ToolServiceTest.TOOLSMITH);

        MigrationView m = migrations.create(request("US", "2026-12-10", "BR", "2026-11-15"), ToolServiceTest.TOOLSMITH).body();
        assertEquals("PLANNED", m.state());
        assertEquals(List.of(new CutoverRequest("US", "2026-12-10"), new CutoverRequest("BR", "2026-11-15")), m.cutovers());
        MigrationView.Region us = m.progress().get(0);
        assertEquals(2, us.activeOnNew());
        assertEquals(1, us.activeOnOld());
        assertEquals(0.25, us.progress(), 1e-12);
        MigrationView.Region br = m.progress().get(1);
        assertTrue(br.overdue());
        assertNull(br.progress(), "nobody active in BR within 28 days and no target population");
        assertEquals(List.of("BR"), m.overdueRegions());

        PageRequest page = PageRequest.of(null, null, null, MigrationService.SORTABLE, "id");
        assertEquals(1, migrations.list(overdue(), page).total());
        migrations.changeState(m.id(), null, new MigrationStateRequest("in_progress"), ToolServiceTest.TOOLSMITH);
        migrations.changeState(m.id(), null, new MigrationStateRequest("DONE"), ToolServiceTest.TOOLSMITH);
        assertEquals(0, migrations.list(overdue(), page).total(), "a done migration is never overdue");
        assertEquals(1, migrations.list(all(), page).total());
        ProblemException back = assertThrows(ProblemException.class, () -> migrations.changeState(m.id(), null,
                new MigrationStateRequest("IN_PROGRESS"), ToolServiceTest.TOOLSMITH));
        assertEquals(409, back.status());

        ArgumentCaptor<Event> events = ArgumentCaptor.forClass(Event.class);
        org.mockito.Mockito.verify(eventAdmin, org.mockito.Mockito.times(2)).postEvent(events.capture());
        Event done = events.getAllValues().get(1);
        assertEquals(ToolingEvents.MIGRATION_STATE_CHANGED, done.getTopic());
        assertEquals("DONE", done.getProperty(ToolingEvents.PROP_STATE));
        assertEquals("IN_PROGRESS", done.getProperty(ToolingEvents.PROP_PREVIOUS_STATE));
    }

    static MigrationService.Filter overdue() {
        return new MigrationService.Filter(true, null, null, null);
    }

    static MigrationService.Filter all() {
        return new MigrationService.Filter(false, null, null, null);
    }

    @Test
    void theListIsFilteredCountedAndPagedByTheDatabase() {
        new ToolService(jpa, EventPosters.none(), Clock.fixed(NOW, ZoneOffset.UTC)).create(ToolServiceTest.tool("lms",
                List.of(), List.of()), ToolServiceTest.TOOLSMITH);
        // 1: overdue in BR (two regions: listed once); 2: overdue but cancelled; 3: due later, to the LMS; 4: overdue in EU.
        long first = migrations.create(request("US", "2026-12-10", "BR", "2026-11-15"), ToolServiceTest.TOOLSMITH).body().id();
        long cancelled = migrations.create(request("BR", "2026-11-01"), ToolServiceTest.TOOLSMITH).body().id();
        migrations.changeState(cancelled, null, new MigrationStateRequest("CANCELLED"), ToolServiceTest.TOOLSMITH);
        long toLms = migrations.create(new MigrationRequest("Onto the LMS", List.of("old-queues"), "lms",
                List.of(new CutoverRequest("EU", "2027-02-01"))), ToolServiceTest.TOOLSMITH).body().id();
        long eu = migrations.create(request("EU", "2026-11-19", "UK", "2026-11-18", "US", "2026-11-01"), ToolServiceTest.TOOLSMITH).body().id();
        migrations.changeState(eu, null, new MigrationStateRequest("IN_PROGRESS"), ToolServiceTest.TOOLSMITH);

        PageRequest page = PageRequest.of(null, null, null, MigrationService.SORTABLE, "id");
        assertEquals(List.of(first, eu), ids(overdue(), page));
        assertEquals(List.of(cancelled), ids(new MigrationService.Filter(false, "CANCELLED", null, null), page));
        assertEquals(List.of(toLms), ids(new MigrationService.Filter(false, null, "lms", null), page));
        assertEquals(List.of(first, cancelled, toLms, eu), ids(new MigrationService.Filter(false, null, "old-queues", null), page));
        assertEquals(List.of(toLms, eu), ids(new MigrationService.Filter(false, null, null, "EU"), page));
        assertEquals(List.of(eu), ids(new MigrationService.Filter(true, "IN_PROGRESS", "new-queues", "US"), page));
        // Paged in the database: the total counts every match (each once), the page holds the asked slice.
        PageRequest second = PageRequest.of(1, 1, "-id", MigrationService.SORTABLE, "id");
        var p = migrations.list(overdue(), second);
        assertEquals(2, p.total());
        assertEquals(List.of(first), p.items().stream().map(MigrationView::id).toList());
        assertEquals(400, assertThrows(ProblemException.class, () -> MigrationService.state("FINISHED")).status());
    }

    private List<Long> ids(MigrationService.Filter filter, PageRequest page) {
        return migrations.list(filter, page).items().stream().map(MigrationView::id).toList();
    }

    @Test
    void badRequestsAndRegionalLeads() {
        ProblemException bad = assertThrows(ProblemException.class, () -> migrations.create(new MigrationRequest(" ", List.of(),
                "Bad Key", List.of(new CutoverRequest("EU", "2026-02-30"), new CutoverRequest("EU", "2027-01-01"))),
                ToolServiceTest.TOOLSMITH));
        assertEquals(List.of("name", "fromTools", "toTool", "cutovers[0].day", "cutovers[1].region"),
                bad.errors().stream().map(f -> f.field()).toList());
        assertEquals(404, assertThrows(ProblemException.class, () -> migrations.create(new MigrationRequest("x",
                List.of("nowhere"), "new-queues", List.of(new CutoverRequest("EU", "2027-01-01"))), ToolServiceTest.TOOLSMITH)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> migrations.changeState(1, null,
                new MigrationStateRequest("FINISHED"), ToolServiceTest.TOOLSMITH)).status());
        long id = migrations.create(request("EU", "2027-01-01"), ToolServiceTest.LEAD_EU).body().id();
        assertEquals(403, assertThrows(ProblemException.class, () -> migrations.create(request("US", "2027-01-01"),
                ToolServiceTest.LEAD_EU)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> migrations.update(id, "*", request("EU", "2027-01-01", "US",
                "2027-02-01"), ToolServiceTest.LEAD_EU)).status());
        assertEquals(2, migrations.update(id, "*", request("EU", "2027-01-01", "US", "2027-02-01"), ToolServiceTest.TOOLSMITH)
                .body().progress().size());
    }
}
