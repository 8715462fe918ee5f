package org.policyops.tooling.internal.backstage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.core.rest.ProblemException;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.dto.ToolView;

class CatalogInfoTest {

    static final String BACKSTAGE = """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: integrity-tooling
            spec:
              type: team
              children: []
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: label-qa
              title: LabelQA
              description: Sampling, labeling and QA review.
              annotations:
                policyops.org/stages: TESTING,ENFORCEMENT
                policyops.org/regions: EU, UK
              links:
                - url: https://docs.example/label-qa
                  title: Documentation
                - url: https://runbooks.example/label-qa
                  title: On-call runbook
            spec:
              type: service
              lifecycle: experimental
              owner: group:default/policy-quality
              dependsOn:
                - resource:default/golden-sets
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Resource
            metadata:
              name: golden-sets
              annotations:
                policyops.org/stages: TESTING
            spec:
              type: database
              owner: policy-quality
            """;

    @Test
    void backstageFieldsMapToToolsAndOtherKindsArePassedOver() {
        CatalogInfo.Read read = CatalogInfo.read(BACKSTAGE);
        assertEquals(List.of("document 1 (line 1): kind Group"), read.skipped());
        assertEquals(2, read.tools().size());
        ToolRequest qa = read.tools().get(0).request();
        assertEquals("label-qa", qa.key());
        assertEquals("LabelQA", qa.name());
        assertEquals("TOOL", qa.kind());
        assertEquals("PILOT", qa.status());
        assertEquals("policy-quality", qa.ownerTeam());
        assertEquals(List.of("EU", "UK"), qa.regions());
        assertEquals(List.of("golden-sets"), qa.dependsOn());
        assertEquals("https://docs.example/label-qa", qa.links().docs());
        assertEquals("https://runbooks.example/label-qa", qa.links().runbook());
        assertEquals("document 2 (line 9)", read.tools().get(0).where());
        ToolRequest golden = read.tools().get(1).request();
        assertEquals("PLATFORM", golden.kind());
        assertEquals("golden-sets", golden.name());
        assertEquals(null, golden.status());
    }

    @Test
    void badYamlIsA400NamingTheLine() {
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogInfo.read("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: [unclosed
                spec: {}
                """));
        assertEquals(400, e.status());
        assertTrue(e.detail().contains("line 5"), e.detail());
        assertEquals(400, assertThrows(ProblemException.class, () -> CatalogInfo.read("a: 1\na: 2\n")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> CatalogInfo.read("!!javax.script.ScriptEngineManager [x]\n")).status());
    }

    @Test
    void wrongShapesNameTheDocumentTheFieldAndItsLine() {
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogInfo.read("""
                kind: Component
                metadata:
                  name: ok
                spec:
                  lifecycle: sunset
                  dependsOn: component:x
                """));
        assertEquals(List.of("document 1 spec.lifecycle", "document 1 spec.dependsOn"),
                e.errors().stream().map(f -> f.field()).toList());
        assertTrue(e.errors().get(0).message().startsWith("line 5: "), e.errors().get(0).message());
        assertEquals("metadata.annotations.policyops.org/stages", CatalogInfo.path("stages[1]"));
        assertEquals("spec.dependsOn[2]", CatalogInfo.path("dependsOn[2]"));
    }

    @Test
    void writtenToolsReadBackAsTheSameRequests() {
        ToolView qa = new ToolView("label-qa", "LabelQA", "TOOL", "Sampling: labeling \"and\" QA.", List.of("TESTING", "ENFORCEMENT"),
                "Policy Quality", "DEPRECATED", Instant.EPOCH, List.of("EU", "UK"), List.of("de", "pt-BR"), List.of("hate-speech"),
                new ToolRequest.Links("https://docs.example/qa", "https://runbooks.example/qa", "#qa"), List.of("golden-sets"),
                null, false, null, null, List.of());
        ToolView golden = new ToolView("golden-sets", "Golden Set Manager", "PLATFORM", null, List.of("TESTING"), "Policy Quality",
                "PROPOSED", Instant.EPOCH, List.of(), List.of(), List.of(), new ToolRequest.Links(null, null, null), List.of(),
                null, false, null, null, List.of());
        String yaml = CatalogInfo.write(List.of(qa, golden));
        assertTrue(yaml.contains("kind: Resource"), yaml);
        assertTrue(yaml.contains("lifecycle: deprecated"), yaml);
        assertTrue(yaml.contains("owner: group:policy-quality"), yaml);
        List<CatalogInfo.Entry> read = CatalogInfo.read(yaml).tools();
        assertEquals(new ToolRequest("label-qa", "LabelQA", "TOOL", "Sampling: labeling \"and\" QA.", List.of("TESTING", "ENFORCEMENT"),
                "Policy Quality", "DEPRECATED", List.of("EU", "UK"), List.of("de", "pt-BR"), List.of("hate-speech"),
                new ToolRequest.Links("https://docs.example/qa", "https://runbooks.example/qa", "#qa"), List.of("golden-sets")),
                read.get(0).request());
        assertEquals(new ToolRequest("golden-sets", "Golden Set Manager", "PLATFORM", null, List.of("TESTING"), "Policy Quality",
                "PROPOSED", List.of(), List.of(), List.of(), new ToolRequest.Links(null, null, null), List.of()), read.get(1).request());
    }

    @Test
    void entityReferencesLoseTheirKindAndNamespace() {
        assertEquals("rules-engine", CatalogInfo.entityName("component:default/rules-engine"));
        assertEquals("integrity-tooling", CatalogInfo.entityName("group:integrity-tooling"));
        assertEquals("lms", CatalogInfo.entityName("lms"));
        assertEquals("integrity-tooling", CatalogInfo.slug("Integrity Tooling"));
    }
}
