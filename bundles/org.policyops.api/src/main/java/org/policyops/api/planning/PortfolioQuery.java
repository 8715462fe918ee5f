package org.policyops.api.planning;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The planning portfolio, ranked by a scoring model, as a read-only service registered by the planning feature
 * (used by the console commands). Invalid arguments are refused with an {@link IllegalArgumentException} whose
 * message names what is wrong and what is allowed.
 *
 * @since 1.2
 */
@ProviderType
public interface PortfolioQuery {

    /** The largest {@code limit} that {@link #rank} accepts. */
    int MAX_LIMIT = 500;

    /**
     * The highest-ranked initiatives, highest priority first.
     *
     * @param model a scoring model id from {@link #models()}, or null for the configured default
     * @param region a region code such as {@code EU}, or null for all regions
     * @param quarter a target quarter such as {@code 2027-Q1}, or null for all quarters
     * @param limit how many to answer, 1 to {@link #MAX_LIMIT}
     */
    List<RankedInitiative> rank(String model, String region, String quarter, int limit);

    /** The ids of the scoring models there are: the built-in ones first ({@code rice}, {@code wsjf}, {@code risk}), then plug-ins. */
    List<String> models();
}
