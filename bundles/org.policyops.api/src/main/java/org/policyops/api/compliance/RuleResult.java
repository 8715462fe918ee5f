package org.policyops.api.compliance;

import java.util.List;

/** What {@link ComplianceRule#evaluate} returns: a verdict and the findings that explain it. */
public record RuleResult(Verdict verdict, List<Finding> findings) {

    public RuleResult {
        if (verdict == null) {
            throw new IllegalArgumentException("a rule result needs a verdict");
        }
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static RuleResult pass(Finding... findings) {
        return new RuleResult(Verdict.PASS, List.of(findings));
    }

    public static RuleResult fail(Finding... findings) {
        return new RuleResult(Verdict.FAIL, List.of(findings));
    }

    /** Not applicable, with the reason people will read (e.g. which feature is missing). */
    public static RuleResult notApplicable(String reason) {
        return new RuleResult(Verdict.NOT_APPLICABLE, List.of(Finding.of(reason)));
    }
}
