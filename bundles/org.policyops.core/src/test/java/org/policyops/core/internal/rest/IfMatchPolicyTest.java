package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.annotation.Annotation;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.ProblemException;

class IfMatchPolicyTest {

    private final IfMatchPolicy policy = new IfMatchPolicy();

    private static RestConfig config(boolean requireIfMatch) {
        return new RestConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RestConfig.class;
            }

            @Override
            public long maxRequestBytes() {
                return 1_048_576;
            }

            @Override
            public boolean requireIfMatch() {
                return requireIfMatch;
            }

            @Override
            public String[] corsAllowedOrigins() {
                return new String[0];
            }
        };
    }

    private static ContainerRequestContext request(String method) {
        ContainerRequestContext r = mock(ContainerRequestContext.class);
        when(r.getMethod()).thenReturn(method);
        return r;
    }

    @AfterEach
    void tearDown() {
        IfMatchPolicy.requireOnThisThread(false);
    }

    @Test
    void aPutPatchOrDeleteWithoutIfMatchIs428NamingTheCurrentETag() {
        policy.configure(config(true));
        for (String method : new String[] { "PUT", "PATCH", "DELETE" }) {
            policy.filter(request(method));
            assertTrue(IfMatchPolicy.required(), method);
            ProblemException e = assertThrows(ProblemException.class, () -> ETags.checkIfMatch(null, 7));
            assertEquals(428, e.status());
            assertEquals("\"7\"", e.extensions().get("currentETag"));
            assertThrows(ProblemException.class, () -> ETags.checkIfMatch("  ", 7));
            assertDoesNotThrow(() -> ETags.checkIfMatch("*", 7));
            assertDoesNotThrow(() -> ETags.checkIfMatch("\"7\"", 7));
            assertEquals(412, assertThrows(ProblemException.class, () -> ETags.checkIfMatch("\"6\"", 7)).status());
            policy.filter(request(method), mock(ContainerResponseContext.class));
            assertFalse(IfMatchPolicy.required(), "cleared when the request is answered");
        }
    }

    @Test
    void aPostThatActsOnARecordAndAnyRequestWhenSwitchedOffPass() {
        policy.configure(config(true));
        policy.filter(request("POST"));
        assertDoesNotThrow(() -> ETags.checkIfMatch(null, 7));
        policy.configure(config(false));
        policy.filter(request("PUT"));
        assertDoesNotThrow(() -> ETags.checkIfMatch(null, 7));
        policy.configure(config(true));
        policy.deactivate();
        policy.filter(request("DELETE"));
        assertDoesNotThrow(() -> ETags.checkIfMatch(null, 7));
    }

    @Test
    void outsideARequestNothingIsRequired() {
        assertDoesNotThrow(() -> ETags.checkIfMatch(null, 7));
    }
}
