package org.policyops.planning.internal.rest;

import org.policyops.testing.LocalJpa;
import org.policyops.planning.internal.service.PlanningUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.PortfolioPage;
import org.policyops.planning.internal.portfolio.PortfolioSettings;
import org.policyops.planning.internal.service.InitiativeService;
import org.policyops.planning.internal.service.PortfolioService;
import org.policyops.testing.Callers;

/** The portfolio resource's HTTP contract: list shape and headers, the model named in the body, 400s, the model list. */
class PortfolioResourceTest {

    LocalJpa jpa;
    PortfolioResource resource;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        InitiativeService initiatives = new InitiativeService(jpa);
        for (int i = 1; i <= 3; i++) {
            initiatives.create(new InitiativeRequest("Initiative " + i, null, InitiativeType.TOOLING, List.of(), List.of("EU"),
                    RiskLevel.HIGH, i * 100L, 1.0, 1.0, 1.0, "2027-Q1", null, null), Callers.planner("p.nair"));
        }
        var settings = new PortfolioSettings("wsjf",
                Map.of(RiskLevel.LOW, 1.0, RiskLevel.MEDIUM, 2.0, RiskLevel.HIGH, 4.0, RiskLevel.CRITICAL, 8.0), 180);
        resource = new PortfolioResource(new PortfolioService(jpa, Clock.systemUTC(), settings));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    @Test
    void answersAPageOfTheRankingWithListHeadersAndTheModel() {
        Response r = resource.rank("rice", "EU", null, null, null, null, null, null, "2", "0",
                ResourceTest.at("planning/portfolio"));
        assertEquals(200, r.getStatus());
        assertEquals("3", r.getHeaderString(Pages.TOTAL_COUNT_HEADER));
        assertTrue(r.getHeaders().get("Link").toString().contains("rel=\"next\""));
        PortfolioPage page = (PortfolioPage) r.getEntity();
        assertEquals("rice", page.model());
        assertEquals(List.of("Initiative 3", "Initiative 2"), page.items().stream().map(e -> e.title()).toList());
        assertEquals(List.of(1, 2), page.items().stream().map(e -> e.rank()).toList());
    }

    @Test
    void withoutAModelTheConfiguredDefaultRanks() {
        PortfolioPage page = (PortfolioPage) resource.rank(null, null, null, null, null, null, null, null, null, null,
                ResourceTest.at("planning/portfolio")).getEntity();
        assertEquals("wsjf", page.model());
        assertTrue(page.items().get(0).reason().startsWith("WSJF needs"));
    }

    @Test
    void badParametersAreNamed() {
        ProblemException model = assertThrows(ProblemException.class, () -> resource.rank("moscow", null, null, null, null,
                null, null, null, null, null, ResourceTest.at("planning/portfolio")));
        assertEquals("model", model.errors().get(0).field());
        ProblemException limit = assertThrows(ProblemException.class, () -> resource.rank("rice", null, null, null, null,
                null, null, null, "ten", null, ResourceTest.at("planning/portfolio")));
        assertEquals("limit", limit.errors().get(0).field());
        ProblemException region = assertThrows(ProblemException.class, () -> resource.rank("rice", "EUROPE!!", null, null,
                null, null, null, null, null, null, ResourceTest.at("planning/portfolio")));
        assertEquals("region", region.errors().get(0).field());
    }

    @Test
    void listsTheModelsWithTheDefaultMarked() {
        List<Map<String, Object>> models = resource.models();
        assertEquals(List.of("rice", "wsjf", "risk"), models.stream().map(m -> m.get("id")).toList());
        assertEquals(List.of(false, true, false), models.stream().map(m -> m.get("default")).toList());
        assertEquals(List.of("id", "title", "description", "builtIn", "default"), List.copyOf(models.get(0).keySet()));
        assertEquals(true, models.get(0).get("builtIn"));
    }

    @Test
    void readingNeedsNoRole() {
        for (Method m : PortfolioResource.class.getDeclaredMethods()) {
            assertEquals(null, m.getAnnotation(RolesAllowed.class), m.getName());
        }
    }
}
