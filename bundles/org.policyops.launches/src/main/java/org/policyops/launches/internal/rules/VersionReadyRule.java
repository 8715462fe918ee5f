package org.policyops.launches.internal.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.policyops.api.LifecycleStage;
import org.policyops.api.SemanticVersion;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.planning.PolicyVersionInfo;

/**
 * The version being launched is in the policy catalog and has reached at least TRAINING (reviewers are being trained
 * on it) before a region is approved. Not applicable without the planning feature.
 */
@Component(service = ComplianceRule.class)
public class VersionReadyRule extends PlatformRule {

    public static final String ID = "platform.version-ready";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Version ready in the policy catalog";
    }

    @Override
    public String description() {
        return "The policy version is in the policy catalog and has reached at least TRAINING, so reviewers are trained "
                + "on it before enforcement is approved in a region.";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Optional<PolicyCatalog> catalog = context.policyCatalog();
        if (catalog.isEmpty()) {
            return RuleResult.notApplicable("The planning feature is not installed, so the version cannot be checked "
                    + "against the policy catalog.");
        }
        String key = context.launch().policyKey();
        String version = context.launch().policyVersion();
        if (catalog.get().findPolicy(key).isEmpty()) {
            return RuleResult.fail(Finding.of("There is no policy '" + key + "' in the policy catalog."));
        }
        List<PolicyVersionInfo> versions = catalog.get().versions(key);
        SemanticVersion wanted = SemanticVersion.parse(version);
        Optional<PolicyVersionInfo> info = versions.stream().filter(v -> v.version().equals(wanted)).findFirst();
        if (info.isEmpty()) {
            return RuleResult.fail(new Finding(key + " has no version " + version + " in the policy catalog.",
                    "versions: " + versions.stream().map(v -> v.version().toString()).collect(Collectors.joining(", "))));
        }
        LifecycleStage stage = info.get().stage();
        Instant since = info.get().stageEnteredAt().get(stage);
        String where = key + " " + version + " is in " + stage + (since == null ? "" : " since " + since);
        if (stage.isBefore(LifecycleStage.TRAINING)) {
            return RuleResult.fail(new Finding(where + "; it must reach TRAINING before a region is approved.",
                    "status " + info.get().status()));
        }
        return RuleResult.pass(Finding.of(where + "."));
    }
}
