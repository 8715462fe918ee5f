package org.policyops.planning.internal.dto;

import java.util.List;

/**
 * {@code POST /planning/plan}: a proposal, never stored ({@code applied} is always false). Per quarter the
 * initiatives placed there ({@code committed}: already in progress, kept where they are) and the capacity each team
 * has left; then every candidate left out, in rank order, with the reason.
 */
public record PlanView(int year, String quarter, String model, boolean applied, List<QuarterPlan> quarters,
        List<LeftOut> leftOut) {

    public record QuarterPlan(String quarter, List<Placed> placed, List<TeamLeft> remaining) {
    }

    public record Placed(long id, String title, String team, double effortWeeks, boolean committed) {
    }

    public record TeamLeft(String team, double capacity, double remaining) {
    }

    public record LeftOut(long id, String title, String team, double effortWeeks, String targetQuarter, String reason) {
    }
}
