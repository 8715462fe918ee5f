package org.policyops.examples.uk;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.policyops.api.plugins.RuleDeclaration;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.EvidenceView;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.localization.RequirementCatalog;

/**
 * An illegal-content risk assessment (Online Safety Act 2023, s. 9) is recorded for the policy before the launch's
 * target date in the UK. An assessment counts when it was made for the UK (or GB), for the policy as a whole or for
 * the version being launched, and recorded before the target day begins (UTC): one for an older version does not
 * cover the changes of this one.
 */
// Declared for dry runs; the same as id(), severity() and regions() below.
@RuleDeclaration(id = "uk.osa-illegal-content-risk-assessment", severity = Severity.BLOCKER, regions = { "UK", "GB" })
@Component(service = ComplianceRule.class)
public class RiskAssessmentRule implements ComplianceRule {

    static final String ID = "uk.osa-illegal-content-risk-assessment";
    static final Set<RegionCode> UK = Set.of(RegionCode.of("UK"), RegionCode.of("GB"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Illegal-content risk assessment recorded before the UK launch";
    }

    @Override
    public String description() {
        return "An illegal-content risk assessment (Online Safety Act 2023, s. 9) is recorded for the policy, or the version "
                + "being launched, before the launch's target date in the UK.";
    }

    @Override
    public Set<RegionCode> regions() {
        return UK;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    public List<String> requirements() {
        return List.of(RequirementCatalog.UK_OSA_ILLEGAL_CONTENT_RISK_ASSESSMENT);
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        if (!UK.contains(context.region())) {
            return RuleResult.notApplicable(context.region() + " is not the United Kingdom.");
        }
        LaunchView launch = context.launch();
        LocalDate target = context.launchRegion().targetDate();
        List<EvidenceView> assessments = launch.evidence().stream()
                .filter(e -> RequirementCatalog.UK_OSA_ILLEGAL_CONTENT_RISK_ASSESSMENT.equals(e.requirementId()))
                .filter(e -> UK.contains(e.region()))
                .filter(e -> launch.policyKey().equals(e.policyKey()))
                .toList();
        List<EvidenceView> forThisVersion = assessments.stream()
                .filter(e -> e.policyVersion() == null || e.policyVersion().equals(launch.policyVersion()))
                .toList();
        Optional<EvidenceView> inTime = forThisVersion.stream()
                .filter(e -> target == null || e.recordedAt().isBefore(target.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .max(Comparator.comparing(EvidenceView::recordedAt));
        if (inTime.isPresent()) {
            EvidenceView e = inTime.get();
            return RuleResult.pass(new Finding("An illegal-content risk assessment is recorded"
                    + (e.policyVersion() == null ? " for the policy" : " for version " + e.policyVersion())
                    + " on " + e.recordedAt().atZone(ZoneOffset.UTC).toLocalDate() + " by " + e.recordedBy() + ".",
                    e.reference() + (e.summary() == null ? "" : ": " + e.summary())));
        }
        if (!forThisVersion.isEmpty()) {
            EvidenceView late = forThisVersion.get(forThisVersion.size() - 1);
            return RuleResult.fail(new Finding("The illegal-content risk assessment was recorded on "
                    + late.recordedAt().atZone(ZoneOffset.UTC).toLocalDate() + ", not before the UK target date " + target + ".",
                    late.reference()));
        }
        if (!assessments.isEmpty()) {
            EvidenceView old = assessments.get(assessments.size() - 1);
            return RuleResult.fail(new Finding("The illegal-content risk assessment covers version " + old.policyVersion()
                    + ", not the version " + launch.policyVersion() + " being launched.", old.reference()));
        }
        return RuleResult.fail(new Finding("No illegal-content risk assessment (UK-OSA-9) is recorded for policy "
                + launch.policyKey() + (target == null ? "." : "; the UK target date is " + target + "."), null));
    }
}
