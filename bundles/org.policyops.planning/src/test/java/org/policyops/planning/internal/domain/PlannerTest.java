package org.policyops.planning.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The planner on hand-made inputs: priorities, capacity, dependencies and every reason for leaving work out. */
class PlannerTest {

    static final Quarter Q1 = new Quarter(2027, 1);
    static final Quarter Q2 = new Quarter(2027, 2);
    static final Quarter Q3 = new Quarter(2027, 3);
    static final Quarter Q4 = new Quarter(2027, 4);
    static final List<Quarter> YEAR = List.of(Q1, Q2, Q3, Q4);

    final List<Planner.Candidate> ranked = new ArrayList<>();
    final List<Planner.Committed> committed = new ArrayList<>();
    final Map<String, Map<Quarter, Double>> capacity = new LinkedHashMap<>();
    final Map<Long, List<Long>> prerequisites = new HashMap<>();
    final Set<Long> satisfied = new HashSet<>();
    List<Quarter> quarters = YEAR;

    void team(String name, double... perQuarter) {
        Map<Quarter, Double> m = new HashMap<>();
        for (int i = 0; i < perQuarter.length; i++) {
            m.put(YEAR.get(i), perQuarter[i]);
        }
        capacity.put(name, m);
    }

    void candidate(long id, String team, double effort, Quarter target) {
        ranked.add(new Planner.Candidate(id, "#" + id, team, effort, target, null));
    }

    void dependsOn(long id, Long... on) {
        prerequisites.put(id, List.of(on));
    }

    Planner.Result plan() {
        return Planner.plan(new Planner.Input(quarters, "rice", ranked, committed, capacity, prerequisites, satisfied));
    }

    static Quarter placedIn(Planner.Result r, long id) {
        return r.placements().stream().filter(p -> p.id() == id).map(Planner.Placement::quarter).findFirst().orElse(null);
    }

    static String reason(Planner.Result r, long id) {
        return r.leftOut().stream().filter(l -> l.id() == id).map(Planner.LeftOut::reason).findFirst().orElse(null);
    }

    @Test
    void placesInTheTargetQuarterWhenItFitsAndCountsWhatIsLeft() {
        team("T", 13, 13, 13, 13);
        candidate(1, "T", 5, Q2);
        candidate(2, "T", 8, Q2);
        Planner.Result r = plan();
        assertEquals(Q2, placedIn(r, 1));
        assertEquals(Q2, placedIn(r, 2));
        assertEquals(0.0, r.remaining().get("T").get(Q2), 1e-9);
        assertEquals(13.0, r.remaining().get("T").get(Q1), 1e-9);
        assertTrue(r.leftOut().isEmpty());
    }

    @Test
    void higherPriorityTakesTheCapacityAndTheRestMovesToALaterQuarter() {
        team("T", 10, 10, 0, 0);
        candidate(1, "T", 6, Q1);
        candidate(2, "T", 6, Q1);
        Planner.Result r = plan();
        assertEquals(Q1, placedIn(r, 1));
        assertEquals(Q2, placedIn(r, 2));
    }

    @Test
    void neverBeforeTheTargetQuarter() {
        team("T", 13, 13, 13, 13);
        candidate(1, "T", 5, Q3);
        assertEquals(Q3, placedIn(plan(), 1));
    }

    @Test
    void tiesKeepTheRankingsOrder() {
        // The ranking breaks ties (reach, then id); the planner keeps the order it is given.
        team("T", 6, 0, 0, 0);
        candidate(7, "T", 6, Q1);
        candidate(3, "T", 6, Q1);
        Planner.Result r = plan();
        assertEquals(Q1, placedIn(r, 7));
        assertEquals("team T has at most 0 person-weeks left in 2027-Q1..Q4; it needs 6", reason(r, 3));
    }

    @Test
    void noRoomLeftIsExplainedWithWhatIsLeft() {
        team("T", 12, 12, 12, 12);
        candidate(1, "T", 8.5, Q1);
        candidate(2, "T", 8.5, Q1);
        candidate(3, "T", 8.5, Q1);
        candidate(4, "T", 8.5, Q1);
        candidate(5, "T", 8.5, Q1);
        Planner.Result r = plan();
        assertEquals("team T has at most 3.5 person-weeks left in 2027-Q1..Q4; it needs 8.5", reason(r, 5));
    }

    @Test
    void largerThanAnyQuarterIsLeftOutEvenWhenTheTeamIsIdle() {
        team("Integrity Tooling", 13, 13, 13, 13);
        candidate(1, "Integrity Tooling", 20, Q1);
        Planner.Result r = plan();
        assertEquals("larger than any quarter's capacity of team Integrity Tooling (20 > 13)", reason(r, 1));
        assertEquals(13.0, r.remaining().get("Integrity Tooling").get(Q1), 1e-9);
    }

