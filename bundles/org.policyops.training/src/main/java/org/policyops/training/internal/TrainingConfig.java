package org.policyops.training.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps training",
        description = "Courses, certification, coverage and gap analysis (configuration org.policyops.training).")
public @interface TrainingConfig {

    /** The configuration's persistent identity: etc/org.policyops.training.cfg. */
    String PID = "org.policyops.training";

    @AttributeDefinition(name = "Load sample data", description = "On the first start with this on, load example "
            + "courses, curricula, paths, learners, certifications and quality signals, once per database. "
            + "Production sets this to false.")
    boolean sampleData() default true;

    @AttributeDefinition(name = "Expiry warning (days)", description = "A CERTIFICATION_EXPIRING event goes out this "
            + "many days before a certification ends.", min = "0", max = "365")
    int expiryWarningDays() default 30;

    @AttributeDefinition(name = "Expiry check interval (minutes)", description = "How often certifications are "
            + "checked for coming and past expiry.", min = "1", max = "1440")
    int expiryCheckMinutes() default 60;

    @AttributeDefinition(name = "Proficiency threshold", description = "An assessment score (0-100) under this "
            + "withdraws the learner's certification on the course's policy: recertification required.", min = "0", max = "100")
    double proficiencyThreshold() default 70;

    @AttributeDefinition(name = "Coverage target", description = "Share (0-1) of the people in scope who should be "
            + "certified; pairs under it appear in the gap report.", min = "0", max = "1")
    double coverageTarget() default 0.9;

    @AttributeDefinition(name = "Leakage threshold", description = "Share (0-1) of sampled decisions that missed a "
            + "violation above which a pair appears in the gap report.", min = "0", max = "1")
    double leakageThreshold() default 0.05;

    @AttributeDefinition(name = "Over-enforcement threshold", description = "Share (0-1) of sampled decisions that "
            + "actioned content wrongly above which a pair appears in the gap report.", min = "0", max = "1")
    double overEnforcementThreshold() default 0.03;

    @AttributeDefinition(name = "Gap report role", description = "The role whose coverage the gap report measures.")
    String gapRole() default "moderator";
}
