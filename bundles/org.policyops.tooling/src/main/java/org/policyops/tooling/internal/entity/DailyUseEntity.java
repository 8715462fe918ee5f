package org.policyops.tooling.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The daily usage rollup: one row per tool, day (UTC) and user with the user's region and the day's actions, keyed by
 * one number that packs the three ({@link org.policyops.tooling.internal.service.UsageKeys}): tool number, then
 * epoch day, then user number. It is the only index: on H2 a single BIGINT key is the table's own row key, so a row
 * costs one B-tree insert, where the earlier layout (string key tool·day·user plus two covering indexes) cost four
 * and ingested several times slower (benchmarks' ToolingLoad, docs/tooling.md). A tool's days are one key range, so
 * the weekly trend, the adoption report (a range per tool) and the check of what a batch stores already all read
 * key ranges. The columns hold the parts again for the aggregates. Written and read with SQL (UsageWriter); the
 * entity is here so that the persistence unit creates the table.
 */
@Entity
@Table(name = "TOOLING_DAILY_USE")
public class DailyUseEntity {

    @Id
    @Column(name = "USE_ID")
    private long id;

    @Column(name = "TOOL_NO", nullable = false)
    private int toolNo;

    /** Days since 1970-01-01, so that adoption and weekly trends are integer arithmetic in SQL. */
    @Column(name = "DAY_NUMBER", nullable = false)
    private int day;

    @Column(name = "USER_NO", nullable = false)
    private int userNo;

    @Column(name = "REGION_CODE", length = 16, nullable = false)
    private String region;

    @Column(name = "ACTIONS", nullable = false)
    private long actions;

    protected DailyUseEntity() {
        // for JPA
    }
}
