package org.policyops.planning.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;

class InitiativeFilterTest {

    @Test
    void readsSingleAndCommaSeparatedValuesNormalised() {
        InitiativeFilter f = InitiativeFilter.of("eu, uk", "planned,in-progress", "2027-q1", "hate-speech", "tooling",
                "HIGH,critical", "Live");
        assertEquals(Set.of("EU", "UK"), f.regions());
        assertEquals(Set.of(InitiativeStatus.PLANNED, InitiativeStatus.IN_PROGRESS), f.statuses());
        assertEquals(Set.of("2027-Q1"), f.quarters());
        assertEquals(Set.of("hate-speech"), f.policies());
        assertEquals(Set.of(InitiativeType.TOOLING), f.types());
        assertEquals(Set.of(RiskLevel.HIGH, RiskLevel.CRITICAL), f.risks());
        assertEquals(Set.of("live"), f.linesOfBusiness());
    }

    @Test
    void blankParametersAreNotFilters() {
        InitiativeFilter f = InitiativeFilter.of("", " ", null, ",", null, null, "");
        assertEquals(InitiativeFilter.none(), f);
        assertTrue(f.regions().isEmpty() && f.statuses().isEmpty() && f.linesOfBusiness().isEmpty());
    }

    @Test
    void namesEveryBadParameter() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> InitiativeFilter.of("E", "STARTED", "2027-Q9", "Hate Speech", "PROJECT", "EXTREME", null));
        assertEquals(400, e.status());
        assertEquals(List.of("region", "status", "quarter", "policy", "type", "risk"),
                e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().get(1).message().contains("PROPOSED, PLANNED, IN_PROGRESS, DONE, CANCELLED"),
                e.errors().get(1).message());
    }
}
