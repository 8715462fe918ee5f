package org.policyops.tooling.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.tooling.ToolingEvents;
import org.policyops.core.events.EventPosters;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.PolicyOpsPrincipal;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.dto.StatusRequest;
import org.policyops.tooling.internal.dto.ToolPatchRequest;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.dto.ToolView;

/** The tool catalog's rules against EclipseLink and H2. */
class ToolServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final SecurityContext TOOLSMITH = caller("toolsmith", Roles.TOOLING);
    static final SecurityContext LEAD_EU = caller("lead-eu", Roles.REGIONAL_LEAD, "region:EU");

    LocalJpa jpa;
    EventAdmin eventAdmin;
    ToolService tools;

    static SecurityContext caller(String name, String... roles) {
        PolicyOpsPrincipal p = new PolicyOpsPrincipal(name, Set.of(roles));
        SecurityContext sc = mock(SecurityContext.class);
        when(sc.getUserPrincipal()).thenReturn(p);
        return sc;
    }

    static ToolRequest tool(String key, List<String> regions, List<String> dependsOn) {
        return new ToolRequest(key, "Tool " + key, "TOOL", null, List.of("testing", "DEVELOPMENT"), "Integrity Tooling", null,
                regions, List.of("pt_br"), List.of("hate-speech"), new ToolRequest.Links("https://docs.example/" + key, null,
                        "#" + key), dependsOn);
    }

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(ToolingUnit.NAME);
        eventAdmin = mock(EventAdmin.class);
        tools = new ToolService(jpa, EventPosters.to(eventAdmin), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    @Test
    void aToolIsCreatedNormalisedAndListedByItsFilters() {
        ToolView t = tools.create(tool("label-qa", List.of("eu"), List.of()), TOOLSMITH).body();
        assertEquals(List.of("DEVELOPMENT", "TESTING"), t.stages());
        assertEquals(List.of("EU"), t.regions());
        assertEquals(List.of("pt-BR"), t.locales());
        assertEquals("PROPOSED", t.status());
        assertEquals(NOW, t.statusSince());
        tools.create(tool("golden-sets", List.of(), List.of()), TOOLSMITH);

        PageRequest page = PageRequest.of(null, null, null, ToolService.SORTABLE, ToolService.DEFAULT_SORT);
        assertEquals(2, tools.list(filter(null, null, null), page).total());
        assertEquals(List.of("label-qa"), tools.list(filter(null, null, "EU"), page).items().stream().map(ToolView::key).toList());
        assertEquals(2, tools.list(filter("tool", "testing", null), page).total());
        assertEquals(0, tools.list(filter("AI_MODEL", null, null), page).total());
        ProblemException bad = assertThrows(ProblemException.class, () -> tools.list(filter("ROBOT", null, null), page));
        assertEquals("kind", bad.errors().get(0).field());

        ArgumentCaptor<Event> event = ArgumentCaptor.forClass(Event.class);
        org.mockito.Mockito.verify(eventAdmin, org.mockito.Mockito.times(2)).postEvent(event.capture());
        assertEquals(ToolingEvents.TOOL_CHANGED, event.getAllValues().get(0).getTopic());
    }

    static ToolService.Filter filter(String kind, String stage, String region) {
        return new ToolService.Filter(kind, stage, null, region, null, null, null, null);
    }

    @Test
    void badBodiesNameEveryField() {
        ProblemException e = assertThrows(ProblemException.class, () -> tools.create(new ToolRequest("Bad Key", null, "ROBOT",
                null, List.of("LAUNCH"), null, "LIVE", List.of("XX!"), null, null,
                new ToolRequest.Links("ftp://docs", null, null), List.of("Bad Key")), TOOLSMITH));
        assertEquals(400, e.status());
        List<String> fields = e.errors().stream().map(f -> f.field()).toList();
        assertTrue(fields.containsAll(List.of("key", "name", "kind", "stages[0]", "ownerTeam", "status", "regions[0]",
                "links.docs", "dependsOn[0]")), fields.toString());
    }

    @Test
    void statusMovesAreDatedAndInvalidOnesAreConflicts() {
        ToolService monthAgo = new ToolService(jpa, EventPosters.none(), Clock.fixed(Instant.parse("2026-10-20T09:00:00Z"), ZoneOffset.UTC));
        monthAgo.create(tool("lms", List.of(), List.of()), TOOLSMITH);
        tools.changeStatus("lms", null, new StatusRequest("pilot", "2026-11-01", "pilot in EMEA"), TOOLSMITH);
        ProblemException skip = assertThrows(ProblemException.class,
                () -> tools.changeStatus("lms", null, new StatusRequest("DEPRECATED", null, null), TOOLSMITH));
        assertEquals(409, skip.status());
        assertTrue(skip.detail().contains("PILOT") && skip.detail().contains("PRODUCTION"), skip.detail());
        ProblemException early = assertThrows(ProblemException.class,
                () -> tools.changeStatus("lms", null, new StatusRequest("PRODUCTION", "2026-10-01", null), TOOLSMITH));
        assertEquals("at", early.errors().get(0).field());
        ToolView prod = tools.changeStatus("lms", null, new StatusRequest("PRODUCTION", null, null), TOOLSMITH).body();
        assertEquals("PRODUCTION", prod.status());
        assertEquals(List.of("PROPOSED", "PILOT", "PRODUCTION"), tools.history("lms").stream().map(c -> c.to()).toList());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), tools.history("lms").get(1).at());
        assertNull(tools.history("lms").get(0).from());

        // A PUT that changes the status is a transition too.
        ToolRequest back = new ToolRequest(null, "LMS", "PLATFORM", null, List.of("TRAINING"), "Training Ops", "PILOT",
                null, null, null, null, null);
        assertEquals(409, assertThrows(ProblemException.class, () -> tools.update("lms", "*", back, TOOLSMITH)).status());
    }

    @Test
    void dependenciesMustExistAndMayNotCloseACycle() {
        tools.create(tool("serving", List.of(), List.of()), TOOLSMITH);
        tools.create(tool("rules", List.of(), List.of("serving")), TOOLSMITH);
        tools.create(tool("queue", List.of(), List.of("rules")), TOOLSMITH);
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> tools.create(tool("x", List.of(), List.of("rules", "nowhere")), TOOLSMITH));
        assertEquals("dependsOn[1]", unknown.errors().get(0).field());

        ProblemException cycle = assertThrows(ProblemException.class,
                () -> tools.patch("serving", "*", patchDependsOn(List.of("queue")), TOOLSMITH));
        assertEquals(409, cycle.status());
        assertTrue(cycle.detail().contains("serving → queue → rules → serving"), cycle.detail());
        assertEquals(List.of(), tools.get("serving").body().dependsOn());

        ProblemException dependents = assertThrows(ProblemException.class, () -> tools.delete("serving", "*", TOOLSMITH));
        assertEquals(409, dependents.status());
        tools.delete("queue", "*", TOOLSMITH);
        assertEquals(404, assertThrows(ProblemException.class, () -> tools.get("queue")).status());
    }

    static ToolPatchRequest patchDependsOn(List<String> dependsOn) {
        return new ToolPatchRequest(null, null, null, null, null, null, null, null, null, dependsOn);
    }

    @Test
    void patchKeepsWhatWasNotSentAndHonoursIfMatch() {
        long version = tools.create(tool("cat", List.of("EU"), List.of()), TOOLSMITH).version();
        ToolPatchRequest rename = new ToolPatchRequest("CAT tool", null, null, null, null, null, null, null, null, null);
        ToolView renamed = tools.patch("cat", "\"" + version + "\"", rename, TOOLSMITH).body();
        assertEquals("CAT tool", renamed.name());
        assertEquals(List.of("EU"), renamed.regions());
        assertEquals("https://docs.example/cat", renamed.links().docs());
        assertEquals(412, assertThrows(ProblemException.class, () -> tools.patch("cat", "\"" + version + "\"", rename, TOOLSMITH)).status());
    }

    @Test
    void regionalLeadsWriteOnlyToolsOfTheirRegions() {
        tools.create(tool("eu-tool", List.of("EU"), List.of()), LEAD_EU);
        assertEquals(403, assertThrows(ProblemException.class, () -> tools.create(tool("us-tool", List.of("US"), List.of()), LEAD_EU)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> tools.create(tool("global", List.of(), List.of()), LEAD_EU)).status());
        tools.create(tool("us-tool", List.of("US"), List.of()), TOOLSMITH);
        ToolPatchRequest rename = new ToolPatchRequest("Renamed", null, null, null, null, null, null, null, null, null);
        assertEquals(403, assertThrows(ProblemException.class, () -> tools.patch("us-tool", "*", rename, LEAD_EU)).status());
        ToolPatchRequest moveOut = new ToolPatchRequest(null, null, null, null, null, List.of("EU", "US"), null, null, null, null);
        assertEquals(403, assertThrows(ProblemException.class, () -> tools.patch("eu-tool", "*", moveOut, LEAD_EU)).status());
        tools.changeStatus("eu-tool", null, new StatusRequest("PILOT", null, null), LEAD_EU);
        assertEquals(403, assertThrows(ProblemException.class, () -> tools.delete("us-tool", "*", LEAD_EU)).status());
    }
}
