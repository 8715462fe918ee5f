package ${package};

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * Users get at least {@value #NOTICE_DAYS} days' notice of a policy change: the launch's target date in the region
 * is at least that many days after the evaluation. Replace the check with your own; keep the id unique.
 */
// The declaration lets a dry run (POST /api/plugins?dryRun=true) see this rule without starting the plugin: keep it
// the same as id(), severity() and regions() below.
@RuleDeclaration(id = "${ruleId}", severity = Severity.WARNING, regions = { "${region}" })
@Component(service = ComplianceRule.class)
public class ${ruleClass} implements ComplianceRule {

    static final int NOTICE_DAYS = 14;

    @Override
    public String id() {
        return "${ruleId}";
    }

    @Override
    public String title() {
        return "At least " + NOTICE_DAYS + " days' notice before enforcement";
    }

    @Override
    public String description() {
        return "The launch's target date in the region is at least " + NOTICE_DAYS + " days away, so users can be told of the change.";
    }

    @Override
    public Set<RegionCode> regions() {
        return Set.of(RegionCode.of("${region}"));
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
        // Today in the region's time zone (UTC when the localization feature is not installed); the calendar also
        // knows the region's working week and public holidays: calendar().workingDaysBetween(today, target).
        RegionCalendar calendar = context.calendar();
        LocalDate today = calendar.dateAt(context.now());
        long days = ChronoUnit.DAYS.between(today, target);
        Finding figures = new Finding(days + " days from " + today + " (" + calendar.zone().getId() + ") to the target date "
                + target + ".", "needed " + NOTICE_DAYS);
        return days >= NOTICE_DAYS ? RuleResult.pass(figures) : RuleResult.fail(figures);
    }
}
