package org.policyops.planning.internal.service;

import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.InitiativeView;
import org.policyops.planning.internal.dto.PolicyRequest;
import org.policyops.core.rest.Tagged;
import org.policyops.testing.Callers;

/** The planning portfolio against EclipseLink and H2: writes, access by region, filters, sorting and paging. */
class InitiativeServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final SecurityContext PLANNER = Callers.planner("p.nair");

    LocalJpa jpa;
    InitiativeService service;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service = new InitiativeService(jpa, clock);
        PolicyService policies = new PolicyService(jpa, EventPosters.none(), clock);
        policies.create(new PolicyRequest("hate-speech", "Hate Speech", "Hate speech", "Policy Global", null));
        policies.create(new PolicyRequest("child-safety", "Child Safety", "Child safety", "Policy Global", null));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static InitiativeRequest request(String title, String policy, InitiativeType type, List<String> lobs, List<String> regions,
            RiskLevel risk, long reach, double effort, String quarter, InitiativeStatus status) {
        return new InitiativeRequest(title, policy, type, lobs, regions, risk, reach, 2.0, 0.5, effort, quarter, status, "Policy EMEA");
    }

    static InitiativeRequest dsa() {
        return request("DSA statement-of-reasons templates", null, InitiativeType.ENFORCEMENT_CHANGE,
                List.of("short-video", "ads"), List.of("EU"), RiskLevel.CRITICAL, 45_000_000, 20, "2026-Q3", InitiativeStatus.DONE);
    }

    @Test
    void createsWithTheCallerAndTheRiceScore() {
        Tagged<InitiativeView> created = service.create(dsa(), PLANNER);
        InitiativeView v = created.body();
        assertEquals("p.nair", v.createdBy());
        assertEquals(NOW, v.createdAt());
        assertEquals(List.of("ads", "short-video"), v.linesOfBusiness());
        assertEquals(2_250_000.0, v.riceScore());
        assertEquals("2026-Q3", v.targetQuarter());
        assertEquals(created, service.get(v.id()));
        assertEquals(404, assertThrows(ProblemException.class, () -> service.get(v.id() + 1000)).status());
    }

    @Test
    void thePolicyMustExist() {
        InitiativeRequest unknown = request("Coded slurs", "no-such-policy", InitiativeType.POLICY_UPDATE, List.of(),
                List.of("EU"), RiskLevel.HIGH, 1, 1, "2027-Q1", null);
        ProblemException e = assertThrows(ProblemException.class, () -> service.create(unknown, PLANNER));
        assertEquals(400, e.status());
        assertEquals("policyKey", e.errors().get(0).field());
        assertEquals(0, jpa.count("InitiativeEntity"));
    }

    @Test
    void updateGivesANewETagEvenWhenOnlyRegionsChangeAndHonoursIfMatch() {
        Tagged<InitiativeView> created = service.create(dsa(), PLANNER);
        long id = created.body().id();
        InitiativeRequest moreRegions = request("DSA statement-of-reasons templates", null, InitiativeType.ENFORCEMENT_CHANGE,
                List.of("short-video", "ads"), List.of("EU", "UK"), RiskLevel.CRITICAL, 45_000_000, 20, "2026-Q3",
                InitiativeStatus.DONE);
        Tagged<InitiativeView> updated = service.update(id, "\"" + created.version() + "\"", moreRegions, PLANNER);
        assertEquals(List.of("EU", "UK"), updated.body().regions());
        assertNotEquals(created.version(), updated.version());
        assertEquals(updated, service.get(id));

        ProblemException stale = assertThrows(ProblemException.class,
                () -> service.update(id, "\"" + created.version() + "\"", dsa(), PLANNER));
        assertEquals(412, stale.status());
        assertEquals(List.of("EU", "UK"), service.get(id).body().regions());

        assertEquals(412, assertThrows(ProblemException.class,
                () -> service.delete(id, "\"" + created.version() + "\"", PLANNER)).status());
        service.delete(id, "\"" + updated.version() + "\"", PLANNER);
        assertEquals(0, jpa.count("InitiativeEntity"));
    }

    @Test
    void aRegionalLeadWritesOnlyInitiativesOfItsRegions() {
        SecurityContext euLead = Callers.lead("e.lead", "EU");
        Tagged<InitiativeView> eu = service.create(dsa(), euLead);
        Tagged<InitiativeView> global = service.create(request("Global lexicon", "hate-speech", InitiativeType.TOOLING,
                List.of(), List.of("EU", "US"), RiskLevel.LOW, 10, 4, "2027-Q2", null), PLANNER);

        assertEquals(403, assertThrows(ProblemException.class, () -> service.update(global.body().id(), null, dsa(), euLead)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> service.delete(global.body().id(), null, euLead)).status());
        InitiativeRequest toUs = request("DSA statement-of-reasons templates", null, InitiativeType.ENFORCEMENT_CHANGE,
                List.of(), List.of("US"), RiskLevel.LOW, 1, 1, "2026-Q3", null);
        assertEquals(403, assertThrows(ProblemException.class, () -> service.update(eu.body().id(), null, toUs, euLead)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> service.create(toUs, euLead)).status());
        assertEquals(List.of("EU", "US"), service.get(global.body().id()).body().regions());

        service.update(eu.body().id(), null, dsa(), euLead);
        service.delete(eu.body().id(), null, euLead);
        assertEquals(1, jpa.count("InitiativeEntity"));
    }

    private void portfolio() {
        service.create(request("A coded slurs", "hate-speech", InitiativeType.POLICY_UPDATE, List.of("live", "short-video"),
                List.of("EU", "UK"), RiskLevel.HIGH, 100, 10, "2026-Q4", InitiativeStatus.IN_PROGRESS), PLANNER);
        service.create(request("B trainer program", "child-safety", InitiativeType.TRAINING_PROGRAM, List.of("live"),
                List.of("IN", "ID", "JP"), RiskLevel.CRITICAL, 200, 26, "2027-Q1", InitiativeStatus.PLANNED), PLANNER);
        service.create(request("C classifier", null, InitiativeType.TOOLING, List.of("ads"),
                List.of("US"), RiskLevel.LOW, 300, 40, "2027-Q2", InitiativeStatus.PROPOSED), PLANNER);
        service.create(request("D DSA templates", null, InitiativeType.ENFORCEMENT_CHANGE, List.of("ads", "marketplace"),
                List.of("EU"), RiskLevel.MEDIUM, 400, 20, "2026-Q3", InitiativeStatus.DONE), PLANNER);
        service.create(request("E lexicon", "hate-speech", InitiativeType.TOOLING, List.of(),
                List.of("MENA", "EU"), RiskLevel.CRITICAL, 500, 5, "2027-Q1", InitiativeStatus.CANCELLED), PLANNER);
    }

    private List<String> titles(InitiativeFilter filter, String sort) {
        return titles(service.list(filter, page(null, null, sort)));
    }

    private static List<String> titles(Page<InitiativeView> page) {
        return page.items().stream().map(InitiativeView::title).toList();
    }

    private static PageRequest page(Integer limit, Integer offset, String sort) {
        return PageRequest.of(limit, offset, sort, InitiativeService.SORTABLE, InitiativeService.DEFAULT_SORT);
    }

    @Test
    void filtersByEveryParameter() {
        portfolio();
        assertEquals(List.of("A coded slurs", "D DSA templates", "E lexicon"), titles(InitiativeFilter.of("eu", null, null, null, null, null, null), "title"));
        assertEquals(List.of("A coded slurs", "B trainer program", "E lexicon"), titles(InitiativeFilter.of("UK,JP,MENA", null, null, null, null, null, null), "title"));
        assertEquals(List.of("A coded slurs", "B trainer program"), titles(InitiativeFilter.of(null, "planned,IN_PROGRESS", null, null, null, null, null), "title"));
        assertEquals(List.of("B trainer program", "E lexicon"), titles(InitiativeFilter.of(null, null, "2027-Q1", null, null, null, null), "title"));
        assertEquals(List.of("A coded slurs", "E lexicon"), titles(InitiativeFilter.of(null, null, null, "hate-speech", null, null, null), "title"));
        assertEquals(List.of("C classifier", "E lexicon"), titles(InitiativeFilter.of(null, null, null, null, "TOOLING", null, null), "title"));
        assertEquals(List.of("B trainer program", "E lexicon"), titles(InitiativeFilter.of(null, null, null, null, null, "critical", null), "title"));
        assertEquals(List.of("C classifier", "D DSA templates"), titles(InitiativeFilter.of(null, null, null, null, null, null, "ADS"), "title"));
        assertEquals(List.of("E lexicon"), titles(InitiativeFilter.of("EU", null, "2027-Q1", "hate-speech", "tooling", "critical", null), "title"));
        assertEquals(List.of(), titles(InitiativeFilter.of("BR", null, null, null, null, null, null), "title"));
    }

    @Test
    void sortsEnumsInTheirOwnOrderAndPages() {
        portfolio();
        InitiativeFilter all = InitiativeFilter.none();
        assertEquals(List.of("D DSA templates", "A coded slurs", "B trainer program", "E lexicon", "C classifier"), titles(all, null));
        assertEquals(List.of("B trainer program", "E lexicon", "A coded slurs", "D DSA templates", "C classifier"), titles(all, "-riskLevel,title"));
        assertEquals(List.of("C classifier", "B trainer program", "A coded slurs", "D DSA templates", "E lexicon"), titles(all, "status"));
        assertEquals(List.of("E lexicon", "D DSA templates", "C classifier", "B trainer program", "A coded slurs"), titles(all, "-reach"));
        assertEquals(List.of("E lexicon", "A coded slurs", "D DSA templates", "B trainer program", "C classifier"), titles(all, "effortWeeks"));

        Page<InitiativeView> second = service.list(all, page(2, 2, "title"));
        assertEquals(5, second.total());
        assertEquals(List.of("C classifier", "D DSA templates"), titles(second));
        assertEquals(List.of("ads", "marketplace"), second.items().get(1).linesOfBusiness());
        assertEquals(List.of("US"), second.items().get(0).regions());
        Page<InitiativeView> last = service.list(all, page(2, 4, "title"));
        assertEquals(List.of("E lexicon"), titles(last));
        assertEquals(List.of("EU", "MENA"), last.items().get(0).regions());
        assertEquals(List.of(), last.items().get(0).linesOfBusiness());
        assertEquals(0, service.list(all, page(2, 10, "title")).items().size());
    }

    @Test
    void refusesAnUnknownSortKey() {
        ProblemException e = assertThrows(ProblemException.class, () -> page(null, null, "priority"));
        assertEquals("sort", e.errors().get(0).field());
    }

    @Test
    void everyRequestIsOneTransaction() {
        int before = jpa.transactions();
        Tagged<InitiativeView> created = service.create(dsa(), PLANNER);
        service.update(created.body().id(), null, dsa(), PLANNER);
        service.list(InitiativeFilter.none(), page(null, null, null));
        service.delete(created.body().id(), null, PLANNER);
        assertEquals(before + 4, jpa.transactions());
    }
}
