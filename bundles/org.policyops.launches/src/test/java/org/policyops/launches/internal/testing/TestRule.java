package org.policyops.launches.internal.testing;

import java.util.List;
import java.util.Set;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;

/** A rule for tests: its evaluation is a lambda. */
public final class TestRule implements ComplianceRule {

    /** The evaluation, which may throw. */
    @FunctionalInterface
    public interface Body {
        RuleResult evaluate(RuleContext context) throws Exception;
    }

    private final String id;
    private final Severity severity;
    private final Set<RegionCode> regions;
    private final Body body;

    public TestRule(String id, Severity severity, Body body, String... regions) {
        this.id = id;
        this.severity = severity;
        this.body = body;
        this.regions = java.util.Arrays.stream(regions).map(RegionCode::of).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return "Rule " + id;
    }

    @Override
    public String description() {
        return "A test rule";
    }

    @Override
    public Set<RegionCode> regions() {
        return regions;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public List<String> requirements() {
        return List.of("REQ-" + id);
    }

    @Override
    public RuleResult evaluate(RuleContext context) throws Exception {
        return body.evaluate(context);
    }
}
