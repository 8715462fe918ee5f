package org.policyops.api.tooling;

import java.time.LocalDate;

/**
 * Distinct active users of a tool in one week (seven days ending on {@code weekEnd}), and their share of the target
 * population (null without one).
 */
public record WeeklyActive(LocalDate weekEnd, long activeUsers, Double adoption) {
}
