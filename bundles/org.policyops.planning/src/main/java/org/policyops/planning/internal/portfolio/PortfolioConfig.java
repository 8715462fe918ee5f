package org.policyops.planning.internal.portfolio;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps portfolio prioritization",
        description = "How /api/planning/portfolio ranks initiatives (configuration org.policyops.planning.portfolio).")
public @interface PortfolioConfig {

    @AttributeDefinition(name = "Default model",
            description = "The scoring model used when a request names none: rice, wsjf, risk, or the id of a plug-in model.")
    String defaultModel() default "rice";

    @AttributeDefinition(name = "Weight of LOW risk", description = "Risk-weighted model: weight of a LOW risk level (greater than 0).")
    double weightLow() default 1;

    @AttributeDefinition(name = "Weight of MEDIUM risk", description = "Risk-weighted model: weight of a MEDIUM risk level (greater than 0).")
    double weightMedium() default 2;

    @AttributeDefinition(name = "Weight of HIGH risk", description = "Risk-weighted model: weight of a HIGH risk level (greater than 0).")
    double weightHigh() default 4;

    @AttributeDefinition(name = "Weight of CRITICAL risk", description = "Risk-weighted model: weight of a CRITICAL risk level (greater than 0).")
    double weightCritical() default 8;

    @AttributeDefinition(name = "Deadline horizon (days)",
            description = "Risk-weighted model: a regulatory deadline this many days away or more adds no urgency; "
                    + "closer deadlines raise it linearly up to double on the deadline day and after (at least 1).")
    int deadlineHorizonDays() default 180;
}
