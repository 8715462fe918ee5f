package org.policyops.core.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

class AccessTest {

    private static SecurityContext callerWith(Principal principal) {
        SecurityContext sc = mock(SecurityContext.class);
        when(sc.getUserPrincipal()).thenReturn(principal);
        return sc;
    }

    private static SecurityContext caller(String... roles) {
        return callerWith(new PolicyOpsPrincipal("lea", Set.of(roles)));
    }

    private static final SecurityContext EU_UK_LEAD = caller(Roles.REGIONAL_LEAD, "region:EU", "region:UK");

    @Test
    void anAdminMayWriteAnyRegion() {
        assertDoesNotThrow(() -> Access.requireRegions(caller(Roles.ADMIN, Roles.REGIONAL_LEAD, "region:EU"), Roles.PLANNER,
                List.of("US", "BR")));
    }

    @Test
    void aUserWithTheDomainRoleMayWriteAnyRegion() {
        assertDoesNotThrow(() -> Access.requireRegions(caller(Roles.PLANNER, Roles.REGIONAL_LEAD, "region:EU"), Roles.PLANNER,
                List.of("US")));
    }

    @Test
    void theDomainRoleBypassAlsoCoversGlobalRecords() {
        assertDoesNotThrow(() -> Access.requireRegions(caller(Roles.PLANNER, Roles.REGIONAL_LEAD), Roles.PLANNER, List.of()));
    }

    @Test
    void aRegionalLeadMayWriteRecordsInsideItsRegions() {
        assertDoesNotThrow(() -> Access.requireRegions(EU_UK_LEAD, Roles.PLANNER, List.of("EU", "UK")));
    }

    @Test
    void regionsAreComparedCaseInsensitively() {
        assertDoesNotThrow(() -> Access.requireRegions(EU_UK_LEAD, Roles.PLANNER, List.of("eu", " uk ")));
    }

    @Test
    void aRegionalLeadMayNotWriteRecordsOutsideItsRegions() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> Access.requireRegions(EU_UK_LEAD, Roles.PLANNER, List.of("EU", "us", "BR")));

        assertEquals(403, e.status());
        assertTrue(e.detail().contains("[BR, US]"), e.detail());
        assertTrue(e.detail().contains(Roles.PLANNER), e.detail());
    }

    @Test
    void aRegionalLeadMayNotWriteGlobalRecords() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> Access.requireRegions(EU_UK_LEAD, Roles.PLANNER, List.of()));

        assertEquals(403, e.status());
        assertTrue(e.detail().contains("global"), e.detail());
    }

    @Test
    void unparsableRegionCodesAreLeftForValidationToReport() {
        assertDoesNotThrow(() -> Access.requireRegions(EU_UK_LEAD, Roles.PLANNER, List.of("EU", "?!", "x")));
    }

    @Test
    void unparsableRegionCodesDoNotHideAForeignRegion() {
        assertThrows(ProblemException.class, () -> Access.requireRegions(EU_UK_LEAD, Roles.PLANNER, List.of("?!", "US")));
    }

    @Test
    void aRegionalLeadWithoutRegionRolesMayWriteNothing() {
        assertThrows(ProblemException.class,
                () -> Access.requireRegions(caller(Roles.REGIONAL_LEAD), Roles.PLANNER, List.of("EU")));
    }

    @Test
    void callersThatAreNotRegionalLeadsAreNotLimited() {
        assertDoesNotThrow(() -> Access.requireRegions(caller(Roles.VIEWER), Roles.PLANNER, List.of("US")));
        assertDoesNotThrow(() -> Access.requireRegions(callerWith(null), Roles.PLANNER, List.of("US")));
        assertDoesNotThrow(() -> Access.requireRegions(null, Roles.PLANNER, List.of("US")));
    }

    @Test
    void userNameIsTheCallersNameOrAnonymous() {
        assertEquals("lea", Access.userName(EU_UK_LEAD));
        assertEquals("anonymous", Access.userName(callerWith(null)));
        assertEquals("anonymous", Access.userName(null));
    }
}
