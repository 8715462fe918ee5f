package org.policyops.examples.uk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Verdict;
import org.policyops.testkit.Launches;
import org.policyops.testkit.RuleContexts;

class WorkingDayStartRuleTest {

    /** Judged on Monday 2027-12-06 at 09:00 UTC. */
    private static final Instant NOW = Instant.parse("2027-12-06T09:00:00Z");

    private static RuleContexts uk(String target) {
        return RuleContexts.forLaunch(Launches.launch().policy("hate-speech", "3.1.0").region("UK", LocalDate.parse(target)))
                .now(NOW);
    }

    /** The UK as localization and planning would describe it at Christmas 2027. */
    private static RuleContexts ukWithCalendar(String target) {
        return uk(target).timeZone("Europe/London").holiday("2027-12-27", "Christmas Day (substitute day)")
                .holiday("2027-12-28", "Boxing Day (substitute day)");
    }

    private static String text(RuleResult r) {
        return r.findings().stream().map(f -> f.message()).reduce("", (a, b) -> a + " | " + b);
    }

    @Test
    void aBankHolidayIsNotAWorkingDayAndTheFindingNamesItAndTheNextWorkingDay() {
        RuleResult r = new WorkingDayStartRule().evaluate(ukWithCalendar("2027-12-27").build());
        assertEquals(Verdict.FAIL, r.verdict());
        assertTrue(text(r).contains("Monday 2027-12-27 is a public holiday in UK (Christmas Day (substitute day))"), text(r));
        assertTrue(text(r).contains("the next working day is Wednesday 2027-12-29"), text(r));
    }

    @Test
    void aWorkingDayWithEnoughNoticePassesAndSaysWhenEnforcementStartsInTheRegionsZone() {
        RuleResult r = new WorkingDayStartRule().evaluate(ukWithCalendar("2027-12-29").build());
        assertEquals(Verdict.PASS, r.verdict(), text(r));
        assertTrue(text(r).contains("Wednesday 2027-12-29 at 2027-12-29T00:00Z (Europe/London)"), text(r));
    }

    @Test
    void tooFewWorkingDaysOfNoticeFail() {
        // Tue 7 .. Fri 10 are four working days before Monday 13th.
        RuleResult r = new WorkingDayStartRule().evaluate(ukWithCalendar("2027-12-13").build());
        assertEquals(Verdict.FAIL, r.verdict());
        assertTrue(text(r).contains("Only 4 working days from 2027-12-06 (Europe/London)"), text(r));
        assertEquals(Verdict.PASS, new WorkingDayStartRule().evaluate(ukWithCalendar("2027-12-14").build()).verdict());
    }

    @Test
    void theDateOfNowIsTheRegionsDate() {
        // 23:30 UTC on 5 December is already 6 December in Tokyo: a region keeping Asia/Tokyo counts from the 6th.
        RuleResult r = new WorkingDayStartRule().evaluate(uk("2027-12-13").now(Instant.parse("2027-12-05T23:30:00Z"))
                .timeZone("Asia/Tokyo").holidaysKnown().build());
        assertTrue(text(r).contains("Only 4 working days from 2027-12-06 (Asia/Tokyo)"), text(r));
    }

    @Test
    void whatIsUnknownIsSaidAndAnUnknownCalendarIsNotJudged() {
        RuleResult noHolidays = new WorkingDayStartRule().evaluate(uk("2027-12-27").timeZone("Europe/London").build());
        assertEquals(Verdict.PASS, noHolidays.verdict(), "without planning's holidays Monday 27th looks like a working day");
        assertTrue(text(noHolidays).contains("Bank holidays are unknown"), text(noHolidays));
        RuleResult nothing = new WorkingDayStartRule().evaluate(uk("2027-12-27").build());
        assertEquals(Verdict.NOT_APPLICABLE, nothing.verdict());
        assertTrue(text(nothing).contains("calendar of UK is unknown"), text(nothing));
    }
}
