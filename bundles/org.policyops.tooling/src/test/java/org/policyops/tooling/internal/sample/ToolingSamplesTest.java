package org.policyops.tooling.internal.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.api.tooling.ToolInfo;
import org.policyops.api.tooling.ToolKind;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.domain.DependencyGraph;
import org.policyops.tooling.internal.service.ToolCatalogService;
import org.policyops.tooling.internal.service.ToolingUnit;

/** The sample tools cover the lifecycle, and their dependencies exist and close no cycle. */
class ToolingSamplesTest {

    @Test
    void theSamplesCoverEveryStageWithTwoAiModelsAndConsistentDependencies() {
        try (LocalJpa jpa = LocalJpa.create(ToolingUnit.NAME)) {
            jpa.txExpr(em -> ToolingSamples.load(em, Instant.parse("2026-11-20T10:00:00Z")));
            List<ToolInfo> tools = new ToolCatalogService(jpa).tools(null);
            assertTrue(tools.size() >= 12, tools.size() + " tools");
            assertEquals(2, tools.stream().filter(t -> t.kind() == ToolKind.AI_MODEL).count());
            for (LifecycleStage stage : LifecycleStage.values()) {
                assertTrue(tools.stream().anyMatch(t -> t.stages().contains(stage)), stage + " has no tool");
            }
            Set<String> keys = new HashSet<>(tools.stream().map(ToolInfo::key).toList());
            java.util.Map<String, List<String>> edges = new java.util.HashMap<>();
            for (ToolInfo t : tools) {
                assertTrue(keys.containsAll(t.dependsOn()), t.key() + " depends on " + t.dependsOn());
                edges.put(t.key(), t.dependsOn());
            }
            assertTrue(new DependencyGraph(edges).anyCycle(keys).isEmpty());
        }
    }
}
