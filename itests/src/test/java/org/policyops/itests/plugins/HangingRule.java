package org.policyops.itests.plugins;

import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;

/** Sleeps for a minute (until interrupted): the platform must report TIMEOUT and go on. */
public class HangingRule implements ComplianceRule {

    public static final String ID = "test.hangs";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Hangs";
    }

    @Override
    public String description() {
        return "A rule that never answers in time.";
    }

    @Override
    public Set<RegionCode> regions() {
        return Set.of();
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public RuleResult evaluate(RuleContext context) throws InterruptedException {
        // Never answers: waits until the platform gives up on it and interrupts its worker.
        new CountDownLatch(1).await();
        return RuleResult.pass();
    }
}
