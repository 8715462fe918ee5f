package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;

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
        };
    }

    @AfterEach
    void tearDown() {
        policy.deactivate();
    }

    @Test
    void whenRequiredAChangeWithoutIfMatchIs428NamingTheCurrentETag() {
        policy.configure(config(true));
        ProblemException e = assertThrows(ProblemException.class, () -> ETags.checkIfMatch(null, 7));
        assertEquals(428, e.status());
        assertEquals("\"7\"", e.extensions().get("currentETag"));
        assertThrows(ProblemException.class, () -> ETags.checkIfMatch("  ", 7));
        assertDoesNotThrow(() -> ETags.checkIfMatch("*", 7));
        assertDoesNotThrow(() -> ETags.checkIfMatch("\"7\"", 7));
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.checkIfMatch("\"6\"", 7)).status());
    }

    @Test
    void switchedOffOrStoppedAMissingIfMatchPasses() {
        policy.configure(config(false));
        assertDoesNotThrow(() -> ETags.checkIfMatch(null, 7));
        policy.configure(config(true));
        policy.deactivate();
        assertDoesNotThrow(() -> ETags.checkIfMatch(null, 7));
    }
}
