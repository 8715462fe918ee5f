package org.policyops.api.planning;

/**
 * One initiative of the ranked portfolio.
 *
 * @param rank 1 for the highest priority
 * @param score the model's score rounded to 0.01, or null when the model could not score the initiative
 * @param owningTeam the team that owns the initiative, or null when none is recorded
 * @param reason why there is no score (missing inputs, or the model failed), or null when scored
 * @since 1.2
 */
public record RankedInitiative(int rank, long id, String title, Double score, String owningTeam,
        String targetQuarter, String status, String reason) {
}
