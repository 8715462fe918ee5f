package org.policyops.training.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecertificationTest {

    @Test
    void aNewMajorVersionRequiresRecertificationOfOlderMajors() {
        assertTrue(Recertification.requiredByMajorChange(3, 4));
        assertTrue(Recertification.requiredByMajorChange(1, 4));
    }

    @Test
    void certificationsOnTheNewMajorOrLaterStay() {
        assertFalse(Recertification.requiredByMajorChange(4, 4));
        assertFalse(Recertification.requiredByMajorChange(5, 4));
    }

    @Test
    void aCertificationOnNoKnownVersionIsRenewedToo() {
        assertTrue(Recertification.requiredByMajorChange(null, 1));
    }

    @Test
    void proficiencyUnderTheThresholdRequiresRecertification() {
        assertTrue(Recertification.requiredByProficiency(69.9, 70));
        assertFalse(Recertification.requiredByProficiency(70, 70));
        assertFalse(Recertification.requiredByProficiency(95, 70));
    }

    @Test
    void reasonsNameWhatHappened() {
        assertEquals("Policy hate-speech 4.0.0 is a new major version in enforcement.",
                Recertification.majorChangeReason("hate-speech", "4.0.0"));
        assertEquals("Proficiency 62.5 on HS-300 is below the threshold of 70.0.",
                Recertification.proficiencyReason("HS-300", 62.5, 70));
    }
}
