package org.policyops.tooling.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void precisionRecallAndKappaOfAConfusionMatrix() {
        // 100 items: the model flags 50 (45 rightly), reviewers label 60 violating.
        Agreement a = new Agreement(45, 5, 15, 35);
        assertEquals(100, a.size());
        assertEquals(0.9, a.precision(), 1e-12);
        assertEquals(0.75, a.recall(), 1e-12);
        // p_o = 0.80; p_e = 0.5*0.6 + 0.5*0.4 = 0.50; kappa = 0.30 / 0.50 = 0.6
        assertEquals(0.6, a.kappa(), 1e-12);
        assertTrue(a.meets(0.9, 0.75, 0.6));
        assertFalse(a.meets(0.9, 0.8, null));
        assertTrue(a.meets(null, null, null));
    }

    @Test
    void perfectAndChanceAgreement() {
        assertEquals(1.0, new Agreement(30, 0, 0, 70).kappa(), 1e-12);
        // The model flags half of everything at random: kappa 0.
        assertEquals(0.0, new Agreement(25, 25, 25, 25).kappa(), 1e-12);
    }

    @Test
    void undefinedMeasuresAreNullAndFailTheirThreshold() {
        Agreement none = new Agreement(0, 0, 10, 90);
        assertNull(none.precision());
        assertEquals(0.0, none.recall(), 1e-12);
        assertFalse(none.meets(0.5, null, null));
        assertNull(new Agreement(0, 0, 0, 100).kappa());
        assertNull(new Agreement(0, 0, 0, 0).kappa());
        assertThrows(IllegalArgumentException.class, () -> new Agreement(-1, 0, 0, 0));
    }
}
