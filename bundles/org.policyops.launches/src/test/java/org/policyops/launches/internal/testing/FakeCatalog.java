package org.policyops.launches.internal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyops.api.LifecycleStage;
import org.policyops.api.SemanticVersion;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.planning.PolicyInfo;
import org.policyops.api.planning.PolicyVersionInfo;

/** A policy catalog in memory, as planning would answer. */
public final class FakeCatalog implements PolicyCatalog {

    private final Map<String, PolicyInfo> policies = new HashMap<>();
    private final Map<String, List<PolicyVersionInfo>> versions = new HashMap<>();
    private final Map<String, Instant> approvals = new HashMap<>();

    /** Adds a version that entered each stage up to {@code stage}, a day apart from {@code developmentStart}. */
    public FakeCatalog version(String key, String version, LifecycleStage stage, Instant developmentStart, Instant approvedAt) {
        policies.putIfAbsent(key, new PolicyInfo(key, key, "Area", "Policy Global"));
        Map<LifecycleStage, Instant> entered = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage s : LifecycleStage.values()) {
            if (s.ordinal() <= stage.ordinal()) {
                entered.put(s, developmentStart.plus(java.time.Duration.ofDays(s.ordinal())));
            }
        }
        versions.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new PolicyVersionInfo(key, SemanticVersion.parse(version), "DRAFT", stage, entered));
        if (approvedAt != null) {
            approvals.put(key + "@" + SemanticVersion.parse(version), approvedAt);
        }
        return this;
    }

    @Override
    public Optional<PolicyInfo> findPolicy(String key) {
        return Optional.ofNullable(policies.get(key));
    }

    @Override
    public List<PolicyVersionInfo> versions(String key) {
        return versions.getOrDefault(key, List.of());
    }

    @Override
    public Optional<PolicyVersionInfo> currentVersion(String key) {
        return versions(key).stream().reduce((a, b) -> b);
    }

    @Override
    public Optional<Instant> approvedAt(String key, SemanticVersion version) {
        return Optional.ofNullable(approvals.get(key + "@" + version));
    }
}
