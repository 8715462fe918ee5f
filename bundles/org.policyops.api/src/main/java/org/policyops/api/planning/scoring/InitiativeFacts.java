package org.policyops.api.planning.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link ScoringModel} knows about an initiative, in plain types so that models need nothing of the planning
 * domain's internals.
 *
 * @param id the initiative's id
 * @param title its title
 * @param policyKey the key of the policy it concerns, or null
 * @param type its type, such as {@code POLICY_UPDATE}, {@code TRAINING_PROGRAM}, {@code TOOLING}
 * @param regions region codes such as {@code EU}, {@code UK}; sorted
 * @param linesOfBusiness lines of business such as {@code short-video}; sorted
 * @param riskLevel the enterprise risk level: {@code LOW}, {@code MEDIUM}, {@code HIGH} or {@code CRITICAL}
 * @param reach people or items affected (0 or more)
 * @param impact impact per person, 0.25 to 3
 * @param confidence confidence in the estimates, 0 to 1
 * @param effortWeeks the estimated effort in person-weeks; treat 0 or less as unknown
 * @param targetQuarter the quarter it is planned for, {@code YYYY-Qn}
 * @param status {@code PROPOSED}, {@code PLANNED}, {@code IN_PROGRESS}, {@code DONE} or {@code CANCELLED}
 * @param businessValue WSJF business value, 1 to 10, or null when not estimated
 * @param timeCriticality WSJF time criticality, 1 to 10, or null when not estimated
 * @param riskReduction WSJF risk reduction or opportunity enablement, 1 to 10, or null when not estimated
 * @param regulatoryDeadline the date a regulation requires it done by, or null when there is none
 */
public record InitiativeFacts(long id, String title, String policyKey, String type, List<String> regions,
        List<String> linesOfBusiness, String riskLevel, long reach, double impact, double confidence, double effortWeeks,
        String targetQuarter, String status, Long businessValue, Long timeCriticality, Long riskReduction,
        LocalDate regulatoryDeadline) {

    public InitiativeFacts {
        regions = regions == null ? List.of() : List.copyOf(regions);
        linesOfBusiness = linesOfBusiness == null ? List.of() : List.copyOf(linesOfBusiness);
    }
}
