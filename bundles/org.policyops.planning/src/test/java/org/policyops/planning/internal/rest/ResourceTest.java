package org.policyops.planning.internal.rest;

import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;
import org.policyops.planning.internal.service.PlanningUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.InitiativeView;
import org.policyops.planning.internal.dto.PolicyDetail;
import org.policyops.planning.internal.dto.PolicyRequest;
import org.policyops.planning.internal.dto.TransitionRequest;
import org.policyops.planning.internal.dto.VersionDetail;
import org.policyops.planning.internal.dto.VersionRequest;
import org.policyops.planning.internal.service.InitiativeService;
import org.policyops.planning.internal.service.PolicyService;
import org.policyops.testing.Callers;

/** The resources' HTTP contract: status codes, Location and ETag headers, paging headers and role annotations. */
class ResourceTest {

    static final String BASE = "http://localhost:8181/api/";

    LocalJpa jpa;
    PolicyResource policies;
    InitiativeResource initiatives;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        policies = new PolicyResource(new PolicyService(jpa, EventPosters.none()));
        initiatives = new InitiativeResource(new InitiativeService(jpa));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static UriInfo at(String path) {
        UriInfo uriInfo = mock(UriInfo.class);
        when(uriInfo.getAbsolutePathBuilder()).thenAnswer(call -> UriBuilder.fromUri(BASE + path));
        when(uriInfo.getRequestUriBuilder()).thenAnswer(call -> UriBuilder.fromUri(BASE + path));
        return uriInfo;
    }

    static SecurityContext planner() {
        return Callers.planner("m.lindqvist");
    }

    static PolicyRequest hateSpeech(String name) {
        return new PolicyRequest("hate-speech", name, "Hate speech", "Policy Global", null);
    }

    @Test
    void policyLifecycleOverTheResource() {
        Response created = policies.create(hateSpeech("Hate Speech"), at("planning/policies"));
        assertEquals(201, created.getStatus());
        assertEquals(URI.create(BASE + "planning/policies/hate-speech"), created.getLocation());
        assertNotNull(created.getEntityTag());
        assertEquals("hate-speech", ((PolicyDetail) created.getEntity()).key());

        Response read = policies.get("hate-speech");
        assertEquals(200, read.getStatus());
        assertEquals(created.getEntityTag(), read.getEntityTag());

        String etag = "\"" + read.getEntityTag().getValue() + "\"";
        Response updated = policies.update("hate-speech", etag, hateSpeech("Hateful Conduct"));
        assertNotEquals(read.getEntityTag(), updated.getEntityTag());
        assertEquals(412, assertThrows(ProblemException.class,
                () -> policies.update("hate-speech", etag, hateSpeech("Stale"))).status());

        Response version = policies.createVersion("hate-speech", new VersionRequest("3.1", "Coded slurs.", null), planner(),
                at("planning/policies/hate-speech/versions"));
        assertEquals(201, version.getStatus());
        assertEquals(URI.create(BASE + "planning/policies/hate-speech/versions/3.1.0"), version.getLocation());
        assertEquals("m.lindqvist", ((VersionDetail) version.getEntity()).createdBy());

        Response moved = policies.transition("hate-speech", "3.1", "\"" + version.getEntityTag().getValue() + "\"",
                new TransitionRequest(LifecycleStage.TESTING, null, null), planner());
        assertEquals(200, moved.getStatus());
        assertEquals(LifecycleStage.TESTING, ((VersionDetail) moved.getEntity()).stage());
        assertEquals(moved.getEntityTag(), policies.version("hate-speech", "3.1.0").getEntityTag());
        assertEquals(2, policies.transitions("hate-speech", "3.1.0").size());
        assertEquals(404, assertThrows(ProblemException.class, () -> policies.version("hate-speech", "three")).status());

        Response versions = policies.versions("hate-speech", null, null, null, at("planning/policies/hate-speech/versions"));
        assertEquals("1", versions.getHeaderString(Pages.TOTAL_COUNT_HEADER));

        Response list = policies.list(null, null, "hate", "1", "0", "-updatedAt", at("planning/policies"));
        assertEquals(200, list.getStatus());
        assertEquals("1", list.getHeaderString(Pages.TOTAL_COUNT_HEADER));
        assertEquals(1, ((Page<?>) list.getEntity()).items().size());
        assertTrue(list.getStringHeaders().get("Link").stream().anyMatch(l -> l.contains("rel=\"first\"")));
    }

    @Test
    void badPagingParametersAreNamed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> policies.list(null, null, null, "ten", "-", null, at("planning/policies")));
        assertEquals(400, e.status());
        assertEquals(List.of("limit", "offset"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals("sort", assertThrows(ProblemException.class,
                () -> initiatives.list(null, null, null, null, null, null, null, null, null, "impact", at("planning/initiatives")))
                .errors().get(0).field());
    }

    @Test
    void aMissingBodyIsABadRequest() {
        assertEquals(400, assertThrows(ProblemException.class, () -> policies.create(null, at("planning/policies"))).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> initiatives.create(null, planner(), at("planning/initiatives"))).status());
    }

    @Test
    void initiativesOverTheResource() {
        InitiativeRequest request = new InitiativeRequest("DSA statement-of-reasons templates", null,
                InitiativeType.ENFORCEMENT_CHANGE, List.of("ads"), List.of("EU"), RiskLevel.CRITICAL, 1000L, 3.0, 0.9, 20.0,
                "2026-Q3", null, null);
        Response created = initiatives.create(request, planner(), at("planning/initiatives"));
        assertEquals(201, created.getStatus());
        long id = ((InitiativeView) created.getEntity()).id();
        assertEquals(URI.create(BASE + "planning/initiatives/" + id), created.getLocation());
        assertEquals(created.getEntityTag(), initiatives.get(Long.toString(id)).getEntityTag());

        Response list = initiatives.list("EU", "proposed", null, null, null, null, null, null, null, null, at("planning/initiatives"));
        assertEquals("1", list.getHeaderString(Pages.TOTAL_COUNT_HEADER));
        assertEquals(400, assertThrows(ProblemException.class, () -> initiatives.list("E", null, null, null, null, null, null,
                null, null, null, at("planning/initiatives"))).status());

        assertEquals(404, assertThrows(ProblemException.class, () -> initiatives.get("abc")).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> initiatives.get("999")).status());
        Response deleted = initiatives.delete(Long.toString(id), "\"" + created.getEntityTag().getValue() + "\"", planner());
        assertEquals(204, deleted.getStatus());
        assertNull(deleted.getEntity());
    }

    @Test
    void readsNeedOnlyALoginAndWritesNeedTheirRoles() {
        check(PolicyResource.class, "planning/policies", Set.of(Roles.PLANNER));
        check(InitiativeResource.class, "planning/initiatives", Set.of(Roles.PLANNER, Roles.REGIONAL_LEAD));
    }

    private static void check(Class<?> resource, String path, Set<String> writers) {
        assertEquals(path, resource.getAnnotation(Path.class).value());
        assertNull(resource.getAnnotation(RolesAllowed.class));
        int writes = 0;
        for (Method m : resource.getDeclaredMethods()) {
            RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
            if (m.isAnnotationPresent(GET.class)) {
                assertNull(roles, m.getName());
            } else if (m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                    || m.isAnnotationPresent(DELETE.class) || m.isAnnotationPresent(PATCH.class)) {
                assertNotNull(roles, m.getName());
                assertEquals(new TreeSet<>(writers), new TreeSet<>(Arrays.asList(roles.value())), m.getName());
                writes++;
            }
        }
        assertTrue(writes >= 3, resource.getSimpleName());
    }
}
