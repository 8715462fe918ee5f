package org.policyops.training.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One assessment result: a learner's score (0–100) on a course, and whether it passed the course's threshold. The
 * policies it bears on are the course's: queries join them.
 */
@Entity
@Table(name = "TRAINING_RESULT", indexes = {
        @Index(name = "TRAINING_RESULT_LEARNER_IX", columnList = "LEARNER_ID,TAKEN_AT"),
        @Index(name = "TRAINING_RESULT_COURSE_IX", columnList = "COURSE_CODE") })
public class ResultEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "LEARNER_ID", length = LearnerEntity.MAX_ID, nullable = false)
    private String learnerId;

    @Column(name = "COURSE_CODE", length = 64, nullable = false)
    private String courseCode;

    @Column(name = "SCORE", nullable = false)
    private double score;

    @Column(name = "PASSED", nullable = false)
    private boolean passed;

    @Column(name = "TAKEN_AT", nullable = false)
    private long takenAt;

    @Column(name = "RECORDED_BY", length = 200, nullable = false)
    private String recordedBy;

    protected ResultEntity() {
        // for JPA
    }

    public ResultEntity(String learnerId, String courseCode, double score, boolean passed,
            long takenAt, String recordedBy) {
        this.learnerId = learnerId;
        this.courseCode = courseCode;
        this.score = score;
        this.passed = passed;
        this.takenAt = takenAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public String getLearnerId() { return learnerId; }
    public String getCourseCode() { return courseCode; }
    public double getScore() { return score; }
    public boolean isPassed() { return passed; }
    public long getTakenAt() { return takenAt; }
    public String getRecordedBy() { return recordedBy; }
}
