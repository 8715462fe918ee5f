package org.policyops.itests.plugins;

import java.util.Set;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;

/** A BLOCKER for IN that always fails: while it takes part, no IN region may ever be GO or approved. */
public class FailingInBlocker implements ComplianceRule {

    public static final String ID = "test.in-always-fails";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Always fails in IN";
    }

    @Override
    public String description() {
        return "A blocker that never passes, to prove it never goes missing during an upgrade.";
    }

    @Override
    public Set<RegionCode> regions() {
        return Set.of(RegionCode.of("IN"));
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        return RuleResult.fail(Finding.of("consent records are missing (by design of this test)"));
    }
}
