package org.policyops.launches.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.EvidenceView;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.RequirementInfo;

/**
 * Evidence is recorded for the policy (the whole policy, or the version launched) for every compliance requirement
 * the requirement catalog lists for the region. Not applicable without the localization feature, which owns the
 * catalog. A warning: the regional packs' rules decide what blocks.
 */
@Component(service = ComplianceRule.class)
public class RequirementEvidenceRule extends PlatformRule {

    public static final String ID = "platform.requirement-evidence";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Evidence for the region's requirements";
    }

    @Override
    public String description() {
        return "Evidence (a risk assessment, a legal review) is recorded for the policy for each compliance requirement "
                + "catalogued for the region.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Optional<RequirementCatalog> catalog = context.requirements();
        if (catalog.isEmpty()) {
            return RuleResult.notApplicable("The localization feature is not installed: there is no catalog of regional "
                    + "requirements to check evidence against.");
        }
        List<RequirementInfo> required = catalog.get().forRegion(context.region());
        if (required.isEmpty()) {
            return RuleResult.notApplicable("No compliance requirements are catalogued for " + context.region() + ".");
        }
        String version = context.launch().policyVersion();
        List<Finding> missing = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        for (RequirementInfo r : required) {
            Optional<EvidenceView> evidence = context.launch().evidence().stream()
                    .filter(e -> e.requirementId().equalsIgnoreCase(r.id()) && e.region().equals(context.region())
                            && (e.policyVersion() == null || e.policyVersion().equals(version)))
                    .reduce((first, second) -> second);
            if (evidence.isPresent()) {
                found.add(new Finding(r.id() + " (" + r.title() + "): evidence recorded " + evidence.get().recordedAt()
                        + " by " + evidence.get().recordedBy() + ".", evidence.get().reference()));
            } else {
                missing.add(new Finding("No evidence for " + r.id() + " (" + r.title() + ", " + r.regulation() + " "
                        + r.article() + ") for " + context.launch().policyKey() + ".", r.evidenceExpected()));
            }
        }
        if (!missing.isEmpty()) {
            List<Finding> all = new ArrayList<>(missing);
            all.addAll(found);
            return new RuleResult(org.policyops.api.compliance.Verdict.FAIL, all);
        }
        return new RuleResult(org.policyops.api.compliance.Verdict.PASS, found);
    }
}
