package org.policyops.itests.plugins;

import java.util.Set;

import org.osgi.framework.FrameworkUtil;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;

/** Passes, saying which version of its bundle evaluated: tells an upgrade took effect. */
public class VersionedRule implements ComplianceRule {

    public static final String ID = "test.versioned";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Reports its plugin version";
    }

    @Override
    public String description() {
        return "Passes with the version of the bundle that evaluated it.";
    }

    @Override
    public Set<RegionCode> regions() {
        return Set.of();
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        return RuleResult.pass(Finding.of("evaluated by version " + FrameworkUtil.getBundle(getClass()).getVersion()));
    }
}
