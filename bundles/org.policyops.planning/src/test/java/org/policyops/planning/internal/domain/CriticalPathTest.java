package org.policyops.planning.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policyops.planning.internal.domain.CriticalPath.Edge;
import org.policyops.planning.internal.domain.CriticalPath.Result;
import org.policyops.planning.internal.domain.CriticalPath.Scheduled;
import org.policyops.planning.internal.domain.CriticalPath.Task;

class CriticalPathTest {

    static Map<Long, Scheduled> byId(Result r) {
        return r.schedule().stream().collect(Collectors.toMap(Scheduled::id, Function.identity()));
    }

    static void assertSchedule(Scheduled s, double es, double ef, double ls, double lf, double slack) {
        assertEquals(es, s.earliestStart(), 1e-9, "ES of " + s.id());
        assertEquals(ef, s.earliestFinish(), 1e-9, "EF of " + s.id());
        assertEquals(ls, s.latestStart(), 1e-9, "LS of " + s.id());
        assertEquals(lf, s.latestFinish(), 1e-9, "LF of " + s.id());
        assertEquals(slack, s.slack(), 1e-9, "slack of " + s.id());
    }

    @Test
    void aChainIsCriticalThroughout() {
        // 1 depends on 2, 2 depends on 3: 3 comes first.
        Result r = CriticalPath.compute(List.of(new Task(1, 2), new Task(2, 3), new Task(3, 4)),
                List.of(new Edge(1, 2), new Edge(2, 3)));
        assertEquals(9, r.totalDuration(), 1e-9);
        assertEquals(List.of(3L, 2L, 1L), r.criticalPath());
        Map<Long, Scheduled> s = byId(r);
        assertSchedule(s.get(3L), 0, 4, 0, 4, 0);
        assertSchedule(s.get(2L), 4, 7, 4, 7, 0);
        assertSchedule(s.get(1L), 7, 9, 7, 9, 0);
        assertEquals(List.of(1L, 2L, 3L), r.schedule().stream().map(Scheduled::id).toList(), "in the order given");
    }

    @Test
    void aDiamondGivesTheShortBranchSlack() {
        // 4 depends on 2 and 3, both depend on 1; 2 takes 5 weeks, 3 takes 2.
        Result r = CriticalPath.compute(List.of(new Task(1, 1), new Task(2, 5), new Task(3, 2), new Task(4, 1)),
                List.of(new Edge(2, 1), new Edge(3, 1), new Edge(4, 2), new Edge(4, 3)));
        assertEquals(7, r.totalDuration(), 1e-9);
        assertEquals(List.of(1L, 2L, 4L), r.criticalPath());
        Map<Long, Scheduled> s = byId(r);
        assertSchedule(s.get(1L), 0, 1, 0, 1, 0);
        assertSchedule(s.get(2L), 1, 6, 1, 6, 0);
        assertSchedule(s.get(3L), 1, 3, 4, 6, 3);
        assertSchedule(s.get(4L), 6, 7, 6, 7, 0);
        assertFalse(s.get(3L).critical());
    }

    @Test
    void disconnectedPartsShareTheEndOfThePlan() {
        // Part one: 1 ← 2 (10 weeks). Part two: 3 ← 4 (4 weeks). 5 alone (1 week).
        Result r = CriticalPath.compute(
                List.of(new Task(3, 2), new Task(4, 2), new Task(5, 1), new Task(1, 6), new Task(2, 4)),
                List.of(new Edge(2, 1), new Edge(4, 3)));
        assertEquals(10, r.totalDuration(), 1e-9);
        assertEquals(List.of(1L, 2L), r.criticalPath());
        Map<Long, Scheduled> s = byId(r);
        assertSchedule(s.get(3L), 0, 2, 6, 8, 6);
        assertSchedule(s.get(4L), 2, 4, 8, 10, 6);
        assertSchedule(s.get(5L), 0, 1, 9, 10, 9);
        assertSchedule(s.get(1L), 0, 6, 0, 6, 0);
    }

    @Test
    void aSingleInitiativeIsItsOwnCriticalPath() {
        Result r = CriticalPath.compute(List.of(new Task(42, 2.5)), List.of());
        assertEquals(2.5, r.totalDuration(), 1e-9);
        assertEquals(List.of(42L), r.criticalPath());
        assertSchedule(r.schedule().get(0), 0, 2.5, 0, 2.5, 0);
    }

    @Test
    void anEmptyPlanTakesNoTime() {
        Result r = CriticalPath.compute(List.of(), List.of());
        assertEquals(0, r.totalDuration());
        assertEquals(List.of(), r.criticalPath());
        assertEquals(List.of(), r.schedule());
    }

    @Test
    void equallyLongChainsAreAllCriticalAndTheLowestIdsAreShown() {
        // 10 ← 11 and 20 ← 21, both 3 + 3 weeks; 30 depends on 11 and 21.
        Result r = CriticalPath.compute(List.of(new Task(21, 3), new Task(20, 3), new Task(11, 3), new Task(10, 3),
                new Task(30, 1)), List.of(new Edge(11, 10), new Edge(21, 20), new Edge(30, 11), new Edge(30, 21)));
        assertEquals(7, r.totalDuration(), 1e-9);
        assertEquals(List.of(10L, 11L, 30L), r.criticalPath());
        assertTrue(r.schedule().stream().allMatch(Scheduled::critical), "every task lies on a longest chain");
    }

    @Test
    void fractionalWeeksDoNotLeaveRoundingSlack() {
        Result r = CriticalPath.compute(List.of(new Task(1, 0.1), new Task(2, 0.2), new Task(3, 0.3)),
                List.of(new Edge(2, 1), new Edge(3, 2)));
        assertEquals(List.of(1L, 2L, 3L), r.criticalPath());
        assertTrue(r.schedule().stream().allMatch(s -> s.slack() == 0));
    }

    @Test
    void aCycleOrAnUnknownTaskIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CriticalPath.compute(List.of(new Task(1, 1), new Task(2, 1)),
                List.of(new Edge(1, 2), new Edge(2, 1))));
        assertThrows(IllegalArgumentException.class, () -> CriticalPath.compute(List.of(new Task(1, 1)),
                List.of(new Edge(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> CriticalPath.compute(List.of(new Task(1, 1), new Task(1, 2)),
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Task(1, Double.NaN));
    }

    @Test
    void tenThousandInAChainAreScheduledWithoutRecursion() {
        List<Task> tasks = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (long i = 1; i <= 10_000; i++) {
            tasks.add(new Task(i, 1));
            if (i > 1) {
                edges.add(new Edge(i, i - 1));
                edges.add(new Edge(i, Math.max(1, i - 7)));
            }
        }
        Result r = CriticalPath.compute(tasks, edges);
        assertEquals(10_000, r.totalDuration(), 1e-9);
        assertEquals(10_000, r.criticalPath().size());
    }
}
