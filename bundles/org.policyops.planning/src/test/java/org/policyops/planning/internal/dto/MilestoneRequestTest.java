package org.policyops.planning.internal.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.MilestoneKind;
import org.policyops.planning.internal.entity.MilestoneEntity;

class MilestoneRequestTest {

    @Test
    void normalisesAValidMilestone() {
        MilestoneEntity.Content c = new MilestoneRequest("  Policy council review ", " 2027-02-01 ", null, "  ").validate();
        assertEquals("Policy council review", c.title());
        assertEquals(LocalDate.of(2027, 2, 1), c.date());
        assertEquals(MilestoneKind.OTHER, c.kind());
        assertNull(c.note());
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new MilestoneRequest("x".repeat(201), null, MilestoneKind.LAUNCH, "n".repeat(2001)).validate());
        assertEquals(400, e.status());
        assertEquals(List.of("title", "date", "note"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void datesMustBeIsoCalendarDaysInRange() {
        for (String bad : new String[] { "2027-02-30", "01.02.2027", "2027-1-5", "1969-12-31", "2027-02-01T10:00" }) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> new MilestoneRequest("Kickoff", bad, MilestoneKind.KICKOFF, null).validate(), bad);
            assertEquals("date", e.errors().get(0).field(), bad);
            assertTrue(e.errors().get(0).message().contains(bad.substring(0, 4)), e.errors().get(0).message());
        }
        assertEquals(LocalDate.of(2028, 2, 29), new MilestoneRequest("Leap", "2028-02-29", null, null).validate().date());
    }
}
