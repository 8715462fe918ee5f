package org.policyops.tooling.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.tooling.ToolKind;
import org.policyops.api.tooling.ToolStatus;
import org.policyops.tooling.internal.ToolingConfig;
import org.policyops.tooling.internal.entity.EvaluationEntity;
import org.policyops.tooling.internal.entity.ToolEntity;
import org.policyops.tooling.internal.service.ToolingUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tooling.ai-evaluated}: every AI model in pilot or production that serves the launch's policy in the
 * region (global models and models of that region) has a passing evaluation on the launched version: for each
 * locale it was evaluated in on that version, its latest run passed, and there is at least one. Not applicable when
 * no AI model serves the policy there. Its severity is configured (WARNING by default).
 */
@Component(service = ComplianceRule.class, configurationPid = ToolingConfig.PID)
public class AiEvaluatedRule implements ComplianceRule {

    private static final Logger LOG = LoggerFactory.getLogger(AiEvaluatedRule.class);
    public static final String ID = "tooling.ai-evaluated";

    private final JpaTemplate jpa;
    private volatile Severity severity = Severity.WARNING;

    @Activate
    public AiEvaluatedRule(@Reference(target = ToolingUnit.TARGET) JpaTemplate jpa, ToolingConfig config) {
        this.jpa = jpa;
        configure(config);
    }

    @Modified
    void configure(ToolingConfig config) {
        try {
            severity = Severity.valueOf(config.aiEvaluatedSeverity().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warn("aiEvaluatedSeverity '{}' is not BLOCKER, WARNING or INFO; WARNING applies", config.aiEvaluatedSeverity());
            severity = Severity.WARNING;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "AI models evaluated on the launched version";
    }

    @Override
    public String description() {
        return "Every AI model in pilot or production that serves the launch's policy in the region has a passing "
                + "evaluation (golden set against QA reviewers: precision, recall, Cohen's kappa within its thresholds) "
                + "on the version being launched.";
    }

    @Override
    public Set<RegionCode> regions() {
        return Set.of();
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        String policy = context.launch().policyKey();
        String version = context.launch().policyVersion();
        String region = context.region().value();
        record Model(String key, String name, Map<String, Boolean> latestByLocale) {
        }
        List<Model> models = jpa.txExpr(TransactionType.Required, em -> {
            List<Model> out = new ArrayList<>();
            for (ToolEntity t : em.createQuery("select t from ToolEntity t join t.policies p where t.kind = :kind "
                    + "and p = :policy and t.status in :statuses order by t.id", ToolEntity.class)
                    .setParameter("kind", ToolKind.AI_MODEL.name()).setParameter("policy", policy)
                    .setParameter("statuses", List.of(ToolStatus.PILOT.name(), ToolStatus.PRODUCTION.name())).getResultList()) {
                if (!t.getRegions().isEmpty() && !t.getRegions().contains(region)) {
                    continue;
                }
                Map<String, Boolean> latest = new LinkedHashMap<>();
                for (EvaluationEntity e : em.createQuery("select e from EvaluationEntity e where e.toolKey = :key and "
                        + "e.policyKey = :policy and e.policyVersion = :version order by e.ranAt desc, e.id desc",
                        EvaluationEntity.class).setParameter("key", t.getKey()).setParameter("policy", policy)
                        .setParameter("version", version).getResultList()) {
                    latest.putIfAbsent(e.getLocale(), e.isPassed());
                }
                out.add(new Model(t.getKey(), t.getName(), latest));
            }
            return out;
        });
        if (models.isEmpty()) {
            return RuleResult.notApplicable("No AI model in pilot or production serves " + policy + " in " + region + ".");
        }
        List<Finding> failing = new ArrayList<>();
        List<Finding> passing = new ArrayList<>();
        for (Model m : models) {
            String what = m.name() + " (" + m.key() + ")";
            if (m.latestByLocale().isEmpty()) {
                failing.add(new Finding(what + " has no evaluation on " + policy + " " + version + ".", m.key()));
                continue;
            }
            List<String> failed = m.latestByLocale().entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
            if (failed.isEmpty()) {
                passing.add(new Finding(what + " passed its evaluation on " + policy + " " + version + " in "
                        + String.join(", ", m.latestByLocale().keySet()) + ".", m.key()));
            } else {
                failing.add(new Finding(what + " failed its latest evaluation on " + policy + " " + version + " in "
                        + String.join(", ", failed) + ".", m.key()));
            }
        }
        return failing.isEmpty() ? RuleResult.pass(passing.toArray(Finding[]::new)) : RuleResult.fail(failing.toArray(Finding[]::new));
    }
}
