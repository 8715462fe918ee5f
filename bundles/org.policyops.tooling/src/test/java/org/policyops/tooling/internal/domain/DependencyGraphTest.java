package org.policyops.tooling.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyops.api.tooling.ToolStatus;

class DependencyGraphTest {

    final DependencyGraph graph = new DependencyGraph(Map.of(
            "queue", List.of("rules"),
            "rules", List.of("serving"),
            "classifier", List.of("serving", "golden"),
            "golden", List.of()));

    @Test
    void anAcyclicGraphHasNoCycle() {
        assertFalse(graph.anyCycle(List.of("queue", "rules", "classifier", "golden", "serving")).isPresent());
    }

    @Test
    void aChangeThatClosesACycleIsNamedFromTheChangedTool() {
        List<String> cycle = graph.with("serving", List.of("queue")).cycleThrough("serving").orElseThrow();
        assertEquals(List.of("serving", "queue", "rules", "serving"), cycle);
        assertEquals("serving → queue → rules → serving", DependencyGraph.describe(cycle));
    }

    @Test
    void aSelfDependencyIsACycleOfOne() {
        assertEquals(List.of("golden", "golden"), graph.with("golden", List.of("golden")).cycleThrough("golden").orElseThrow());
    }

    @Test
    void sharedDependenciesAreNoCycle() {
        DependencyGraph diamond = graph.with("serving", List.of("golden")).with("rules", List.of("serving", "golden"));
        assertTrue(diamond.anyCycle(List.of("queue", "rules", "classifier")).isEmpty());
    }

    @Test
    void theStatusLifecycleMovesOneStepForwardOrDropsEarly() {
        assertTrue(ToolStatus.PROPOSED.canMoveTo(ToolStatus.PILOT));
        assertTrue(ToolStatus.PILOT.canMoveTo(ToolStatus.PRODUCTION));
        assertTrue(ToolStatus.PRODUCTION.canMoveTo(ToolStatus.DEPRECATED));
        assertTrue(ToolStatus.DEPRECATED.canMoveTo(ToolStatus.RETIRED));
        assertTrue(ToolStatus.PROPOSED.canMoveTo(ToolStatus.RETIRED));
        assertTrue(ToolStatus.PILOT.canMoveTo(ToolStatus.RETIRED));
        assertFalse(ToolStatus.PRODUCTION.canMoveTo(ToolStatus.RETIRED));
        assertFalse(ToolStatus.PRODUCTION.canMoveTo(ToolStatus.PILOT));
        assertFalse(ToolStatus.PROPOSED.canMoveTo(ToolStatus.PRODUCTION));
        assertFalse(ToolStatus.RETIRED.canMoveTo(ToolStatus.PROPOSED));
        assertFalse(ToolStatus.PILOT.canMoveTo(ToolStatus.PILOT));
    }
}
