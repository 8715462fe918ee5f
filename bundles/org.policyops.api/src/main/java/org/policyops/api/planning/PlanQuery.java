package org.policyops.api.planning;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Proposals of which initiatives fit which quarter, as a read-only service registered by the planning feature (used by
 * the console commands): the same planner as {@code POST /api/planning/plan}. A proposal is never stored. Invalid
 * arguments are refused with an {@link IllegalArgumentException} whose message names what is wrong and what is
 * allowed.
 *
 * @since 1.3
 */
@ProviderType
public interface PlanQuery {

    /**
     * A plan for a year or one quarter of it.
     *
     * @param year the year to plan, 1970 to 9999
     * @param quarter {@code Q1} to {@code Q4} to plan only that quarter, or null for the whole year
     * @param model a scoring model id (as {@link PortfolioQuery#models()}), or null for the configured default
     */
    PlanProposal plan(int year, String quarter, String model);
}
