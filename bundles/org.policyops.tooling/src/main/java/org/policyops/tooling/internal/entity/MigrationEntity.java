package org.policyops.tooling.internal.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embeddable;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/** A platform migration: people move from one or more tools to another, region by region, each by a cutover date. */
@Entity
@Table(name = "TOOLING_MIGRATION")
public class MigrationEntity {

    public static final int MAX_NAME = 200;

    /** One region of a migration and the day it is planned to cut over. */
    @Embeddable
    public static class Cutover {
        @Column(name = "REGION_CODE", length = 16, nullable = false)
        private String region;

        @Column(name = "CUTOVER_DAY", nullable = false)
        private LocalDate day;

        protected Cutover() {
            // for JPA
        }

        public Cutover(String region, LocalDate day) {
            this.region = region;
            this.day = day;
        }

        public String getRegion() {
            return region;
        }

        public LocalDate getDay() {
            return day;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", length = MAX_NAME, nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TOOLING_MIGRATION_FROM", joinColumns = @JoinColumn(name = "MIGRATION_ID"))
    @OrderColumn(name = "FROM_POSITION")
    @Column(name = "TOOL_KEY", length = ToolEntity.MAX_KEY, nullable = false)
    private List<String> fromTools = new ArrayList<>();

    @Column(name = "TO_TOOL", length = ToolEntity.MAX_KEY, nullable = false)
    private String toTool;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TOOLING_MIGRATION_CUTOVER", joinColumns = @JoinColumn(name = "MIGRATION_ID"))
    @OrderColumn(name = "CUTOVER_POSITION")
    private List<Cutover> cutovers = new ArrayList<>();

    /** PLANNED, IN_PROGRESS, DONE or CANCELLED. */
    @Column(name = "STATE", length = 16, nullable = false)
    private String state;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected MigrationEntity() {
        // for JPA
    }

    public MigrationEntity(long createdAt) {
        this.createdAt = createdAt;
        this.state = "PLANNED";
    }

    public void apply(String name, List<String> fromTools, String toTool, List<Cutover> cutovers) {
        this.name = name;
        this.fromTools.clear();
        this.fromTools.addAll(fromTools);
        this.toTool = toTool;
        this.cutovers.clear();
        this.cutovers.addAll(cutovers);
    }

    public void setState(String state) {
        this.state = state;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<String> getFromTools() {
        return Collections.unmodifiableList(fromTools);
    }

    public String getToTool() {
        return toTool;
    }

    public List<Cutover> getCutovers() {
        return Collections.unmodifiableList(cutovers);
    }

    public String getState() {
        return state;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
