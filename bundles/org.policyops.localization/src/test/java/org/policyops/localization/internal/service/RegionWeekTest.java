package org.policyops.localization.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.RegionWeek;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.dto.RegionRequest;
import org.policyops.localization.internal.dto.RegionView;
import org.policyops.localization.internal.entity.RegionEntity;
import org.policyops.localization.internal.sample.ReferenceData;
import org.policyops.testing.LocalJpa;

/** Regions' time zones and working weeks: the shipped ones, editing them, and what the API service answers. */
class RegionWeekTest {

    LocalJpa jpa;
    RegionService regions;
    TranslationStatusService status;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(LocalizationUnit.NAME);
        jpa.txExpr(ReferenceData::load);
        regions = new RegionService(jpa);
        status = new TranslationStatusService(jpa);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    @Test
    void theShippedRegionsGetTheirZoneAndWeekOnceAndAnAdministratorsValueStays() {
        assertTrue(status.week(RegionCode.of("UK")).isEmpty(), "before the step, as on a database made by an older version");
        jpa.tx(em -> em.find(RegionEntity.class, "JP").applyWeek(ZoneId.of("Asia/Seoul"), null));
        String summary = jpa.txExpr(ReferenceData::loadWeeks);
        assertTrue(summary.startsWith("time zone and working week of "), summary);
        assertEquals(new RegionWeek(RegionCode.of("UK"), ZoneId.of("Europe/London"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), status.week(RegionCode.of("UK")).orElseThrow());
        assertEquals(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY), status.week(RegionCode.of("SA")).orElseThrow().workingDays());
        assertEquals(ZoneId.of("Asia/Seoul"), status.week(RegionCode.of("JP")).orElseThrow().zone(),
                "a zone set before the step is kept");
        assertEquals(ZoneId.of("Europe/Brussels"), status.week(RegionCode.of("EU")).orElseThrow().zone());
        assertTrue(status.week(RegionCode.of("ZZ")).isEmpty());
    }

    @Test
    void aPutSetsTheZoneAndWeekAndOneWithoutThemKeepsThem() {
        Tagged<RegionView> before = regions.get("AE");
        RegionView v = before.body();
        Tagged<RegionView> set = regions.update("AE", "*", new RegionRequest(null, v.name(), v.kind(), v.members(),
                v.requiredLocales(), "Asia/Dubai", List.of("mon", "TUE", "Wednesday", "THU", "FRI")));
        assertEquals("Asia/Dubai", set.body().timeZone());
        assertEquals(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), set.body().workingDays());
        Tagged<RegionView> kept = regions.update("AE", "*", new RegionRequest(null, "U.A.E.", v.kind(), v.members(),
                v.requiredLocales()));
        assertEquals("U.A.E.", kept.body().name());
        assertEquals("Asia/Dubai", kept.body().timeZone());
        assertEquals(5, kept.body().workingDays().size());
    }

    @Test
    void aBadZoneOrDayIsA400NamingTheField() {
        RegionView v = regions.get("AE").body();
        ProblemException e = assertThrows(ProblemException.class, () -> regions.update("AE", "*", new RegionRequest(null,
                v.name(), v.kind(), v.members(), v.requiredLocales(), "Mars/Olympus", List.of("MONDAY", "Funday"))));
        assertEquals(400, e.status());
        assertEquals(List.of("timeZone", "workingDays[1]"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals("workingDays", assertThrows(ProblemException.class, () -> regions.update("AE", "*",
                new RegionRequest(null, v.name(), v.kind(), v.members(), v.requiredLocales(), null, List.of())))
                .errors().get(0).field());
    }
}
