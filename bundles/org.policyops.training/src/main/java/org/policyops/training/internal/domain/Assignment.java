package org.policyops.training.internal.domain;

/**
 * The status of one course a learner is assigned through a learning path: CERTIFIED or EXPIRING when they hold a
 * certification that counts, RECERTIFICATION_REQUIRED or EXPIRED when their last one stopped counting, otherwise
 * DUE until the due date and OVERDUE after it.
 */
public enum Assignment {
    CERTIFIED, EXPIRING, RECERTIFICATION_REQUIRED, EXPIRED, DUE, OVERDUE;

    /**
     * @param best the status of the learner's most relevant certification on the course (a current one before a
     *        superseded one), or null when they never passed it
     */
    public static Assignment of(CertStatus best, long dueAt, long now) {
        if (best != null) {
            switch (best) {
            case VALID:
                return CERTIFIED;
            case EXPIRING:
                return EXPIRING;
            case RECERTIFICATION_REQUIRED:
                return RECERTIFICATION_REQUIRED;
            case EXPIRED:
                return EXPIRED;
            default:
                break;
            }
        }
        return now > dueAt ? OVERDUE : DUE;
    }
}
