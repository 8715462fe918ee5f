package org.policyops.planning.internal.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyops.api.planning.scoring.InitiativeFacts;
import org.policyops.api.planning.scoring.Score;
import org.policyops.api.planning.scoring.ScoringModel;

/** The order of a ranking: by score, ties by reach then id, the unscored and the failed last. */
class RankingTest {

    static List<Long> ids(Ranking.Result r) {
        return r.entries().stream().map(e -> e.facts().id()).toList();
    }

    @Test
    void higherScoresRankFirst() {
        Ranking.Result r = Ranking.rank(List.of(Facts.of(1, 100, 10), Facts.of(2, 1000, 10), Facts.of(3, 500, 10)),
                new RiceModel());
        assertEquals(List.of(2L, 3L, 1L), ids(r));
        assertEquals(0, r.failures());
    }

    @Test
    void tiesGoToHigherReachThenLowerId() {
        // Same RICE score (reach ÷ effort equal), different reach; and exact duplicates differing only by id.
        List<InitiativeFacts> facts = new ArrayList<>(List.of(Facts.of(7, 100, 1), Facts.of(3, 200, 2),
                Facts.of(5, 200, 2), Facts.of(4, 400, 4)));
        Collections.shuffle(facts, new java.util.Random(42));
        assertEquals(List.of(4L, 3L, 5L, 7L), ids(Ranking.rank(facts, new RiceModel())));
    }

    @Test
    void initiativesWithoutEffortAreListedLastWithAReason() {
        Ranking.Result r = Ranking.rank(List.of(Facts.of(1, 999_999, 0), Facts.of(2, 10, 5), Facts.of(3, 5, 0)),
                new RiceModel());
        assertEquals(List.of(2L, 1L, 3L), ids(r));
        Ranking.Entry unscored = r.entries().get(1);
        assertNull(unscored.score());
        assertTrue(unscored.reason().startsWith("no effort estimate"), unscored.reason());
        assertNull(unscored.error());
        assertEquals(0, r.failures());
    }

    @Test
    void missingWsjfInputsAreListedLastWithAReason() {
        Ranking.Result r = Ranking.rank(List.of(Facts.wsjf(1, null, 5L, 5L, 1), Facts.wsjf(2, 1L, 1L, 1L, 10)),
                new WsjfModel());
        assertEquals(List.of(2L, 1L), ids(r));
        assertTrue(r.entries().get(1).reason().contains("missing businessValue"));
    }

    @Test
    void aPluginThatThrowsIsReportedPerInitiative() {
        ScoringModel flaky = new ScoringModel() {
            @Override
            public String id() {
                return "flaky";
            }

            @Override
            public String title() {
                return "Flaky";
            }

            @Override
            public String description() {
                return "Fails on even ids, returns NaN for id 3";
            }

            @Override
            public Score score(InitiativeFacts f) {
                if (f.id() % 2 == 0) {
                    throw new IllegalStateException("no data for " + f.id());
                }
                return new Score(f.id() == 3 ? Double.NaN : f.id(), Map.of("id", (double) f.id()), "by id");
            }
        };
        Ranking.Result r = Ranking.rank(List.of(Facts.of(1, 10, 1), Facts.of(2, 10, 1), Facts.of(3, 10, 1),
                Facts.of(5, 10, 1)), flaky);
        assertEquals(List.of(5L, 1L, 2L, 3L), ids(r));
        assertEquals(2, r.failures());
        assertEquals("model 'flaky' failed: IllegalStateException: no data for 2", r.entries().get(2).error());
        assertEquals("model result NaN is not a finite number", r.entries().get(3).error());
        assertTrue(r.firstFailure() instanceof IllegalStateException);
        assertEquals(Map.of("id", 5.0), r.entries().get(0).breakdown());
    }

    @Test
    void aNullScoreIsAnError() {
        ScoringModel nothing = new ScoringModel() {
            @Override
            public String id() {
                return "nothing";
            }

            @Override
            public String title() {
                return "Nothing";
            }

            @Override
            public String description() {
                return "";
            }

            @Override
            public Score score(InitiativeFacts f) {
                return null;
            }
        };
        Ranking.Result r = Ranking.rank(List.of(Facts.of(1, 10, 1)), nothing);
        assertEquals("model result was null", r.entries().get(0).error());
        assertEquals(1, r.failures());
    }

    @Test
    void rankingTenThousandInitiativesScoresEachOnce() {
        List<InitiativeFacts> many = new ArrayList<>();
        for (long id = 1; id <= 10_000; id++) {
            many.add(Facts.of(id, id % 97 * 1000, id % 13));
        }
        Ranking.Result r = Ranking.rank(many, new RiceModel());
        assertEquals(10_000, r.entries().size());
        // id % 13 == 0 means no effort: 769 of them, all at the end.
        assertEquals(769, r.entries().stream().filter(e -> !e.scored()).count());
        for (int i = 1; i < 10_000 - 769; i++) {
            assertTrue(r.entries().get(i - 1).score() >= r.entries().get(i).score());
        }
    }
}
