package org.policyops.metrics.internal.service;

import java.lang.annotation.Annotation;

import org.policyops.metrics.internal.MetricsConfig;

/** A MetricsConfig with the Metatype defaults, changeable field by field. */
final class TestConfig implements MetricsConfig {

    boolean snapshotEnabled = true;
    String snapshotTime = "00:15";
    int snapshotEveryDays = 1;
    String scrapeRole = "metrics";
    int maxBackfillDays = 731;
    boolean reportMonthly = true;
    boolean reportQuarterly = true;
    String reportTime = "01:00";

    @Override
    public Class<? extends Annotation> annotationType() {
        return MetricsConfig.class;
    }

    @Override
    public boolean snapshotEnabled() {
        return snapshotEnabled;
    }

    @Override
    public String snapshotTime() {
        return snapshotTime;
    }

    @Override
    public int snapshotEveryDays() {
        return snapshotEveryDays;
    }

    @Override
    public String scrapeRole() {
        return scrapeRole;
    }

    @Override
    public int maxBackfillDays() {
        return maxBackfillDays;
    }

    @Override
    public boolean reportMonthly() {
        return reportMonthly;
    }

    @Override
    public boolean reportQuarterly() {
        return reportQuarterly;
    }

    @Override
    public String reportTime() {
        return reportTime;
    }
}
