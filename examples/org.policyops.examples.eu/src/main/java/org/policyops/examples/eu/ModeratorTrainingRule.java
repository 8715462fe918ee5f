package org.policyops.examples.eu;

import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.policyops.api.plugins.RuleDeclaration;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.TrainingCoverage;

/**
 * At least 90% of the moderators in the launch region hold a valid certification on the policy's current version.
 * For the region EU, moderators registered under EU and under each member state are counted together.
 * <p>
 * Nobody in scope is a FAIL, not a pass: a policy that nobody in the region is trained to enforce cannot be
 * launched there, and an empty training roster is far more often a data gap than a real absence of moderators.
 */
// Declared for dry runs (POST /api/plugins?dryRun=true); the same as id(), severity() and regions() below.
@RuleDeclaration(id = "eu.moderator-training-coverage", severity = Severity.BLOCKER, regions = { "EU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE" })
@Component(service = ComplianceRule.class)
public class ModeratorTrainingRule implements ComplianceRule {

    static final String ID = "eu.moderator-training-coverage";
    static final String ROLE = "moderator";
    static final double THRESHOLD = 0.9;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "At least 90% of moderators in the region trained on the policy";
    }

    @Override
    public String description() {
        return "At least 90% of the moderators in the launch region hold a valid certification on the policy's current version.";
    }

    @Override
    public Set<RegionCode> regions() {
        return EuMemberStates.regions();
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        if (EuMemberStates.states(context.region()).isEmpty()) {
            return RuleResult.notApplicable(context.region() + " is not the EU or one of its member states.");
        }
        if (context.trainingCoverage().isEmpty()) {
            return RuleResult.notApplicable("The training feature is not installed, so moderator training cannot be checked "
                    + "(feature:install policyops-training).");
        }
        TrainingCoverage training = context.trainingCoverage().get();
        String policy = context.launch().policyKey();
        long inScope = 0;
        long certified = 0;
        String version = null;
        for (RegionCode region : counted(context.region())) {
            CoverageInfo c = training.coverage(policy, region, ROLE);
            inScope += c.inScope();
            certified += c.certified();
            version = version == null ? c.policyVersion() : version;
        }
        String on = version == null ? "" : " on version " + version;
        if (inScope == 0) {
            return RuleResult.fail(new Finding("No moderators are recorded for " + context.region()
                    + ": nobody would be trained to enforce the policy there.", "0 moderators in scope"));
        }
        double share = (double) certified / inScope;
        String figures = certified + " of " + inScope + " moderators certified" + on + " ("
                + String.format(Locale.ROOT, "%.1f%%", share * 100) + ", needed 90%)";
        if (share + 1e-9 >= THRESHOLD) {
            return RuleResult.pass(new Finding("Moderator training coverage is sufficient.", figures));
        }
        long stillNeeded = (long) Math.ceil(THRESHOLD * inScope - 1e-9) - certified;
        return RuleResult.fail(new Finding("Moderator training coverage is below 90%: " + stillNeeded + " more must be certified.", figures));
    }

    /** EU counts its own moderators and those of every member state; a member state only its own. */
    private static Set<RegionCode> counted(RegionCode region) {
        if (EuMemberStates.EU.equals(region)) {
            return EuMemberStates.regions();
        }
        return Set.of(region);
    }
}
