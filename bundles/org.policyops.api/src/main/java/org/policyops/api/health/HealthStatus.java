package org.policyops.api.health;

/** The outcome of a health check: whether the part checked is ready, and a sentence saying why not. */
public record HealthStatus(boolean ready, String detail) {

    public static HealthStatus ready(String detail) {
        return new HealthStatus(true, detail);
    }

    public static HealthStatus notReady(String detail) {
        return new HealthStatus(false, detail);
    }
}
