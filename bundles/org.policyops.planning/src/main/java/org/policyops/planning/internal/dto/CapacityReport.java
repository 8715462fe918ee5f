package org.policyops.planning.internal.dto;

import java.util.List;

/**
 * {@code GET /planning/capacity}: per team and quarter the capacity and demand in person-weeks, the utilization
 * (demand ÷ capacity; null when the capacity is 0) and whether the team is over-allocated (demand above capacity).
 * {@code unassigned} lists demand of initiatives whose owning team is no team's name (or empty).
 */
public record CapacityReport(int year, List<String> quarters, List<TeamCapacity> teams, List<Unassigned> unassigned) {

    public record TeamCapacity(long teamId, String team, String region, int members, List<QuarterCapacity> quarters) {
    }

    public record QuarterCapacity(String quarter, double capacity, double demand, Double utilization,
            boolean overAllocated, double holidayDays, double leaveDays) {
    }

    public record Unassigned(String owningTeam, String quarter, double demand) {
    }
}
