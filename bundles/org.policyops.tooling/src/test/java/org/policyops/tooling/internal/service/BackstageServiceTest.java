package org.policyops.tooling.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.core.events.EventPosters;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.dto.ImportReport;

/** Importing catalog-info.yaml in one transaction, and exporting the registry back. */
class BackstageServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    LocalJpa jpa;
    BackstageService backstage;
    ToolService tools;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(ToolingUnit.NAME);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        backstage = new BackstageService(jpa, EventPosters.none(), clock);
        tools = new ToolService(jpa, EventPosters.none(), clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static String doc(String name, String lifecycle, String... dependsOn) {
        return "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: " + name + "\n  annotations:\n"
                + "    policyops.org/stages: DEPLOYMENT\nspec:\n  lifecycle: " + lifecycle + "\n  owner: group:integrity-tooling\n"
                + (dependsOn.length == 0 ? "" : "  dependsOn: [" + String.join(", ", dependsOn) + "]\n");
    }

    long count() {
        return tools.list(new ToolService.Filter(null, null, null, null, null, null, null, null),
                PageRequest.of(null, null, null, ToolService.SORTABLE, ToolService.DEFAULT_SORT)).total();
    }

    @Test
    void anImportCreatesUpdatesAndLeavesAloneAndResolvesDependenciesWithinTheFile() {
        ImportReport first = backstage.importYaml(doc("queue", "experimental", "component:rules") + doc("rules", "production"),
                ToolServiceTest.TOOLSMITH);
        assertEquals(List.of("queue", "rules"), first.created());
        assertEquals("PILOT", tools.get("queue").body().status());
        assertEquals("integrity-tooling", tools.get("queue").body().ownerTeam());

        ImportReport second = backstage.importYaml(doc("queue", "production", "component:rules") + doc("rules", "production"),
                ToolServiceTest.TOOLSMITH);
        assertEquals(List.of("queue"), second.updated());
        assertEquals(List.of("rules"), second.unchanged());
        assertEquals("PRODUCTION", tools.get("queue").body().status());
    }

    @Test
    void aCycleOrAForbiddenMoveAnywhereLeavesNothingWritten() {
        backstage.importYaml(doc("rules", "production"), ToolServiceTest.TOOLSMITH);
        ProblemException cycle = assertThrows(ProblemException.class, () -> backstage.importYaml(
                doc("a", "production", "b") + doc("b", "production", "rules") + doc("rules", "production", "a"),
                ToolServiceTest.TOOLSMITH));
        assertEquals(409, cycle.status());
        assertTrue(cycle.detail().contains("→"), cycle.detail());
        assertEquals(1, count());
        assertEquals(List.of(), tools.get("rules").body().dependsOn());

        ProblemException back = assertThrows(ProblemException.class, () -> backstage.importYaml(
                doc("new-one", "production") + doc("rules", "experimental"), ToolServiceTest.TOOLSMITH));
        assertEquals(409, back.status());
        assertTrue(back.detail().startsWith("document 2 (line 12), tool rules: "), back.detail());
        assertEquals(1, count());
    }

    @Test
    void invalidDocumentsAreNamedAllAtOnce() {
        ProblemException e = assertThrows(ProblemException.class, () -> backstage.importYaml(
                doc("ok", "production") + doc("Not_A_Key", "production") + doc("ok", "production"), ToolServiceTest.TOOLSMITH));
        assertEquals(400, e.status());
        assertEquals(List.of("document 2 metadata.name", "document 3 metadata.name"), e.errors().stream().map(f -> f.field()).toList());
        assertTrue(e.errors().get(0).message().startsWith("line 15: "), e.errors().get(0).message());
        assertEquals(0, count());
    }

    @Test
    void theExportedSamplesImportBackUnchanged() {
        jpa.txExpr(em -> org.policyops.tooling.internal.sample.SamplesAccess.load(em, NOW));
        String yaml = backstage.export();
        ImportReport again = backstage.importYaml(yaml, ToolServiceTest.TOOLSMITH);
        assertEquals(List.of(), again.created());
        assertEquals(List.of(), again.updated());
        assertEquals(count(), again.unchanged().size());
    }
}
