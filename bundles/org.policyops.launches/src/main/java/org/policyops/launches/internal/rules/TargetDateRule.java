package org.policyops.launches.internal.rules;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Component;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;

/** A region that is still PLANNED has a target date, and it has not passed. */
@Component(service = ComplianceRule.class)
public class TargetDateRule extends PlatformRule {

    public static final String ID = "platform.target-date";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Target date set and ahead";
    }

    @Override
    public String description() {
        return "A region still waiting for approval has a target date for enforcement, and that date has not passed.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        LaunchRegionView region = context.launchRegion();
        if (!"PLANNED".equals(region.status())) {
            return RuleResult.notApplicable("The region is " + region.status() + "; the target date matters only until "
                    + "it is approved.");
        }
        LocalDate target = region.targetDate();
        if (target == null) {
            return RuleResult.fail(Finding.of("No target date for " + region.region() + ": set one so that approvers "
                    + "and the regional team know when enforcement is due."));
        }
        LocalDate today = context.now().atZone(ZoneOffset.UTC).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, target);
        if (days < 0) {
            return RuleResult.fail(Finding.of("The target date " + target + " for " + region.region() + " passed "
                    + -days + (days == -1 ? " day" : " days") + " ago and the region is not approved: approve it or set a new date."));
        }
        return RuleResult.pass(Finding.of("Target date " + target + (days == 0 ? ", today." : ", in " + days
                + (days == 1 ? " day." : " days."))));
    }
}
