package org.policyops.api.metrics;

import java.util.List;
import java.util.Objects;

/**
 * A KPI as its provider ships it. The metrics feature keeps the target and thresholds an administrator sets instead
 * of these defaults.
 *
 * @param id stable id, lower case with dashes, e.g. {@code training-coverage}
 * @param name short human name
 * @param description what is measured and how
 * @param unit {@code ratio} (0–1), {@code days}, {@code count}, {@code score} …
 * @param direction whether higher or lower values are better
 * @param target the goal
 * @param warning the value from which the KPI is in WARNING (worse than this: WARNING)
 * @param critical the value from which the KPI is CRITICAL (worse than this: CRITICAL)
 * @param owner the team answerable for it
 * @param cadence how often it is reviewed
 * @param dimensions the dimensions its values can be cut by ({@link KpiValue#REGION} …)
 * @param backfill true when {@link KpiProvider#values(java.time.LocalDate)} can compute the value of a past day
 */
public record KpiDefinition(String id, String name, String description, String unit, Direction direction,
        double target, double warning, double critical, String owner, Cadence cadence, List<String> dimensions,
        boolean backfill) {

    /** Whether a higher or a lower value is better. */
    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }

    /** How often a KPI is reviewed. */
    public enum Cadence {
        DAILY, WEEKLY, MONTHLY, QUARTERLY
    }

    public KpiDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(cadence, "cadence");
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }
}
