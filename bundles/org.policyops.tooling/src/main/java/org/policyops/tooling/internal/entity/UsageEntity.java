package org.policyops.tooling.internal.entity;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * The daily usage rollup: one row per tool, user and day (UTC) with the user's region and the day's actions. Days
 * are kept as epoch days (days since 1970-01-01), so that adoption and weekly trends are plain integer arithmetic in
 * SQL on any database.
 */
@Entity
@Table(name = "TOOLING_USAGE", indexes = {
        // A tool's days (the weekly trend), holding every column the trend reads so that no row is looked up.
        @Index(name = "TOOLING_USAGE_TOOL_DAY", columnList = "TOOL_KEY, DAY_NUMBER, USER_ID, REGION_CODE, ACTIONS"),
        // Every tool's last 28 days (the adoption report), holding what it reads.
        @Index(name = "TOOLING_USAGE_DAY_TOOL", columnList = "DAY_NUMBER, TOOL_KEY, REGION_CODE, USER_ID, ACTIONS") })
@IdClass(UsageEntity.Key.class)
public class UsageEntity {

    public static final int MAX_USER = 100;

    /** The composite key: tool, user, day. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String toolKey;
        public int day;
        public String userId;

        public Key() {
        }

        public Key(String toolKey, String userId, int day) {
            this.toolKey = toolKey;
            this.userId = userId;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.day == day && k.toolKey.equals(toolKey) && k.userId.equals(userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(toolKey, userId, day);
        }
    }

    // The key's columns in this order (tool, day, user): a day's rows go in side by side in the key's index, where
    // tool, user, day scattered them over the whole index and made ingestion several times slower (ToolingLoad).
    @Id
    @Column(name = "TOOL_KEY", length = ToolEntity.MAX_KEY)
    private String toolKey;

    @Id
    @Column(name = "DAY_NUMBER")
    private int day;

    @Id
    @Column(name = "USER_ID", length = MAX_USER)
    private String userId;

    @Column(name = "REGION_CODE", length = 16, nullable = false)
    private String region;

    @Column(name = "ACTIONS", nullable = false)
    private long actions;

    protected UsageEntity() {
        // for JPA
    }

    public UsageEntity(String toolKey, String userId, int day, String region, long actions) {
        this.toolKey = toolKey;
        this.userId = userId;
        this.day = day;
        this.region = region;
        this.actions = actions;
    }

    /** @return whether anything changed */
    public boolean set(String region, long actions) {
        if (this.region.equals(region) && this.actions == actions) {
            return false;
        }
        this.region = region;
        this.actions = actions;
        return true;
    }

    public Key key() {
        return new Key(toolKey, userId, day);
    }

    public String getToolKey() {
        return toolKey;
    }

    public String getUserId() {
        return userId;
    }

    public int getDay() {
        return day;
    }

    public String getRegion() {
        return region;
    }

    public long getActions() {
        return actions;
    }
}
