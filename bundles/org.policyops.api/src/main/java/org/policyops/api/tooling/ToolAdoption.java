package org.policyops.api.tooling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tool adoption, a north-star KPI: active users ÷ intended users per tool and region, from the daily usage the
 * tooling feature ingests. Registered by the tooling feature; the metrics feature reads it.
 */
@ProviderType
public interface ToolAdoption {

    /** Every tool × region with usage or a target population, as of the end of {@code asOf} (UTC). */
    List<AdoptionInfo> adoption(LocalDate asOf);

    /**
     * One tool's weekly active users for the {@code weeks} weeks ending on {@code asOf}, oldest first; in one region, or
     * in all of them when {@code region} is null. Empty when there is no such tool.
     */
    Optional<List<WeeklyActive>> trend(String toolKey, String region, int weeks, LocalDate asOf);
}
