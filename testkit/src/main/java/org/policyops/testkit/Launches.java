package org.policyops.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.EvidenceView;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;

/**
 * Builds the {@link LaunchView} a rule sees, with sensible defaults for what a test does not care about:
 *
 * <pre>
 * LaunchView launch = Launches.launch().policy("hate-speech", "3.1.0")
 *         .region("UK", LocalDate.of(2027, 3, 1))
 *         .evidence("UK-OSA-9", "UK", null, Instant.parse("2027-02-01T00:00:00Z"))
 *         .build();
 * </pre>
 */
public final class Launches {

    private long id = 1;
    private String title = "Test launch";
    private String policyKey = "test-policy";
    private String policyVersion = "1.0.0";
    private String status = "PLANNED";
    private Instant createdAt = RuleContexts.DEFAULT_NOW;
    private final List<LaunchRegionView> regions = new ArrayList<>();
    private final List<EvidenceView> evidence = new ArrayList<>();

    private Launches() {
    }

    /** A launch with id 1 of version 1.0.0 of {@code test-policy}, PLANNED, with no region and no evidence yet. */
    public static Launches launch() {
        return new Launches();
    }

    public Launches id(long id) {
        this.id = id;
        return this;
    }

    public Launches title(String title) {
        this.title = title;
        return this;
    }

    /** The policy and the version being launched. */
    public Launches policy(String key, String version) {
        this.policyKey = key;
        this.policyVersion = version;
        return this;
    }

    public Launches status(String status) {
        this.status = status;
        return this;
    }

    public Launches createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    /** A region of the launch, PLANNED, with its target date. */
    public Launches region(String region, LocalDate targetDate) {
        return region(new LaunchRegionView(RegionCode.of(region), targetDate, "PLANNED", null, null));
    }

    /** A region of the launch as the runtime would show it (status, approval, enforcement). */
    public Launches region(LaunchRegionView region) {
        regions.add(region);
        return this;
    }

    /**
     * Evidence recorded for the launch's policy.
     *
     * @param policyVersion the version it covers; null for the policy as a whole
     */
    public Launches evidence(String requirementId, String region, String policyVersion, Instant recordedAt) {
        return evidence(new EvidenceView(requirementId, RegionCode.of(region), policyKey, policyVersion, "REF-1", "test evidence",
                "tester", recordedAt));
    }

    /** Any evidence record, e.g. one for another policy. */
    public Launches evidence(EvidenceView record) {
        evidence.add(record);
        return this;
    }

    public LaunchView build() {
        return new LaunchView(id, title, policyKey, policyVersion, status, regions, evidence, createdAt);
    }
}
