package org.policyops.training.internal.entity;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A learner enrolled in a session, and whether they attended. */
@Embeddable
public class Enrolment {

    @Column(name = "LEARNER_ID", length = LearnerEntity.MAX_ID, nullable = false)
    private String learnerId;

    @Column(name = "ATTENDED", nullable = false)
    private boolean attended;

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(String learnerId) {
        this.learnerId = learnerId;
    }

    public String getLearnerId() { return learnerId; }
    public boolean isAttended() { return attended; }
    public void setAttended(boolean attended) { this.attended = attended; }
}
