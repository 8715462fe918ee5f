package org.policyops.planning.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.planning.PublicHoliday;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.dto.PublicHolidayRequest;
import org.policyops.planning.internal.dto.PublicHolidayView;
import org.policyops.testing.Callers;
import org.policyops.testing.LocalJpa;

/** Dated public holidays against EclipseLink and H2: validation, roles, If-Match, and the API service's answers. */
class PublicHolidayServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final SecurityContext PLANNER = Callers.planner("p.nair");
    static final RegionCode UK = RegionCode.of("UK");
    static final RegionCode EU = RegionCode.of("EU");

    LocalJpa jpa;
    PublicHolidayService holidays;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        holidays = new PublicHolidayService(jpa, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    Tagged<PublicHolidayView> add(String region, String date, String name) {
        return holidays.create(new PublicHolidayRequest(region, date, name), PLANNER);
    }

    @Test
    void badInputNamesTheField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> add("u k", "2027-02-30", " "));
        assertEquals(400, e.status());
        assertEquals(List.of("region", "date", "name"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals("date", assertThrows(ProblemException.class, () -> add("UK", "1969-12-25", "Christmas"))
                .errors().get(0).field());
    }

    @Test
    void oneHolidayPerRegionAndDayAndChangesNeedTheCurrentETag() {
        Tagged<PublicHolidayView> xmas = add("uk", "2027-12-27", "Christmas Day (substitute day)");
        assertEquals("UK", xmas.body().region());
        assertEquals(409, assertThrows(ProblemException.class, () -> add("UK", "2027-12-27", "again")).status());
        add("EU", "2027-12-27", "another region, same day");

        PublicHolidayRequest change = new PublicHolidayRequest("UK", "2027-12-27", "Christmas Day (substitute)");
        assertEquals(412, assertThrows(ProblemException.class,
                () -> holidays.update(xmas.body().id(), "\"" + (xmas.version() + 1) + "\"", change, PLANNER)).status());
        Tagged<PublicHolidayView> changed = holidays.update(xmas.body().id(), "\"" + xmas.version() + "\"", change, PLANNER);
        assertEquals("Christmas Day (substitute)", changed.body().name());
        assertTrue(changed.version() > xmas.version());

        assertEquals(412, assertThrows(ProblemException.class,
                () -> holidays.delete(xmas.body().id(), "\"" + xmas.version() + "\"", PLANNER)).status());
        holidays.delete(xmas.body().id(), "*", PLANNER);
        assertEquals(404, assertThrows(ProblemException.class, () -> holidays.get(xmas.body().id())).status());
    }

    @Test
    void aRegionalLeadWritesOnlyItsRegionsHolidays() {
        SecurityContext ukLead = Callers.lead("r.osei", "UK");
        add("UK", "2027-01-01", "New Year's Day");
        holidays.create(new PublicHolidayRequest("UK", "2027-03-26", "Good Friday"), ukLead);
        assertEquals(403, assertThrows(ProblemException.class,
                () -> holidays.create(new PublicHolidayRequest("US", "2027-07-05", "Independence Day"), ukLead)).status());
        Tagged<PublicHolidayView> us = add("US", "2027-07-05", "Independence Day (observed)");
        assertEquals(403, assertThrows(ProblemException.class,
                () -> holidays.delete(us.body().id(), "*", ukLead)).status());
    }

    @Test
    void theCalendarServiceAnswersTheRegionsInARangeInDateOrder() {
        add("UK", "2027-12-28", "Boxing Day (substitute day)");
        add("EU", "2027-12-25", "Christmas Day");
        add("UK", "2027-12-27", "Christmas Day (substitute day)");
        add("US", "2027-12-24", "Christmas Day (observed)");
        add("UK", "2028-01-03", "New Year's Day (substitute day)");
        List<PublicHoliday> found = holidays.publicHolidays(List.of(UK, EU), LocalDate.of(2027, 12, 1),
                LocalDate.of(2027, 12, 31));
        assertEquals(List.of(new PublicHoliday(EU, LocalDate.of(2027, 12, 25), "Christmas Day"),
                new PublicHoliday(UK, LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)"),
                new PublicHoliday(UK, LocalDate.of(2027, 12, 28), "Boxing Day (substitute day)")), found);
        assertTrue(holidays.knows(UK));
        assertFalse(holidays.knows(RegionCode.of("JP")));
        assertThrows(IllegalArgumentException.class, () -> holidays.publicHolidays(List.of(UK), LocalDate.of(2027, 1, 2),
                LocalDate.of(2027, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> holidays.publicHolidays(List.of(UK), LocalDate.of(2000, 1, 1),
                LocalDate.of(2030, 1, 1)));

        assertEquals(3, holidays.list("UK", null, null, PageRequest.of(null, null, null, PublicHolidayService.SORTABLE,
                PublicHolidayService.DEFAULT_SORT)).total());
        assertEquals(List.of("2027-12-27", "2027-12-28"), holidays.list("UK", LocalDate.of(2027, 12, 1),
                LocalDate.of(2027, 12, 31), PageRequest.of(null, null, null, PublicHolidayService.SORTABLE,
                        PublicHolidayService.DEFAULT_SORT)).items().stream().map(h -> h.date().toString()).toList());
    }
}
