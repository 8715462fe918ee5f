package org.policyops.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;

class PolicyOpsPrincipalTest {

    @Test
    void regionRolesBecomeNormalisedRegionCodes() {
        PolicyOpsPrincipal p = new PolicyOpsPrincipal("lea", Set.of(Roles.REGIONAL_LEAD, "region:eu", "region:UK"));

        assertEquals(Set.of(RegionCode.of("EU"), RegionCode.of("UK")), p.regions());
    }

    @Test
    void malformedRegionRolesGrantNoRegionButStayInTheRoleList() {
        PolicyOpsPrincipal p = new PolicyOpsPrincipal("lea", Set.of(Roles.REGIONAL_LEAD, "region:e", "region:", "region:DE"));

        assertEquals(Set.of(RegionCode.of("DE")), p.regions());
        assertTrue(p.hasRole("region:e"));
    }

    @Test
    void rolesWithoutThePrefixGrantNoRegion() {
        PolicyOpsPrincipal p = new PolicyOpsPrincipal("lea", Set.of(Roles.REGIONAL_LEAD, "EU", "regions:DE"));

        assertEquals(Set.of(), p.regions());
    }

    @Test
    void aRegionalLeadWithoutOtherRolesIsRegionScoped() {
        PolicyOpsPrincipal p = new PolicyOpsPrincipal("lea", Set.of(Roles.REGIONAL_LEAD, "region:EU"));

        assertTrue(p.isRegionScoped(Roles.PLANNER));
    }

    @Test
    void adminOrTheDomainRoleLiftsTheRegionScope() {
        assertFalse(new PolicyOpsPrincipal("a", Set.of(Roles.REGIONAL_LEAD, Roles.ADMIN)).isRegionScoped(Roles.PLANNER));
        assertFalse(new PolicyOpsPrincipal("b", Set.of(Roles.REGIONAL_LEAD, Roles.PLANNER)).isRegionScoped(Roles.PLANNER));
        assertTrue(new PolicyOpsPrincipal("c", Set.of(Roles.REGIONAL_LEAD, Roles.PLANNER)).isRegionScoped(Roles.TRAINER));
    }

    @Test
    void aUserWhoIsNoRegionalLeadIsNotRegionScoped() {
        assertFalse(new PolicyOpsPrincipal("v", Set.of(Roles.VIEWER, "region:EU")).isRegionScoped(Roles.PLANNER));
    }
}