    @Test
    void zeroOrMissingEffortAndUnscorableAreLeftOutWithTheReason() {
        team("T", 13, 13, 13, 13);
        ranked.add(new Planner.Candidate(1, "no estimate", "T", 0, Q1, "no effort estimate (effortWeeks is 0), so it cannot be divided by"));
        ranked.add(new Planner.Candidate(2, "zero, scored by a model that does not need effort", "T", 0, Q1, null));
        ranked.add(new Planner.Candidate(3, "NaN", "T", Double.NaN, Q1, null));
        Planner.Result r = plan();
        assertEquals("not scorable by model rice: no effort estimate (effortWeeks is 0), so it cannot be divided by", reason(r, 1));
        assertEquals("no effort estimate (effortWeeks is 0)", reason(r, 2));
        assertTrue(reason(r, 3).startsWith("no effort estimate"));
        assertTrue(r.placements().isEmpty());
    }

    @Test
    void unknownOrMissingTeam() {
        team("Policy EMEA", 13, 13, 13, 13);
        candidate(1, "Policy Mars", 2, Q1);
        candidate(2, null, 2, Q1);
        candidate(3, " ", 2, Q1);
        Planner.Result r = plan();
        assertEquals("no team named Policy Mars", reason(r, 1));
        assertEquals("no owning team: assign the initiative to a team", reason(r, 2));
        assertEquals("no owning team: assign the initiative to a team", reason(r, 3));
    }

    @Test
    void aDependentGoesAfterItsPrerequisiteEvenWhenRankedHigher() {
        team("A", 13, 13, 13, 13);
        team("B", 13, 13, 13, 13);
        candidate(1, "A", 5, Q1);
        candidate(2, "B", 5, Q1);
        dependsOn(1, 2L);
        Planner.Result r = plan();
        assertEquals(Q1, placedIn(r, 2));
        assertEquals(Q2, placedIn(r, 1));
    }

    @Test
    void aPrerequisitePlacedLaterPushesTheDependentLater() {
        team("T", 5, 5, 5, 5);
        team("U", 0, 0, 5, 5);
        candidate(1, "T", 5, Q1);
        candidate(2, "U", 5, Q1); // U has room only from Q3
        dependsOn(1, 2L);
        Planner.Result r = plan();
        assertEquals(Q3, placedIn(r, 2));
        assertEquals(Q4, placedIn(r, 1));
    }

    @Test
    void aPrerequisiteInTheLastQuarterLeavesTheDependentOut() {
        team("T", 5, 5, 5, 5);
        team("U", 0, 0, 0, 5);
        candidate(1, "T", 5, Q1);
        candidate(2, "U", 5, Q1);
        dependsOn(1, 2L);
        Planner.Result r = plan();
        assertEquals(Q4, placedIn(r, 2));
        assertEquals("depends on #2 which is placed in 2027-Q4, so no quarter of 2027-Q1..Q4 is after it", reason(r, 1));
    }

    @Test
    void aPrerequisiteNotPlacedLeavesTheDependentOut() {
        team("T", 13, 13, 13, 13);
        candidate(1, "T", 5, Q1);
        candidate(2, "T", 50, Q1);
        candidate(3, "T", 1, Q1);
        dependsOn(1, 2L, 3L, 99L);
        Planner.Result r = plan();
        assertEquals("depends on #2, #99 which were not placed", reason(r, 1));
        assertEquals(Q1, placedIn(r, 3));
        assertTrue(reason(r, 2).startsWith("larger than any quarter's capacity"));
    }

    @Test
    void donePrerequisitesHoldNothingBack() {
        team("T", 13, 13, 13, 13);
        candidate(1, "T", 5, Q1);
        dependsOn(1, 42L);
        satisfied.add(42L);
        assertEquals(Q1, placedIn(plan(), 1));
    }

    @Test
    void chainsAcrossQuarters() {
        team("T", 13, 13, 13, 13);
        candidate(4, "T", 1, Q1);
        candidate(3, "T", 1, Q1);
        candidate(2, "T", 1, Q1);
        candidate(1, "T", 1, Q1);
        dependsOn(4, 3L);
        dependsOn(3, 2L);
        dependsOn(2, 1L);
        Planner.Result r = plan();
        assertEquals(Q1, placedIn(r, 1));
        assertEquals(Q2, placedIn(r, 2));
        assertEquals(Q3, placedIn(r, 3));
        assertEquals(Q4, placedIn(r, 4));
        // A fifth link does not fit the year.
        candidate(5, "T", 1, Q1);
        dependsOn(5, 4L);
        assertTrue(reason(plan(), 5).startsWith("depends on #4 which is placed in 2027-Q4"));
    }

