package org.policyops.launches.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.ProblemException;
import org.policyops.launches.internal.domain.LaunchStatus;
import org.policyops.launches.internal.domain.RegionStatus;

/**
 * A launch: one policy version rolled out to a set of regions, each with its own target date and status. The
 * launch's status is derived from its regions' and stored for filtering. Its {@code ROW_VERSION} is the ETag of
 * the launch and everything in it: every change to a region touches the launch.
 */
@Entity
@Table(name = "LAUNCH_LAUNCH")
public class LaunchEntity {

    /** What a create or update sets: validated, regions upper case and unique, in the order given. */
    public record Content(String title, String policyKey, SemanticVersion policyVersion, List<RegionPlan> regions,
            Instant developmentStartedAt, Instant versionApprovedAt) {

        public Content {
            regions = List.copyOf(regions);
        }
    }

    /** A region and its target date (null when not yet known). */
    public record RegionPlan(RegionCode region, LocalDate targetDate) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "POLICY_KEY", length = 64, nullable = false)
    private String policyKey;

    @Column(name = "POLICY_VERSION", length = 24, nullable = false)
    private String policyVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private LaunchStatus status;

    /** The region codes, {@code ,EU,UK,}, kept with every change so that the list can filter by region in one query. */
    @Column(name = "REGION_CODES", length = 1000, nullable = false)
    private String regionCodes;

    /** Given on the launch for when the policy catalog does not know the version (planning not installed). */
    @Column(name = "DEVELOPMENT_STARTED_AT")
    private Instant developmentStartedAt;

    /** Given on the launch for when the policy catalog does not know the version's approval. */
    @Column(name = "VERSION_APPROVED_AT")
    private Instant versionApprovedAt;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 200, nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    @OneToMany(mappedBy = "launch", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<LaunchRegionEntity> regions = new ArrayList<>();

    protected LaunchEntity() {
        // for JPA
    }

    public LaunchEntity(Content c, String by, Instant now) {
        this.createdAt = now;
        this.createdBy = by;
        this.title = c.title();
        this.policyKey = c.policyKey();
        this.policyVersion = c.policyVersion().toString();
        this.developmentStartedAt = c.developmentStartedAt();
        this.versionApprovedAt = c.versionApprovedAt();
        int position = 0;
        for (RegionPlan plan : c.regions()) {
            regions.add(new LaunchRegionEntity(this, position++, plan.region(), plan.targetDate()));
        }
        touch(by, now);
    }

    /**
     * Applies an update. The policy and version can change only while no region is approved or enforcing (an
     * approval is for that version); regions named keep their status and take the new target date (not once
     * enforcing or cancelled); new ones are added as PLANNED; a PLANNED region left out is removed, an APPROVED or
     * ENFORCING one is refused (cancel it instead), and CANCELLED ones stay as history. All problems are 409s that
     * name the regions.
     */
    public void apply(Content c, String by, Instant now) {
        boolean versionChanges = !c.policyKey().equals(policyKey) || !c.policyVersion().toString().equals(policyVersion);
        if (versionChanges) {
            List<String> started = regions.stream()
                    .filter(r -> r.getStatus() == RegionStatus.APPROVED || r.getStatus() == RegionStatus.ENFORCING)
                    .map(r -> r.getRegionCode() + " (" + r.getStatus() + ")").toList();
            if (!started.isEmpty()) {
                throw ProblemException.conflict("The policy version of launch " + id + " cannot change: it was approved for "
                        + String.join(", ", started) + ". Cancel those regions and create a new launch for "
                        + c.policyKey() + "@" + c.policyVersion() + ".").with("regions", started);
            }
        }
        Map<String, LaunchRegionEntity> existing = new LinkedHashMap<>();
        for (LaunchRegionEntity r : regions) {
            existing.put(r.getRegionCode(), r);
        }
        List<String> conflicts = new ArrayList<>();
        List<LaunchRegionEntity> ordered = new ArrayList<>();
        for (RegionPlan plan : c.regions()) {
            LaunchRegionEntity r = existing.remove(plan.region().value());
            if (r == null) {
                ordered.add(new LaunchRegionEntity(this, 0, plan.region(), plan.targetDate()));
                continue;
            }
            boolean dateChanges = !java.util.Objects.equals(r.getTargetDate(), plan.targetDate());
            if (dateChanges && !r.getStatus().isOpen()) {
                conflicts.add(r.getRegionCode() + " is " + r.getStatus() + "; its target date cannot change");
            } else if (dateChanges) {
                r.changeTargetDate(plan.targetDate());
            }
            ordered.add(r);
        }
        for (LaunchRegionEntity left : existing.values()) {
            switch (left.getStatus()) {
                case PLANNED -> {
                    // removed below, once nothing refuses the change
                }
                case CANCELLED -> ordered.add(left);
                default -> conflicts.add(left.getRegionCode() + " is " + left.getStatus()
                        + "; it cannot be removed (cancel it with POST .../regions/" + left.getRegionCode() + "/cancel)");
            }
        }
        if (!conflicts.isEmpty()) {
            throw ProblemException.conflict("Launch " + id + " cannot be changed so: " + String.join("; ", conflicts) + ".")
                    .with("conflicts", conflicts);
        }
        regions.removeIf(r -> !ordered.contains(r));
        for (LaunchRegionEntity r : ordered) {
            if (!regions.contains(r)) {
                regions.add(r);
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        regions.sort(java.util.Comparator.comparingInt(LaunchRegionEntity::getPosition));
        title = c.title();
        policyKey = c.policyKey();
        policyVersion = c.policyVersion().toString();
        developmentStartedAt = c.developmentStartedAt();
        versionApprovedAt = c.versionApprovedAt();
        touch(by, now);
    }

    public Optional<LaunchRegionEntity> region(RegionCode code) {
        return regions.stream().filter(r -> r.getRegionCode().equals(code.value())).findFirst();
    }

    /** The region, or 404 naming the launch's regions. */
    public LaunchRegionEntity requireRegion(RegionCode code) {
        return region(code).orElseThrow(() -> new ProblemException(404, "Not found", "Launch " + id + " has no region "
                + code + "; its regions are " + regionCodes() + "."));
    }

    public List<String> regionCodes() {
        return regions.stream().map(LaunchRegionEntity::getRegionCode).toList();
    }

    public void approve(LaunchRegionEntity region, String by, Instant at, boolean override) {
        requireStatus(region, RegionStatus.PLANNED, "approved");
        region.approve(by, at, override);
        touch(by, at);
    }

    public void startEnforcement(LaunchRegionEntity region, String by, Instant at, Instant now,
            Instant developmentStarted, Instant versionApproved) {
        requireStatus(region, RegionStatus.APPROVED, "start enforcement");
        region.startEnforcement(by, at, developmentStarted, versionApproved);
        touch(by, now);
    }

    /** Cancels one open region. */
    public void cancel(LaunchRegionEntity region, String by, Instant now) {
        if (!region.getStatus().isOpen()) {
            throw ProblemException.conflict("Region " + region.getRegionCode() + " of launch " + id + " is "
                    + region.getStatus() + " and cannot be cancelled" + (region.getStatus() == RegionStatus.ENFORCING
                            ? ": enforcement has started there." : ".")).with("regionStatus", region.getStatus().name());
        }
        region.cancel(by, now);
        touch(by, now);
    }

    /** Cancels every open region; 409 when there is none. Returns the regions cancelled. */
    public List<String> cancelAll(String by, Instant now) {
        List<String> cancelled = new ArrayList<>();
        for (LaunchRegionEntity r : regions) {
            if (r.getStatus().isOpen()) {
                r.cancel(by, now);
                cancelled.add(r.getRegionCode());
            }
        }
        if (cancelled.isEmpty()) {
            throw ProblemException.conflict("Launch " + id + " has no planned or approved region left to cancel (it is "
                    + status + ").").with("launchStatus", status.name());
        }
        touch(by, now);
        return cancelled;
    }

    private void requireStatus(LaunchRegionEntity region, RegionStatus expected, String action) {
        if (region.getStatus() != expected) {
            String hint = switch (region.getStatus()) {
                case APPROVED -> " It is already approved.";
                case ENFORCING -> " Enforcement has already started there.";
                case CANCELLED -> " It was cancelled.";
                case PLANNED -> " It must be approved first.";
            };
            throw ProblemException.conflict("Region " + region.getRegionCode() + " of launch " + id + " is "
                    + region.getStatus() + "; only a " + expected + " region can be " + (action.startsWith("start")
                            ? "moved to ENFORCING" : action) + "." + hint).with("regionStatus", region.getStatus().name());
        }
    }

    private void touch(String by, Instant now) {
        updatedAt = now;
        updatedBy = by;
        status = LaunchStatus.of(regions.stream().map(LaunchRegionEntity::getStatus).toList());
        regionCodes = "," + String.join(",", regionCodes()) + ",";
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPolicyKey() {
        return policyKey;
    }

    public String getPolicyVersion() {
        return policyVersion;
    }

    public LaunchStatus getStatus() {
        return status;
    }

    public Instant getDevelopmentStartedAt() {
        return developmentStartedAt;
    }

    public Instant getVersionApprovedAt() {
        return versionApprovedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** The optimistic-lock version, which is this launch's ETag. */
    public long getVersion() {
        return version;
    }

    public List<LaunchRegionEntity> getRegions() {
        return Collections.unmodifiableList(regions);
    }
}
