package org.policyops.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.DTOConstants;
import org.osgi.service.jaxrs.runtime.dto.ExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.policyops.core.internal.health.ApiPublication.Declared;
import org.policyops.core.internal.health.ApiPublication.Kind;
import org.policyops.core.internal.health.ApiPublication.Result;
import org.policyops.core.rest.PolicyOpsRest;

class ApiPublicationTest {

    static final String APP = PolicyOpsRest.APPLICATION_NAME;

    static final Declared POLICIES = new Declared("org.policyops.planning", "org.policyops.planning.internal.rest.PolicyResource", "org.policyops.planning.internal.rest.PolicyResource", Kind.RESOURCE, 41L);
    static final Declared LAUNCHES = new Declared("org.policyops.launches", "org.policyops.launches.internal.rest.LaunchResource", "org.policyops.launches.internal.rest.LaunchResource", Kind.RESOURCE, 42L);
    static final Declared AUTH = new Declared("org.policyops.core", "org.policyops.core.internal.rest.AuthenticationFilter", "org.policyops.core.internal.rest.AuthenticationFilter", Kind.EXTENSION, 7L);

    static RuntimeDTO runtime(ApplicationDTO... apps) {
        RuntimeDTO r = new RuntimeDTO();
        r.applicationDTOs = apps;
        r.failedApplicationDTOs = new FailedApplicationDTO[0];
        r.failedResourceDTOs = new FailedResourceDTO[0];
        return r;
    }

    static ApplicationDTO app(String name, long[] resources, long... extensions) {
        ApplicationDTO a = new ApplicationDTO();
        a.name = name;
        a.resourceDTOs = new ResourceDTO[resources.length];
        for (int i = 0; i < resources.length; i++) {
            a.resourceDTOs[i] = new ResourceDTO();
            a.resourceDTOs[i].serviceId = resources[i];
        }
        a.extensionDTOs = new ExtensionDTO[extensions.length];
        for (int i = 0; i < extensions.length; i++) {
            a.extensionDTOs[i] = new ExtensionDTO();
            a.extensionDTOs[i].serviceId = extensions[i];
        }
        return a;
    }

    @Test
    void upWhenTheApplicationListsEveryDeclaredResourceAndExtension() {
        Result r = ApiPublication.check(APP, List.of(POLICIES, LAUNCHES, AUTH), runtime(app(APP, new long[] { 41, 42, 99 }, 7)));
        assertTrue(r.up(), r.toString());
        assertEquals(List.of(), r.missing());
        assertEquals("UP", r.toMap().get("status"));
        assertFalse(r.toMap().containsKey("missing"));
    }

    @Test
    void aResourceNotYetInTheApplicationKeepsItDown() {
        // The planning resource is published, the launches one not yet: CXF would answer 404 for /api/launches.
        Result r = ApiPublication.check(APP, List.of(POLICIES, LAUNCHES, AUTH), runtime(app(APP, new long[] { 41 }, 7)));
        assertFalse(r.up());
        assertEquals(List.of("org.policyops.launches: org.policyops.launches.internal.rest.LaunchResource (resource) is not published yet"),
                r.missing());
        assertEquals("1 of 3 resources and extensions of the PolicyOps bundles are not served yet.", r.detail());
        assertEquals("DOWN", r.toMap().get("status"));
        assertEquals(r.missing(), r.toMap().get("missing"));
    }

    @Test
    void aResourceTheDtoListsButTheAnsweringServerLacksIsStillBeingPublished() {
        // The whiteboard adds the launches resource to its DTO, then destroys and rebuilds the server to include it:
        // the server answering this health request still has only the planning resource.
        Result r = ApiPublication.check(APP, List.of(POLICIES, LAUNCHES, AUTH), runtime(app(APP, new long[] { 41, 42 }, 7)),
                Set.of(POLICIES.type(), "org.policyops.core.internal.health.HealthResource"));
        assertFalse(r.up());
        assertEquals(List.of("org.policyops.launches: org.policyops.launches.internal.rest.LaunchResource (resource) is listed by "
                + "the whiteboard, which is still rebuilding the application to serve it"), r.missing());

        Result rebuilt = ApiPublication.check(APP, List.of(POLICIES, LAUNCHES, AUTH), runtime(app(APP, new long[] { 41, 42 }, 7)),
                Set.of(POLICIES.type(), LAUNCHES.type()));
        assertTrue(rebuilt.up(), rebuilt.toString());
    }

