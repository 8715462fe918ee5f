package org.policyops.planning.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Cycle detection: "A depends on B" is the edge A → B; adding it closes a cycle when B already reaches A. */
class DependencyGraphTest {

    @Test
    void aSelfDependencyIsTheShortestCycle() {
        assertEquals(List.of(7L, 7L), new DependencyGraph().cycleIfAdded(7, 7));
    }

    @Test
    void twoInitiativesThatWouldDependOnEachOther() {
        DependencyGraph g = new DependencyGraph();
        g.add(1, 2);
        assertEquals(List.of(2L, 1L, 2L), g.cycleIfAdded(2, 1));
        assertEquals(List.of(), g.cycleIfAdded(1, 3));
    }

    @Test
    void theCycleIsNamedInDependencyOrder() {
        DependencyGraph g = new DependencyGraph();
        g.add(1, 2); // A depends on B
        g.add(2, 3); // B depends on C
        // C depending on A would close C → A → B → C.
        assertEquals(List.of(3L, 1L, 2L, 3L), g.cycleIfAdded(3, 1));
    }

    @Test
    void aDiamondIsNotACycle() {
        DependencyGraph g = new DependencyGraph();
        g.add(1, 2);
        g.add(1, 3);
        g.add(2, 4);
        g.add(3, 4);
        assertEquals(List.of(), g.cycleIfAdded(1, 4)); // a redundant but harmless shortcut
        assertEquals(List.of(), g.cycleIfAdded(5, 1));
        assertEquals(List.of(4L, 1L, 2L, 4L), g.cycleIfAdded(4, 1)); // the shortest of the two cycles, lowest first
    }

    @Test
    void theShortestCycleIsReported() {
        DependencyGraph g = new DependencyGraph();
        // 1 → 2 → 3 → 4 → 5 and a shortcut 1 → 5
        for (long i = 1; i < 5; i++) {
            g.add(i, i + 1);
        }
        g.add(1, 5);
        assertEquals(List.of(5L, 1L, 5L), g.cycleIfAdded(5, 1));
    }

    @Test
    void aChainOfTenThousandNeitherOverflowsTheStackNorTakesLong() {
        DependencyGraph g = new DependencyGraph();
        int n = 10_000;
        for (long i = 1; i < n; i++) {
            g.add(i, i + 1);
        }
        Random random = new Random(42);
        // 10,000 more edges that only point "down" the chain keep the graph acyclic: 20,000 edges in all.
        for (int i = 0; i < 10_000; i++) {
            long a = 1 + random.nextInt(n - 1);
            g.add(a, a + 1 + random.nextInt((int) (n - a)));
        }
        List<Long> cycle = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> g.cycleIfAdded(n, 1));
        assertEquals(n, cycle.get(0));
        assertEquals(1L, cycle.get(1));
        assertEquals(n, cycle.get(cycle.size() - 1));
        for (int i = 1; i + 1 < cycle.size(); i++) {
            assertTrue(cycle.get(i) < cycle.get(i + 1), "follows edges down the chain");
        }
        assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(5), () -> g.cycleIfAdded(1, n)));
    }
}
