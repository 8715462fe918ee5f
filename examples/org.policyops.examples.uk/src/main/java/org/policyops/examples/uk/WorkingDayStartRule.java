package org.policyops.examples.uk;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RegionCalendar;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.plugins.RuleDeclaration;

/**
 * Enforcement in the UK starts on a working day, with at least {@value #NOTICE_DAYS} working days' notice for the
 * moderation teams: a change that takes effect on a bank holiday or a weekend lands when the teams who would handle
 * the fallout are off. Uses the region's calendar (time zone and working week from localization, bank holidays from
 * planning); says what it had to assume when a part is unknown, and cannot judge when the whole calendar is.
 */
// Declared for dry runs; the same as id(), severity() and regions() below.
@RuleDeclaration(id = "uk.enforcement-on-working-day", severity = Severity.WARNING, regions = { "UK", "GB" })
@Component(service = ComplianceRule.class)
public class WorkingDayStartRule implements ComplianceRule {

    static final String ID = "uk.enforcement-on-working-day";
    static final int NOTICE_DAYS = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "UK enforcement starts on a working day, with notice";
    }

    @Override
    public String description() {
        return "The UK target date is a working day (not a weekend or a bank holiday in the UK) and at least "
                + NOTICE_DAYS + " working days away when the launch is judged, by the UK's time zone.";
    }

    @Override
    public Set<RegionCode> regions() {
        return RiskAssessmentRule.UK;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        LocalDate target = context.launchRegion().targetDate();
        if (target == null) {
            return RuleResult.notApplicable("The launch has no target date in " + context.region() + " yet.");
        }
        RegionCalendar calendar = context.calendar();
        if (!calendar.weekKnown() && !calendar.holidaysKnown()) {
            return RuleResult.notApplicable("The calendar of " + context.region() + " is unknown (time zone and working "
                    + "week come from the localization feature, bank holidays from planning's public holidays).");
        }
        String assumed = assumptions(calendar);
        LocalDate today = calendar.dateAt(context.now());
        List<Finding> problems = new ArrayList<>();
        if (!calendar.isWorkingDay(target)) {
            String why = calendar.isPublicHoliday(target)
                    ? "a public holiday in " + context.region() + " (" + calendar.publicHolidays().get(target) + ")"
                    : "not in the working week";
            problems.add(new Finding("The target date " + day(target) + " is " + why + "; the next working day is "
                    + day(calendar.nextWorkingDay(target)) + "." + assumed, null));
        }
        if (target.isAfter(today)) {
            int notice = calendar.workingDaysBetween(today.plusDays(1), target);
            if (notice < NOTICE_DAYS) {
                problems.add(new Finding("Only " + notice + " working day" + (notice == 1 ? "" : "s") + " from "
                        + today + " (" + calendar.zone().getId() + ") to the target date " + target + "; the teams need "
                        + NOTICE_DAYS + "." + assumed, null));
            }
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(problems.toArray(Finding[]::new));
        }
        return RuleResult.pass(new Finding("Enforcement starts on " + day(target) + " at "
                + calendar.startOf(target).toOffsetDateTime() + " (" + calendar.zone().getId() + "), a working day."
                + assumed, null));
    }

    /** What the verdict took on trust, said in the finding. */
    private static String assumptions(RegionCalendar calendar) {
        if (!calendar.weekKnown()) {
            return " (The time zone and working week are unknown: assumed UTC, Monday to Friday.)";
        }
        if (!calendar.holidaysKnown()) {
            return " (Bank holidays are unknown: planning records none for the region.)";
        }
        return "";
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date;
    }
}
