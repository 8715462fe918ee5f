package org.policyops.itests.plugins;

import java.util.Set;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;

/** Always throws: the platform must report ERROR and go on. */
public class ThrowingRule implements ComplianceRule {

    public static final String ID = "test.throws";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Always throws";
    }

    @Override
    public String description() {
        return "A broken rule.";
    }

    @Override
    public Set<RegionCode> regions() {
        return Set.of();
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        throw new IllegalStateException("deliberately broken rule");
    }
}
