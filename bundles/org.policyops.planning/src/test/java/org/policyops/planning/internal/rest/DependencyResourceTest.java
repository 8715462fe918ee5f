package org.policyops.planning.internal.rest;

import org.policyops.testing.LocalJpa;
import org.policyops.planning.internal.service.PlanningUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.DependencyRequest;
import org.policyops.planning.internal.dto.DependencyView;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.service.DependencyService;
import org.policyops.planning.internal.service.InitiativeService;
import org.policyops.planning.internal.service.SchedulingService;
import org.policyops.planning.internal.service.TimeToDeployService;
import org.policyops.testing.Callers;

/** The dependency and roadmap resources' HTTP contract: status codes, Location, paths and role annotations. */
class DependencyResourceTest {

    LocalJpa jpa;
    InitiativeService initiatives;
    DependencyResource dependencies;
    SchedulingResource roadmap;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        initiatives = new InitiativeService(jpa);
        dependencies = new DependencyResource(new DependencyService(jpa));
        roadmap = new SchedulingResource(new SchedulingService(jpa), new TimeToDeployService(jpa));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    long create(String title) {
        return initiatives.create(new InitiativeRequest(title, null, InitiativeType.TOOLING, List.of(), List.of("EU"),
                RiskLevel.LOW, 1L, 1.0, 1.0, 1.0, "2027-Q1", null, null), Callers.planner("p")).body().id();
    }

    @Test
    void addingAnswers201WithTheEdgesLocationAndRemovingAnswers204() {
        long a = create("A");
        long b = create("B");
        String path = "planning/initiatives/" + a + "/dependencies";
        Response created = dependencies.add(Long.toString(a), new DependencyRequest(b), Callers.planner("p"),
                ResourceTest.at(path));
        assertEquals(201, created.getStatus());
        assertEquals(URI.create(ResourceTest.BASE + path + "/" + b), created.getLocation());
        assertEquals(b, ((DependencyView) created.getEntity()).dependsOn());
        assertEquals(List.of(b), dependencies.list(Long.toString(a)).dependsOn().stream()
                .map(l -> l.initiative().id()).toList());

        assertEquals(1, roadmap.blocked().total());
        assertEquals(2, roadmap.criticalPath("2027", null, null, null).totalWeeks());

        assertEquals(204, dependencies.remove(Long.toString(a), Long.toString(b), Callers.planner("p")).getStatus());
        assertEquals(404, assertThrows(ProblemException.class, () -> dependencies.get("x", "1")).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> dependencies.get("1", "y")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> dependencies.add(Long.toString(a), null,
                Callers.planner("p"), ResourceTest.at(path))).status());
    }

    @Test
    void readsNeedOnlyALoginAndWritesNeedThePlannerOrARegionalLead() {
        assertEquals("planning/initiatives/{id}/dependencies", DependencyResource.class.getAnnotation(Path.class).value());
        assertEquals("planning", SchedulingResource.class.getAnnotation(Path.class).value());
        int writes = 0;
        for (Class<?> resource : List.of(DependencyResource.class, SchedulingResource.class)) {
            assertNull(resource.getAnnotation(RolesAllowed.class));
            for (Method m : resource.getDeclaredMethods()) {
                RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
                if (m.isAnnotationPresent(GET.class)) {
                    assertNull(roles, m.getName());
                } else if (m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(DELETE.class)) {
                    assertNotNull(roles, m.getName());
                    assertEquals(new TreeSet<>(Set.of(Roles.PLANNER, Roles.REGIONAL_LEAD)),
                            new TreeSet<>(Arrays.asList(roles.value())), m.getName());
                    writes++;
                }
            }
        }
        assertEquals(2, writes);
    }
}
