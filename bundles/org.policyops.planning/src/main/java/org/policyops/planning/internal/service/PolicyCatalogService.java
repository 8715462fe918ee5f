package org.policyops.planning.internal.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.LifecycleStage;
import org.policyops.api.SemanticVersion;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.planning.PolicyInfo;
import org.policyops.api.planning.PolicyVersionInfo;
import org.policyops.planning.internal.entity.PolicyEntity;
import org.policyops.planning.internal.entity.PolicyVersionEntity;
import org.policyops.planning.internal.entity.StageTransitionEntity;

/** The policy catalog as other domains see it: read-only, by key. */
@Component(service = PolicyCatalog.class)
public class PolicyCatalogService implements PolicyCatalog {

    private final JpaTemplate jpa;

    @Activate
    public PolicyCatalogService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<PolicyInfo> findPolicy(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(PolicyService.findOptional(em, key))
                .map(p -> new PolicyInfo(p.getPolicyKey(), p.getName(), p.getArea(), p.getOwningTeam())));
    }

    @Override
    public List<PolicyVersionInfo> versions(String key) {
        if (key == null) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PolicyEntity policy = PolicyService.findOptional(em, key);
            return policy == null ? List.<PolicyVersionInfo>of()
                    : policy.getVersions().stream().map(PolicyCatalogService::info).toList();
        });
    }

    @Override
    public Optional<PolicyVersionInfo> currentVersion(String key) {
        List<PolicyVersionInfo> all = versions(key);
        Comparator<PolicyVersionInfo> byNumber = Comparator.comparing(PolicyVersionInfo::version);
        Optional<PolicyVersionInfo> enforced = all.stream()
                .filter(v -> v.stage() == LifecycleStage.ENFORCEMENT).max(byNumber);
        return enforced.isPresent() ? enforced : all.stream().max(byNumber);
    }

    @Override
    public Optional<Instant> approvedAt(String key, SemanticVersion version) {
        if (key == null || version == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(PolicyService.findOptional(em, key))
                .flatMap(p -> p.findVersion(version)).map(PolicyVersionEntity::getApprovedAt));
    }

    static PolicyVersionInfo info(PolicyVersionEntity v) {
        Map<LifecycleStage, Instant> entered = new EnumMap<>(LifecycleStage.class);
        for (StageTransitionEntity t : v.getTransitions()) {
            entered.put(t.getStage(), t.getEnteredAt());
        }
        return new PolicyVersionInfo(v.getPolicy().getPolicyKey(), v.semanticVersion(), v.getStatus().name(),
                v.getStage(), entered);
    }
}
