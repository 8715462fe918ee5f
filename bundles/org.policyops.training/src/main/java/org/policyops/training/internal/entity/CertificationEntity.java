package org.policyops.training.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

import org.policyops.training.internal.domain.CertState;

/**
 * A certification granted by a pass, one per policy the course covers: on which policy version, with which score, until when. Its stored state is
 * ACTIVE, RECERTIFICATION_REQUIRED or SUPERSEDED (by a later pass of the same learner on the same policy and kind);
 * expiry is a matter of {@code validUntil} and the clock. The notified flags make each expiry event go out once.
 */
@Entity
@Table(name = "TRAINING_CERTIFICATION", indexes = {
        @Index(name = "TRAINING_CERT_LEARNER_IX", columnList = "LEARNER_ID,POLICY_KEY"),
        @Index(name = "TRAINING_CERT_COVERAGE_IX", columnList = "POLICY_KEY,STATE,TRAIN_THE_TRAINER,VALID_UNTIL"),
        @Index(name = "TRAINING_CERT_EXPIRY_IX", columnList = "STATE,VALID_UNTIL") })
public class CertificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "LEARNER_ID", length = LearnerEntity.MAX_ID, nullable = false)
    private String learnerId;

    @Column(name = "COURSE_CODE", length = 64, nullable = false)
    private String courseCode;

    @Column(name = "POLICY_KEY", length = 64, nullable = false)
    private String policyKey;

    @Column(name = "POLICY_VERSION", length = 20)
    private String policyVersion;

    @Column(name = "POLICY_MAJOR")
    private Integer policyMajor;

    /** Granted by a train-the-trainer course: entitles to teach, does not count for coverage. */
    @Column(name = "TRAIN_THE_TRAINER", nullable = false)
    private boolean trainTheTrainer;

    @Column(name = "SCORE", nullable = false)
    private double score;

    @Column(name = "GRANTED_AT", nullable = false)
    private long grantedAt;

    @Column(name = "VALID_UNTIL", nullable = false)
    private long validUntil;

    @Column(name = "STATE", length = 32, nullable = false)
    private String state;

    @Column(name = "REASON", length = 300)
    private String reason;

    @Column(name = "EXPIRING_NOTIFIED", nullable = false)
    private boolean expiringNotified;

    @Column(name = "EXPIRED_NOTIFIED", nullable = false)
    private boolean expiredNotified;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected CertificationEntity() {
        // for JPA
    }

    /** A certification from a pass of the course on one of the policies it covers, at the given version. */
    public CertificationEntity(String learnerId, CourseEntity course, String policyKey, String policyVersion,
            Integer policyMajor, double score, long grantedAt, long validUntil) {
        this.learnerId = learnerId;
        this.courseCode = course.getCode();
        this.policyKey = policyKey;
        this.trainTheTrainer = course.isTrainTheTrainer();
        this.policyVersion = policyVersion;
        this.policyMajor = policyMajor;
        this.score = score;
        this.grantedAt = grantedAt;
        this.validUntil = validUntil;
        this.state = CertState.ACTIVE.name();
    }

    public void changeState(CertState newState, String why) {
        state = newState.name();
        reason = why;
    }

    public void markExpiringNotified() { expiringNotified = true; }
    public void markExpiredNotified() { expiredNotified = true; }

    public Long getId() { return id; }
    public String getLearnerId() { return learnerId; }
    public String getCourseCode() { return courseCode; }
    public String getPolicyKey() { return policyKey; }
    public String getPolicyVersion() { return policyVersion; }
    public Integer getPolicyMajor() { return policyMajor; }
    public boolean isTrainTheTrainer() { return trainTheTrainer; }
    public double getScore() { return score; }
    public long getGrantedAt() { return grantedAt; }
    public long getValidUntil() { return validUntil; }
    public CertState getState() { return CertState.valueOf(state); }
    public String getReason() { return reason; }
    public boolean isExpiringNotified() { return expiringNotified; }
    public boolean isExpiredNotified() { return expiredNotified; }
    public long getVersion() { return version; }
}
