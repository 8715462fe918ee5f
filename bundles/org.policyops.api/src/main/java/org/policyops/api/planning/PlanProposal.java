package org.policyops.api.planning;

import java.util.List;

/**
 * A proposed plan ({@link PlanQuery}): per quarter of the period the initiatives placed there and the capacity each
 * team has left, then every candidate left out, in rank order, with the reason.
 *
 * @param quarter the quarter planned ({@code 2027-Q3}), or null when the whole year was
 * @param model the scoring model that ranked the candidates
 * @since 1.3
 */
public record PlanProposal(int year, String quarter, String model, List<QuarterPlan> quarters, List<LeftOut> leftOut) {

    public PlanProposal {
        quarters = List.copyOf(quarters);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * One quarter of the plan.
     *
     * @param quarter such as {@code 2027-Q1}
     * @param placed the initiatives placed in it, in the order the planner placed them
     * @param remaining person-weeks per team: capacity and what is left after the placements
     */
    public record QuarterPlan(String quarter, List<Placed> placed, List<TeamCapacity> remaining) {

        public QuarterPlan {
            placed = List.copyOf(placed);
            remaining = List.copyOf(remaining);
        }
    }

    /**
     * An initiative placed in a quarter.
     *
     * @param team the owning team, or null when none is recorded
     * @param committed already in progress in that quarter, kept where it is
     */
    public record Placed(long id, String title, String team, double effortWeeks, boolean committed) {
    }

    /** A team's capacity in a quarter and what is left of it, in person-weeks. */
    public record TeamCapacity(String team, double capacity, double remaining) {
    }

    /**
     * A candidate the plan does not place.
     *
     * @param team the owning team, or null when none is recorded
     * @param reason why it was left out
     */
    public record LeftOut(long id, String title, String team, double effortWeeks, String targetQuarter, String reason) {
    }
}
