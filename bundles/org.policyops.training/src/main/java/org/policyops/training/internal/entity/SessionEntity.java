package org.policyops.training.internal.entity;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/** An instructor-led session of a course: its trainer (a learner id), when, how long, in which locale, for how many. */
@Entity
@Table(name = "TRAINING_SESSION")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "COURSE_CODE", length = 64, nullable = false)
    private String courseCode;

    @Column(name = "TRAINER_ID", length = LearnerEntity.MAX_ID, nullable = false)
    private String trainerId;

    @Column(name = "STARTS_AT", nullable = false)
    private long startsAt;

    @Column(name = "DURATION_MINUTES", nullable = false)
    private int durationMinutes;

    @Column(name = "LOCALE_TAG", length = 35, nullable = false)
    private String locale;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    @ElementCollection
    @CollectionTable(name = "TRAINING_ENROLMENT", joinColumns = @JoinColumn(name = "SESSION_ID"))
    @OrderColumn(name = "ENROLMENT_POSITION")
    private List<Enrolment> enrolments = new ArrayList<>();

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    public SessionEntity() {
        // for JPA and for new sessions
    }

    public void apply(String course, String trainer, long start, int minutes, String localeTag, int seats) {
        courseCode = course;
        trainerId = trainer;
        startsAt = start;
        durationMinutes = minutes;
        locale = localeTag;
        capacity = seats;
    }

    public Long getId() { return id; }
    public String getCourseCode() { return courseCode; }
    public String getTrainerId() { return trainerId; }
    public long getStartsAt() { return startsAt; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getLocale() { return locale; }
    public int getCapacity() { return capacity; }
    public List<Enrolment> getEnrolments() { return enrolments; }
    public long getVersion() { return version; }
}
