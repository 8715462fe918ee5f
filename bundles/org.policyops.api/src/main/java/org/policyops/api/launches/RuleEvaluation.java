package org.policyops.api.launches;

import java.util.List;

import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.Severity;
import org.policyops.api.compliance.Verdict;

/**
 * One rule's evaluation in one launch region.
 *
 * @param requirements the requirement ids the rule checks
 * @param blocking true when this evaluation makes the region NO_GO
 * @param durationMillis how long the rule took (up to the time bound for TIMEOUT)
 */
public record RuleEvaluation(String ruleId, String title, Severity severity, boolean shadow, Verdict verdict,
        List<Finding> findings, List<String> requirements, boolean blocking, String plugin, String pluginVersion,
        long durationMillis) {

    public RuleEvaluation {
        findings = List.copyOf(findings);
        requirements = List.copyOf(requirements);
    }
}
