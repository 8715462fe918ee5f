package org.policyops.launches.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.SemanticVersion;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.launches.internal.service.LaunchService;

/**
 * No other launch of the same policy competes in the region: none is rolling out another version there (planned or
 * approved, not yet enforcing), and no newer version is already enforcing there (this launch would roll it back).
 */
@Component(service = ComplianceRule.class)
public class ConflictingLaunchRule extends PlatformRule {

    public static final String ID = "platform.no-conflicting-launch";

    private final LaunchService launches;

    @Activate
    public ConflictingLaunchRule(@Reference LaunchService launches) {
        this.launches = launches;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "No competing launch of the policy";
    }

    @Override
    public String description() {
        return "No other launch of the same policy is rolling out another version in the region, and no newer version "
                + "is already enforced there.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        LaunchView self = context.launch();
        SemanticVersion mine = SemanticVersion.parse(self.policyVersion());
        List<Finding> conflicts = new ArrayList<>();
        for (LaunchView other : launches.viewsOfPolicy(self.policyKey())) {
            if (other.id() == self.id()) {
                continue;
            }
            LaunchRegionView there = other.region(context.region()).orElse(null);
            if (there == null || "CANCELLED".equals(there.status())) {
                continue;
            }
            SemanticVersion theirs = SemanticVersion.parse(other.policyVersion());
            String which = "launch " + other.id() + " (" + other.title() + ")";
            if ("ENFORCING".equals(there.status())) {
                if (theirs.compareTo(mine) > 0) {
                    conflicts.add(new Finding("A newer version, " + theirs + ", is already enforced in " + context.region()
                            + " by " + which + "; launching " + mine + " would roll it back.", "launch " + other.id()));
                }
            } else if (theirs.equals(mine)) {
                conflicts.add(new Finding("The same version is also being launched in " + context.region() + " by " + which
                        + " (" + there.status() + ").", "launch " + other.id()));
            } else {
                conflicts.add(new Finding("Version " + theirs + " is also being launched in " + context.region() + " by "
                        + which + " (" + there.status() + "); only one should go ahead.", "launch " + other.id()));
            }
        }
        if (!conflicts.isEmpty()) {
            return new RuleResult(org.policyops.api.compliance.Verdict.FAIL, conflicts);
        }
        return RuleResult.pass(Finding.of("No other launch of " + self.policyKey() + " competes in " + context.region() + "."));
    }
}