    @Test
    void aPrerequisiteInheritsThePriorityOfWhatWaitsForIt() {
        // 1 (top) needs 3 (bottom); 2 (middle) must not take the capacity 3 needs.
        team("T", 5, 5, 5, 5);
        candidate(1, "T", 5, Q2);
        candidate(2, "T", 5, Q1);
        candidate(3, "T", 5, Q1);
        dependsOn(1, 3L);
        Planner.Result r = plan();
        assertEquals(Q1, placedIn(r, 3));
        assertEquals(Q2, placedIn(r, 1));
        assertEquals(Q3, placedIn(r, 2));
    }

    @Test
    void disconnectedGraphsArePlannedIndependently() {
        team("T", 13, 13, 13, 13);
        candidate(1, "T", 2, Q1);
        candidate(2, "T", 2, Q1);
        candidate(3, "T", 2, Q1);
        candidate(4, "T", 2, Q1);
        dependsOn(2, 1L);
        dependsOn(4, 3L);
        Planner.Result r = plan();
        assertEquals(Q1, placedIn(r, 1));
        assertEquals(Q1, placedIn(r, 3));
        assertEquals(Q2, placedIn(r, 2));
        assertEquals(Q2, placedIn(r, 4));
    }

    @Test
    void aCycleLeavesItsMembersOutRatherThanLooping() {
        team("T", 13, 13, 13, 13);
        candidate(1, "T", 2, Q1);
        candidate(2, "T", 2, Q1);
        candidate(3, "T", 2, Q1);
        dependsOn(1, 2L);
        dependsOn(2, 1L);
        dependsOn(3, 3L);
        Planner.Result r = plan();
        assertEquals("depends on #2 in a dependency cycle, so it was not placed", reason(r, 1));
        assertEquals("depends on #1 in a dependency cycle, so it was not placed", reason(r, 2));
        assertEquals("depends on #3 which was not placed", reason(r, 3));
    }

    @Test
    void committedWorkUsesCapacityFirstAndCountsAsPlaced() {
        team("T", 10, 10, 10, 10);
        committed.add(new Planner.Committed(9, "under way", "T", 8, Q1));
        committed.add(new Planner.Committed(8, "unknown team", "X", 8, Q1));
        candidate(1, "T", 5, Q1);
        candidate(2, "T", 1, Q1);
        dependsOn(2, 9L);
        Planner.Result r = plan();
        assertEquals(Q2, placedIn(r, 1));
        assertEquals(Q2, placedIn(r, 2));
        assertTrue(r.placements().stream().anyMatch(p -> p.id() == 9 && p.committed()));
        assertEquals(2.0, r.remaining().get("T").get(Q1), 1e-9);
        assertEquals(4.0, r.remaining().get("T").get(Q2), 1e-9);
    }

    @Test
    void aSingleQuarterPeriod() {
        quarters = List.of(Q2);
        team("T", 13, 6, 13, 13);
        candidate(1, "T", 5, Q2);
        candidate(2, "T", 5, Q2);
        candidate(3, "T", 5, Q3);
        Planner.Result r = plan();
        assertEquals(Q2, placedIn(r, 1));
        assertEquals("team T has at most 1 person-weeks left in 2027-Q2; it needs 5", reason(r, 2));
        assertEquals("targeted for 2027-Q3, after the period 2027-Q2", reason(r, 3));
        assertEquals(Set.of(Q2), r.remaining().get("T").keySet());
    }

    @Test
    void leftOutKeepsRankOrderAndNothingIsBothPlacedAndLeftOut() {
        team("T", 1, 1, 1, 1);
        candidate(5, "T", 2, Q1);
        candidate(1, "T", 1, Q1);
        candidate(3, "nobody", 1, Q1);
        Planner.Result r = plan();
        assertEquals(List.of(5L, 3L), r.leftOut().stream().map(Planner.LeftOut::id).toList());
        assertFalse(r.placements().stream().anyMatch(p -> p.id() == 5 || p.id() == 3));
    }

    @Test
    void anEmptyPeriodIsRefused() {
        quarters = List.of();
        assertThrows(IllegalArgumentException.class, this::plan);
    }

    @Test
    void periodsAreWrittenShort() {
        assertEquals("2027-Q2..Q4", Planner.period(Q2, Q4));
        assertEquals("2027-Q4..2028-Q1", Planner.period(Q4, new Quarter(2028, 1)));
        assertEquals("2027-Q3", Planner.period(Q3, Q3));
    }
}
