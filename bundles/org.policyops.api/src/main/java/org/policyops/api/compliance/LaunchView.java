package org.policyops.api.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.policyops.api.RegionCode;

/**
 * A read-only view of a launch: a policy version rolled out to a set of regions.
 *
 * @param id the launch's identifier
 * @param title e.g. "Hate speech v3.1 — EMEA roll-out"
 * @param policyKey the policy, e.g. {@code hate-speech}
 * @param policyVersion the version being launched, e.g. {@code 3.1.0}
 * @param status the launch's overall status, e.g. {@code PLANNED}, {@code IN_PROGRESS}, {@code COMPLETED}
 * @param regions one entry per region, in the launch's order
 * @param evidence compliance evidence recorded for the launch's policy (any version), oldest first
 * @param createdAt when the launch was created
 */
public record LaunchView(long id, String title, String policyKey, String policyVersion, String status,
        List<LaunchRegionView> regions, List<EvidenceView> evidence, Instant createdAt) {

    public LaunchView {
        regions = List.copyOf(regions);
        evidence = List.copyOf(evidence);
    }

    public Optional<LaunchRegionView> region(RegionCode region) {
        return regions.stream().filter(r -> r.region().equals(region)).findFirst();
    }
}
