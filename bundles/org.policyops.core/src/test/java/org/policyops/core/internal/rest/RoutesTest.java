package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

class RoutesTest {

    private static ResourceMethodInfoDTO method(String method, String path, String... consumes) {
        ResourceMethodInfoDTO m = new ResourceMethodInfoDTO();
        m.method = method;
        m.path = path;
        m.consumingMimeType = consumes;
        return m;
    }

    @Test
    void templatesMatchTheirVariablesAndRegularExpressions() {
        assertTrue(Routes.matches("/launches/{id: [0-9]+}/readiness", "/launches/12/readiness"));
        assertFalse(Routes.matches("/launches/{id: [0-9]+}/readiness", "/launches/x/readiness"));
        assertTrue(Routes.matches("localization/contents/{key: .+}/translations",
                "/localization/contents/policy/hate-speech/text/translations"));
        assertTrue(Routes.matches("/planning/policies/{key}/", "/planning/policies/hate-speech"));
        assertFalse(Routes.matches("/planning/policies/{key}", "/planning/policies/hate-speech/versions"));
        assertTrue(Routes.matches("/x/{n: [0-9]{2}}", "/x/42"));
        assertEquals("/training/learners", Routes.relative("/api/training/learners", "/api/"));
        assertEquals("/", Routes.relative("/api", "api"));
    }

    @Test
    void namesTheMediaTypesOfTheRouteARequestWasMeantFor() {
        ResourceDTO learners = new ResourceDTO();
        learners.resourceMethods = new ResourceMethodInfoDTO[] {
                method("POST", "/training/learners", "application/json"),
                method("POST", "/training/learners/import", "text/csv"),
                method("GET", "/training/learners", (String[]) null) };
        ApplicationDTO app = new ApplicationDTO();
        app.name = "policyops";
        app.base = "/api";
        app.resourceDTOs = new ResourceDTO[] { learners };
        ApplicationDTO other = new ApplicationDTO();
        other.name = ".default";
        other.base = "/";
        other.resourceDTOs = new ResourceDTO[] { learners };
        RuntimeDTO dto = new RuntimeDTO();
        dto.applicationDTOs = new ApplicationDTO[] { other, app };
        JaxrsServiceRuntime runtime = mock(JaxrsServiceRuntime.class);
        when(runtime.getRuntimeDTO()).thenReturn(dto);

        Routes routes = new Routes(runtime);
        assertEquals(List.of("text/csv"), routes.consumes("POST", "/api/training/learners/import"));
        assertEquals(List.of("application/json"), routes.consumes("post", "/api/training/learners"));
        assertEquals(List.of(), routes.consumes("GET", "/api/training/learners"));
        assertEquals(List.of(), routes.consumes("POST", "/api/nothing"));
    }
}
