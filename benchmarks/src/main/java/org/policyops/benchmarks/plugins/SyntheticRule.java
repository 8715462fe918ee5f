package org.policyops.benchmarks.plugins;

import java.util.Map;
import java.util.Set;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;

/**
 * A rule of the load program's generated plugins: one class, many Declarative Services components that differ by
 * their {@code ruleId} property. It checks what a cheap real rule checks (the region has a target date, and the
 * launch's evidence for the region), so readiness figures include a little real work per rule.
 */
public class SyntheticRule implements ComplianceRule {

    private String id = "bench.unset";

    /** Called by Declarative Services with the component's properties. */
    public void activate(Map<String, Object> properties) {
        Object value = properties.get("ruleId");
        if (value != null) {
            id = value.toString();
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return "Synthetic rule " + id;
    }

    @Override
    public String description() {
        return "Load-test rule: the region has a target date.";
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
        long evidence = context.launch().evidence().stream().filter(e -> e.region().equals(context.region())).count();
        if (context.launchRegion().targetDate() == null) {
            return RuleResult.fail(Finding.of("no target date"));
        }
        return RuleResult.pass(new Finding("target date " + context.launchRegion().targetDate(), evidence + " evidence records"));
    }
}