    @Test
    void aMissingFilterKeepsItDownToo() {
        Result r = ApiPublication.check(APP, List.of(POLICIES, AUTH), runtime(app(APP, new long[] { 41 })));
        assertFalse(r.up());
        assertTrue(r.missing().get(0).contains("AuthenticationFilter (extension) is not published yet"), r.missing().toString());
    }

    @Test
    void theSameServiceIdInAnotherApplicationDoesNotCount() {
        Result r = ApiPublication.check(APP, List.of(POLICIES), runtime(app(".default", new long[] { 41 })));
        assertFalse(r.up());
        assertEquals("The JAX-RS whiteboard does not serve the 'policyops' application yet.", r.detail());
    }

    @Test
    void anUnregisteredComponentIsNamedWithTheCommandToInspectIt() {
        Declared unsatisfied = new Declared("org.policyops.training", "org.policyops.training.internal.rest.CourseResource", "org.policyops.training.internal.rest.CourseResource", Kind.RESOURCE, null);
        Result r = ApiPublication.check(APP, List.of(unsatisfied), runtime(app(APP, new long[0])));
        assertFalse(r.up());
        assertEquals(List.of("org.policyops.training: org.policyops.training.internal.rest.CourseResource (resource) is not registered: "
                + "its component is not satisfied (see scr:info org.policyops.training.internal.rest.CourseResource)"), r.missing());
    }

    @Test
    void aRefusedResourceSaysWhy() {
        RuntimeDTO runtime = runtime(app(APP, new long[0]));
        FailedResourceDTO failed = new FailedResourceDTO();
        failed.serviceId = 41;
        failed.failureReason = DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE;
        runtime.failedResourceDTOs = new FailedResourceDTO[] { failed };
        Result r = ApiPublication.check(APP, List.of(POLICIES), runtime);
        assertFalse(r.up());
        assertTrue(r.missing().get(0).endsWith("was refused by the whiteboard: an extension it requires is missing"), r.missing().toString());
    }

    @Test
    void aRefusedApplicationOrNoWhiteboardIsDown() {
        RuntimeDTO runtime = runtime();
        FailedApplicationDTO failed = new FailedApplicationDTO();
        failed.name = APP;
        failed.failureReason = DTOConstants.FAILURE_REASON_SHADOWED_BY_OTHER_SERVICE;
        runtime.failedApplicationDTOs = new FailedApplicationDTO[] { failed };
        Result refused = ApiPublication.check(APP, List.of(POLICIES), runtime);
        assertFalse(refused.up());
        assertEquals("The JAX-RS whiteboard refused the 'policyops' application: shadowed by another service of the same name.",
                refused.detail());

        Result none = ApiPublication.check(APP, List.of(POLICIES), null);
        assertFalse(none.up());
        assertTrue(none.detail().startsWith("The JAX-RS whiteboard is not running"), none.detail());
    }

    @Test
    void nullArraysInTheRuntimeDescriptionAreEmpty() {
        RuntimeDTO runtime = new RuntimeDTO();
        ApplicationDTO a = new ApplicationDTO();
        a.name = APP;
        runtime.applicationDTOs = new ApplicationDTO[] { a };
        assertFalse(ApiPublication.check(APP, List.of(POLICIES), runtime).up());
        assertTrue(ApiPublication.check(APP, List.of(), runtime).up());
    }

    @Test
    void kindFromTheComponentsProperties() {
        String select = PolicyOpsRest.APPLICATION_SELECT;
        assertEquals(Kind.RESOURCE, ApiPublication.kind(Map.of("osgi.jaxrs.resource", Boolean.TRUE, "osgi.jaxrs.application.select", select), select));
        assertEquals(Kind.RESOURCE, ApiPublication.kind(Map.of("osgi.jaxrs.resource", "true", "osgi.jaxrs.application.select", new String[] { select }), select));
        assertEquals(Kind.EXTENSION, ApiPublication.kind(Map.of("osgi.jaxrs.extension", new Boolean[] { true }, "osgi.jaxrs.application.select", select), select));
        assertNull(ApiPublication.kind(Map.of("osgi.jaxrs.resource", Boolean.TRUE), select), "another application's (the default)");
        assertNull(ApiPublication.kind(Map.of("osgi.jaxrs.resource", Boolean.TRUE, "osgi.jaxrs.application.select", "(osgi.jaxrs.name=other)"), select));
        assertNull(ApiPublication.kind(Map.of("osgi.jaxrs.application.select", select), select), "neither resource nor extension");
        assertNull(ApiPublication.kind(null, select));
    }
}
