package org.policyops.metrics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps metrics",
        description = "North-star KPIs: snapshots of their values and the Prometheus scrape endpoint (configuration org.policyops.metrics).")
public @interface MetricsConfig {

    /** The configuration's persistent identity: etc/org.policyops.metrics.cfg. */
    String PID = "org.policyops.metrics";

    @AttributeDefinition(name = "Take snapshots",
            description = "Record every KPI's values once per snapshot day, once per database however many nodes run. "
                    + "Off: only backfills (POST /api/metrics/snapshots) record values.")
    boolean snapshotEnabled() default true;

    @AttributeDefinition(name = "Snapshot time (UTC)",
            description = "HH:mm in UTC after which the snapshot of the day before is taken, as of that day's end.")
    String snapshotTime() default "00:15";

    @AttributeDefinition(name = "Snapshot every N days",
            description = "1 records every day (the default); 7 every seventh day (days since 1970-01-01 divisible by 7, "
                    + "a Thursday), and so on.", min = "1", max = "366")
    int snapshotEveryDays() default 1;

    @AttributeDefinition(name = "Scrape role",
            description = "The role a login needs to read the Prometheus scrape endpoint /api/metrics/prometheus "
                    + "(admin always may). Empty: any logged-in user.")
    String scrapeRole() default "metrics";

    @AttributeDefinition(name = "Longest backfill",
            description = "The most days one backfill request may cover.", min = "1", max = "3660")
    int maxBackfillDays() default 731;

    @AttributeDefinition(name = "Monthly executive reports",
            description = "Write the executive report of each calendar month into the archive (/api/metrics/reports) on "
                    + "the month's next day after reportTime, once per database however many nodes run.")
    boolean reportMonthly() default true;

    @AttributeDefinition(name = "Quarterly executive reports",
            description = "Write the executive report of each calendar quarter the same way, on the quarter's next day.")
    boolean reportQuarterly() default true;

    @AttributeDefinition(name = "Report time (UTC)",
            description = "HH:mm in UTC after which a period's scheduled report is written on the period's next day; "
                    + "after snapshotTime, so that the period's last snapshot is in it.")
    String reportTime() default "01:00";
}
