package org.policyops.planning.internal.service;

import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.planning.scoring.InitiativeFacts;
import org.policyops.api.planning.scoring.Score;
import org.policyops.api.planning.scoring.ScoringModel;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.PortfolioEntry;
import org.policyops.planning.internal.portfolio.PortfolioConfig;
import org.policyops.planning.internal.portfolio.PortfolioSettings;
import org.policyops.testing.Callers;

/** Ranking the stored portfolio against EclipseLink and H2: filters, paging, plug-in models, configuration. */
class PortfolioServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final SecurityContext PLANNER = Callers.planner("p.nair");
    static final PageRequest FIRST_50 = PageRequest.of(null, null, null, Map.of(), "");

    LocalJpa jpa;
    InitiativeService initiatives;
    PortfolioService portfolio;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        initiatives = new InitiativeService(jpa, clock);
        portfolio = new PortfolioService(jpa, clock, PortfolioSettings.of(config("rice", 1)));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    long create(String title, String region, RiskLevel risk, long reach, double effort, Integer businessValue,
            String deadline) {
        return initiatives.create(new InitiativeRequest(title, null, InitiativeType.POLICY_UPDATE, List.of("live", "ads"),
                List.of(region, "UK"), risk, reach, 1.0, 1.0, effort, "2027-Q1", InitiativeStatus.PROPOSED, null,
                businessValue, businessValue == null ? null : 5, businessValue == null ? null : 5, deadline), PLANNER)
                .body().id();
    }

    static List<String> titles(Page<PortfolioEntry> page) {
        return page.items().stream().map(PortfolioEntry::title).toList();
    }

    @Test
    void ranksEveryMatchingInitiativeAndAnswersOnePage() {
        create("Small", "EU", RiskLevel.LOW, 100, 1, null, null);
        create("Big", "EU", RiskLevel.LOW, 10_000, 1, null, null);
        create("Middle", "EU", RiskLevel.LOW, 1_000, 1, null, null);
        create("Elsewhere", "JP", RiskLevel.LOW, 1_000_000, 1, null, null);
        int before = jpa.transactions();

        Page<PortfolioEntry> page = portfolio.rank(portfolio.model("rice"), InitiativeFilter.of("EU", null, null, null,
                null, null, null), PageRequest.of(2, 1, null, Map.of(), ""));

        assertEquals(1, jpa.transactions() - before, "one transaction per request");
        assertEquals(3, page.total());
        assertEquals(List.of("Middle", "Small"), titles(page));
        PortfolioEntry middle = page.items().get(0);
        assertEquals(2, middle.rank());
        assertEquals(1000.0, middle.score());
        assertEquals(List.of("EU", "UK"), middle.regions());
        assertEquals(List.of("ads", "live"), middle.linesOfBusiness());
        assertEquals("LOW", middle.riskLevel());
        assertEquals(Map.of("reach", 1000.0, "impact", 1.0, "confidence", 1.0, "effortWeeks", 1.0), middle.breakdown());
        assertEquals("RICE = 1000 × 1 × 1 ÷ 1 = 1000", middle.explanation());
    }

    @Test
    void wsjfListsInitiativesWithoutItsInputsLast() {
        create("No estimate", "EU", RiskLevel.LOW, 100, 1, null, null);
        create("Estimated", "EU", RiskLevel.LOW, 100, 2, 10, null);
        Page<PortfolioEntry> page = portfolio.rank(portfolio.model("WSJF"), InitiativeFilter.none(), FIRST_50);
        assertEquals(List.of("Estimated", "No estimate"), titles(page));
        assertEquals(10.0, page.items().get(0).score());
        PortfolioEntry last = page.items().get(1);
        assertEquals(2, last.rank());
        assertNull(last.score());
        assertTrue(last.reason().contains("missing businessValue, timeCriticality, riskReduction"), last.reason());
    }

    @Test
    void riskUsesTheRiskLevelAndTheStoredDeadline() {
        create("Critical", "EU", RiskLevel.CRITICAL, 1, 1, null, null);
        create("High, deadline passed", "EU", RiskLevel.HIGH, 1, 1, null, "2026-11-01");
        create("High", "EU", RiskLevel.HIGH, 1, 1, null, null);
        Page<PortfolioEntry> page = portfolio.rank(portfolio.model("risk"), InitiativeFilter.none(), FIRST_50);
        // 8 × 1 × 1 = 8 ties with 4 × 2 × 1 = 8: equal reach, so the lower id (created first) wins.
        assertEquals(List.of("Critical", "High, deadline passed", "High"), titles(page));
        assertEquals(List.of(8.0, 8.0, 4.0), page.items().stream().map(PortfolioEntry::score).toList());
        assertEquals(-19.0, page.items().get(1).breakdown().get("daysToDeadline"));
    }

    @Test
    void rowsStoredWithoutTheNewColumnsStillRank() {
        long id = create("Old row", "EU", RiskLevel.MEDIUM, 100, 1, null, null);
        jpa.tx(em -> em.createNativeQuery("update PLANNING_INITIATIVE set BUSINESS_VALUE = null, TIME_CRITICALITY = null,"
                + " RISK_REDUCTION = null, REGULATORY_DEADLINE = null where ID = " + id).executeUpdate());
        assertEquals(100.0, portfolio.rank(portfolio.model("rice"), InitiativeFilter.none(), FIRST_50).items().get(0).score());
        assertEquals(2.0, portfolio.rank(portfolio.model("risk"), InitiativeFilter.none(), FIRST_50).items().get(0).score());
        assertEquals(null, initiatives.get(id).body().businessValue());
    }

    @Test
    void anUnknownModelIsA400ListingTheAvailableOnes() {
        ProblemException e = assertThrows(ProblemException.class, () -> portfolio.model("moscow"));
        assertEquals(400, e.status());
        FieldError error = e.errors().get(0);
        assertEquals("model", error.field());
        assertEquals("'moscow' is not a scoring model: use one of rice, wsjf, risk", error.message());
        assertEquals("rice", portfolio.model(null).id());
        assertEquals("rice", portfolio.model(" ").id());
    }

    @Test
    void pluginModelsComeAndGo() {
        create("A", "EU", RiskLevel.LOW, 100, 1, null, null);
        create("B", "EU", RiskLevel.LOW, 200, 1, null, null);
        ScoringModel byTitle = model("reverse-reach", f -> new Score(-f.reach(), Map.of(), "minus reach"));
        portfolio.addModel(byTitle);
        assertEquals(List.of("rice", "wsjf", "risk", "reverse-reach"),
                portfolio.models().stream().map(PortfolioService.Model::id).toList());
        assertEquals(false, portfolio.models().get(3).builtIn());
        assertEquals(List.of("A", "B"), titles(portfolio.rank(portfolio.model("reverse-reach"), InitiativeFilter.none(), FIRST_50)));

        portfolio.removeModel(byTitle);
        assertThrows(ProblemException.class, () -> portfolio.model("reverse-reach"));
    }

    @Test
    void pluginsCannotTakeBuiltInOrInvalidIds() {
        portfolio.addModel(model("rice", f -> new Score(0, Map.of(), "")));
        portfolio.addModel(model("Not Valid!", f -> new Score(0, Map.of(), "")));
        assertEquals(List.of("rice", "wsjf", "risk"), portfolio.models().stream().map(PortfolioService.Model::id).toList());
        assertTrue(portfolio.models().get(0).builtIn());
    }

    @Test
    void aPluginThatThrowsIsReportedAsAnErrorNotAFailure() {
        create("A", "EU", RiskLevel.LOW, 100, 1, null, null);
        portfolio.addModel(model("broken", f -> {
            throw new IllegalStateException("boom");
        }));
        PortfolioEntry entry = portfolio.rank(portfolio.model("broken"), InitiativeFilter.none(), FIRST_50).items().get(0);
        assertNull(entry.score());
        assertEquals("model 'broken' failed: IllegalStateException: boom", entry.error());
    }

    @Test
    void theDefaultModelAndWeightsFollowTheConfiguration() {
        create("A", "EU", RiskLevel.LOW, 100, 1, null, null);
        portfolio.modified(config("risk", 3));
        assertEquals("risk", portfolio.defaultModel());
        assertEquals(3.0, portfolio.rank(portfolio.model(null), InitiativeFilter.none(), FIRST_50).items().get(0).score());

        portfolio.modified(config("wsjf", -1));
        assertEquals("risk", portfolio.defaultModel(), "an invalid configuration is ignored");

        portfolio.modified(config("gone", 1));
        ProblemException e = assertThrows(ProblemException.class, () -> portfolio.model(null));
        assertTrue(e.errors().get(0).message().startsWith("the configured default model 'gone' is not available"));
    }

    static ScoringModel model(String id, java.util.function.Function<InitiativeFacts, Score> scorer) {
        return new ScoringModel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return id;
            }

            @Override
            public String description() {
                return "test model " + id;
            }

            @Override
            public Score score(InitiativeFacts facts) {
                return scorer.apply(facts);
            }
        };
    }

    /** The configuration with the given default model and LOW weight; the others as shipped. */
    static PortfolioConfig config(String defaultModel, double weightLow) {
        return new PortfolioConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PortfolioConfig.class;
            }

            @Override
            public String defaultModel() {
                return defaultModel;
            }

            @Override
            public double weightLow() {
                return weightLow;
            }

            @Override
            public double weightMedium() {
                return 2;
            }

            @Override
            public double weightHigh() {
                return 4;
            }

            @Override
            public double weightCritical() {
                return 8;
            }

            @Override
            public int deadlineHorizonDays() {
                return 180;
            }
        };
    }
}
