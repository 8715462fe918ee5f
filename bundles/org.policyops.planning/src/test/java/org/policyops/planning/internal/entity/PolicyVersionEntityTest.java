package org.policyops.planning.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.VersionStatus;
import org.policyops.planning.internal.entity.PolicyVersionEntity.StageChange;

/** The lifecycle as the entities enforce it, without a database. */
class PolicyVersionEntityTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final List<LifecycleStage> AFTER_DEVELOPMENT = List.of(LifecycleStage.TESTING, LifecycleStage.TRAINING,
            LifecycleStage.DEPLOYMENT, LifecycleStage.ENFORCEMENT);

    final PolicyEntity policy = new PolicyEntity("hate-speech", "Hate Speech", "Hate speech", "Policy Global", null, NOW);

    PolicyVersionEntity version(String number, Instant startedAt) {
        return policy.addVersion(SemanticVersion.parse(number), "Change " + number, startedAt, "a.okafor", NOW);
    }

    /** Moves a version to enforcement, a day per stage after {@code from}. */
    StageChange enforce(PolicyVersionEntity v, Instant from) {
        StageChange last = null;
        Instant at = from;
        for (LifecycleStage stage : AFTER_DEVELOPMENT) {
            at = at.plus(Duration.ofDays(1));
            last = v.enterStage(stage, "at", at, "m.lindqvist", null, NOW);
        }
        return last;
    }

    @Test
    void recordsEachStageWithItsTimeAndMover() {
        Instant start = NOW.minus(Duration.ofDays(30));
        PolicyVersionEntity v = version("1.0.0", start);
        StageChange change = v.enterStage(LifecycleStage.TESTING, "at", start.plus(Duration.ofDays(3)), "m.lindqvist", "Pilot", NOW);

        assertEquals(LifecycleStage.DEVELOPMENT, change.previousStage());
        assertEquals(LifecycleStage.TESTING, change.stage());
        assertEquals(start.plus(Duration.ofDays(3)), change.enteredAt());
        assertFalse(change.majorChange());
        assertEquals(LifecycleStage.TESTING, v.getStage());
        assertEquals(2, v.getTransitions().size());
        assertEquals(start, v.getTransitions().get(0).getEnteredAt());
        assertEquals("a.okafor", v.getTransitions().get(0).getMovedBy());
        assertEquals("Pilot", v.getTransitions().get(1).getNote());
        assertEquals(start.plus(Duration.ofDays(3)), v.enteredCurrentStageAt());
    }

    @Test
    void aRefusedMoveChangesNothing() {
        PolicyVersionEntity v = version("1.0.0", NOW.minus(Duration.ofDays(30)));
        assertThrows(ProblemException.class, () -> v.enterStage(LifecycleStage.TRAINING, "at", null, "m.lindqvist", null, NOW));
        assertThrows(ProblemException.class, () -> v.enterStage(LifecycleStage.TESTING, "at", NOW.plusSeconds(5), "m.lindqvist", null, NOW));
        assertEquals(LifecycleStage.DEVELOPMENT, v.getStage());
        assertEquals(1, v.getTransitions().size());
    }

    @Test
    void enteringEnforcementActivatesAndRetiresTheVersionThatWasActive() {
        Instant start = NOW.minus(Duration.ofDays(60));
        PolicyVersionEntity v2 = version("2.0.0", start);
        PolicyVersionEntity v3 = version("3.0.0", start);
        PolicyVersionEntity v31 = version("3.1.0", start);
        v31.changeStatus(VersionStatus.APPROVED, NOW);

        enforce(v2, start);
        assertEquals(VersionStatus.ACTIVE, v2.getStatus());

        enforce(v3, start.plus(Duration.ofDays(10)));
        assertEquals(VersionStatus.ACTIVE, v3.getStatus());
        assertEquals(VersionStatus.RETIRED, v2.getStatus());
        assertEquals(VersionStatus.APPROVED, v31.getStatus(), "only ACTIVE versions are retired");
    }

    @Test
    void aNewMajorVersionInEnforcementIsAMajorChange() {
        Instant start = NOW.minus(Duration.ofDays(60));
        PolicyVersionEntity v1 = version("1.0.0", start);
        PolicyVersionEntity v11 = version("1.1.0", start);
        PolicyVersionEntity v2 = version("2.0.0", start);
        PolicyVersionEntity v12 = version("1.2.0", start);

        assertTrue(enforce(v1, start).majorChange(), "the first version in force is new to everyone");
        assertFalse(enforce(v11, start).majorChange());
        assertTrue(enforce(v2, start).majorChange());
        assertFalse(enforce(v12, start).majorChange(), "a late 1.x patch after 2.0 is not a new major");
    }

    @Test
    void onlyAVersionInEnforcementCanBeMadeActive() {
        PolicyVersionEntity v1 = version("1.0.0", NOW.minus(Duration.ofDays(60)));
        PolicyVersionEntity v2 = version("2.0.0", NOW.minus(Duration.ofDays(60)));
        ProblemException e = assertThrows(ProblemException.class, () -> v2.changeStatus(VersionStatus.ACTIVE, NOW));
        assertEquals(409, e.status());
        assertEquals(VersionStatus.DRAFT, v2.getStatus());

        enforce(v1, NOW.minus(Duration.ofDays(60)));
        enforce(v2, NOW.minus(Duration.ofDays(50)));
        assertEquals(VersionStatus.RETIRED, v1.getStatus());
        // Rolling back to 1.0.0 retires 2.0.0: one active version at a time.
        v1.changeStatus(VersionStatus.ACTIVE, NOW);
        assertEquals(VersionStatus.ACTIVE, v1.getStatus());
        assertEquals(VersionStatus.RETIRED, v2.getStatus());
    }

    @Test
    void approvalRecordsWhen() {
        PolicyVersionEntity v = version("1.0.0", NOW.minus(Duration.ofDays(60)));
        assertNull(v.getApprovedAt());
        v.changeStatus(VersionStatus.APPROVED, NOW);
        assertEquals(NOW, v.getApprovedAt());
        Instant earlier = NOW.minus(Duration.ofDays(5));
        v.approveAsOf(earlier, NOW);
        assertEquals(earlier, v.getApprovedAt());
    }

    @Test
    void versionsStaySortedByNumber() {
        version("3.10.0", NOW);
        version("3.9.0", NOW);
        version("10.0.0", NOW);
        assertEquals(List.of("3.9.0", "3.10.0", "10.0.0"), policy.getVersions().stream().map(PolicyVersionEntity::getSemver).toList());
        assertTrue(policy.findVersion(SemanticVersion.parse("3.9")).isPresent());
        assertTrue(policy.findVersion(SemanticVersion.parse("3.9.1")).isEmpty());
    }
}
